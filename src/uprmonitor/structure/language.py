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
    # Words both languages use ("de", "la", "en", "que") are left out: French is full of "de" too.
    "fr": {"le", "les", "des", "et", "du", "pour", "dans", "sur", "une", "est", "aux", "au", "par", "ses", "qui"},
    "es": {"el", "los", "las", "y", "para", "por", "con", "una", "del", "sus", "al", "lo", "su", "e"},
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
    return best if scores[best] else _romance_by_spelling(sample, words)


# A short text with none of the telling words ("Ratificar la Convención"): spelling still tells Spanish from
# French, once a word that neither English nor the other language writes is seen.
_SPANISH_SPELLING = re.compile(r"[ñ¿¡]|ci[oó]n(?:es)?\b|[áíóú]", re.IGNORECASE)
_FRENCH_SPELLING = re.compile(r"[çèêëœàâîôûù]|\b(?:l|d|qu)['’]", re.IGNORECASE)
_ROMANCE_WORDS = {"de", "la", "en", "que"}


def _romance_by_spelling(sample: str, words: list[str]) -> str | None:
    spanish, french = len(_SPANISH_SPELLING.findall(sample)), len(_FRENCH_SPELLING.findall(sample))
    if spanish == french:
        if not any(word in _ROMANCE_WORDS for word in words):
            return None
        # "la", "de" and no telling letter: a Spanish infinitive ends in -ar, which French never writes.
        return "es" if re.match(r"\W*\w+ar\b", sample, re.IGNORECASE) else "fr"
    return "es" if spanish > french else "fr"


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
