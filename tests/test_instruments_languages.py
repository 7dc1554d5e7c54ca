"""Instruments cited in French, Spanish, Russian, Arabic and Chinese recommendations.

Every sentence here is written for the test (UPR-style, official UN treaty titles); none is cut from a
UN document. The English behaviour is covered by tests/test_instruments.py.
"""

from __future__ import annotations

import pytest

from uprmonitor.classify.instruments import find_instruments, instrument_ids


def ids_actions(text: str) -> list[tuple[str, str]]:
    return [(m.id, m.action) for m in find_instruments(text)]


def articles_of(text: str, instrument_id: str) -> tuple[str, ...]:
    return next(m.article for m in find_instruments(text) if m.id == instrument_id)


# ---------------------------------------------------------------------------------------------
# Core treaties by their official names (full title, and the short forms UN texts use)

CORE_TREATIES = {
    "ru": [
        ("ICCPR", "Ратифицировать Международный пакт о гражданских и политических правах."),
        ("ICESCR", "Выполнять положения Международного пакта об экономических, социальных и культурных правах."),
        ("CAT", "Ратифицировать Конвенцию против пыток и других жестоких, бесчеловечных или унижающих достоинство "
                "видов обращения и наказания."),
        ("CAT", "Присоединиться к Конвенции против пыток."),
        ("CEDAW", "Привести законодательство в соответствие с Конвенцией о ликвидации всех форм дискриминации "
                  "в отношении женщин."),
        ("CRC", "Обеспечить соблюдение Конвенции о правах ребенка."),
        ("CRC", "Обеспечить соблюдение Конвенции о правах ребёнка."),
        ("CRPD", "Ратифицировать Конвенцию о правах инвалидов."),
        ("ICERD", "Ратифицировать Международную конвенцию о ликвидации всех форм расовой дискриминации."),
        ("ICRMW", "Ратифицировать Международную конвенцию о защите прав всех трудящихся-мигрантов и членов их семей."),
        ("ICPPED", "Ратифицировать Международную конвенцию для защиты всех лиц от насильственных исчезновений."),
        ("ROME", "Ратифицировать Римский статут Международного уголовного суда."),
        ("REFUGEE-1951", "Присоединиться к Конвенции о статусе беженцев."),
        ("STATELESS-1954", "Присоединиться к Конвенции о статусе апатридов."),
        ("STATELESS-1961", "Присоединиться к Конвенции о сокращении безгражданства."),
    ],
    "ar": [
        ("ICCPR", "التصديق على العهد الدولي الخاص بالحقوق المدنية والسياسية."),
        ("ICESCR", "تنفيذ أحكام العهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية."),
        ("CAT", "التصديق على اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة."),
        ("CAT", "الانضمام إلى اتفاقية مناهضة التعذيب."),
        ("CEDAW", "مواءمة التشريعات الوطنية مع اتفاقية القضاء على جميع أشكال التمييز ضد المرأة."),
        ("CRC", "ضمان احترام اتفاقية حقوق الطفل."),
        ("CRC", "تعزيز التزامها بالاتفاقية وفقاً لاتفاقية حقوق الطفل."),  # glued li-
        ("CRPD", "التصديق على اتفاقية حقوق الأشخاص ذوي الإعاقة."),
        ("ICERD", "التصديق على الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري."),
        ("ICRMW", "التصديق على الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم."),
        ("ICPPED", "التصديق على الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري."),
        ("ROME", "التصديق على نظام روما الأساسي للمحكمة الجنائية الدولية."),
        ("REFUGEE-1951", "الانضمام إلى الاتفاقية الخاصة بوضع اللاجئين."),
        ("STATELESS-1954", "الانضمام إلى الاتفاقية المتعلقة بوضع الأشخاص عديمي الجنسية."),
        ("STATELESS-1961", "الانضمام إلى اتفاقية خفض حالات انعدام الجنسية."),
    ],
    "zh": [
        ("ICCPR", "批准《公民权利和政治权利国际公约》。"),
        ("ICCPR", "批准《公民及政治权利国际公约》。"),
        ("ICESCR", "充分执行《经济、社会及文化权利国际公约》。"),
        ("ICESCR", "充分执行《经济、社会、文化权利国际公约》。"),
        ("CAT", "批准《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》。"),
        ("CAT", "加入《禁止酷刑公约》。"),
        ("CEDAW", "使国内立法符合《消除对妇女一切形式歧视公约》。"),
        ("CRC", "确保遵守《儿童权利公约》。"),
        ("CRPD", "批准《残疾人权利公约》。"),
        ("ICERD", "批准《消除一切形式种族歧视国际公约》。"),
        ("ICRMW", "批准《保护所有移徙工人及其家庭成员权利国际公约》。"),
        ("ICPPED", "批准《保护所有人免遭强迫失踪国际公约》。"),
        ("ROME", "批准《国际刑事法院罗马规约》。"),
        ("REFUGEE-1951", "加入1951年《关于难民地位的公约》。"),
        ("STATELESS-1954", "加入《关于无国籍人地位的公约》。"),
        ("STATELESS-1961", "加入《减少无国籍状态公约》。"),
    ],
    "fr": [
        ("GENOCIDE", "Ratifier la Convention pour la prévention et la répression du crime de génocide."),
        ("REFUGEE-1951", "Adhérer à la Convention relative au statut des réfugiés."),
        ("STATELESS-1961", "Adhérer à la Convention sur la réduction des cas d’apatridie."),
        ("PARIS-PRINCIPLES", "Créer une institution nationale des droits de l ’ homme conforme aux Principes de Paris."),
    ],
    "es": [
        ("GENOCIDE", "Ratificar la Convención para la Prevención y la Sanción del Delito de Genocidio."),
        ("STATELESS-1954", "Adherirse a la Convención sobre el Estatuto de los Apátridas."),
        ("PARIS-PRINCIPLES", "Establecer una institución nacional de derechos humanos en consonancia con los Principios de París."),
    ],
}


