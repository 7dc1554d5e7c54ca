"""Guess which of the six UN languages a document is written in.

Scripts settle Arabic, Chinese and Russian; for English, French and Spanish the share of each
language's commonest function words does. That is all a UPR document needs (they are written in
one of the six), and it needs no model.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FUNCTION_WORDS = {
    "en": {"the", "of", "and", "to", "in", "that", "for", "is", "on", "with", "by", "its", "be", "are"},
    "fr": {"le", "la", "les", "des", "et", "du", "en", "pour", "dans", "que", "sur", "une", "est", "aux"},
    "es": {"el", "la", "los", "las", "de", "y", "en", "para", "que", "por", "con", "una", "del", "sus"},
}
SAMPLE_CHARS = 20000


def detect_language(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    script = _dominant_script(letters)
    if script:
        return script
    words = [word.lower() for word in _WORD.findall(sample)]
    if not words:
        return None
    scores = {lang: sum(word in vocab for word in words) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else None


def _dominant_script(letters: list[str]) -> str | None:
    counts = {"ar": 0, "ru": 0, "zh": 0}
    for ch in letters:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF:
            counts["ar"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["ru"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            counts["zh"] += 1
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count > len(letters) / 2 else None
