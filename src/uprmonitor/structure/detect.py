"""Tell what kind of UPR document a text is, from its UN symbol and its own words.

UN documents carry a symbol near the top that says what they are: A/HRC/WG.6/20/SVN/1 is a
national report, /2 the UN compilation, /3 the stakeholders' summary; A/HRC/28/15 is a Working
Group report and A/HRC/28/15/Add.1 its addendum. Drafts and thematic lists carry no symbol, so
their titles and table headers decide. Anything else is treated as a stakeholder (NGO) submission.
"""

from __future__ import annotations

import re

from uprmonitor.model import ExtractedText
from uprmonitor.structure.wg_languages import OTHER_LANGUAGES

HEAD_CHARS = 4000  # symbols and titles sit on the first page



def _words(phrase: str) -> re.Pattern:
    """A title as a pattern that survives extraction: words may be glued ("UniversalPeriodic") or wrapped."""
    return re.compile(r"\s*".join(re.escape(word) for word in phrase.split()), re.IGNORECASE)


_PRE_SESSION_SYMBOL = re.compile(r"A\s*/\s*HRC\s*/\s*WG\.\s*6\s*/\s*\d+\s*/\s*[A-Z]{3}\s*/\s*([123])\b")
_ADDENDUM_SYMBOL = re.compile(r"A\s*/\s*HRC\s*/\s*\d+\s*/\s*\d+\s*/\s*Add\.\s*1\b", re.IGNORECASE)
_DECISION_SYMBOL = re.compile(r"A\s*/\s*HRC\s*/\s*DEC\s*/", re.IGNORECASE)
_WG_TITLE = _words("Report of the Working Group on the Universal Periodic Review")
# Early reports cite their own draft ("Previously issued as A/HRC/WG.6/9/L.6" or ".../DZA/4") on page one.
_WG_DRAFT_SYMBOL = re.compile(r"A\s*/\s*HRC\s*/\s*WG\.\s*6\s*/\s*\d+\s*/\s*(?:L\.\s*\d+|[A-Z]{3}\s*/\s*4)\b")
# A bare list of state recommendations (4th-cycle drafts): lines ending "(State);" or "(A); (B);"
_STATE_BRACKET_LINE = re.compile(r"\((?:[A-Z][^()]*|[^()]*\([^()]*\)[^()]*)\)\s*[;.,]?\s*$")
LIST_SAMPLE_LINES = 80
_ADDENDUM_TITLE = re.compile(
    _words("Views on conclusions and").pattern + r"\s*/?\s*or\s*recommendations|"
    + _words("voluntary commitments and replies").pattern + "|"
    # The Spanish, French and Russian titles of the addendum (the State's responses).
    + _words("Opiniones sobre las conclusiones y").pattern + r"\s*/?\s*o\s*recomendaciones|"
    + _words("compromisos voluntarios y respuestas del Estado examinado").pattern + "|"
    + _words("Observations sur les conclusions et").pattern + r"\s*/?\s*ou\s*recommandations|"
    + r"engagements\s*exprim[ée]s\s*et\s*r[ée]ponses\s*de\s*l\s*['’]\s*[ÉE]tat\s*examin[ée]|"
    + _words("Мнения по выводам и").pattern + r"\s*/?\s*или\s*рекомендациям|"
    + _words("добровольные обязательства и ответы государства").pattern + "|"
    # Arabic and Chinese; Chinese has no spaces, so a line may wrap between any two characters.
    + _words("آراء بشأن الاستنتاجات").pattern + r"\s*و\s*/?\s*أو\s*التوصيات|"
    + _words("والالتزامات الطوعية والردود المقدمة من الدولة موضوع الاستعراض").pattern + "|"
    + r"\s*".join("对结论和") + r"\s*/?\s*" + r"\s*".join("或建议") + "|"
    + r"\s*".join("自愿承诺和被审议国所作答复"),
    re.IGNORECASE,
)
_THEMATIC_TITLE = re.compile(
    _words("thematic list of recommendations").pattern + "|" + _words("matrix of recommendations").pattern, re.I
)
_TABLE_HEADERS = ("recommendation", "position", "theme", "full list of themes", "affected persons", "assessment", "sdg")
_ACCENTS = {"a": "[aá]", "e": "[eéè]", "i": "[ií]", "o": "[oó]", "u": "[uú]", "á": "[aá]", "é": "[eéè]",
            "í": "[ií]", "ó": "[oó]", "ú": "[uú]", "'": "['’]"}


def _loose_words(phrase: str) -> str:
    """A Spanish or French title as `_words` makes it, also with its accents lost or added by extraction."""
    words = ("".join(_ACCENTS.get(ch.lower(), re.escape(ch)) for ch in word) for word in phrase.split())
    return r"\s*".join(words)


