"""Render Word's automatic numbering ("118.1", "(a)", "•") the way Word displays it.

UN Working Group report drafts number their recommendation paragraphs automatically (lvlText
"6.%3", "%1.%2."), so the number is not in the text: it has to be computed from numbering.xml,
counting paragraphs per list (numId) and level (ilvl) as Word does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def w_val(element, tag: str) -> str | None:
    """The w:val attribute of the child `tag` of `element`, or None."""
    if element is None:
        return None
    child = element.find(W + tag)
    return None if child is None else child.get(W + "val")


@dataclass
class Level:
    number_format: str = "decimal"
    text: str = "%1."
    start: int = 1
    legal: bool = False  # isLgl: show every level as a decimal ("1.1.1" under "I.")


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letters(number: int) -> str:
    """a..z, then aa..zz, as Word counts."""
    letter = chr(ord("a") + (number - 1) % 26)
    return letter * ((number - 1) // 26 + 1)


def format_number(number: int, number_format: str) -> str:
    formats = {
        "lowerLetter": lambda n: _letters(n),
        "upperLetter": lambda n: _letters(n).upper(),
        "lowerRoman": lambda n: _roman(n),
        "upperRoman": lambda n: _roman(n).upper(),
        "decimalZero": lambda n: f"{n:02d}",
    }
    return formats.get(number_format, str)(number)


def _bullet(text: str) -> str:
    """Bullet glyphs from Symbol/Wingdings fonts live in the Private Use Area: show them as "•"."""
    if not text.strip() or any(0xE000 <= ord(char) <= 0xF8FF for char in text):
        return "•"
    return "◦" if text == "o" else text


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _read_levels(abstract) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.findall(W + "lvl"):
        levels[_int(lvl.get(W + "ilvl"), 0)] = Level(
            number_format=w_val(lvl, "numFmt") or "decimal",
            text=w_val(lvl, "lvlText") or "",
            start=_int(w_val(lvl, "start"), 1),
            legal=lvl.find(W + "isLgl") is not None,
        )
    return levels


class Numbering:
    """The lists of one document, with running counters per list and level."""

    def __init__(self, numbering_element=None):
        self._abstract_levels: dict[str, dict[int, Level]] = {}
        self._list_abstract: dict[str, str] = {}
        self._start_overrides: dict[str, dict[int, int]] = {}
        self._counters: dict[str, list[int | None]] = {}
        if numbering_element is not None:
            self._load(numbering_element)

    def _load(self, root) -> None:
        for abstract in root.findall(W + "abstractNum"):
            self._abstract_levels[abstract.get(W + "abstractNumId")] = _read_levels(abstract)
        for num in root.findall(W + "num"):
            num_id = num.get(W + "numId")
            self._list_abstract[num_id] = w_val(num, "abstractNumId")
            overrides = {}
            for override in num.findall(W + "lvlOverride"):
                start = w_val(override, "startOverride")
                if start is not None:
                    overrides[_int(override.get(W + "ilvl"), 0)] = _int(start, 1)
            self._start_overrides[num_id] = overrides

    def levels(self, num_id: str) -> dict[int, Level]:
        return self._abstract_levels.get(self._list_abstract.get(num_id), {})

    def is_list(self, num_id: str | None) -> bool:
        """numId 0 means "numbering removed"; unknown ids are treated like it."""
        return num_id is not None and num_id != "0" and bool(self.levels(num_id))

    def next_marker(self, num_id: str, ilvl: int) -> str | None:
        """Count this paragraph in its list and return its marker as Word renders it."""
        levels = self.levels(num_id)
        level = levels.get(ilvl, Level())
        counters = self._counters.setdefault(num_id, [None] * MAX_LEVELS)
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        counters[ilvl] = self._start(num_id, ilvl, levels) if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            counters[deeper] = None  # a new item restarts the levels below it
        if level.number_format == "bullet":
            return _bullet(level.text)
        marker = _PLACEHOLDER.sub(
            lambda m: self._render(num_id, int(m.group(1)) - 1, level.legal), level.text
        )
        return marker.strip() or None

    def _start(self, num_id: str, ilvl: int, levels: dict[int, Level]) -> int:
        override = self._start_overrides.get(num_id, {}).get(ilvl)
        return override if override is not None else levels.get(ilvl, Level()).start

    def _render(self, num_id: str, ilvl: int, legal: bool) -> str:
        levels = self.levels(num_id)
        value = self._counters[num_id][ilvl]
        if value is None:  # a skipped outer level shows its start value, as in Word
            value = self._start(num_id, ilvl, levels)
        number_format = levels.get(ilvl, Level()).number_format
        if number_format == "none":
            return ""
        return format_number(value, "decimal" if legal else number_format)
