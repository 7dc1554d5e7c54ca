"""The State's responses to its UPR recommendations: "A/HRC/NN/NN/Add.1".

The addendum says, by paragraph number, which recommendations of the Working Group report the
State supports and which it notes. It does so in prose ("<State> supports recommendations 115.1,
115.3 to 115.7 …", "at this stage the Government notes recommendations 120.4-9 and 120.12"),
sometimes by bare ordinal ("accepts the recommendations 1–5, 14–16", meaning 115.1–115.5 …),
in tables ("Recommendation | Position") or one line per recommendation ("115.3 Supported.").

`parse_wg_addendum` returns those positions in `metadata["positions"]`; `apply_positions` copies them
onto the recommendations parsed from the report itself.

Partial support ("partially accepts", "Supported/Noted") counts as "noted": the State did not support
the whole recommendation, and the UN's two-way vocabulary keeps "supported" for full support. The
paragraphs concerned are listed in `metadata["partially_supported"]` so nothing is lost.

Spanish, French, Russian, Arabic and Chinese addenda are read by the same algorithm with their own
words (`wg_addendum_languages`); the language is the document's (`detect_language`), English otherwise.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from uprmonitor.model import ExtractedText, Recommendation
from uprmonitor.structure.base import Structure
from uprmonitor.structure.language import detect_language
from uprmonitor.structure.states import canonical_state
from uprmonitor.structure.textutil import normalize_space
from uprmonitor.structure.wg_addendum_languages import OTHER_LANGUAGES, AddendumWording

_NUMBER = r"(?<!\d)\d{1,3}(?:\.\d{1,3})?(?!\d)"
_RANGE_SEPARATOR = r"\s*(?:-|–|—|to)\s*"
_ITEM = rf"{_NUMBER}(?:{_RANGE_SEPARATOR}{_NUMBER})?"
_LIST = rf"{_ITEM}(?:\s*(?:,\s*and|,|;|and|&)\s*{_ITEM})*"
_ITEM_RE = re.compile(rf"({_NUMBER})(?:{_RANGE_SEPARATOR}({_NUMBER}))?")

# "recommendations 115.1, 115.3 to 115.7" / "the following recommendations: 1–5, 14"
_LIST_AFTER_WORD = re.compile(
    r"\b(?:recommendations?|recs?\.)(?:\s+(?:nos?\.|numbers?|contained in paragraphs?|in paragraphs?))?[^\S\n]*:?"
    # the list may start on the next line, unless that line opens a new numbered paragraph ("3.  The")
    rf"[^\S\n]*(?:\n\s*(?!\d{{1,3}}\.\s))?(?P<list>{_LIST})",
    re.IGNORECASE,
)
# One verb phrase per position. Negated and partial forms are separate alternatives placed first, so
# that "does not accept" is read as one "noted" phrase rather than ending in a bare "accept".
_POSITION_PHRASE = re.compile(
    r"(?P<partial>\bpartial(?:ly)?\s+(?:accept|support)\w*|\b(?:accept|support)\w*\s+(?:in\s+part|partially)\b)"
    r"|(?P<noted>\b(?:does|do|did|can|could|will)\s*not\s+(?:accept|support|enjoy)\w*|\bnot\s+(?:accepted|supported)\b"
    r"|\bcannot\s+(?:accept|support)\b|\bnot(?:e|es|ed)\b|\btakes?\s+note\b|\breject\w*)"
    r"|(?P<supported>\baccept(?:s|ed)?\b|\bsupport(?:s|ed)?\b|\benjoys?\s+the\s+support\b)",
    re.IGNORECASE,
)
# "115.3 Supported." / "115.3–115.5: Noted" - a line that is only numbers and a position.
_LINE_POSITION = re.compile(
    rf"^\s*(?P<list>{_LIST})\s*[:.\-–—]?\s*(?P<word>partially\s+supported|partially\s+accepted|supported/noted"
    r"|supported|accepted|noted|rejected|not\s+supported|not\s+accepted)\b[^\S\n]*[.;]?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "5., 6., 7.   The Government accepts …" - a response paragraph numbered like the recommendations.
_NUMBERED_ITEM = re.compile(
    r"^[^\S\n]*(?P<numbers>\d{1,3}\.(?:,?[^\S\n]*\d{1,3}\.)*)(?P<comma>,?)[^\S\n]+(?=[A-Z])", re.MULTILINE
)
# In two-column layouts a list of numbers ending with "," goes on at the start of the next line.
_NUMBERS_CONTINUED = re.compile(r"[^\n]*\n[^\S\n]*(?P<numbers>(?:\d{1,3}\.,?[^\S\n]*)+)")
_THIS_RECOMMENDATION = re.compile(r"\b(?:the|this|these|those|both|all)\s+recommendations?\b", re.IGNORECASE)
_COPULA = re.compile(
    r"\s*(?:are|is|were|was|have been|has been)\s+(?:(?:fully|also|hereby)\s+)?", re.IGNORECASE
)
# A sentence ends at ". " before a capital or at a paragraph number opening a line.
# A footnote number may stick to the full stop ("project.2"); "Rec. 18" opens a new item.
_SENTENCE_END = re.compile(r"[.!?]\d*(?=\s+[A-Z(])|\n\s*\d{1,3}\.\s+(?=[A-Z])|\n\s*\n|\n\s*(?=Recs?\.\s)")
_ADDENDUM_SYMBOL = re.compile(r"\b(A/HRC/\d+/\d+)/Add\.\s?(\d+)")
_CYCLE = re.compile(
    r"\b(?:(?P<num>[1-4])(?:st|nd|rd|th)|(?P<word>first|second|third|fourth))\s+"
    r"(?:cycle|Universal Periodic Review|UPR)\b",
    re.IGNORECASE,
)
_CYCLE_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MAX_RANGE = 300  # a longer "range" is a misread (e.g. a year), not a list of recommendations

ENGLISH = AddendumWording(
    language="en",
    title="Views on conclusions and/or recommendations",
    number_list=_LIST,
    item=_ITEM_RE,
    list_after_word=_LIST_AFTER_WORD,
    position_phrase=_POSITION_PHRASE,
    line_position=_LINE_POSITION,
    numbered_item=_NUMBERED_ITEM,
    this_recommendation=_THIS_RECOMMENDATION,
    copula=_COPULA,
    sentence_end=_SENTENCE_END,
    cycle=_CYCLE,
    cycle_words=_CYCLE_WORDS,
    numbers_header=re.compile(r"recommendation|^(?:no\.|paragraph)$"),
    position_header=re.compile(r"position|response"),
)


def wording_for(language: str) -> AddendumWording:
    """The wording of the addendum's language: Spanish, French, Russian, Arabic, Chinese, else English."""
    return OTHER_LANGUAGES.get(language, ENGLISH)


