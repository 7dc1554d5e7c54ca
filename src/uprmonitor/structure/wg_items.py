"""Cut one numbered item of a WG report's conclusions into recommendations, each with its recommending States.

An item closes each recommendation with a bracket of States: "Ratify X (Spain); Consider Y (Palestine);",
"... (Spain, Tunisia, Portugal)", "(Kuwait and Qatar)", "(Maldives) (Portugal)", "(Bolivia (Plurinational State
of))". A bracket counts as a list of States only when nothing but State names and separators is inside it, so
"(ICRMW)" or "(2010-2014)" stay part of the text. The 2008-2009 reports also packed several recommendations of one
State into one item ("That X do A; recommends that X do B (Mexico)"): UPR Info splits them, and so do we.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uprmonitor.structure.states import closest_state, find_state_spans
from uprmonitor.structure.textutil import unwrap

# What may sit between State names inside a bracket of recommending States, in the six UN languages: commas
# (Chinese "、" and "，", Arabic "،"), "and" ("y", "et", "и", "和", a "و" glued to the next name) and the
# articles French and Spanish put before some names ("(la Norvège et le Chili)").
_SEPARATORS = re.compile(
    r"(?:[\s,;.&、，；،؛]|\b(?:and|the|y|e|et|и|la|le|les|el|los|las)\b|l['’]|和|及|与|以及|و)+", re.IGNORECASE
)
_PART_SEPARATORS = re.compile(r"[,;/、，；،؛]")
_OPEN, _CLOSE = "(（", ")）"  # Chinese reports use full-width brackets as often as ASCII ones
_QUALIFIER = re.compile(r"^\s*[(（][^()（）]*[)）]")  # "(Plurinational Republic of)" after "Bolivia"
# Several recommendations by the same State inside one 2008-2009 item.
_SAME_STATE_SPLIT = re.compile(
    r";\s*(?:and\s+)?(?=(?:recommends|recommended|encourages|urges)\b)"
    r"|\.\s+(?=It\s+(?:also\s+)?(?:recommended|encouraged|urged)\b)"
)
_LEADING_VERB = re.compile(r"^(?:it\s+)?(?:also\s+)?(?:recommends|recommended)\s+", re.IGNORECASE)
_LEADING_JUNK = re.compile(r"^[\s;,.:\u2013\u2014；，。：؛،-]*(?:and\s+|also\s+)?")
_TRAILING_JUNK = re.compile(r"(?:[\s;,:\u2013\u2014；，。：؛،-]|\band\b|\.(?<!\b[A-Z]\.))*$")
_LEAD_CHARS = " \t\n;,.:\u2013\u2014-；，。：؛،"


@dataclass
class Piece:
    """One recommendation inside an item: span within the item text, cleaned text, States."""

    start: int
    end: int
    text: str
    states: list[str] = field(default_factory=list)


def _closing_paren(text: str, open_at: int) -> int | None:
    depth = 0
    for index in range(open_at, len(text)):
        if text[index] in _OPEN:
            depth += 1
        elif text[index] in _CLOSE:
            depth -= 1
            if depth == 0:
                return index
    return None


def _exact_states(content: str) -> list[str] | None:
    """States named exactly, with nothing but separators (or a bracketed qualifier after a name) between."""
    spans = find_state_spans(content, in_prose=False)
    if not spans:
        return None
    cursor = 0
    for start, end, _ in [*spans, (len(content), len(content), "")]:
        rest = _QUALIFIER.sub("", content[cursor:start]) if cursor else content[cursor:start]
        if _SEPARATORS.sub("", rest):
            return None
        cursor = end
    return [name for _, _, name in spans]


def _misspelt_states(content: str) -> list[str] | None:
    """Each comma-separated part read exactly or as the closest State name ("Lichtenstein", "New Zeeland")."""
    names: list[str] = []
    for part in _PART_SEPARATORS.split(content):
        if not _SEPARATORS.sub("", part):
            continue
        exact = _exact_states(part)
        name = None if exact else closest_state(part.strip())
        if not exact and name is None:
            return None
        names += exact or [name]
    return names or None


def bracket_states(content: str) -> list[str] | None:
    """The States of a bracket's content when it is only a list of States; otherwise None.

    Names are read exactly first ("Kuwait and Qatar", "Bolivia (Plurinational Republic of)"); when that
    leaves something over, each part between commas may also be a misspelt State name.
    """
    names = _exact_states(content) or _misspelt_states(content)
    if names is None:
        return None
    return list(dict.fromkeys(names))


def state_brackets(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, States) of every bracket of recommending States in `text`, adjacent brackets merged."""
    found: list[tuple[int, int, list[str]]] = []
    index = _next_open(text, 0)
    while index != -1:
        close = _closing_paren(text, index)
        if close is None:  # "(ICERD, in line with ... (Peru);" - a bracket the report never closed
            index = _next_open(text, index + 1)
            continue
        states = bracket_states(text[index + 1 : close])
        if states is None:
            index = _next_open(text, index + 1)
            continue
        if found and not text[found[-1][1] : index].strip(" \t\n,;，；、؛،"):  # "(Maldives) (Portugal)"
            start, _, previous = found.pop()
            states = previous + [s for s in states if s not in previous]
        else:
            start = index
        found.append((start, close + 1, states))
        index = _next_open(text, close + 1)
    return found


