"""What a Working Group report says in each of the six UN languages, as patterns.

The report is issued in English, French, Spanish, Russian, Arabic and Chinese with the same layout: a title,
a section "Conclusions and/or recommendations", numbered paragraphs that say what happened to the list that
follows (supported, noted, to be examined later), and a closing paragraph that the conclusions reflect the
position of the States that made them. Only the words change, so the parser keeps one algorithm and takes
its words from here. English keeps the patterns tuned on 220 reports in `wg_report` and `wg_positions`; the
other languages use the UN's standard wording, loosely (a verb stem rather than a whole sentence), because
the wording drifted from one cycle to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class WgWording:
    language: str
    title: re.Pattern  # "Report of the Working Group on the Universal Periodic Review"
    heading: re.Pattern  # the conclusions section's heading, not the closing sentence that repeats its words
    section_end: re.Pattern  # the closing sentence, the delegation's composition or an annex
    noted: re.Pattern  # checked first: "do not enjoy the support" must not read as "support"
    pending: re.Pattern
    supported: re.Pattern
    first_sentence_end: re.Pattern


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, _FLAGS)


_SLASH = r"\s*/\s*"

SPANISH = WgWording(
    language="es",
    title=_compile(r"Informe\s+del\s+Grupo\s+de\s+Trabajo\s+sobre\s+el\s+Examen\s+Peri[oó]dico\s+Universal"),
    heading=_compile(
        rf"(?<!todas las )conclusiones\s+y{_SLASH}o\s+recomendaciones"
        r"(?!\s+(?:que\s+figuran|contenidas|formuladas|del\s+presente|reflejan))"
    ),
    section_end=_compile(
        rf"(?:Todas\s+las\s+)?conclusiones\s+y{_SLASH}o\s+recomendaciones\s+(?:que\s+figuran|contenidas|reflejan)"
        r"|Composici[oó]n\s+de\s+la\s+delegaci[oó]n|\n\s*Anexos?\s*(?:\n|$)"
    ),
    noted=_compile(
        r"\bno\s+(?:cuentan?|contaron|gozan?|recibieron)\s+con\b|\bno\s+(?:cuentan?|gozan?)\s+del?\b"
        r"|\btom(?:a|ó|ado|aron|ar)\s+nota\b|\brechaz\w*|\bno\s+(?:acepta|apoya)\w*"
    ),
    pending=_compile(
        r"\bexaminar[áa]n?\b|\bdar[áa]\s+respuesta|\bresponder[áa]\b|\ba\s+su\s+debido\s+tiempo\b"
        r"|\ba\s+m[áa]s\s+tardar\b|\bser[áa]n\s+examinad\w+|\bestudiar[áa]\b"
    ),
    supported=_compile(r"\bcuentan?\s+con\s+(?:el|su)\s+apoyo|\bapoy\w+|\bacept\w+|\bya\s+se\s+han\s+aplicado"),
    first_sentence_end=re.compile(r"[.:]\s+(?=[A-ZÁÉÍÓÚÑ0-9])"),
)

FRENCH = WgWording(
    language="fr",
    title=_compile(r"Rapport\s+du\s+Groupe\s+de\s+travail\s+sur\s+l\s*['’]\s*Examen\s+p[ée]riodique\s+universel"),
    heading=_compile(
        rf"(?<!toutes les )conclusions\s+et{_SLASH}ou\s+recommandations"
        r"(?!\s+(?:figurant|contenues|qui\s+figurent|formulées|du\s+présent|reflètent))"
    ),
    section_end=_compile(
        rf"(?:Toutes\s+les\s+)?conclusions\s+et{_SLASH}ou\s+recommandations\s+"
        r"(?:figurant|contenues|qui\s+figurent|reflètent)"
        r"|Composition\s+de\s+la\s+d[ée]l[ée]gation|\n\s*Annexes?\s*(?:\n|$)"
    ),
    noted=_compile(
        r"\bn\s*['’]\s*(?:ont|a)\s+pas\s+(?:recueilli|obtenu|reçu)|\bne\s+(?:recueillent|bénéficient|jouissent)\s+pas"
        r"|\bpris\s+note\b|\bprend\s+note\b|\bprennent\s+note\b|\brejet\w*"
    ),
    pending=_compile(
        r"\bexaminera\b|\by\s+r[ée]pondra\b|\br[ée]pondra\b|\ben\s+temps\s+(?:voulu|utile)\b|\bau\s+plus\s+tard\b"
        r"|\bseront\s+examin[ée]es\b|\bétudiera\b"
    ),
    supported=_compile(
        r"\brecueill\w*\s+(?:son|leur|l\s*['’])\s*(?:adh[ée]sion|appui|soutien)"
        r"|\bb[ée]n[ée]ficient\s+(?:du\s+soutien|de\s+l\s*['’]\s*appui)|\bsoutien\b|\bappui\b|\baccept\w+"
        r"|\bsouscrit\b|\bd[ée]j[àa]\s+(?:été\s+)?mises?\s+en\s+(?:œuvre|oeuvre)"
    ),
    first_sentence_end=re.compile(r"[.:]\s+(?=[A-ZÀÂÉÈÊÎÔÛÇ0-9])"),
)

RUSSIAN = WgWording(
    language="ru",
    title=_compile(r"Доклад\s+Рабочей\s+группы\s+по\s+универсальному\s+периодическому\s+обзору"),
    heading=_compile(rf"(?<!все )выводы\s+и{_SLASH}или\s+рекомендации(?!,?\s+(?:содержащ|которые|отражают))"),
    section_end=_compile(
        rf"(?:Все\s+)?выводы\s+и{_SLASH}или\s+рекомендации,?\s+(?:содержащ|которые|отражают)"
        r"|Состав\s+делегации|\n\s*Приложени[ея]\s*(?:\n|$)"
    ),
    noted=_compile(
        r"\bне\s+(?:пользу|получил|поддерж|принят|одобр)\w*|принял\w*\s+(?:их\s+)?к\s+сведению"
        r"|принима\w*\s+(?:их\s+)?к\s+сведению|отклон\w*"
    ),
    pending=_compile(
        r"\bизучит\b|\bрассмотрит\b|\bпредставит\s+(?:свои\s+)?ответ\w*|\bв\s+надлежащие\s+сроки\b"
        r"|\bне\s+позднее\b|\bбудут\s+(?:изучены|рассмотрены)\b"
    ),
    supported=_compile(r"\bпользу\w+\s+(?:\w+\s+){0,2}поддержк\w*|\bполучил\w*\s+(?:\w+\s+){0,2}поддержк\w*"
                       r"|\bподдерж\w*|\bприня\w*|\bодобр\w*|\bуже\s+(?:были\s+)?выполнен\w*"),
    first_sentence_end=re.compile(r"[.:]\s+(?=[А-ЯЁ0-9])"),
)

ARABIC = WgWording(
    language="ar",
    title=re.compile(r"تقرير\s+الفريق\s+العامل\s+المعني\s+بالاستعراض\s+الدوري\s+الشامل"),
    heading=re.compile(rf"(?<!جميع )الاستنتاجات\s*و{_SLASH}أو\s*التوصيات(?!\s*(?:الواردة|المقدمة|تعبر|تعكس))"),
    section_end=re.compile(
        rf"(?:جميع\s+)?الاستنتاجات\s*و{_SLASH}أو\s*التوصيات\s*(?:الواردة|تعبر|تعكس)"
        r"|تشكيلة\s+الوفد|تكوين\s+الوفد|\n\s*المرفق\s*(?:\n|$)"
    ),
    noted=re.compile(r"علم[اً]|علما|لا\s+تحظى|لم\s+تحظ|لا\s+تؤيد|لم\s+تؤيد|رفض"),
    pending=re.compile(r"ستنظر|ستدرس|ستقدم\s+ردود|سترد|في\s+الوقت\s+المناسب|في\s+موعد\s+أقصاه|في\s+موعد\s+لا\s+يتجاوز"),
    supported=re.compile(r"تحظى\s+بتأييد|حظيت\s+بتأييد|تحظى\s+بدعم|تؤيد|أيدت|بتأييد|قبلت|تقبل"),
    first_sentence_end=re.compile(r"[.:]\s+"),
)

CHINESE = WgWording(
    language="zh",
    title=re.compile(r"普遍定期审议\s*工作组\s*报告"),
    heading=re.compile(rf"(?<!所有)(?<!全部)结论\s*和{_SLASH}或\s*建议(?!\s*(?:均|都|反映))"),
    section_end=re.compile(
        rf"(?:本报告所载)?(?:所有|全部)结论\s*和{_SLASH}或\s*建议|代表团(?:的)?组成|\n\s*附件\s*(?:\n|$)"
    ),
    noted=re.compile(r"注意到|未获|未得到|不支持|没有得到|未能得到|拒绝"),
    pending=re.compile(r"将审查|将研究|将审议|作出答复|予以答复|及时答复|不迟于"),
    supported=re.compile(r"支持|赞同|接受|已经执行|已执行"),
    first_sentence_end=re.compile(r"[。：:]\s*"),
)

OTHER_LANGUAGES: dict[str, WgWording] = {w.language: w for w in (FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE)}


def wording_for(language: str | None) -> WgWording | None:
    """The wording of a non-English report, or None for English (whose patterns live with the parser)."""
    return OTHER_LANGUAGES.get(language or "en")


def title_language(text: str) -> str | None:
    """The language of the first WG-report title found in `text` (the cover page), or None."""
    found = [(m.start(), w.language) for w in OTHER_LANGUAGES.values() if (m := w.title.search(text))]
    return min(found)[1] if found else None


def position_in(intro: str, wording: WgWording) -> str | None:
    """The position an introducing paragraph of a non-English report gives its list, or None."""
    end = wording.first_sentence_end.search(intro)
    first = intro[: end.start()] if end else intro
    return _position(first, wording) or (_position(intro, wording) if end else None)


def _position(text: str, wording: WgWording) -> str | None:
    if wording.noted.search(text):
        return "noted"
    if wording.pending.search(text):
        return "pending"
    if wording.supported.search(text):
        return "supported"
    return None