def expand_numbers(number_list: str, wording: AddendumWording = ENGLISH) -> list[str]:
    """ "115.1, 115.3 to 115.5, 122.17-18, 1–3" -> ["115.1", "115.3", "115.4", "115.5", "122.17", "122.18", "1", "2", "3"].

    A range expands within one paragraph: its end may repeat the paragraph ("115.3–115.7") or not
    ("122.17-18"); a range across paragraphs ("115.9–116.2") keeps only its ends. Other languages
    write ranges with their own words ("115.3 a 115.7", "с 115.3 по 115.7"), given by `wording`, and
    Arabic its numbers "115-3", keyed "115.3" (`wording.number_key`).
    """
    numbers: list[str] = []
    for match in wording.item.finditer(number_list):
        first, last = (wording.number_key(number) if number else None for number in match.groups())
        numbers.extend(_expand_range(first, last) if last else [first])
    return list(dict.fromkeys(numbers))


def _expand_range(first: str, last: str) -> list[str]:
    prefix, _, start = first.rpartition(".")
    end_prefix, _, end = last.rpartition(".")
    if end_prefix and end_prefix != prefix:
        return [first, last]
    low, high = int(start), int(end)
    if not 0 < high - low <= _MAX_RANGE:
        return [first, last]
    return [f"{prefix}.{n}" if prefix else str(n) for n in range(low, high + 1)]


def _position_of_phrase(match: re.Match) -> tuple[str, bool]:
    """(position, partial?) of a _POSITION_PHRASE match."""
    if match.group("partial"):
        return "noted", True
    return ("noted", False) if match.group("noted") else ("supported", False)