@pytest.mark.parametrize(("language", "expected", "text"),
                         [(lang, i, t) for lang, cases in CORE_TREATIES.items() for i, t in cases])
def test_core_treaty_names(language, expected, text):
    assert instrument_ids(text) == [expected]


# ---------------------------------------------------------------------------------------------
# Actions

@pytest.mark.parametrize(("text", "expected"), [
    ("Ратифицировать Конвенцию о правах инвалидов.", "ratify"),
    ("Присоединиться к Конвенции против пыток.", "ratify"),
    ("Подписать Конвенцию о правах инвалидов.", "sign"),
    ("Снять оговорки к Конвенции о правах ребенка.", "withdraw_reservation"),
    ("В полной мере осуществлять Конвенцию о правах ребенка.", "implement"),
    ("Государство уже ратифицировало Конвенцию о правах ребенка в 1990 году.", "cite"),
    ("التصديق على اتفاقية حقوق الطفل.", "ratify"),
    ("الانضمام إلى اتفاقية حقوق الطفل.", "ratify"),
    ("التوقيع على اتفاقية حقوق الطفل.", "sign"),
    ("سحب تحفظاتها على اتفاقية حقوق الطفل.", "withdraw_reservation"),
    ("تنفيذ اتفاقية حقوق الطفل تنفيذاً كاملاً.", "implement"),
    ("批准《儿童权利公约》。", "ratify"),
    ("加入《儿童权利公约》。", "ratify"),
    ("签署《儿童权利公约》。", "sign"),
    ("撤回对《儿童权利公约》的保留。", "withdraw_reservation"),
    ("全面落实《儿童权利公约》。", "implement"),
    ("缔约国已经批准了《儿童权利公约》。", "cite"),
])
def test_action(text, expected):
    assert [action for _, action in ids_actions(text)] == [expected]


def test_chain_of_verbs_takes_the_strongest():
    assert ids_actions("Подписать и ратифицировать Конвенцию о правах инвалидов.") == [("CRPD", "ratify")]
    assert ids_actions("签署并批准《残疾人权利公约》。") == [("CRPD", "ratify")]
    assert ids_actions("التوقيع والتصديق على اتفاقية حقوق الأشخاص ذوي الإعاقة.") == [("CRPD", "ratify")]


def test_coordinated_treaties_share_the_action():
    text = "Ратифицировать Конвенцию о правах инвалидов и Международную конвенцию для защиты всех лиц от насильственных исчезновений."
    assert ids_actions(text) == [("CRPD", "ratify"), ("ICPPED", "ratify")]
    assert ids_actions("批准《残疾人权利公约》和《保护所有人免遭强迫失踪国际公约》。") == [("CRPD", "ratify"), ("ICPPED", "ratify")]


def test_a_new_sentence_does_not_inherit_the_verb():
    text = "Ратифицировать Римский статут. Комитет напоминает о Конвенции о правах ребенка."
    assert ids_actions(text) == [("ROME", "ratify"), ("CRC", "cite")]
    assert ids_actions("批准《罗马规约》。委员会提及《儿童权利公约》。") == [("ROME", "ratify"), ("CRC", "cite")]


# ---------------------------------------------------------------------------------------------
# Optional protocols

