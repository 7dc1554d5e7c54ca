"""Structure of an NGO (stakeholder) UPR submission: title, thematic sections, concerns, recommendations.

Submissions are written by many organisations in many layouts, and most reach us as PDFs whose bullets
were lost in extraction. The parser therefore works in two passes over the text's lines:

1. `_Grouper` cuts the lines into headings and paragraphs. A paragraph ends at a blank line, at a list
   marker, or where a line ends a sentence and the next one opens with an imperative verb — that is how
   recommendations whose bullets were lost are told apart from a hard-wrapped line that merely starts
   with a capital ("…in line with the\\nConstitution").
2. `_Assembler` walks the headings and paragraphs, keeping track of the current section and of whether a
   "Recommendations" heading or a "We recommend that the Government:" lead-in is in force, and sorts
   each paragraph (or sentence) into a concern or a recommendation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from uprmonitor.model import Block, ExtractedText, Recommendation, Section
from uprmonitor.structure import ngo_text as nt
from uprmonitor.structure.base import Structure
from uprmonitor.structure.language import detect_language
from uprmonitor.structure.states import find_state_spans, find_states, state_from_demonym

FRONT_MATTER_LINES = 15  # the title page: where the State, year and session are named
MAX_TITLE_WORDS = 40
BODY_SAMPLE_CHARS = 5000  # where to count State names when the title names none
MIN_STATE_MENTIONS = 2
SHORT_LINE_SHARE = 0.6  # a heading line is at most this share of a full wrapped line
MIN_LINES_FOR_WIDTH = 8
_PARAGRAPH_KINDS = ("paragraph", "heading", "list_item", "table_cell")


@dataclass
class _Line:
    text: str
    start: int  # offset of text[0] in ExtractedText.text
    block: Block

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def end(self) -> int:
        return self.start + len(self.text.rstrip())


@dataclass
class _Heading:
    lines: list[_Line]
    style: str  # numbering/format scheme: "caps", "arabic", "roman_upper", "h2", "bold", "title"…
    marker: str | None = None
    recommendations: bool = False  # a "Recommendations" heading

    @property
    def text(self) -> str:
        first = nt.split_marker(self.lines[0].text)[1] if self.marker else self.lines[0].text
        return nt.clean_title(" ".join([first] + [line.text for line in self.lines[1:]]))


@dataclass
class _Paragraph:
    lines: list[_Line]
    marker: str | None = None
    listed: bool = False  # had a list marker or was a list item block
    content_offset: int = 0  # where the text starts in the first line, after marker and indent


@dataclass
class _Blank:
    pass


# ---------------------------------------------------------------------------------------------------------
# Pass 1: lines -> headings and paragraphs
# ---------------------------------------------------------------------------------------------------------


def _explode(extracted: ExtractedText) -> list[_Line]:
    """Every line of every block with its absolute offset (DOCX paragraphs may hold line breaks)."""
    lines = []
    for block in extracted.blocks:
        offset = block.start
        for part in block.text.split("\n"):
            lines.append(_Line(part, offset, block))
            offset += len(part) + 1
    return lines


def _is_paragraph_block(block: Block) -> bool:
    return block.kind in _PARAGRAPH_KINDS


def _block_heading_style(line: _Line) -> str | None:
    """Heading formatting that a DOCX/HTML reader reported."""
    block = line.block
    style = (block.style or "").lower()
    if style == "title":
        return "title"
    if block.kind == "heading" or style.startswith("heading") or re.fullmatch(r"h[1-6]", style):
        return f"h{block.level or 1}"
    if block.bold and _is_paragraph_block(block) and nt.looks_like_heading_text(line.text):
        return "bold"
    return None


def _heading_style(
    line: _Line, previous: _Line | None, following: _Line | None, full_width: int = 0, place: str = "body"
) -> str | None:
    """The heading style of a line, or None when it is body text.

    `place` is "top" for the document's first text line, "after_heading" right below a heading.
    """
    if style := _block_heading_style(line):
        return style
    marker, rest, _ = nt.split_marker(line.text)
    continues_below = following is not None and not following.blank and following.text.lstrip()[:1].islower()
    mid_sentence = previous is not None and not previous.blank and not nt.ends_sentence(previous.text)
    if marker and nt.marker_style(marker) in ("arabic", "dotted", "roman_upper", "letter_upper"):
        if nt.looks_like_heading_text(rest) and not continues_below:
            return nt.marker_style(marker)
        return None
    if marker:
        return None
    if nt.is_recommendations_heading(line.text):
        return "caps" if nt.is_caps_heading(line.text) else "plain"
    if nt.is_caps_heading(line.text) and not (mid_sentence and not _caps(previous)):
        return "caps"
    after_break = place != "body" or not mid_sentence
    if not _is_paragraph_block(line.block) and _plain_heading(line, after_break, following, full_width, place):
        return "plain"
    return None


def _plain_heading(line: _Line, after_break: bool, following: _Line | None, full_width: int, place: str) -> bool:
    """A mixed-case heading in extracted text, where bold is lost: a short line standing alone.

    Alone means after a sentence end (or a blank line, or the top of the document) and before a blank or a
    capitalised line, and — PDFs often lose blank lines — much shorter than a wrapped line, since a line
    inside a paragraph runs full width. The first line of a document qualifies as a title.
    """
    text = line.text.strip()
    if not after_break or not nt.looks_like_heading_text(text) or text.endswith(":"):
        return False
    if following is None or following.blank:
        return True
    short = full_width > 0 and len(text) <= SHORT_LINE_SHARE * full_width
    next_marker, next_text, _ = nt.split_marker(following.text)
    next_starts_paragraph = next_marker is not None or next_text[:1].isupper()
    return next_starts_paragraph and (short or place == "top")


def _continues_list(units: list, line: _Line, in_list: bool) -> bool:
    """ "2. Commute…" right after "1. Establish…" is the next item of a list, not a numbered heading.

    Submissions that number every paragraph and every heading alike ("1. This submission…", "2. Access
    to justice") are told apart by form: after a numbered full sentence, a heading-like line is a heading.
    """
    last = units[-1] if units else None
    if not isinstance(last, _Paragraph) or not last.marker:
        return False
    marker, rest, _ = nt.split_marker(line.text)
    if not nt.follows_in_sequence(last.marker, marker):
        return False
    after_sentence = _paragraph_raw(last).rstrip().endswith(".")
    return in_list or not (after_sentence and nt.looks_like_heading_text(rest))


def _caps(line: _Line | None) -> bool:
    return line is not None and nt.is_caps_heading(line.text)


def _starts_item(line: _Line, previous: _Line | None, paragraph: _Paragraph, in_list: bool) -> bool:
    """Whether a line opens a new paragraph/item although no blank line precedes it."""
    if previous is None or previous.blank or _is_paragraph_block(line.block):
        return True
    marker, rest, _ = nt.split_marker(line.text)
    if marker:
        return _is_item_marker(marker, previous, paragraph, in_list)
    rest = nt.strip_label(rest)
    if not nt.ends_sentence(previous.text):
        return False
    if previous.text.rstrip().endswith(":"):
        return True
    in_recommendation = nt.is_imperative(_paragraph_raw(paragraph), allow_lowercase=in_list)
    if in_recommendation and (nt.should_sentence(rest) or nt.we_recommend_sentence(rest)):
        return True  # "Ensure …budget.\nThe Government should also …" are two recommendations
    # After a lead-in, items may start in lower case ("…;\nadopt a law…"); elsewhere a lower-case start
    # after ";" is the next clause of the same recommendation.
    return nt.is_imperative(rest, allow_lowercase=in_list)


def _is_item_marker(marker: str, previous: _Line, paragraph: _Paragraph, in_list: bool) -> bool:
    """A bullet always starts an item; a number only after a sentence end, in a list, or in sequence.

    "…ICCPR article\n18. In particular…" is a wrapped sentence, not item 18.
    """
    if nt.marker_style(marker) == "bullet" or in_list or nt.ends_sentence(previous.text):
        return True
    return nt.follows_in_sequence(paragraph.marker, marker)


def _full_width(lines: list[_Line]) -> int:
    """Length of a full wrapped line (the 75th percentile), 0 when the text is not hard-wrapped."""
    lengths = sorted(len(line.text.strip()) for line in lines if not line.blank and line.block.kind == "line")
    if len(lengths) < MIN_LINES_FOR_WIDTH:
        return 0
    return lengths[int(len(lengths) * 0.75)]


class _Grouper:
    """Pass 1: walks the lines once, appending each to a heading or paragraph, or starting a new one."""

    def __init__(self, lines: list[_Line]):
        self.lines = lines
        self.units: list[_Heading | _Paragraph | _Blank] = []
        self.in_list = False  # after a "…Government:" lead-in
        self.full_width = _full_width(lines)
        self.text_units = 0  # headings and paragraphs so far

    def run(self) -> list[_Heading | _Paragraph | _Blank]:
        for index, line in enumerate(self.lines):
            previous = self.lines[index - 1] if index else None
            following = self.lines[index + 1] if index + 1 < len(self.lines) else None
            if line.blank:
                self.units.append(_Blank())
            elif style := self._style(line, previous, following):
                self.in_list = False
                _add_heading(self.units, line, style)
                self.text_units += 1
            else:
                self._add_body_line(line, previous)
                self.text_units += 1
        return self.units

    def _style(self, line: _Line, previous: _Line | None, following: _Line | None) -> str | None:
        if _continues_list(self.units, line, self.in_list):
            return None
        return _heading_style(line, previous, following, self.full_width, self._place())

    def _place(self) -> str:
        if self.text_units == 0:
            return "top"
        return "after_heading" if isinstance(self.units[-1], _Heading) else "body"

    def _add_body_line(self, line: _Line, previous: _Line | None) -> None:
        last = self.units[-1] if self.units else None
        if isinstance(last, _Paragraph) and self._continues(last, line, previous):
            last.lines.append(line)
        else:
            self.units.append(_new_paragraph(line))
        if line.text.rstrip().endswith(":") and nt.is_lead_in(_paragraph_raw(self.units[-1])):
            self.in_list = True

    def _continues(self, paragraph: _Paragraph, line: _Line, previous: _Line | None) -> bool:
        if paragraph.lines[-1].block is line.block:
            return True
        return not _starts_item(line, previous, paragraph, self.in_list)


def _add_heading(units: list, line: _Line, style: str) -> None:
    marker = nt.split_marker(line.text)[0] if style not in ("caps", "plain", "title", "bold") else None
    last = units[-1] if units else None
    # A heading broken over two lines ("FREEDOM OF PEACEFUL ASSEMBLY AND\nASSOCIATION").
    if isinstance(last, _Heading) and last.style == style and nt.joins_next_heading_line(last.lines[-1].text):
        last.lines.append(line)
        return
    units.append(_Heading([line], style, marker, nt.is_recommendations_heading(line.text)))


def _new_paragraph(line: _Line) -> _Paragraph:
    marker, _, offset = nt.split_marker(line.text)
    listed = bool(marker) or line.block.kind == "list_item" or bool(line.block.marker)
    return _Paragraph([line], marker or line.block.marker, listed, offset)


def _paragraph_raw(paragraph: _Paragraph) -> str:
    """The paragraph's text as in the source (line breaks kept), without its list marker."""
    first = paragraph.lines[0]
    parts = [first.text[paragraph.content_offset :]] + [line.text for line in paragraph.lines[1:]]
    return "\n".join(parts).rstrip()


def _paragraph_start(paragraph: _Paragraph) -> int:
    return paragraph.lines[0].start + paragraph.content_offset


# ---------------------------------------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------------------------------------


def _split_title(units: list) -> tuple[str | None, list]:
    """Take the title off the front: the leading heading lines, or a short first paragraph."""
    index = 0
    while index < len(units) and isinstance(units[index], _Blank):
        index += 1
    headings = []
    while index + len(headings) < len(units) and isinstance(units[index + len(headings)], _Heading):
        headings.append(units[index + len(headings)])
    after = units[index + len(headings)] if index + len(headings) < len(units) else None
    if headings:
        title_count = _title_heading_count(headings, after)
        if title_count:
            text = nt.clean_title(" ".join(h.text for h in headings[:title_count]))
            return text, units[index + title_count :]
        return None, units[index:]
    if isinstance(after, _Paragraph):
        return _title_from_paragraph(after, units[index + 1 :])
    return None, units[index:]


def _title_from_paragraph(paragraph: _Paragraph, rest: list) -> tuple[str | None, list]:
    """A first paragraph that opens with a title: its first line and the lines that continue it
    ("…Review\nof Zambia"); the lines after it (session, date, authors) stay as front matter."""
    count = 1
    lines = paragraph.lines
    while count < len(lines) and (
        nt.joins_next_heading_line(lines[count - 1].text) or lines[count].text.lstrip()[:1].islower()
    ):
        count += 1
    raw = "\n".join(line.text for line in lines[:count])
    if paragraph.marker or not _looks_like_title(raw):
        return None, [paragraph, *rest]
    if count == len(lines):
        return nt.clean_title(nt.clean_paragraph(raw)), rest
    remainder = _Paragraph(lines[count:], content_offset=len(lines[count].text) - len(lines[count].text.lstrip()))
    return nt.clean_title(nt.clean_paragraph(raw)), [remainder, *rest]


def _title_heading_count(headings: list[_Heading], after) -> int:
    """How many of the leading headings make up the title."""
    if headings[0].style == "title":
        return sum(1 for _ in _leading(headings, lambda h: h.style == "title"))
    if headings[0].marker or headings[0].recommendations:
        return 0  # the document opens straight with its first numbered section
    if isinstance(after, _Paragraph) and len(headings) > 1:
        return len(headings) - 1  # the last heading opens the first section
    if isinstance(after, _Paragraph):
        return 1
    # A blank line follows: the whole run is the title unless a differently styled heading ends it.
    return sum(1 for _ in _leading(headings, lambda h: h.style == headings[0].style))


def _leading(items, predicate):
    for item in items:
        if not predicate(item):
            return
        yield item


def _looks_like_title(raw: str) -> bool:
    """A phrase, not prose: short, with no sentence ending in it, and not an instruction."""
    text = nt.clean_paragraph(raw)
    if not 0 < len(text.split()) <= MAX_TITLE_WORDS or text.endswith(".") or ". " in text:
        return False
    return not nt.is_imperative(text)


# ---------------------------------------------------------------------------------------------------------
# Pass 2: headings and paragraphs -> sections, concerns, recommendations
# ---------------------------------------------------------------------------------------------------------



@dataclass
class _Assembler:
    state_words: tuple[str, ...] = ()
    # More than one "Recommendations" heading means one per theme: each is a sub-heading of its theme.
    recommendation_headings: int = 0
    sections: list[Section] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    context: str | None = None  # "heading" after a Recommendations heading, "lead_in" after "…Government:"
    section: Section | None = None  # where concerns and recommendations go now
    recommendations_level: int | None = None  # level of a "Recommendations" section with theme sub-headings
    levels: dict[str, int] = field(default_factory=dict)
    max_block_level: int = 0

    def feed(self, unit) -> None:
        if isinstance(unit, _Heading):
            self._heading(unit)
        elif isinstance(unit, _Paragraph):
            self._paragraph(unit)

    def _heading(self, heading: _Heading) -> None:
        level = self._level(heading.style)
        if heading.recommendations:
            self._recommendations_heading(heading, level)
            return
        if self.recommendations_level is not None and level > self.recommendations_level:
            self._open_section(heading, level)  # a theme inside the Recommendations section
            return
        self.context, self.recommendations_level = None, None
        self._open_section(heading, level)

    def _recommendations_heading(self, heading: _Heading, level: int) -> None:
        """ "III. Recommendations" at the top level is a section of its own; "Recommendations:" under a
        theme (or one per theme) is a sub-heading, and its recommendations belong to the theme."""
        self.context = "heading"
        top = level <= min(section.level for section in self.sections) if self.sections else True
        if top and self.recommendation_headings == 1:
            self._open_section(heading, level)
            self.recommendations_level = level
            return
        parents = [section for section in self.sections if section.level < level]
        if parents:
            self.section = parents[-1]

    def _open_section(self, heading: _Heading, level: int) -> None:
        line = heading.lines[0]
        self.section = Section(
            heading.text, level=level, page=line.block.page, start=line.start, end=heading.lines[-1].end
        )
        self.sections.append(self.section)

    def _level(self, style: str) -> int:
        """Heading level: the reader's for DOCX/HTML headings; else by order of first use of the style
        (below any DOCX/HTML heading levels already met, since bold lines sit under real headings)."""
        if re.fullmatch(r"h\d", style):
            self.max_block_level = max(self.max_block_level, int(style[1:]))
            return int(style[1:])
        return self.levels.setdefault(style, self.max_block_level + len(self.levels) + 1)

    def _paragraph(self, paragraph: _Paragraph) -> None:
        raw = _paragraph_raw(paragraph)
        start = _paragraph_start(paragraph)
        self._extend_section(paragraph)
        if self._is_recommendation_item(paragraph, raw):
            self._add_recommendation(raw, start, paragraph)
            return
        list_before = self.context == "lead_in"
        found_recommendation = self._sentences(raw, start, paragraph)
        if list_before and not paragraph.listed and not found_recommendation:
            self.context = None  # back to narrative after the list

    def _is_recommendation_item(self, paragraph: _Paragraph, raw: str) -> bool:
        text = nt.strip_label(raw.lstrip())
        if text.rstrip().endswith(":") and nt.is_lead_in(text, self.state_words):
            return False
        if nt.is_imperative(text):
            return True
        if self.context and paragraph.listed:
            return True
        return self.context is not None and nt.is_imperative(text, allow_lowercase=True)

    def _sentences(self, raw: str, start: int, paragraph: _Paragraph) -> bool:
        """Sort a narrative paragraph's sentences: "X should…" ones are recommendations, the rest concerns."""
        concern: list[str] = []
        found = False
        for s_start, s_end in nt.sentence_spans(raw):
            sentence = raw[s_start:s_end]
            if sentence.rstrip().endswith(":") and nt.is_lead_in(sentence, self.state_words):
                self.context = "lead_in"
            elif nt.should_sentence(sentence, self.state_words) or nt.we_recommend_sentence(sentence):
                self._add_recommendation(sentence, start + s_start, paragraph)
                found = True
            else:
                concern.append(sentence)
        # The paragraph's remaining sentences stay together: one concern per paragraph.
        if text := nt.clean_paragraph("\n".join(concern)):
            self._ensure_section().concerns.append(text)
        return found

    def _add_recommendation(self, raw: str, start: int, paragraph: _Paragraph) -> None:
        label = nt.LABEL.match(raw.lstrip())
        skip = (len(raw) - len(raw.lstrip())) + (label.end() if label else 0)
        text = nt.clean_recommendation(raw[skip:])
        if not text:
            return
        section = self._ensure_section()
        self.recommendations.append(
            Recommendation(
                text=text,
                section=section.heading,
                paragraph=nt.marker_number(paragraph.marker),
                page=paragraph.lines[0].block.page,
                start=start + skip,
                end=start + len(raw.rstrip()),
            )
        )

    def _ensure_section(self) -> Section:
        """Text before the first heading goes into an untitled section."""
        if self.section is None:
            self.section = Section(None)
            self.sections.append(self.section)
        return self.section

    def _extend_section(self, paragraph: _Paragraph) -> None:
        section = self._ensure_section()
        if section.start is None:
            section.start, section.page = _paragraph_start(paragraph), paragraph.lines[0].block.page
        section.end = paragraph.lines[-1].end


# ---------------------------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------------------------

_SMALL_WORDS = {"of", "the", "and", "on", "in", "for", "to", "by", "a", "an", "de"}
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")
_DATED_YEAR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(19[89]\d|20\d\d)\b"
)
_SESSION = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:UPR\s+)?session\b|\bsession\s+(\d{1,2})\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4, "quinto": 5,  # "cuarto ciclo"
             "premier": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5}  # "quatrième cycle"