def _word_position(words: str, wording: AddendumWording) -> tuple[str, bool] | None:
    """(position, partial?) of a line's or a cell's position words ("Supported/Noted", "Apoyada"), or None."""
    if "/" in words:  # "Supported/Noted": supported in part
        return "noted", True
    phrase = wording.position_phrase.search(words)
    return _position_of_phrase(phrase) if phrase else None


def _sentence_starts(text: str, wording: AddendumWording) -> list[int]:
    """Offsets where sentences start (ascending), so a statement's verb is looked for in its own sentence."""
    return [0] + [match.end() for match in wording.sentence_end.finditer(text)]


def _prose_positions(text: str, wording: AddendumWording) -> list[tuple[list[str], str, bool]]:
    """(paragraph numbers, position, partial?) for each "… supports recommendations 115.1, …" statement."""
    found, starts = [], _sentence_starts(text, wording)
    for listed in wording.list_after_word.finditer(text):
        start = starts[bisect.bisect_right(starts, listed.start()) - 1]
        phrases = list(wording.position_phrase.finditer(text, start, listed.start()))
        # "Recommendations 115.1 and 115.2 are supported": a verb right after the list wins.
        copula = wording.copula.match(text, listed.end())
        following = copula and wording.position_phrase.match(text, copula.end())
        if following:
            phrases = [following]
        if not phrases:
            continue
        position, partial = _position_of_phrase(phrases[-1])
        found.append((expand_numbers(listed.group("list"), wording), position, partial))
    return found


def _item_positions(text: str, wording: AddendumWording) -> list[tuple[list[str], str, bool]]:
    """(ordinals, position, partial?) for responses numbered like the recommendations themselves.

    "5., 6., 7.   The Government accepts these recommendations. …" answers recommendations 5-7;
    only the opening sentence counts, and only when it speaks of "the/this/these recommendation(s)"
    without listing numbers (a listed number makes it a prose statement, read by _prose_positions).
    """
    found = []
    for item in wording.numbered_item.finditer(text):
        sentence = wording.sentence_end.search(text, item.end())
        first_sentence = text[item.end() : sentence.start() if sentence else len(text)]
        if not wording.this_recommendation.search(first_sentence) or wording.list_after_word.search(first_sentence):
            continue
        phrase = wording.position_phrase.search(first_sentence)
        if phrase:
            position, partial = _position_of_phrase(phrase)
            found.append((_item_numbers(text, item), position, partial))
    return found


def _item_numbers(text: str, item: re.Match) -> list[str]:
    """The numbers opening a response item, following a trailing "," onto the next lines."""
    numbers = re.findall(r"\d+", item.group("numbers"))
    continued, position = item.group("comma"), item.end()
    while continued:
        following = _NUMBERS_CONTINUED.match(text, position)
        if not following:
            break
        numbers += re.findall(r"\d+", following.group("numbers"))
        continued, position = following.group("numbers").rstrip().endswith(","), following.end()
    return numbers


def _line_positions(text: str, wording: AddendumWording) -> list[tuple[list[str], str, bool]]:
    """(paragraph numbers, position, partial?) for lines like "115.3 Supported."."""
    found = []
    for line in wording.line_position.finditer(text):
        position = _word_position(line.group("word"), wording)
        if position:
            found.append((expand_numbers(line.group("list"), wording), *position))
    return found


def _cell_position(cell: str, wording: AddendumWording) -> tuple[str, bool] | None:
    """(position, partial?) of a table's position cell; English cells read as the thematic lists' are."""
    if wording is not ENGLISH:
        return _word_position(cell, wording)
    from uprmonitor.structure.thematic_list import normalize_position

    position = normalize_position(cell)
    words = cell.lower()
    return (position, "partial" in words or "/" in words) if position else None


def _table_positions(extracted: ExtractedText, wording: AddendumWording) -> list[tuple[list[str], str, bool]]:
    """(paragraph numbers, position, partial?) from "Recommendation | Position" table rows."""
    rows: dict[tuple[int, int], dict[int, str]] = defaultdict(dict)
    for block in extracted.blocks:
        if block.kind == "table_cell" and block.table is not None:
            table, row, column = block.table
            rows[(table, row)][column] = normalize_space(block.text)
    found, columns = [], {}
    for (table, _), cells in rows.items():
        header = {column: text.lower() for column, text in cells.items() if len(text) < 60}
        numbers_col = next((c for c, t in header.items() if wording.numbers_header.search(t)), None)
        position_col = next((c for c, t in header.items() if wording.position_header.search(t)), None)
        if numbers_col is not None and position_col is not None:
            columns[table] = (numbers_col, position_col)
            continue
        if table not in columns:
            continue
        numbers_col, position_col = columns[table]
        listed = re.match(rf"\s*({wording.number_list})", cells.get(numbers_col, ""))
        position = _cell_position(cells.get(position_col, ""), wording)
        if listed and position:
            found.append((expand_numbers(listed.group(1), wording), *position))
    return found