@pytest.mark.parametrize(("text", "expected"), [
    # Russian: "Факультативный протокол к <parent>", ordinal, topic, "к ней"
    ("Ратифицировать Факультативный протокол к Конвенции против пыток.", ["OPCAT"]),
    ("Ратифицировать второй Факультативный протокол к Международному пакту о гражданских и политических правах, "
     "направленный на отмену смертной казни.", ["ICCPR-OP2"]),
    ("Ратифицировать Факультативный протокол к Конвенции о правах ребенка, касающийся торговли детьми, "
     "детской проституции и детской порнографии.", ["CRC-OP-SC"]),
    ("Ратифицировать Факультативный протокол к Конвенции о правах ребенка, касающийся участия детей в вооруженных конфликтах.",
     ["CRC-OP-AC"]),
    ("Ратифицировать Конвенцию о правах инвалидов и Факультативный протокол к ней.", ["CRPD", "CRPD-OP"]),
    ("Ратифицировать Факультативный протокол к Международному пакту об экономических, социальных и культурных правах.",
     ["ICESCR-OP"]),
    # Arabic: "البروتوكول الاختياري لـ/الملحق بـ <parent>", ordinal after, dual, "الملحق بها"
    ("التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب.", ["OPCAT"]),
    ("التصديق على البروتوكول الاختياري الثاني الملحق بالعهد الدولي الخاص بالحقوق المدنية والسياسية، "
     "الهادف إلى إلغاء عقوبة الإعدام.", ["ICCPR-OP2"]),
    ("التصديق على البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن بيع الأطفال واستغلال الأطفال في البغاء.", ["CRC-OP-SC"]),
    ("التصديق على اتفاقية حقوق الأشخاص ذوي الإعاقة والبروتوكول الاختياري الملحق بها.", ["CRPD", "CRPD-OP"]),
    ("التصديق على البروتوكولين الاختياريين الأول والثاني الملحقين بالعهد الدولي الخاص بالحقوق المدنية والسياسية.",
     ["ICCPR-OP1", "ICCPR-OP2"]),
    # Chinese: the parent's name comes first, the topic before "任择议定书"
    ("批准《禁止酷刑公约任择议定书》。", ["OPCAT"]),
    ("批准《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书》。", ["OPCAT"]),
    ("批准《儿童权利公约关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书》。", ["CRC-OP-SC"]),
    ("批准《儿童权利公约》关于儿童卷入武装冲突问题的任择议定书。", ["CRC-OP-AC"]),
    ("批准《旨在废除死刑的〈公民权利和政治权利国际公约〉第二项任择议定书》。", ["ICCPR-OP2"]),
    ("批准《公民权利和政治权利国际公约第一和第二任择议定书》。", ["ICCPR-OP1", "ICCPR-OP2"]),
    ("批准《残疾人权利公约》及其任择议定书。", ["CRPD", "CRPD-OP"]),
    ("批准《关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书》。", ["CRC-OP-SC"]),
    # French and Spanish ordinals and topics
    ("Ratifier le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et "
     "politiques, visant à abolir la peine de mort.", ["ICCPR-OP2"]),
    ("Ratificar el Segundo Protocolo Facultativo del Pacto Internacional de Derechos Civiles y Políticos.", ["ICCPR-OP2"]),
    ("Ratifier le Protocole facultatif à la Convention relative aux droits de l’enfant, concernant la vente d’enfants.",
     ["CRC-OP-SC"]),
])
def test_optional_protocols(text, expected):
    assert instrument_ids(text) == expected


def test_protocol_takes_the_action():
    assert ids_actions("签署并批准《禁止酷刑公约任择议定书》。") == [("OPCAT", "ratify")]
    assert ids_actions("Подписать и ратифицировать Факультативный протокол к Конвенции против пыток.") == [("OPCAT", "ratify")]


def test_chinese_protocol_without_parent_needs_its_topic_before_it():
    # Chinese is compact: a topic after a bare "《任择议定书》" belongs to another clause
    assert instrument_ids("确保《任择议定书》第2条所禁止的买卖儿童现象不再发生。") == []


# ---------------------------------------------------------------------------------------------
# ILO conventions by number

@pytest.mark.parametrize(("text", "expected"), [
    ("Ratificar el Convenio núm. 169 de la OIT.", ["C169"]),
    ("Ratificar los Convenios de la OIT Nº 138 y Nº 182.", ["C138", "C182"]),
    ("Ratifier la Convention (no 189) de l’OIT.", ["C189"]),
    ("Ratifier la Convention ( n o 29) de l’OIT concernant le travail forcé.", ["C029"]),
    ("Ratifier la Convention 103 de l’OIT.", ["C103"]),
    ("Ratificar el Convenio sobre las Trabajadoras y los Trabajadores Domésticos, 2011 (núm. 189).", ["C189"]),
    ("Ратифицировать Конвенцию МОТ № 169.", ["C169"]),
    ("Ратифицировать Конвенции МОТ № 138 и 182.", ["C138", "C182"]),
    ("Ратифицировать Конвенцию МОТ 1989 года о коренных народах и народах, ведущих племенной образ жизни (№ 169).",
     ["C169"]),
    ("التصديق على اتفاقية منظمة العمل الدولية رقم 169.", ["C169"]),
    ("التصديق على اتفاقيتي منظمة العمل الدولية رقم 138 و182.", ["C138", "C182"]),
    ("批准国际劳工组织第169号公约。", ["C169"]),
    ("批准国际劳工组织《2011年家庭工人公约》(第189号)。", ["C189"]),
    ("批准劳工组织《土著和部落人民公约》(1989年，第169号)。", ["C169"]),
])
def test_ilo_conventions(text, expected):
    assert instrument_ids(text) == expected
    assert all(action == "ratify" for _, action in ids_actions(text))