_CYCLE = re.compile(
    r"\b(first|second|third|fourth|fifth|[1-5](?:st|nd|rd|th)|primer|segundo|tercer|cuarto|quinto|premier|deuxième"
    r"|troisième|quatrième|cinquième)\s+(?:UPR\s+|EPU\s+)?(?:cycle|ciclo)\b", re.I)


def _readable_case(text: str) -> str:
    """ALL-CAPS title text in the case State names are written in ("REPUBLIC OF KOREA" -> "Republic of Korea")."""
    if any(ch.islower() for ch in text):
        return text
    words = text.lower().split(" ")
    return " ".join(w if w in _SMALL_WORDS and i else w.capitalize() for i, w in enumerate(words))


def _state_in(text: str) -> str | None:
    text = _readable_case(text)
    if states := find_states(text):
        return states[0]
    words = re.findall(r"[^\W\d_][\w-]*", text)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for candidate in pairs + words:  # "South African" before "African"
        if state := state_from_demonym(candidate):
            return state
    return None


def _most_named_state(text: str) -> str | None:
    """The State a submission keeps naming, when its title does not say (named at least twice)."""
    counts = Counter(state for _, _, state in find_state_spans(text))
    if not counts:
        return None
    (state, count), *rest = counts.most_common(2) + [(None, 0)]
    return state if count >= MIN_STATE_MENTIONS and count > rest[0][1] else None


