"""OHCHR thematic lists and matrices of UPR recommendations (DOCX tables).

OHCHR publishes, per review, one table of every recommendation grouped by theme:

    | Recommendation                              | Position  | Full list of themes          | Assessment… |
    | Theme: A12 Acceptance of international norms  (one cell spanning the row)                        |
    | 115.3 Ratify … (Portugal, Slovakia);          | Supported | A12 Acceptance of …          |             |
    |   Source of position: A/HRC/28/15/Add.1 …     |           | Affected persons:\n- children |             |

Older matrices ("Right or area: 2.1. …") add a "Recommending state/s" column and write positions like
"Supported/Noted" (partially supported). Columns are found by their header text, never by position,
because the layouts differ between cycles. The parser reads the reader's `table_cell` blocks only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from uprmonitor.model import Block, ExtractedText, Recommendation, Section
from uprmonitor.structure.base import Structure
from uprmonitor.structure.states import canonical_state
from uprmonitor.structure.textutil import normalize_space, unwrap

# Header text (lower case, substring) -> the field that column feeds. First match wins, so the
# more specific "recommending state" is tried before "recommendation".
_COLUMN_HEADERS = (
    ("recommending state", "states"),
    ("recommendation", "text"),
    ("position", "position"),
    ("full list", "themes"),  # "Full list of themes", "Full list of rights/affected persons"
    ("affected person", "affected_persons"),
    ("sdg", "sdgs"),
    ("theme", "themes"),
    ("assessment", "assessment"),
    ("comment", "assessment"),
)

_HEADING_PREFIX = re.compile(r"^\s*(?:theme|right or area|thematic area|cluster)\s*:\s*", re.IGNORECASE)
_PARAGRAPH_NUMBER = re.compile(r"^\s*(\d{1,3}\.\d{1,3})\.?\s+")
# Annotations OHCHR appends under the recommendation in the same cell: everything from the first
# such labelled line on is not recommendation text.
_CELL_ANNOTATION = re.compile(
    r"\n\s*(?:source of position|comments?|notes?)\s*:.*$", re.IGNORECASE | re.DOTALL
)
_SUBLIST_LABEL = re.compile(r"^\s*(affected persons|sdgs?)\s*:\s*(.*)$", re.IGNORECASE)
_REPORT_SYMBOL = re.compile(r"\b(A/HRC/\d+/\d+)(?:/Add\.\d+)?")
_PAGE_HEADER = re.compile(
    r"UPR of (?P<state>.+?)\s*[(\-–—]\s*(?P<cycle>\d+|first|second|third|fourth)(?:st|nd|rd|th)?\s+cycle"
    r"(?:\s*[-–—,]\s*(?P<session>\d+)(?:st|nd|rd|th)?\s+session)?",
    re.IGNORECASE,
)
# A bracket (one level of nesting allowed) closing one recommendation inside a merged paragraph.
_INNER_STATE_GROUP = re.compile(r"\(((?:[^()]|\([^()]*\))+)\)\s*;\s*(?=\w)")
# UHRI theme codes: "A12 …", "F31 …" (newer) or "2.1. …", "12.4 …" (older matrices).
_THEME_CODE = re.compile(r"^(?:[A-Z]{1,2}\d{1,3}|\d{1,2}(?:\.\d{1,2})*\.?)\s")
_SEMICOLON_BEFORE_CODE = re.compile(r";\s*(?=(?:[A-Z]{1,2}\d{1,3}|\d{1,2}(?:\.\d{1,2})*\.?)\s)")
_CYCLE_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def normalize_position(value: str | None) -> str | None:
    """OHCHR's position wording -> "supported" / "noted" / "pending" / None.

    "Supported/Noted" and "partially supported" become "noted": the State did not support the whole
    recommendation, and UN usage keeps "supported" for full support only.
    """
    words = normalize_space(value or "").lower()
    if not words:
        return None
    if "partial" in words or ("support" in words and "note" in words) or "accepted/noted" in words:
        return "noted"
    if re.search(r"\b(noted|not supported|not accepted|rejected)\b", words):
        return "noted"
    if re.search(r"\b(supported|accepted|support)\b", words):
        return "supported"
    if "pending" in words or "examin" in words:
        return "pending"
    return None


# --- trailing "(State, State)" groups -------------------------------------------------------


def _split_top_level(text: str, separator: str = ",") -> list[str]:
    """Split on `separator` outside parentheses ("Venezuela (Bolivarian Republic of), Chile")."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _states_in_group(group: str) -> list[str] | None:
    """Canonical states named in one bracket's content, or None when any part is not a state."""
    states = []
    for part in _split_top_level(group.replace(";", ",")):
        name = canonical_state(part)
        if name:
            states.append(name)
            continue
        # "Kuwait and Qatar" - but only after the whole part failed, so that
        # "United Kingdom of Great Britain and Northern Ireland" stays whole.
        pieces = [canonical_state(piece) for piece in re.split(r"\s+and\s+", part)]
        if len(pieces) < 2 or not all(pieces):
            return None
        states.extend(pieces)
    return states or None