def _next_open(text: str, start: int) -> int:
    """Index of the next opening bracket, ASCII or full-width, at or after `start`; -1 when none."""
    hits = [index for index in (text.find(bracket, start) for bracket in _OPEN) if index != -1]
    return min(hits) if hits else -1


def clean_text(raw: str) -> str:
    """De-wrapped recommendation text without leading/trailing separators."""
    text = unwrap(raw)
    text = _LEADING_JUNK.sub("", text)
    text = _TRAILING_JUNK.sub("", text)
    text = _LEADING_VERB.sub("", text).strip()
    return text[:1].upper() + text[1:]


def _split_same_state(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for match in _SAME_STATE_SPLIT.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def _slash_chain(text: str, brackets: list, first: int) -> int:
    """Index of the last bracket of a "ratify (Spain)/consider ratifying (Argentina) the Convention" chain."""
    last = first
    while last + 1 < len(brackets) and text[brackets[last][1] : brackets[last + 1][0]].lstrip().startswith(
        "/"
    ):
        last += 1
    return last


def _ending_for(variant: str, tail: str) -> str:
    """The shared ending as it reads after this variant: "the ratification (X) of the Convention" needs the
    "of", "joining (Y)/ ... of the Convention" does not ("joining the Convention")."""
    if re.match(r"\s*of\s", tail) and not re.search(r"(?:tion|sion|ment|ance|ence|al)\s*$", variant):
        return re.sub(r"^\s*of\s+", "", tail)
    return tail


def _variant_pieces(text: str, brackets: list, first: int, last: int, cursor: int) -> tuple[list[Piece], int]:
    """One recommendation per variant of a slash chain, each completed by the chain's common ending.

    "To ratify (Spain)/consider ratifying (Argentina) the Convention ... (Spain, Argentina)" makes
    "To ratify the Convention ..." (Spain) and "consider ratifying the Convention ..." (Argentina).
    Returns the pieces and the index of the last bracket used.
    """
    closer = last + 1 if last + 1 < len(brackets) else None
    if closer is not None:
        tail, tail_end = text[brackets[last][1] : brackets[closer][0]], brackets[closer][1]
        if ";" in tail:  # the next bracket belongs to another recommendation
            closer = None
    if closer is None:
        # "Consider ratifying (Philippines)/ acceding to (Egypt) the ICRMW;" - the ending has no bracket
        rest = text[brackets[last][1] :]
        tail = rest if last + 1 == len(brackets) else ""
        tail_end = len(text.rstrip()) if tail else brackets[last][1]
    pieces = []
    for index in range(first, last + 1):
        start = cursor if index == first else brackets[index - 1][1]
        variant = text[start : brackets[index][0]].lstrip().lstrip("/")
        cleaned = clean_text(f"{variant} {_ending_for(variant, tail)}")
        if cleaned:
            end = tail_end if tail else brackets[index][1]
            pieces.append(Piece(start + _lead(text[start:end]), end, cleaned, list(brackets[index][2])))
    return pieces, closer if closer is not None else last


def split_item(text: str) -> list[Piece]:
    """The recommendations of one numbered item (its number already removed)."""
    brackets = state_brackets(text)
    if not brackets:
        cleaned = clean_text(text)
        return [Piece(0, len(text), cleaned)] if cleaned else []
    pieces: list[Piece] = []
    cursor, index = 0, 0
    while index < len(brackets):
        open_at, close_at, states = brackets[index]
        last = _slash_chain(text, brackets, index)
        if last > index:
            variants, index = _variant_pieces(text, brackets, index, last, cursor)
            pieces += variants
            cursor = brackets[index][1]
            index += 1
            continue
        for start, end in _split_same_state(text, cursor, open_at):
            cleaned = clean_text(text[start:end])
            if cleaned:
                # the span runs to the closing bracket, so it covers the States the text is credited to
                pieces.append(Piece(start + _lead(text[start:end]), close_at, cleaned, list(states)))
        cursor = close_at
        index += 1
    # Text after the last bracket is the report's own prose ("With respect to special procedures, X will
    # consider ..."), not a recommendation: every recommendation in these lists ends with its States.
    return pieces


def _lead(raw: str) -> int:
    """How many leading separator/space characters `clean_text` drops from `raw`."""
    return len(raw) - len(raw.lstrip(_LEAD_CHARS))