def _metadata(title: str | None, text: str, front: str) -> dict:
    metadata: dict = {}
    if state := _state_in(title or "") or _state_in(front) or _most_named_state(text[:BODY_SAMPLE_CHARS]):
        metadata["state_under_review"] = state
    head = f"{title or ''}\n{front}"
    if match := _YEAR.search(head) or _DATED_YEAR.search(text[:3000]):
        metadata["year"] = int(match.group(1))
    if match := _SESSION.search(head):
        metadata["session"] = int(match.group(1) or match.group(2))
    if match := _CYCLE.search(head):
        word = match.group(1).lower()
        metadata["cycle"] = _ORDINALS.get(word) or int(word[0])
    if language := detect_language(text):
        metadata["language"] = language
    return metadata


def _state_words(state: str | None) -> tuple[str, ...]:
    """Words that name the State as a subject ("Kazakhstan should…"), from its canonical name."""
    if not state:
        return ()
    return (re.sub(r"\s*\(.*\)$", "", state),)


# ---------------------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------------------


def _front_matter(lines: list[_Line], units: list) -> str:
    """The lines before the first section heading (at most FRONT_MATTER_LINES): the title page."""
    first_heading = next((unit for unit in units if isinstance(unit, _Heading)), None)
    stop = first_heading.lines[0].start if first_heading else None
    front = [line.text for line in lines[:FRONT_MATTER_LINES] if stop is None or line.start < stop]
    return "\n".join(front)


def parse_ngo_submission(extracted: ExtractedText) -> Structure:
    """Title, thematic sections with their concerns, and the recommendations of an NGO submission."""
    lines = _explode(extracted)
    title, units = _split_title(_Grouper(lines).run())
    front = _front_matter(lines, units)
    metadata = _metadata(title, extracted.text, front)
    assembler = _Assembler(
        state_words=_state_words(metadata.get("state_under_review")),
        recommendation_headings=sum(isinstance(u, _Heading) and u.recommendations for u in units),
    )
    for unit in units:
        assembler.feed(unit)
    return Structure(
        title=title,
        sections=assembler.sections,
        recommendations=assembler.recommendations,
        metadata=metadata,
    )
