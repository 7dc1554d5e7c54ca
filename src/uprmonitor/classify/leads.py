"""The leading verb of a recommendation in French, Spanish, Russian, Arabic or Chinese, said in English.

UPR Info's action category turns on the recommendation's first words ("Ratify …" is specific action,
"Continue …" continuing action, "Consider …" considering action), and the English action model learned
exactly those words. A UN recommendation in another language opens with the same verb in its own words
("Ratificar", "Poursuivre", "рассмотреть возможность", "مواصلة", "继续"), so saying that verb in English
lets the English model read what it knows best. The tables below are the verbs that open UN
recommendations, written for this project from the UN's usual wording; longer phrases come first so that
"considerar la posibilidad de" wins over "considerar".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# (lead phrase as a pattern, English lead). Spanish, French and Russian leads are infinitives; Arabic ones are
# verbal nouns (masdar), with or without "أن ت…"; Chinese ones are verbs at the start of the sentence.
_LEADS: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("considerar la posibilidad de|estudiar la posibilidad de|contemplar la posibilidad de", "consider"),
        ("seguir|continuar|proseguir", "continue"), ("mantener", "maintain"),
        ("considerar|estudiar|examinar la posibilidad", "consider"),
        ("ratificar", "ratify"), ("adherirse a|adherirse", "accede to"), ("firmar", "sign"),
        ("adoptar medidas|tomar medidas|adoptar las medidas|tomar las medidas", "take measures"),
        ("aprobar|adoptar", "adopt"), ("promulgar", "enact"),
        ("establecer|crear|instituir|poner en marcha", "establish"),
        ("velar por que|velar por|garantizar|asegurar|asegurarse de que|cerciorarse de que", "ensure"),
        ("intensificar", "intensify"), ("redoblar", "redouble"), ("reforzar|fortalecer", "strengthen"),
        ("mejorar", "improve"), ("aplicar|implementar|poner en práctica|cumplir", "implement"),
        ("cursar una invitación|invitar", "extend an invitation"), ("retirar", "withdraw"), ("derogar", "repeal"),
        ("abolir", "abolish"), ("despenalizar", "decriminalize"), ("tipificar", "criminalize"),
        ("investigar", "investigate"), ("combatir|luchar contra|luchar", "combat"),
        ("promover|fomentar|impulsar", "promote"), ("proteger", "protect"), ("eliminar", "eliminate"),
        ("erradicar", "eradicate"), ("prevenir", "prevent"), ("prohibir", "prohibit"),
        ("revisar|examinar", "review"), ("modificar|enmendar|reformar", "amend"), ("armonizar", "harmonize"),
        ("asignar|destinar", "allocate"), ("proporcionar|impartir|brindar|prestar|ofrecer", "provide"),
        ("elaborar|desarrollar|formular|diseñar", "develop"), ("poner fin|acabar con", "end"),
        ("solicitar|recabar|pedir", "seek"), ("cooperar|colaborar", "cooperate"), ("presentar", "submit"),
        ("acelerar|agilizar", "expedite"), ("alentar|animar", "encourage"), ("apoyar", "support"),
        ("respetar", "respect"), ("llevar a cabo|realizar|emprender|efectuar", "undertake"),
        ("sensibilizar|concienciar", "raise awareness"), ("capacitar|formar", "train"),
        ("incorporar|integrar|incluir", "incorporate"), ("reconocer", "recognize"), ("facilitar", "facilitate"),
        ("compartir", "share"), ("aumentar|incrementar|ampliar", "increase"), ("reducir|disminuir", "reduce"),
        ("abstenerse", "refrain"), ("hacer", "make"), ("velar", "ensure"),
        ("lograr|alcanzar", "achieve"), ("evaluar", "evaluate"), ("vigilar|supervisar", "monitor"),
        ("liberar|poner en libertad", "release"), ("enjuiciar|procesar", "prosecute"), ("sancionar|castigar", "punish"),
        ("no cejar|no escatimar", "continue"), ("finalizar|ultimar|concluir|completar", "complete"),
        ("tomar nuevas medidas|adoptar nuevas medidas", "take further measures"), ("abordar|hacer frente", "address"),
        ("potenciar", "strengthen"), ("dejar de|cesar", "cease"), ("aceptar", "accept"), ("dar", "give"),
        ("asumir", "assume"), ("publicar", "publish"), ("revocar", "revoke"), ("sustituir|reemplazar", "replace"),
        ("designar|nombrar", "appoint"), ("financiar", "fund"), ("contratar", "recruit"), ("construir", "build"),
        ("cerrar", "close"), ("suprimir", "remove"),
    ],
    "fr": [
        ("envisager la possibilité de|étudier la possibilité de|examiner la possibilité de|envisager de|envisager d'",
         "consider"),
        ("continuer de|continuer à|continuer d'|poursuivre|continuer", "continue"), ("maintenir", "maintain"),
        ("envisager|étudier|songer à", "consider"),
        ("ratifier", "ratify"), ("adhérer à|adhérer", "accede to"), ("signer", "sign"),
        ("prendre des mesures|prendre les mesures|adopter des mesures|prendre toutes les mesures", "take measures"),
        ("adopter", "adopt"), ("promulguer|édicter", "enact"),
        ("mettre en place|créer|établir|instituer", "establish"),
        ("veiller à ce que|veiller à|garantir|assurer|faire en sorte que", "ensure"),
        ("intensifier", "intensify"), ("redoubler", "redouble"), ("renforcer", "strengthen"),
        ("améliorer", "improve"), ("mettre en œuvre|mettre en oeuvre|appliquer|exécuter", "implement"),
        ("adresser une invitation|inviter", "extend an invitation"), ("retirer|lever", "withdraw"),
        ("abroger", "repeal"), ("abolir", "abolish"), ("dépénaliser", "decriminalize"),
        ("ériger en infraction|incriminer|criminaliser", "criminalize"), ("enquêter", "investigate"),
        ("lutter contre|lutter|combattre", "combat"), ("promouvoir|favoriser", "promote"), ("protéger", "protect"),
        ("éliminer", "eliminate"), ("éradiquer", "eradicate"), ("prévenir", "prevent"), ("interdire", "prohibit"),
        ("réviser|revoir|réexaminer|examiner", "review"), ("modifier|amender", "amend"), ("harmoniser", "harmonize"),
        ("allouer|affecter|consacrer", "allocate"), ("fournir|dispenser|offrir|assurer", "provide"),
        ("élaborer|développer|formuler", "develop"), ("mettre fin|mettre un terme", "end"),
        ("solliciter|demander|rechercher", "seek"), ("coopérer|collaborer", "cooperate"),
        ("soumettre|présenter", "submit"), ("accélérer", "expedite"), ("encourager", "encourage"),
        ("appuyer|soutenir", "support"), ("respecter", "respect"),
        ("mener|entreprendre|procéder|effectuer", "undertake"), ("sensibiliser", "raise awareness"),
        ("former", "train"), ("intégrer|incorporer|inclure", "incorporate"), ("reconnaître", "recognize"),
        ("faciliter", "facilitate"), ("partager", "share"), ("accroître|augmenter|élargir", "increase"),
        ("réduire", "reduce"), ("s'abstenir|s’abstenir", "refrain"), ("faire", "make"),
        ("atteindre|parvenir", "achieve"), ("évaluer", "evaluate"), ("surveiller|contrôler", "monitor"),
        ("libérer|remettre en liberté", "release"), ("poursuivre en justice|traduire en justice", "prosecute"),
        ("sanctionner|punir", "punish"),
        ("finaliser|achever|mener à bien|mener à terme", "complete"), ("progresser", "make progress"),
        ("s'occuper|s’occuper|s'attaquer|s’attaquer|remédier|traiter", "address"), ("donner|accorder", "give"),
        ("inscrire", "incorporate"), ("cesser", "cease"), ("ne pas", "refrain from"), ("permettre", "allow"),
        ("mettre rapidement fin", "end"), ("pleinement mettre en œuvre|mettre pleinement en œuvre", "fully implement"),
        ("publier", "publish"), ("révoquer", "revoke"), ("remplacer", "replace"), ("nommer", "appoint"),
        ("financer", "fund"), ("recruter", "recruit"), ("construire", "build"), ("fermer", "close"),
        ("supprimer", "remove"),
    ],
    "ru": [
        ("рассмотреть возможность|изучить возможность|рассмотреть вопрос о", "consider"),
        ("продолжать|продолжить|и впредь", "continue"), ("сохранять|сохранить|поддерживать", "maintain"),
        ("рассмотреть|изучить", "consider"),
        ("ратифицировать", "ratify"), ("присоединиться", "accede to"), ("подписать", "sign"),
        ("принять меры|принять все необходимые меры|принять необходимые меры|принимать меры", "take measures"),
        ("принять|утвердить", "adopt"), ("ввести в действие|ввести", "enact"),
        ("создать|учредить|установить", "establish"), ("обеспечить|обеспечивать|гарантировать", "ensure"),
        ("активизировать", "intensify"), ("удвоить", "redouble"), ("укрепить|укреплять|усилить|усиливать", "strengthen"),
        ("улучшить|улучшать|совершенствовать", "improve"),
        ("осуществить|осуществлять|выполнить|выполнять|реализовать|применять", "implement"),
        ("направить приглашение|направить постоянное приглашение|пригласить", "extend an invitation"),
        ("снять|отозвать", "withdraw"), ("отменить|упразднить", "abolish"), ("декриминализировать", "decriminalize"),
        ("криминализировать|установить уголовную ответственность", "criminalize"), ("расследовать", "investigate"),
        ("бороться|вести борьбу|противодействовать", "combat"), ("поощрять|содействовать|развивать", "promote"),
        ("защищать|защитить", "protect"), ("ликвидировать|устранить", "eliminate"), ("искоренить", "eradicate"),
        ("предотвращать|предупреждать|не допускать", "prevent"), ("запретить", "prohibit"),
        ("пересмотреть|провести обзор", "review"), ("внести поправки|внести изменения|изменить", "amend"),
        ("привести", "harmonize"), ("выделить|выделять", "allocate"), ("предоставить|предоставлять", "provide"),
        ("разработать|разрабатывать", "develop"), ("положить конец|прекратить", "end"),
        ("обратиться|запросить", "seek"), ("сотрудничать", "cooperate"), ("представить", "submit"),
        ("ускорить", "expedite"), ("поощрять", "encourage"), ("поддержать", "support"),
        ("уважать|соблюдать", "respect"), ("провести|проводить|организовать", "undertake"),
        ("повысить осведомленность|повышать осведомленность", "raise awareness"), ("обучать", "train"),
        ("включить|включать|инкорпорировать", "incorporate"), ("признать", "recognize"), ("облегчить", "facilitate"),
        ("увеличить|увеличивать|расширить|расширять", "increase"), ("сократить|сокращать|уменьшить", "reduce"),
        ("воздерживаться", "refrain"), ("добиться|достичь", "achieve"), ("оценить", "evaluate"),
        ("контролировать|отслеживать", "monitor"), ("освободить", "release"),
        ("привлечь к ответственности|преследовать", "prosecute"), ("наказывать", "punish"),
        ("и далее", "continue"), ("завершить", "complete"), ("вести", "conduct"),
        ("наращивать усилия", "intensify efforts"), ("предпринять|предпринимать", "undertake"),
        ("принимать", "take"), ("повышать|повысить", "raise"), ("уделять", "give"),
        ("обмениваться|поделиться", "share"), ("полностью осуществить|в полной мере осуществлять", "fully implement"),
        ("опубликовать", "publish"), ("заменить", "replace"), ("назначить", "appoint"), ("финансировать", "fund"),
        ("закрыть", "close"), ("зарегистрировать", "register"),
    ],
    "ar": [
        ("النظر في إمكانية|دراسة إمكانية|النظر في|أن تنظر في", "consider"),
        ("مواصلة|الاستمرار في|أن تواصل|أن تستمر في", "continue"), ("الحفاظ على|المحافظة على", "maintain"),
        ("التصديق على|أن تصدق على", "ratify"), ("الانضمام إلى|أن تنضم إلى", "accede to"), ("التوقيع على", "sign"),
        ("اتخاذ تدابير|اتخاذ التدابير|اتخاذ جميع التدابير|اتخاذ خطوات|اتخاذ الخطوات|اتخاذ إجراءات", "take measures"),
        ("اعتماد|إقرار", "adopt"), ("سن", "enact"), ("إنشاء|إقامة|استحداث", "establish"),
        ("ضمان|كفالة|أن تكفل|أن تضمن", "ensure"), ("تكثيف", "intensify"), ("مضاعفة", "redouble"),
        ("تعزيز|تدعيم|توطيد", "strengthen"), ("تحسين", "improve"), ("تنفيذ|تطبيق|إعمال", "implement"),
        ("توجيه دعوة|دعوة", "extend an invitation"), ("سحب", "withdraw"), ("إلغاء", "abolish"),
        ("إلغاء تجريم|عدم تجريم", "decriminalize"), ("تجريم", "criminalize"), ("التحقيق", "investigate"),
        ("مكافحة|محاربة", "combat"), ("النهوض|تشجيع|تيسير", "promote"), ("حماية", "protect"),
        ("القضاء على", "eliminate"), ("استئصال", "eradicate"), ("منع", "prevent"), ("حظر", "prohibit"),
        ("مراجعة|استعراض", "review"), ("تعديل", "amend"), ("مواءمة", "harmonize"), ("تخصيص", "allocate"),
        ("توفير|تقديم", "provide"), ("وضع|إعداد|صياغة", "develop"), ("إنهاء|وضع حد", "end"),
        ("التماس|طلب", "seek"), ("التعاون", "cooperate"), ("دعم", "support"), ("احترام", "respect"),
        ("إجراء", "undertake"), ("توعية|زيادة الوعي|إذكاء الوعي", "raise awareness"), ("تدريب", "train"),
        ("إدماج|إدراج", "incorporate"), ("الاعتراف", "recognize"), ("زيادة", "increase"), ("الحد من|خفض", "reduce"),
        ("الامتناع عن", "refrain"), ("تحقيق", "achieve"), ("تقييم", "evaluate"), ("رصد", "monitor"),
        ("الإفراج عن|إطلاق سراح", "release"), ("ملاحقة|مقاضاة", "prosecute"), ("معاقبة", "punish"),
        ("المضي في|المضي قدما في|المضي قدماً في", "continue"), ("اتخاذ مزيد من", "take further"), ("اتخاذ", "take"),
        ("أن تعزز", "strengthen"), ("أن تتخذ", "take"), ("أن تنقح|تنقيح", "revise"), ("التصدي", "address"),
        ("رفع", "lift"), ("التقيد", "comply"), ("القبول|قبول", "accept"), ("إعطاء|منح", "give"),
        ("التنفيذ الكامل", "fully implement"),
    ],
    "zh": [
        ("考虑批准|考虑加入|考虑", "consider"), ("继续", "continue"), ("保持|维持", "maintain"),
        ("批准", "ratify"), ("加入", "accede to"), ("签署", "sign"),
        ("采取措施|采取必要措施|采取一切必要措施|采取步骤|采取行动", "take measures"),
        ("通过", "adopt"), ("颁布", "enact"), ("设立|建立|成立|创建", "establish"),
        ("确保|保障|保证", "ensure"), ("加大", "intensify"), ("加倍", "redouble"),
        ("加强|增强|强化", "strengthen"), ("改善|改进|完善", "improve"), ("执行|落实|实施|履行", "implement"),
        ("发出邀请|邀请", "extend an invitation"), ("撤销|撤回", "withdraw"), ("废除|取消", "abolish"),
        ("废止", "repeal"), ("调查", "investigate"), ("打击", "combat"), ("促进|推动|推进", "promote"),
        ("保护", "protect"), ("消除", "eliminate"), ("根除", "eradicate"), ("防止|预防", "prevent"),
        ("禁止", "prohibit"), ("审查|审议|复审", "review"), ("修订|修正|修改", "amend"),
        ("拨出|分配|划拨", "allocate"), ("提供", "provide"), ("制定|制订|拟订", "develop"),
        ("结束|终止", "end"), ("寻求", "seek"), ("合作", "cooperate"), ("提交", "submit"),
        ("加快|加速", "expedite"), ("鼓励", "encourage"), ("支持", "support"), ("尊重", "respect"),
        ("开展|进行", "undertake"), ("提高认识|提高公众认识", "raise awareness"), ("培训", "train"),
        ("纳入", "incorporate"), ("承认", "recognize"), ("便利", "facilitate"), ("增加|扩大", "increase"),
        ("减少|降低", "reduce"), ("避免", "refrain"), ("实现", "achieve"), ("评估", "evaluate"),
        ("监测|监督", "monitor"), ("释放", "release"), ("起诉", "prosecute"), ("惩处|惩罚", "punish"),
        ("加紧努力|加紧", "intensify efforts"), ("采取进一步", "take further"), ("采取", "take"),
        ("进一步", "further"), ("全面实施|全面落实|全面执行", "fully implement"), ("有效落实|有效执行|有效实施", "implement"),
        ("分享", "share"), ("处理|解决", "address"), ("提高", "raise"), ("最后确定|完成", "complete"),
    ],
}
LANGUAGES = tuple(_LEADS)


@dataclass(frozen=True)
class EnglishLead:
    text: str  # the recommendation with its leading verb said in English: "ratify el Protocolo…"
    lead: str  # the words of the original that were replaced (the evidence)
    language: str


@lru_cache(maxsize=len(_LEADS))
def _matcher(language: str) -> tuple[re.Pattern, list[str]]:
    """One pattern of every lead of a language (a named group each) and the English lead of each group."""
    # Longest first, so "considerar la posibilidad de" wins over "considerar".
    phrases = sorted(((p, en) for group, en in _LEADS[language] for p in group.split("|")), key=lambda x: -len(x[0]))
    alternation = "|".join(f"(?P<g{i}>{_article(language, p)}{re.escape(p)})" for i, (p, _) in enumerate(phrases))
    # Chinese has no spaces, so no word boundary after the verb; the others need one.
    end = "" if language == "zh" else r"(?![\w'’])"
    start = "(?:و)?" if language == "ar" else ""
    return re.compile(rf"^\s*{start}(?:{alternation}){end}", re.IGNORECASE), [en for _, en in phrases]


def _article(language: str, phrase: str) -> str:
    """An Arabic verbal noun may carry the article: "التنفيذ" for "تنفيذ"."""
    return "(?:ال)?" if language == "ar" and not phrase.startswith("ال") else ""


# A paragraph number an extraction left in front ("54 ", "217- ") and, in Arabic, the conjunction "و" and the
# article "ال" a verbal noun may carry ("والتنفيذ", "التنفيذ" for "تنفيذ").
_NUMBER_LEFT = re.compile(r"^\s*\d+(?:[.\-–]\d+)*[\s.\-–)]*")


def english_lead(text: str, language: str | None = None) -> EnglishLead | None:
    """The text with its leading verb replaced by the English one, or None when no known verb opens it.

    The detected `language` is tried first, then the others: a short Spanish text is easily taken for French.
    """
    order = [language] if language in _LEADS else []
    order += [other for other in LANGUAGES if other not in order]
    text = _NUMBER_LEFT.sub("", text)
    for lang in order:
        pattern, english = _matcher(lang)
        match = pattern.match(text)
        if match:
            lead = english[int(match.lastgroup[1:])]
            return EnglishLead(f"{lead} {text[match.end():].strip()}", match.group(match.lastgroup), lang)
    return None