def _opening_bracket(text: str, closing: int) -> int | None:
    """Index of the "(" matching the ")" at `closing`, or None when unbalanced."""
    depth = 0
    for index in range(closing, -1, -1):
        depth += text[index] == ")"
        depth -= text[index] == "("
        if depth == 0:
            return index
    return None


def split_trailing_states(text: str) -> tuple[str, list[str]]:
    """Cut the trailing "(Portugal, Slovakia);" / "(France) (Lithuania)" / "(Chile); (Togo);" off a text.

    Returns the text without the brackets and the final ";" or ".", and the canonical states in
    order. Brackets that are not lists of states ("(No. 29)", "(ICPPED)") stay in the text.
    """
    body, groups = text.rstrip(), []
    while True:
        trimmed = body.rstrip(" ;.,\u00a0")
        if not trimmed.endswith(")"):
            break
        opening = _opening_bracket(trimmed, len(trimmed) - 1)
        states = _states_in_group(trimmed[opening + 1 : -1]) if opening is not None else None
        if not states:
            break
        groups.insert(0, states)
        body = trimmed[:opening]
    if not groups:
        return text.strip().rstrip(";").strip(), []
    body = body.rstrip(" ;,\u00a0")
    # OHCHR merges near-identical recommendations into one paragraph: "Ratify X (Ukraine); Ratify Y
    # (Slovakia);" - the inner "(Ukraine);" names a recommending state too, and stays in the text.
    inner = [_states_in_group(match.group(1)) for match in _INNER_STATE_GROUP.finditer(body)]
    groups = [group for group in inner if group] + groups
    states = list(dict.fromkeys(state for group in groups for state in group))
    return body, states


# --- table layout ---------------------------------------------------------------------------


@dataclass
class _Row:
    table: int
    row: int
    cells: dict[int, Block]  # column index -> cell block

    def texts(self) -> list[str]:
        return [normalize_space(block.text) for _, block in sorted(self.cells.items())]


def _table_rows(extracted: ExtractedText) -> list[_Row]:
    """The table cells of the document grouped into rows, in document order."""
    cells: dict[tuple[int, int], dict[int, Block]] = defaultdict(dict)
    for block in extracted.blocks:
        if block.kind == "table_cell" and block.table is not None:
            table, row, column = block.table
            cells[(table, row)].setdefault(column, block)
    return [_Row(table, row, columns) for (table, row), columns in cells.items()]


def _column_roles(row: _Row) -> dict[int, str] | None:
    """Map column index -> role when `row` is a header row (has a recommendation and a position column)."""
    roles: dict[int, str] = {}
    for column, block in row.cells.items():
        header = normalize_space(block.text).lower()
        if len(header) > 80:  # a recommendation, not a header
            return None
        role = next((role for key, role in _COLUMN_HEADERS if key in header), None)
        if role and role not in roles.values():
            roles[column] = role
    return roles if {"text", "position"} <= set(roles.values()) else None


def _spanning_heading(row: _Row) -> str | None:
    """The thematic heading when the row is one text spanning the table ("Theme: …")."""
    texts = {text for text in row.texts() if text}
    if len(texts) != 1:
        return None
    text = texts.pop()
    if _PARAGRAPH_NUMBER.match(text):
        return None
    return normalize_space(_HEADING_PREFIX.sub("", text)) or None


