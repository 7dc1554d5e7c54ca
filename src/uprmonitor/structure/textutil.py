"""Text clean-up shared by the structure parsers: undo hard wrapping and end-of-line hyphenation."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# A hyphen at a line end joins a word broken by wrapping ("re-\nregister"), but keeps real
# compounds whose second part is capitalised or a number ("Co-\nOperation" stays hyphenated).
# The word goes on in lower case: Latin (accents included, for French and Spanish) or Cyrillic.
_SOFT_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\n(?=[a-zß-öø-ÿа-яё])")
# ...except after prefixes that keep their hyphen in English ("anti-\ndiscrimination").
_KEEP_HYPHEN_AFTER = re.compile(r"(?<![\w-])((?:anti|non|self)-)\n(?=[a-z])", re.I)


def normalize_space(text: str) -> str:
    """Collapse runs of spaces/tabs (incl. non-breaking) to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def unwrap(lines: list[str] | str) -> str:
    """Join hard-wrapped lines into one paragraph, removing hyphens that only split a word."""
    text = "\n".join(lines) if isinstance(lines, list) else lines
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _KEEP_HYPHEN_AFTER.sub(r"\1", text)
    text = _SOFT_HYPHEN_BREAK.sub(r"\1", text)
    return normalize_space(text.replace("\n", " "))
