"""Recommendations that exist only in the interactive dialogue (2008-2009 reports).

Early reports listed the supported recommendations and then said that the other recommendations, noted in
paragraphs N, M ... of the report, did not enjoy the support of the State. Those recommendations are
sentences of the dialogue summary: "<State> recommended that <State> review ...", "It also recommended that ...",
"... and recommended the updating of ...". The recommending State is the one named before the verb, or else the
State that opens the paragraph (each dialogue paragraph summarises one delegation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uprmonitor.structure.states import find_state_spans
from uprmonitor.structure.wg_items import clean_text

_REFERENCE = re.compile(r"\bparagraphs?\s*:?\s*(?=\d)", re.I)
# The list of paragraph numbers ends where the sentence goes on: "... 63 above did not enjoy ...".
_REFERENCE_END = re.compile(
    r"\b(?:did|do|does|above|were|are|have|has|enjoy|which|of\s+the|in\s+the)\b|\.\s|:", re.I
)
_REFERENCE_ITEM = re.compile(
    r"(\d{1,3})((?:\s*,?\s*(?:and\s+)?\([a-z](?:\s*,\s*[a-z])*\))*)(\W*last\s+sentence)?", re.I
)
_LETTER = re.compile(r"(?:\(|(?<![\w(.]))([a-z])\)\s")  # "(a) " or "a) "
_FIRST_SENTENCE = re.compile(r"\.\s+(?=[A-Z])|;\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\s\u201d\"']+(?=[A-Z\u201c\"(])")
_VERB = re.compile(r"\b(?:recommended|recommends)\b(?:\s+(?:that|to)\b)?\s*", re.I)


@dataclass
class ProseRecommendation:
    paragraph: str
    start: int  # flow offsets of the recommended action
    end: int
    text: str
    states: list[str] = field(default_factory=list)


@dataclass
class Reference:
    paragraph: int
    letters: tuple[str, ...] = ()  # "27 (b), (c)": only those lettered recommendations
    last_sentence: bool = False


def referenced_paragraphs(intro: str) -> list[Reference]:
    """Every dialogue paragraph a conclusions paragraph refers to: "paragraphs 27 (b), (c), 31, 56, last sentence"."""
    found = []
    for match in _REFERENCE.finditer(intro):
        end = _REFERENCE_END.search(intro, match.end())
        phrase = intro[match.end() : end.start() if end else len(intro)]
        for item in _REFERENCE_ITEM.finditer(phrase):
            letters = tuple(re.findall(r"\b[a-z]\b", item.group(2) or ""))
            found.append(Reference(int(item.group(1)), letters, bool(item.group(3))))
    return found


def _paragraph_span(text: str, number: int, before: int) -> tuple[int, int] | None:
    """Flow span of dialogue paragraph `number` (the last one so numbered before the conclusions)."""
    marks = list(re.finditer(rf"(?:^|\n|(?<=[.;:]\s))[ \t]*{number}\.\s", text[:before]))
    if not marks:
        return None
    start = marks[-1].end()
    following = re.search(rf"(?:^|\n|(?<=[.;:]\s))[ \t]*{number + 1}\.\s", text[start:before])
    return start, start + following.start() if following else before


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def _states_in(text: str, start: int, end: int, reviewed: str | None) -> list[str]:
    return [name for _, _, name in find_state_spans(text[start:end]) if name != reviewed]


def _from_sentence(text, start, end, opener, reviewed) -> ProseRecommendation | None:
    verb = _VERB.search(text, start, end)
    if verb is None:
        return None
    subject = _states_in(text, start, verb.start(), reviewed)
    action_start = verb.end()
    cleaned = clean_text(text[action_start:end])
    if len(cleaned) < 15:  # "Jordan made a recommendation." names no action
        return None
    if text[verb.end() - 5 : verb.end()].strip().lower() == "that":
        cleaned = "That " + cleaned
    states = subject[-1:] or opener
    return ProseRecommendation("", action_start, end, cleaned, states)


def _lettered(text: str, span: tuple[int, int], letters: tuple[str, ...], opener: list[str]):
    """'... recommended that China: (a) do A ... (b) do B; and (c) do C.' -> one recommendation per letter."""
    marks = list(_LETTER.finditer(text, *span))
    found = []
    for index, mark in enumerate(marks):
        if letters and mark.group(1) not in letters:
            continue
        end = marks[index + 1].start() if index + 1 < len(marks) else span[1]
        stop = _FIRST_SENTENCE.search(text, mark.end(), end)
        end = stop.start() if stop else end
        cleaned = re.sub(r"^(?:that\s+)", "", clean_text(text[mark.end() : end]), flags=re.I)
        if len(cleaned.split()) >= 2:
            found.append(ProseRecommendation("", mark.end(), end, cleaned[:1].upper() + cleaned[1:], opener))
    return found


def _from_paragraph(text: str, span: tuple[int, int], reference: Reference, reviewed: str | None):
    sentences = _sentences(text, *span)
    opener = _states_in(text, *sentences[0], reviewed)[:1]
    if len(_LETTER.findall(text, *span)) >= 2 or reference.letters:
        lettered = _lettered(text, span, reference.letters, opener)
        if lettered:
            return lettered
    found = [r for s in sentences if (r := _from_sentence(text, *s, opener, reviewed))]
    if not found and reference.last_sentence:
        start, end = sentences[-1]
        # "what steps were taken towards X" asks for X: keep the asked-for action as the recommendation
        clause = text.rfind(";", start, end)
        start = clause + 1 if clause >= 0 else start
        cleaned = clean_text(text[start:end])
        if cleaned:
            found.append(ProseRecommendation("", start, end, cleaned, opener))
    return found


def prose_recommendations(text: str, intro: str, section_start: int, reviewed: str | None):
    """Recommendations in the dialogue paragraphs that `intro` (a conclusions paragraph) refers to."""
    found: list[ProseRecommendation] = []
    for reference in referenced_paragraphs(intro):
        span = _paragraph_span(text, reference.paragraph, section_start)
        if span is None:
            continue
        for recommendation in _from_paragraph(text, span, reference, reviewed):
            recommendation.paragraph = str(reference.paragraph)
            found.append(recommendation)
    return found