def _list_items(text: str) -> list[str]:
    """Items of a cell listing themes, persons or SDGs, bullets removed.

    One item per line; a single-line cell may separate items with ";". A multi-line cell is not
    split on ";" because theme names contain it ("F31 Children: definition; general principles").
    """
    lines = text.split("\n")
    if len([line for line in lines if line.strip()]) <= 1:
        # Coded themes ("F31 Children: definition; general principles") only split before a code.
        separator = _SEMICOLON_BEFORE_CODE if _THEME_CODE.match(text.strip(" -•")) else ";"
        lines = re.split(separator, text)
    items = [normalize_space(line.strip().lstrip("-•–*").strip()) for line in lines]
    return [item for item in items if item]


def _split_theme_cell(text: str) -> dict[str, list[str]]:
    """Split a "Full list of themes" cell into themes, affected persons and SDGs.

    The cell holds the themes first, then optional "Affected persons:" and "SDGs:" sub-lists.
    """
    lines: dict[str, list[str]] = {"themes": [], "affected_persons": [], "sdgs": []}
    current = "themes"
    for line in text.split("\n"):
        label = _SUBLIST_LABEL.match(line)
        if label:
            current = "affected_persons" if label.group(1).lower().startswith("affected") else "sdgs"
            line = label.group(2)
        lines[current].append(line)
    return {field: _list_items("\n".join(field_lines)) for field, field_lines in lines.items()}


# --- one row -> one recommendation ----------------------------------------------------------


def _recommendation_from_row(row: _Row, roles: dict[int, str], heading: str | None) -> Recommendation | None:
    by_role = {role: row.cells[column] for column, role in roles.items() if column in row.cells}
    text_block = by_role.get("text")
    if text_block is None:
        return None
    raw = _CELL_ANNOTATION.sub("", text_block.text)
    number = _PARAGRAPH_NUMBER.match(raw)
    if not number:
        return None
    body, states = split_trailing_states(unwrap(raw[number.end() :]))
    if "states" in by_role:  # a dedicated column is more reliable than the brackets
        listed = [canonical_state(item) or item for item in _list_items(by_role["states"].text)]
        states = list(dict.fromkeys(listed)) or states
    lists = {"themes": [], "affected_persons": [], "sdgs": []}
    if "themes" in by_role:
        lists = _split_theme_cell(by_role["themes"].text)
    for role in ("affected_persons", "sdgs"):
        if role in by_role:
            lists[role] = _list_items(by_role[role].text)
    position_block = by_role.get("position")
    return Recommendation(
        text=body,
        section=heading,
        paragraph=number.group(1),
        recommending_states=states,
        position=normalize_position(position_block.text if position_block else None),
        page=text_block.page,
        start=text_block.start + number.start(1),
        end=text_block.start + len(raw.rstrip()),
        themes=lists["themes"],
        affected_persons=lists["affected_persons"],
        sdgs=lists["sdgs"],
    )


def _metadata(extracted: ExtractedText) -> dict:
    """State under review, cycle and session from the page header, report symbol from "Source of position"."""
    metadata: dict = {}
    header = _PAGE_HEADER.search(extracted.text)
    if header:
        state = normalize_space(header.group("state"))
        metadata["state_under_review"] = canonical_state(state) or state
        cycle = header.group("cycle").lower()
        metadata["cycle"] = _CYCLE_WORDS.get(cycle) or int(cycle)
        if header.group("session"):
            metadata["session"] = int(header.group("session"))
    symbol = _REPORT_SYMBOL.search(extracted.text)
    if symbol:
        metadata["report_symbol"] = symbol.group(1)
    return metadata


def parse_thematic_list(extracted: ExtractedText) -> Structure:
    """Recommendations, with position, themes, affected persons and SDGs, from a thematic list's tables."""
    sections: list[Section] = []
    recommendations: list[Recommendation] = []
    roles: dict[int, str] | None = None
    current_table, heading = None, None
    for row in _table_rows(extracted):
        if row.table != current_table:  # every table states its own header
            current_table, roles, heading = row.table, None, None
        header_roles = _column_roles(row)
        if header_roles:
            roles = header_roles
            continue
        if roles is None:
            continue
        new_heading = _spanning_heading(row)
        if new_heading:
            heading = new_heading
            first = min(row.cells.values(), key=lambda block: block.start)
            sections.append(
                Section(heading=heading, level=1, page=first.page, start=first.start, end=first.end)
            )
            continue
        recommendation = _recommendation_from_row(row, roles, heading)
        if recommendation:
            recommendations.append(recommendation)
    title = "Thematic list of recommendations" if recommendations else None
    return Structure(
        title=title, sections=sections, recommendations=recommendations, metadata=_metadata(extracted)
    )