_SUMMARY_TITLE = re.compile(
    _words("Summary of").pattern + r"\s*(?:the\s*)?stakeholders[’']?\s*(?:submissions|information)|"
    + _words("Summary prepared by the Office").pattern + "|"
    + _loose_words("Resumen de las comunicaciones de las partes interesadas") + "|"
    + _loose_words("Resumen preparado por la Oficina del Alto Comisionado") + "|"
    + _loose_words("Résumé des communications des parties prenantes") + "|"
    + _loose_words("Résumé établi par le Haut-Commissariat") + "|"
    + r"Резюме\s*материалов,?\s*представленных\s*заинтересованными\s*сторонами|"
    + r"Резюме,?\s*подготовленное\s*Управлением\s*Верховного\s*комиссара|"
    # Arabic and Chinese: "موجز الورقات المقدمة من أصحاب المصلحة", "利益攸关方(就…)提交的材料概述", and the older
    # "summary prepared by the Office" titles
    + r"موجز\s*(?:ال)?(?:ورقات|معلومات|بيانات)\s*(?:ال)?مقدمة\s*من\s*[أا]صحاب\s*(?:ال)?مصلحة|"
    + r"موجز\s*[أا]عدته\s*مفوضية\s*(?:ال)?[أا]مم\s*(?:ال)?متحدة\s*(?:ال)?سامية|"
    + r"\s*".join("利益攸关方") + r"(?:\s*就.{1,40}?)?" + r"\s*".join("提交的材料概述") + "|" + r"\s*".join("利益攸关方提交材料概述") + "|"
    + r"\s*".join("联合国人权事务高级专员办事处") + r".{0,60}?" + r"\s*".join("编写的概述"),
    re.IGNORECASE,
)
_COMPILATION_TITLE = re.compile(
    r"Compilation\s*(?:of\s*UN\s*information|on\s*[A-Z]|prepared\s*by)|"
    + _loose_words("Recopilación sobre") + "|" + _loose_words("Compilación sobre") + "|"
    + _loose_words("Recopilación preparada por la Oficina") + "|"
    + "(?:" + _loose_words("Recopilación") + "|" + _loose_words("Compilación") + r")\s*de\s*(?:la\s*)?"
    + _loose_words("información de las Naciones Unidas") + "|"
    + _loose_words("Compilation concernant") + "|" + _loose_words("Compilation établie par le Haut-Commissariat")
    + "|" + _loose_words("Compilation d'informations") + "|"
    + r"Подборка\s*информации|Подборка,?\s*подготовленная\s*Управлением|"
    + r"تجميع\s*(?:ال)?معلومات\s*(?:بشأن|المتعلقة|عن)|تجميع\s*لمعلومات\s*(?:ال)?[أا]مم\s*(?:ال)?متحدة|"
    + r"تجميع\s*[أا]عدته\s*مفوضية|"
    + r"\s*".join("关于") + r".{1,40}?" + r"\s*".join("的资料汇编") + "|" + r"\s*".join("联合国资料汇编") + "|"
    + r"\s*".join("联合国人权事务高级专员办事处") + r".{0,60}?" + r"\s*".join("编写的汇编"),
    re.I,
)
_NATIONAL_TITLE = re.compile(
    _words("National report submitted in accordance").pattern + "|"
    + _loose_words("Informe nacional presentado") + "|"
    + _loose_words("Rapport national") + r"\s*(?:soumis|pr[ée]sent[ée])|"
    + r"Национальный\s*доклад,?\s*представленный|"
    + r"(?:ال)?تقرير\s*(?:ال)?وطني\s*(?:ال)?مقدم\s*وفقا|" + r"\s*".join("提交的国家报告"),
    re.IGNORECASE,
)
_OTHER_TITLES = re.compile(
    _words("Report of the Human Rights Council on its").pattern + "|" + _words("Advance questions").pattern, re.I
)
TITLE_CHARS = 600
TOP_LINES = 12  # a text-only thematic list starts with its table's header cells, one per line

_PRE_SESSION_KINDS = {"1": "national_report", "2": "compilation", "3": "stakeholder_summary"}


def detect_kind(extracted: ExtractedText) -> str:
    """The kind whose signal comes first: a document's own symbol and title head its first page,
    while the symbols it cites (a WG report lists the national report it reviewed) come later."""
    head = extracted.text[:HEAD_CHARS]
    if _looks_like_thematic_list(extracted, head):
        return "thematic_list"
    signals = []
    if match := _PRE_SESSION_SYMBOL.search(head):
        signals.append((match.start(), _PRE_SESSION_KINDS[match.group(1)]))
    for pattern, kind in _TITLE_SIGNALS:
        if match := pattern.search(head):
            signals.append((match.start(), kind))
    if signals:
        return min(signals)[1]
    return "wg_report" if _is_list_of_state_recommendations(extracted) else "ngo_submission"


def _is_list_of_state_recommendations(extracted: ExtractedText) -> bool:
    lines = [block.text.strip() for block in extracted.blocks[:LIST_SAMPLE_LINES] if block.text.strip()]
    bracketed = sum(bool(_STATE_BRACKET_LINE.search(line)) for line in lines)
    return bracketed >= 5 and bracketed >= 0.3 * len(lines)


_TITLE_SIGNALS = (
    (_ADDENDUM_SYMBOL, "wg_addendum"),
    (_ADDENDUM_TITLE, "wg_addendum"),
    (_WG_TITLE, "wg_report"),
    *((wording.title, "wg_report") for wording in OTHER_LANGUAGES.values()),
    (_WG_DRAFT_SYMBOL, "wg_report"),
    (_SUMMARY_TITLE, "stakeholder_summary"),
    (_COMPILATION_TITLE, "compilation"),
    (_NATIONAL_TITLE, "national_report"),
    (_DECISION_SYMBOL, "other"),
    (_OTHER_TITLES, "other"),
)


def _looks_like_thematic_list(extracted: ExtractedText, head: str) -> bool:
    if _THEMATIC_TITLE.search(head[:TITLE_CHARS]):  # a title, not a mention ("See: Matrix of Recommendations")
        return True
    header_cells = [block.text for block in extracted.blocks if block.table is not None and block.table[1] == 0]
    headers = {text.strip().lower() for text in header_cells if len(text) < 60}
    hits = {name for name in _TABLE_HEADERS for header in headers if header.startswith(name)}
    if not header_cells:  # the table came out as text: its header cells are the first lines, alone
        lines = {block.text.strip().lower().rstrip(":s") for block in extracted.blocks[:TOP_LINES]}
        hits = {name for name in _TABLE_HEADERS if name.rstrip("s") in lines}
    return "recommendation" in hits and len(hits) >= 3
