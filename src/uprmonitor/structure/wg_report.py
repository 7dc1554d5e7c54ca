"""Parse a Report of the Working Group on the UPR (A/HRC/N/N), 2008 to today, into its recommendations.

The recommendations sit in the section "Conclusions and/or recommendations". It is a run of numbered paragraphs;
each opens with a sentence saying what happened to the list that follows (supported, noted, to be examined
later) and the list is numbered either "118.1, 118.2 ..." (2010 onwards) or "1., 2. ..." under paragraph "69."
(2008-2010). Numbers are accepted only in sequence, which tells a paragraph number from a "No. 29." inside a
recommendation and still finds numbers when an extraction lost its line breaks. In 2008-2009 reports the noted
recommendations may exist only as sentences of the interactive dialogue, referenced by paragraph number
("Other recommendations noted in paragraphs 45, 55 ... did not enjoy the support"): see `wg_prose`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uprmonitor.model import ExtractedText, Recommendation, Section
from uprmonitor.structure.base import Structure
from uprmonitor.structure.language import detect_language
from uprmonitor.structure.textutil import normalize_space
from uprmonitor.structure.wg_flow import Flow, build_flow
from uprmonitor.structure.wg_items import split_item
from uprmonitor.structure.wg_languages import WgWording, position_in, wording_for
from uprmonitor.structure.wg_metadata import report_metadata
from uprmonitor.structure.wg_positions import announces_later_response, position_of
from uprmonitor.structure.wg_prose import prose_recommendations

SECTION_HEADING = "Conclusions and/or recommendations"

_HEADING = re.compile(
    r"(?<!all )(?<!the )(?<!end )conclusions\s+and\s*/\s*or\s+recommendations"
    r"(?!\s+(?:contained|set\s+out|in\s+the|reflect))",
    re.IGNORECASE,
)
_TOC_LEADER = re.compile(r"\.{4,}|…{2,}")
_SECTION_END = re.compile(
    r"(?:All\s+|The\s+)?conclusions\s+and\s*/\s*or\s+recommendations\s+(?:contained|set\s+out|in\s+the|reflect)"
    r"|\[end\s+conclusions|\n\s*Annex(?:es)?\s*(?:\n|$)|Composition\s+of\s+the\s+delegation",
    re.IGNORECASE,
)
# When the heading was lost in extraction: the first paragraph that introduces a list of recommendations.
_FIRST_LIST_INTRO = re.compile(
    r"recommendations\s+(?:formulated|listed|below|made)|following\s+recommendations"
    r"|In\s+the\s+course\s+of\s+the\s+(?:discussion|dialogue)",
    re.IGNORECASE,
)
_LIST_ONLY = re.compile(r"^\s*\d{1,3}\.1\.?\s", re.MULTILINE)
# A paragraph or item number: "69.", "118.3", "124.1." at a line start or inline after a space. An item number
# may be glued to its first word ("126.31Intensify", Chinese never puts a space); Arabic reports write "132-"
# and "132-90", at times "132 - 90".
_NUMBER = re.compile(
    r"(?<![\w./,\-–(])(\d{1,3})\.(?:(\d{1,3})\.?)?(?:(?=[\s\u00a0\u3000]|$|[\u4e00-\u9fff])|(?<=\d)(?=[^\W\d_]))"
)
_ARABIC_NUMBER = re.compile(
    r"(?<![\w./,\-–(])(\d{1,3})\s?[-.](?:\s?(\d{1,3})\s?[-.]?)?(?:(?=[\s\u00a0]|$)|(?<=\d)(?=[^\W\d_]))"
)

# A number right after a word ("NOTE 1.", "Convention No 29.") continues a sentence; list item numbers follow a
# line break or punctuation ("...(Kuwait); 2. Ratify").
_AFTER_WORD = re.compile(r"[A-Za-z][ \t\u00a0]+$")


@dataclass
class _Item:
    number: str
    start: int  # flow offset of the item text (after its number)
    end: int
    dotted: bool = True  # numbered "118.3" in the report (False for "3." under paragraph 69)


@dataclass
class _Paragraph:
    number: int
    start: int
    end: int
    intro_end: int = -1  # where its first item begins
    items: list[_Item] = field(default_factory=list)

    def intro(self, flow: Flow) -> str:
        end = self.intro_end if self.intro_end >= 0 else self.end
        return flow.text[self.start : end]


def _section_start(text: str, wording: WgWording | None = None) -> int | None:
    heading = wording.heading if wording else _HEADING
    headings = [m for m in heading.finditer(text) if not _TOC_LEADER.search(text[m.end() : m.end() + 80])]
    if headings:
        return headings[-1].end()
    # No heading: start at the line holding the first list intro in the second half of the report.
    intro = _FIRST_LIST_INTRO.search(text, len(text) // 3)
    if intro is None:
        # A draft that circulates only the list ("6.1<tab>Ratify ... (Togo);"): the list is the document.
        return 0 if _LIST_ONLY.search(text) else None
    number = re.search(r"\d{1,3}\.\s*$", text[max(0, intro.start() - 300) : intro.start()])
    line_start = text.rfind("\n", 0, intro.start()) + 1
    return intro.start() - len(number.group(0)) if number else line_start


def _section_bounds(text: str, wording: WgWording | None = None) -> tuple[int, int] | None:
    """Flow offsets of the conclusions section: after its heading, up to the closing paragraph or annex."""
    start = _section_start(text, wording)
    if start is None:
        return None
    end_match = (wording.section_end if wording else _SECTION_END).search(text, start)
    end = end_match.start() if end_match else len(text)
    # The closing "All conclusions ..." paragraph carries a number of its own; keep it out of the section.
    number_before = re.search(r"(\d{1,3})\.\s*$", text[max(start, end - 12) : end])
    if number_before:
        end -= len(number_before.group(0))
    return start, end


def _looks_like_item(flow: Flow, start: int, end: int) -> bool:
    """Does this numbered stretch end like a recommendation (a bracket of States) rather than an intro?"""
    return bool(re.search(r"[)）]\s*[;.；。؛]?\s*$", flow.text[start:end].strip()[-160:] or ""))


class _Numbering:
    """Accept paragraph and item numbers only when they continue the sequence."""

    def __init__(self, flow: Flow, start: int, end: int, number: re.Pattern = _NUMBER):
        self.flow = flow
        self.candidates = [
            (m.start(), m.end(), int(m.group(1)), int(m.group(2)) if m.group(2) else None)
            for m in number.finditer(flow.text, start, end)
        ]
        self.end = end
        self.paragraphs: list[_Paragraph] = []

    def _open(self, number: int, at: int, text_start: int) -> None:
        if self.paragraphs:
            self.paragraphs[-1].end = at
        self.paragraphs.append(_Paragraph(number, text_start, self.end))

    def _add_item(self, number: str, at: int, text_start: int, dotted: bool = True) -> None:
        paragraph = self.paragraphs[-1]
        if paragraph.items:
            paragraph.items[-1].end = at
        else:
            paragraph.intro_end = at
        paragraph.items.append(_Item(number, text_start, self.end, dotted))

    def run(self) -> list[_Paragraph]:
        for index, (at, text_start, major, minor) in enumerate(self.candidates):
            next_at = self.candidates[index + 1][0] if index + 1 < len(self.candidates) else self.end
            if minor is None:
                self._plain(major, at, text_start, next_at)
            else:
                self._dotted(major, minor, at, text_start)
        for paragraph in self.paragraphs:
            if paragraph.items:
                paragraph.items[-1].end = paragraph.end
        return self.paragraphs

    def _current(self) -> tuple[_Paragraph | None, int, bool]:
        if not self.paragraphs:
            return None, 0, False
        paragraph = self.paragraphs[-1]
        items = paragraph.items
        dotted = bool(items) and items[-1].dotted
        last = int(items[-1].number.rsplit(".", 1)[-1]) if items else 0
        return paragraph, last, dotted

    def _dotted(self, major: int, minor: int, at: int, text_start: int) -> None:
        paragraph, last, dotted = self._current()
        if (
            paragraph is not None
            and major == paragraph.number
            and minor == last + 1
            and (dotted or last == 0)
        ):
            self._add_item(f"{major}.{minor}", at, text_start)
        elif minor == 1 and (paragraph is None or major > paragraph.number):
            self._open(major, at, at)  # the list's own paragraph number was lost; the item opens it
            self._add_item(f"{major}.1", at, text_start)

    def _plain(self, number: int, at: int, text_start: int, next_at: int) -> None:
        paragraph, last, dotted = self._current()
        if paragraph is None:
            if number >= 5:
                self._open(number, at, text_start)
            return
        opens_paragraph = number == paragraph.number + 1
        after_word = _AFTER_WORD.search(self.flow.text, max(0, at - 40), at)
        continues_list = not dotted and number == last + 1 and not after_word
        if continues_list and opens_paragraph:
            continues_list = _looks_like_item(self.flow, text_start, next_at)
        if continues_list:
            self._add_item(f"{paragraph.number}.{number}", at, text_start, dotted=False)
        elif opens_paragraph:
            self._open(number, at, text_start)


def _positions(flow: Flow, paragraphs: list[_Paragraph], wording: WgWording | None = None) -> list[str | None]:
    """Position of each paragraph's list; a later 'the response ... will be included' makes a list pending."""
    if wording is not None:
        return [position_in(p.intro(flow), wording) for p in paragraphs]
    positions = [position_of(p.intro(flow)) for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        if positions[index] is None and paragraph.items:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following and not following.items and announces_later_response(following.intro(flow)):
                positions[index] = "pending"
    return positions


def _recommendation(flow: Flow, start: int, end: int, **fields) -> Recommendation:
    source_start, source_end = flow.source_span(start, end)
    return Recommendation(
        section=SECTION_HEADING, page=flow.page_at(start), start=source_start, end=source_end, **fields
    )


def _item_recommendations(flow: Flow, item: _Item, position: str | None) -> list[Recommendation]:
    text = flow.text[item.start : item.end]
    return [
        _recommendation(
            flow,
            item.start + piece.start,
            item.start + piece.end,
            text=piece.text,
            paragraph=item.number,
            recommending_states=piece.states,
            position=position,
        )
        for piece in split_item(text)
    ]


def _listed_recommendations(
    flow: Flow, paragraphs: list[_Paragraph], wording: WgWording | None = None
) -> list[Recommendation]:
    found: list[Recommendation] = []
    for paragraph, position in zip(paragraphs, _positions(flow, paragraphs, wording), strict=True):
        for item in paragraph.items:
            recommendations = _item_recommendations(flow, item, position)
            # An item naming no State, under a paragraph that gives no position, is the report's commentary
            # ("the State under review offers the following comments: 1. ..."), not a recommendation.
            if position is None and not any(r.recommending_states for r in recommendations):
                continue
            found.extend(recommendations)
    return found


def _prose_referenced(flow: Flow, paragraphs: list[_Paragraph], section_start: int, state: str | None):
    """Recommendations of the dialogue paragraphs that an item-less conclusions paragraph refers to."""
    found: list[Recommendation] = []
    for paragraph, position in zip(paragraphs, _positions(flow, paragraphs), strict=True):
        if paragraph.items or position is None:
            continue
        for item in prose_recommendations(flow.text, paragraph.intro(flow), section_start, state):
            found.append(
                _recommendation(
                    flow,
                    item.start,
                    item.end,
                    text=item.text,
                    paragraph=item.paragraph,
                    recommending_states=item.states,
                    position=position,
                )
            )
    return found


def parse_wg_report(extracted: ExtractedText) -> Structure:
    """Metadata, the conclusions section and every recommendation of a WG report."""
    metadata = report_metadata(extracted.text, extracted.source)
    metadata.setdefault("language", detect_language(extracted.text) or "en")
    wording = wording_for(metadata["language"])
    state = metadata.get("state_under_review")
    title = "Report of the Working Group on the Universal Periodic Review"
    structure = Structure(title=f"{title}: {state}" if state else title, metadata=metadata)
    flow = build_flow(extracted)
    bounds = _section_bounds(flow.text, wording)
    if bounds is None:
        return structure
    start, end = bounds
    number = _ARABIC_NUMBER if metadata["language"] == "ar" else _NUMBER
    paragraphs = _Numbering(flow, start, end, number).run()
    recommendations = _listed_recommendations(flow, paragraphs, wording)
    if wording is None:  # the 2008-2009 prose form exists in the English reports this parser was built on
        recommendations += _prose_referenced(flow, paragraphs, start, state)
    source_start, source_end = flow.source_span(start, end)
    structure.sections.append(
        Section(
            heading=SECTION_HEADING, level=1, page=flow.page_at(start), start=source_start, end=source_end
        )
    )
    structure.recommendations = recommendations
    return structure


def describe(recommendation: Recommendation) -> str:
    """One line for debugging output: paragraph, position, States and the start of the text."""
    states = ", ".join(recommendation.recommending_states)
    return normalize_space(
        f"{recommendation.paragraph} [{recommendation.position}] ({states}) {recommendation.text}"
    )