def _state_under_review(extracted: ExtractedText) -> str | None:
    """The first line near the top that is only a state's name (under the report's title)."""
    lines = [normalize_space(line) for line in extracted.text.split("\n")[:80]]
    for line in lines:
        if line and len(line) < 60:
            state = canonical_state(line.rstrip("*"))
            if state:
                return state
    return None


def _cycle(text: str, wording: AddendumWording) -> int | None:
    """The cycle the addendum names near its top ("fourth cycle", "segundo ciclo", "третьего цикла")."""
    cycle = wording.cycle.search(text[:5000])
    if not cycle:
        return None
    if cycle.group("num"):
        return int(cycle.group("num"))
    word = cycle.group("word").lower()
    return next((number for stem, number in wording.cycle_words.items() if word.startswith(stem)), None)


def _metadata(extracted: ExtractedText, wording: AddendumWording) -> dict:
    metadata: dict = {}
    symbol = _ADDENDUM_SYMBOL.search(extracted.text)
    if symbol:
        metadata["symbol"] = f"{symbol.group(1)}/Add.{symbol.group(2)}"
        metadata["report_symbol"] = symbol.group(1)
    state = _state_under_review(extracted)
    if state:
        metadata["state_under_review"] = state
    cycle = _cycle(extracted.text, wording)
    if cycle:
        metadata["cycle"] = cycle
    return metadata


def parse_wg_addendum(extracted: ExtractedText) -> Structure:
    """The State's position on each recommendation, by paragraph number, in `metadata["positions"]`.

    Keys are as the addendum writes them: "115.3", or a bare ordinal "3" when it numbers the
    recommendations 1…N (see `apply_positions`). A number given two different positions keeps the
    later one and is listed in `metadata["conflicts"]`. Spanish, French, Russian, Arabic and Chinese
    addenda are read with their own words; `metadata["language"]` says which.
    """
    positions: dict[str, str] = {}
    partial: list[str] = []
    conflicts: list[str] = []
    language = detect_language(extracted.text) or "en"
    wording = wording_for(language)
    statements = (
        _item_positions(extracted.text, wording)
        + _prose_positions(extracted.text, wording)
        + _line_positions(extracted.text, wording)
        + _table_positions(extracted, wording)
    )
    for numbers, position, is_partial in statements:
        for number in numbers:
            if positions.get(number, position) != position:
                conflicts.append(number)
            positions[number] = position
            if is_partial:
                partial.append(number)
    metadata = _metadata(extracted, wording)
    metadata["language"] = language
    metadata["positions"] = positions
    metadata["partially_supported"] = list(dict.fromkeys(partial))
    metadata["conflicts"] = list(dict.fromkeys(conflicts))
    return Structure(title=wording.title, metadata=metadata)


def _parent(paragraph: str | None) -> str | None:
    return paragraph.rpartition(".")[0] or None if paragraph else None


def apply_positions(recommendations: list[Recommendation], positions: dict[str, str]) -> int:
    """Set `position` from the addendum where the report left it None or "pending"; return how many were set.

    Paragraph numbers match exactly ("115.3"). Bare ordinals ("3") are used only when every open
    recommendation sits in one report paragraph (say 115), and then mean "115.3"; with open
    recommendations under several paragraphs an ordinal would be ambiguous, so it is not applied.
    """
    open_recommendations = [r for r in recommendations if r.position in (None, "pending") and r.paragraph]
    parents = {_parent(r.paragraph) for r in open_recommendations}
    single_parent = parents.pop() if len(parents) == 1 else None
    applied = 0
    for recommendation in open_recommendations:
        position = positions.get(recommendation.paragraph)
        if position is None and single_parent:
            position = positions.get(recommendation.paragraph.rpartition(".")[2])
        if position:
            recommendation.position = position
            applied += 1
    return applied
