"""Tell what kind of UPR document a text is, from its UN symbol and its own words.

UN documents carry a symbol near the top that says what they are: A/HRC/WG.6/20/SVN/1 is a
national report, /2 the UN compilation, /3 the stakeholders' summary; A/HRC/28/15 is a Working
Group report and A/HRC/28/15/Add.1 its addendum. Drafts and thematic lists carry no symbol, so
their titles and table headers decide. Anything else is treated as a stakeholder (NGO) submission.
"""

from __future__ import annotations

import re

from uprmonitor.model import ExtractedText

HEAD_CHARS = 4000  # symbols and titles sit on the first page

_PRE_SESSION_SYMBOL = re.compile(r"A\s*/\s*HRC\s*/\s*WG\.\s*6\s*/\s*\d+\s*/\s*[A-Z]{3}\s*/\s*([123])\b")
_ADDENDUM_SYMBOL = re.compile(r"A\s*/\s*HRC\s*/\s*\d+\s*/\s*\d+\s*/\s*Add\.\s*1\b", re.IGNORECASE)
_WG_TITLE = re.compile(r"Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review", re.I)
_ADDENDUM_TITLE = re.compile(
    r"Views\s+on\s+conclusions\s+and/?or\s+recommendations|voluntary\s+commitments\s+and\s+replies", re.I
)
_THEMATIC_TITLE = re.compile(r"thematic\s+list\s+of\s+recommendations|matrix\s+of\s+recommendations", re.I)
_TABLE_HEADERS = ("recommendation", "position", "theme", "affected persons", "assessment", "sdg")
_SUMMARY_TITLE = re.compile(r"Summary\s+of\s+(?:the\s+)?stakeholders[’']?\s+submissions|Summary\s+prepared\s+by", re.I)
_COMPILATION_TITLE = re.compile(r"Compilation\s+(?:of\s+UN\s+information|on\s+[A-Z]|prepared\s+by)", re.I)
_NATIONAL_TITLE = re.compile(r"National\s+report\s+submitted\s+in\s+accordance", re.I)

_PRE_SESSION_KINDS = {"1": "national_report", "2": "compilation", "3": "stakeholder_summary"}


def detect_kind(extracted: ExtractedText) -> str:
    head = extracted.text[:HEAD_CHARS]
    if _looks_like_thematic_list(extracted, head):
        return "thematic_list"
    if match := _PRE_SESSION_SYMBOL.search(head):
        return _PRE_SESSION_KINDS[match.group(1)]
    if _ADDENDUM_SYMBOL.search(head) or _ADDENDUM_TITLE.search(head):
        return "wg_addendum"
    if _WG_TITLE.search(head):
        return "wg_report"
    for pattern, kind in (
        (_SUMMARY_TITLE, "stakeholder_summary"),
        (_COMPILATION_TITLE, "compilation"),
        (_NATIONAL_TITLE, "national_report"),
    ):
        if pattern.search(head):
            return kind
    return "ngo_submission"


def _looks_like_thematic_list(extracted: ExtractedText, head: str) -> bool:
    if _THEMATIC_TITLE.search(head):
        return True
    header_cells = [
        block.text.strip().lower()
        for block in extracted.blocks
        if block.table is not None and block.table[1] == 0
    ]
    hits = {name for name in _TABLE_HEADERS for cell in header_cells if cell.startswith(name)}
    return "recommendation" in hits and len(hits) >= 3