def test_general_comment_numbers_are_not_ilo_conventions():
    assert instrument_ids("根据委员会第15号一般性意见(2013年)采取措施。") == []
    assert instrument_ids("Conforme a su observación general núm. 15 (2013), adoptar medidas.") == []
    assert instrument_ids("В свете замечания общего порядка № 15 (2013 год) принять меры.") == []


# ---------------------------------------------------------------------------------------------
# Articles

@pytest.mark.parametrize(("text", "instrument_id", "expected"), [
    ("Снять оговорки к статьям 2 и 16 Конвенции о ликвидации всех форм дискриминации в отношении женщин.", "CEDAW", ("2", "16")),
    ("Осуществлять Конвенцию о правах инвалидов, в частности ее статью 11.", "CRPD", ("11",)),
    ("Привести законодательство в соответствие со статьей 12 Конвенции о правах ребенка.", "CRC", ("12",)),
    ("سحب التحفظات على المادتين 2 و16 من اتفاقية القضاء على جميع أشكال التمييز ضد المرأة.", "CEDAW", ("2", "16")),
    ("تنفيذ اتفاقية حقوق الأشخاص ذوي الإعاقة، ولا سيما المادة 11.", "CRPD", ("11",)),
    ("احترام المادة ١٢ من اتفاقية حقوق الطفل.", "CRC", ("12",)),  # Arabic-Indic digits
    ("撤回对《消除对妇女一切形式歧视公约》第2条和第16条的保留。", "CEDAW", ("2", "16")),
    ("执行《残疾人权利公约》，特别是关于武装冲突期间保护残疾人的第十一条。", "CRPD", ("11",)),
    ("遵守《儿童权利公约》第12条。", "CRC", ("12",)),
    ("Aplicar la Convención sobre los Derechos de las Personas con Discapacidad, en particular el artículo 11.", "CRPD", ("11",)),
    ("Mettre en œuvre la Convention relative aux droits des personnes handicapées, en particulier l’article 11.", "CRPD", ("11",)),
])
def test_articles(text, instrument_id, expected):
    assert articles_of(text, instrument_id) == expected


def test_withdraw_reservation_with_articles_in_russian():
    text = "Снять оговорки к статьям 2 и 16 Конвенции о ликвидации всех форм дискриминации в отношении женщин."
    assert ids_actions(text) == [("CEDAW", "withdraw_reservation")]


# ---------------------------------------------------------------------------------------------
# What is not an instrument

@pytest.mark.parametrize("text", [
    "Выполнить рекомендации Комитета против пыток.",
    "Представить доклад Комитету по правам ребенка.",
    "Сотрудничать с Комитетом по ликвидации дискриминации в отношении женщин.",
    "تنفيذ توصيات لجنة مناهضة التعذيب.",
    "تقديم التقرير إلى لجنة حقوق الطفل.",
    "落实禁止酷刑委员会的建议。",
    "向儿童权利委员会提交报告。",
    "执行消除对妇女歧视委员会的建议。",
    "Государство должно соблюдать Конвенцию.",  # "the Convention" alone, as in English
    "确保《公约》得到执行。",
    "ضمان تنفيذ الاتفاقية.",
    "Рассмотреть вопрос о ратификации основных международных договоров по правам человека.",  # "договоров" is no reservation
])
def test_committees_and_bare_convention_are_not_instruments(text):
    assert instrument_ids(text) == []


def test_treaty_word_is_no_reservation_cue():
    text = "Рассмотреть вопрос о ратификации договоров, в частности Конвенции о правах инвалидов."
    assert ids_actions(text) == [("CRPD", "ratify")]


def test_arabic_match_needs_a_real_prefix():
    # "اتفاقية" glued after letters that are no prefix is another word
    assert instrument_ids("تمتاتفاقية حقوق الطفل") == []


def test_english_is_not_searched_with_other_languages_names():
    assert instrument_ids("Ratify the Convention on the Rights of Persons with Disabilities (No. 5)") == ["CRPD"]
