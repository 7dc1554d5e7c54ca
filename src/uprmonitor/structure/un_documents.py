"""OHCHR pre-session documents: stakeholder summaries (/3), national reports (/1), UN compilations (/2).

All three share one layout: a masthead with the symbol A/HRC/WG.6/N/XXX/k, a title, headings
numbered "I." / "A." / "1." (plus unnumbered sub-headings), numbered paragraphs "12. …", and
endnotes after a "Notes" line. Footnote markers are glued to words ("Accord.7", "detention15").

Summaries and compilations paraphrase recommendations made by someone else ("JS1 recommended
that Kazakhstan decriminalize defamation", "The Committee urged France to …"); each such sentence
becomes a Recommendation whose `stakeholder` is who made it ("JS1", "CPJ; HRW", "CEDAW").

Spanish, French and Russian documents share the layout; their words (titles, "Notas", "Примечания",
"La JS1 recomendó que …", "Ils ont également recommandé …", "Авторы СП1 рекомендовали Казахстану …") come
from `un_documents_languages`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uprmonitor.model import Block, ExtractedText, Recommendation, Section
from uprmonitor.structure.base import Structure
from uprmonitor.structure.language import detect_language
from uprmonitor.structure.sessions import cycle_of_session
from uprmonitor.structure.states import canonical_state
from uprmonitor.structure.un_documents_languages import (
    LATIN_UPPER,
    LOWER,
    UPPER,
    RomanceAttributor,
    SummaryWording,
    normalise_code,
)
from uprmonitor.structure.un_documents_scripts import attributor_for, wording_for

HEAD_CHARS = 4000  # masthead, symbol and title sit on the first page

# ---------------------------------------------------------------------------------------------
# Text with a map back to source offsets, so cleaned sentences can still point at their span.
# ---------------------------------------------------------------------------------------------


@dataclass
class _Mapped:
    text: str
    offsets: list[int]  # source offset of every character of `text`

    def sub(self, pattern: re.Pattern, repl: str = "") -> _Mapped:
        """re.sub that keeps the offset map; replacement characters take the match's start offset."""
        parts, offsets, last = [], [], 0
        for match in pattern.finditer(self.text):
            parts.append(self.text[last : match.start()])
            offsets.extend(self.offsets[last : match.start()])
            parts.append(repl)
            offsets.extend([self.offsets[match.start()]] * len(repl))
            last = match.end()
        parts.append(self.text[last:])
        offsets.extend(self.offsets[last:])
        return _Mapped("".join(parts), offsets)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of text[start:end] (end exclusive)."""
        return self.offsets[start], self.offsets[end - 1] + 1


# ---------------------------------------------------------------------------------------------
# Lines, noise and markers
# ---------------------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str  # stripped
    start: int  # source offset of text[0]
    page: int | None
    heading_level: int | None = None  # from a reader that knows headings (docx/html/md)
    opens_block: bool = False  # first line of a paragraph/list-item block (docx/html/md)


@dataclass
class _Paragraph:
    number: str | None
    lines: list[_Line] = field(default_factory=list)


_NOISE = [
    re.compile(r"A\s*/\s*HRC/\S+"),  # running header: the symbol
    re.compile(r"/HRC/\S+"),
    re.compile(r"Page \d+"),
    re.compile(r"\d{1,3}"),  # page number
    re.compile(r"(?:\d{1,3}\s+)?GE\.\d{2}-\d+.*"),  # job number, sometimes with the page number
    re.compile(r"\*\d+\*|[\ue000-\uf8ff\s]+"),  # bar code, as digits or in a private-use barcode font
    re.compile(r"\*|\* ?The present document.*|_{3,}|Please recycle.*"),
    re.compile(r"\* ?(?:El presente documento|Le présent document).*|Se ruega reciclar.*|Merci de recycler.*|Página \d+"),
    re.compile(r"\* ?Настоящий документ.*|Просьба отправить на вторичную переработку.*|Стр\. \d+"),
    re.compile(r"\* ?(?:صدرت هذه الوثيقة|تصدر هذه الوثيقة|本文件).*|يرجى إعادة (?:الاستعمال|التدوير).*|请回收.*"),
]
_ROMAN = re.compile(r"([IVX]{1,5})[.,]\s+(\S.*)")
# Russian documents may letter their parts in Cyrillic ("В. Национальная основа"); a Cyrillic letter before
# English words stays text, as it always was ("А. Rule of law", a typo in a real English report)
_LETTER = re.compile(r"([A-Z]|[А-ЯЁ](?=\.\s+[А-ЯЁ]))\.\s+(\S.*)")
_NUMBERED = re.compile(r"(\d{1,3})\.\s+(\S.*)")
_DOT_LEADER = re.compile(r"(?:\.\s?){5,}\s*\d*\s*$")
_END_OF_BODY = re.compile(
    r"(?:Notes|Endnotes|NOTES|Annex(?:es)?(?: [IVX]+)?|ANNEX|Notas|NOTAS|Anexos?(?: [IVX]+)?|ANEXOS?|Annexes?(?: [IVX]+)?"
    r"|Примечания|ПРИМЕЧАНИЯ|Приложени[ея](?: [IVX]+)?|ПРИЛОЖЕНИ[ЕЯ]"
    r"|الحواشي|الحواشي الختامية|المرفق(?: الأول)?|المرفقات|注|尾注|附件(?:[一二三])?)"
)
_CONTENTS = {"Contents", "CONTENTS"}
_TERMINAL = re.compile(r"[.;:,!?]['’”\")]*$")
_FOOTNOTE_TAIL = re.compile(r"(?<=[^\d\s])\s?\d{1,3}$")
_CONNECTOR_END = re.compile(r"(?:\b(?:and|of|for|on|to|the|in|with|taking into)|,)$")


def _is_noise(text: str) -> bool:
    return any(pattern.fullmatch(text) for pattern in _NOISE)


def _lines(extracted: ExtractedText) -> list[_Line]:
    """Non-empty, non-noise lines with their source offsets; paragraph blocks are split at newlines."""
    lines = []
    for block in extracted.blocks:
        level = _block_heading_level(block)
        offset, first = block.start, block.kind in ("paragraph", "list_item")
        for raw in block.text.split("\n"):
            text = raw.strip()
            if text and not _is_noise(text):
                start = offset + raw.index(text[0])
                if first and block.marker and re.fullmatch(r"\d{1,3}\.", block.marker) and not _NUMBERED.match(text):
                    # numbering the reader kept apart from the text: put it back, offsets still on the text
                    text, start = f"{block.marker} {text}", start - len(block.marker) - 1
                lines.append(_Line(text, start, block.page, level, first))
                first = False
            offset += len(raw) + 1
    return lines


def _block_heading_level(block: Block) -> int | None:
    if block.kind == "heading":
        return block.level or 1
    return None


def _heading_like(text: str, upper: str = LATIN_UPPER, terminal: re.Pattern = _TERMINAL) -> bool:
    """Short, capitalised and not ending like a sentence (footnote markers ignored).

    Capitals are Latin unless the document is Russian: a stray Cyrillic "А" opening a line of an English
    document ("А. Rule of law") is not read as a capital, as it never was. Arabic and Chinese have no
    capitals: any of their letters may open a heading."""
    bare = _FOOTNOTE_TAIL.sub("", text)
    return len(bare) <= 150 and bool(re.match(rf"[\W\d]*[{upper}]", bare)) and not terminal.search(bare)


_MARKERS = (("roman", _ROMAN), ("letter", _LETTER), ("number", _NUMBERED))


def _marker(line: _Line, wording: SummaryWording | None = None) -> tuple[str, str, str] | None:
    """(kind, marker, rest) for a line opening with "I.", "A." or "12." (or "أولاً-", "一."); None otherwise."""
    for kind, pattern in _markers(wording):
        if match := pattern.fullmatch(line.text):
            return kind, match.group(1), match.group(2)
    return None


def _markers(wording: SummaryWording | None) -> tuple[tuple[str, re.Pattern], ...]:
    return wording.markers if wording and wording.markers else _MARKERS


def _number_pattern(wording: SummaryWording | None) -> re.Pattern:
    return dict(_markers(wording))["number"]


# ---------------------------------------------------------------------------------------------
# Layout: sections and numbered paragraphs
# ---------------------------------------------------------------------------------------------

_LEVELS = {"roman": 1, "letter": 2, "number": 3, "plain": 4}


@dataclass
class _Layout:
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[tuple[int, _Paragraph]] = field(default_factory=list)  # (section index, paragraph)
    notes: list[_Line] = field(default_factory=list)


class _LayoutReader:
    """Walks the lines once, deciding for each whether it opens a heading, a paragraph or continues one."""

    def __init__(self, lines: list[_Line], wording: SummaryWording | None = None):
        self.lines = lines
        self.wording = wording
        self.contents = _CONTENTS | (wording.contents if wording else set())
        self.upper = UPPER if wording and wording.language == "ru" else LATIN_UPPER
        if wording and wording.heading_letters:
            self.upper = wording.heading_letters
        self.terminal = wording.terminal if wording and wording.terminal else _TERMINAL
        self.numbered = _number_pattern(wording)
        self.layout = _Layout()
        self.expected = 1  # next paragraph number
        self.paragraph: _Paragraph | None = None
        self.heading_open = False  # the last thing opened was a heading (it may wrap)
        self.heading_line = ""  # the heading's last line as printed

    def read(self) -> _Layout:
        index = _skip_contents(self.lines, 0, self.contents)
        while index < len(self.lines):
            line = self.lines[index]
            if _END_OF_BODY.fullmatch(line.text):
                self.layout.notes = self.lines[index + 1 :]
                break
            self._take(index)
            index = _skip_contents(self.lines, index + 1, self.contents)
        return self.layout

    def _heading_like(self, text: str) -> bool:
        return _heading_like(text, self.upper, self.terminal)

    def _marker(self, line: _Line) -> tuple[str, str, str] | None:
        return _marker(line, self.wording)

    def _next(self, index: int) -> _Line | None:
        return self.lines[index + 1] if index + 1 < len(self.lines) else None

    def _take(self, index: int) -> None:
        line, following = self.lines[index], self._next(index)
        if line.heading_level is not None:
            return self._open_heading(line, line.text, line.heading_level)
        if line.opens_block and (match := self.numbered.fullmatch(line.text)) and not self._heading_like(
                match.group(2)):
            return self._open_paragraph(line, int(match.group(1)))  # the reader already cut paragraphs
        marker = self._marker(line) or self._unpunctuated_number(line)
        if marker:
            kind, mark, rest = marker
            if kind == "number":
                return self._numbered(line, int(mark), rest, following)
            if self._heading_like(rest) or (following is not None and following.text[:1].islower()):
                return self._open_heading(line, line.text, _LEVELS[kind])
        if self.heading_open and self._continues_heading(line):
            return self._extend_heading(line)
        if self._plain_heading(line, following):
            return self._open_heading(line, line.text, _LEVELS["plain"])
        if self.paragraph is not None:
            self.paragraph.lines.append(line)

    def _numbered(self, line: _Line, number: int, rest: str, following: _Line | None) -> None:
        standalone = following is None or self._marker(following) is not None
        # Paragraph numbers run on through the document; heading numbers restart in each part.
        # A number a little ahead of the expected one is a paragraph whose predecessor was lost.
        if self.expected <= number < self.expected + 5 and not (standalone and self._heading_like(rest)):
            return self._open_paragraph(line, number)
        if self._heading_like(rest):
            return self._open_heading(line, line.text, _LEVELS["number"])
        if self.paragraph is not None:
            self.paragraph.lines.append(line)  # "2019. The …" wrapped onto a line start

    def _unpunctuated_number(self, line: _Line) -> tuple[str, str, str] | None:
        """"58 JS2 noted …": the expected paragraph number with its full stop missing."""
        match = re.fullmatch(r"(\d{1,3})\s+([A-Z].*)", line.text)
        if match and int(match.group(1)) == self.expected and (self.paragraph is not None or self.heading_open):
            return "number", match.group(1), match.group(2)
        return None

    def _continues_heading(self, line: _Line) -> bool:
        """A wrapped heading: its next line starts in lower case, or the heading broke after "of"/"and"/",",
        or a long heading line is followed by a word or two ("… with the Paris" / "Principles")."""
        heading = _FOOTNOTE_TAIL.sub("", self.layout.sections[-1].heading or "")
        if line.text[:1].islower() or _CONNECTOR_END.search(heading):
            return True
        if self.wording and self.wording.heading_connector_end.search(heading):
            return True
        return len(self.heading_line) >= 60 and len(line.text.split()) <= 3 and self._heading_like(line.text)

    def _plain_heading(self, line: _Line, following: _Line | None) -> bool:
        """An unnumbered heading ("Equality and non-discrimination") between two numbered items."""
        numbered_next = following is not None and (
            self._marker(following) is not None or re.match(rf"{self.expected}\s+[A-Z]", following.text)
        )
        if not numbered_next or not self._heading_like(line.text):
            return False
        if self.paragraph is None or not self.paragraph.lines:
            return self.heading_open
        last = _FOOTNOTE_TAIL.sub("", self.paragraph.lines[-1].text)
        return bool(self.terminal.search(last)) and len(line.text.split()) <= 15

    def _open_heading(self, line: _Line, text: str, level: int) -> None:
        self.layout.sections.append(Section(heading=text, level=level, page=line.page, start=line.start))
        self.paragraph, self.heading_open, self.heading_line = None, True, line.text

    def _extend_heading(self, line: _Line) -> None:
        section = self.layout.sections[-1]
        section.heading = f"{section.heading} {line.text}"
        self.heading_line = line.text

    def _open_paragraph(self, line: _Line, number: int) -> None:
        if not self.layout.sections:
            self.layout.sections.append(Section(heading=None, page=line.page, start=line.start))
        self.paragraph = _Paragraph(str(number), [line])
        self.layout.paragraphs.append((len(self.layout.sections) - 1, self.paragraph))
        self.expected, self.heading_open = number + 1, False


def _skip_contents(lines: list[_Line], index: int, contents: set[str] = _CONTENTS) -> int:
    """Skip a table of contents ("Contents" … dot leaders … page numbers) starting at `index`."""
    if index >= len(lines) or lines[index].text not in contents:
        return index
    last_leader = index
    for probe in range(index + 1, min(len(lines), index + 80)):
        if _DOT_LEADER.search(lines[probe].text):
            last_leader = probe
    return last_leader + 1


# ---------------------------------------------------------------------------------------------
# Paragraph text: de-wrapped, footnote markers removed, split into sentences
# ---------------------------------------------------------------------------------------------

# A footnote number glued to a word or a closing bracket/quote ("detention15", "(Decree 4/2020)17") …
_FOOTNOTE_GLUED = re.compile(rf"(?<=[{LOWER})\]”\"’»])\d{{1,3}}(?=[\s,.;:)\]]|$)")
# … after punctuation, before the next sentence or the end ("Accord.7 JS4", "Principles. 10")
_FOOTNOTE_AFTER_STOP = re.compile(rf"(?:(?<=[.;:])|(?<=[^\d],))\s?\d{{1,3}}(?=\s+[{UPPER}“\"‘(«]|\s*$)")
# … after a stakeholder code and a comma ("JS1,12 ")
_FOOTNOTE_AFTER_CODE = re.compile(r"(?<=[A-ZА-ЯЁ]\d,)\d{1,3}(?=\s)|(?<=[A-ZА-ЯЁ]\d\d,)\d{1,3}(?=\s)")
# … after a word's comma or semicolon, mid-sentence ("records,81 adopt")
_FOOTNOTE_AFTER_COMMA = re.compile(rf"(?<=[{LOWER})][,;])\d{{1,3}}(?=\s)")
_FOOTNOTE_PATTERNS = (_FOOTNOTE_AFTER_CODE, _FOOTNOTE_AFTER_COMMA, _FOOTNOTE_GLUED, _FOOTNOTE_AFTER_STOP)
_SPACES = re.compile(r"\s{2,}")
_NEWLINE = re.compile(r"\n")
# A hyphen at a line end joins a word split by wrapping when the next part is lower case (as textutil.unwrap).
_SOFT_BREAK = re.compile(rf"(?<=\w)[-\u00ad]\n(?=[{LOWER}])")

_ABBREVIATIONS = {"e.g", "i.e", "No", "Nos", "para", "paras", "art", "arts", "Art", "Mr", "Ms", "Mrs", "Dr",
                  "St", "p", "pp", "vol", "Inc", "Ltd", "Co", "Jr", "v", "vs", "cf", "op", "cit", "al",
                  # Spanish and French: "párr. 3", "pág. 4", "núm. 5", "par. 6", "Sra.", "Mme."
                  "párr", "párrs", "pág", "págs", "núm", "Sr", "Sra", "Dra", "par", "Mme", "MM",
                  # Russian: "п. 3", "пп. 4–5", "стр. 2", "с. 7", "ст. 5", "2019 г.", "см.", "т.е.", "и др."
                  "п", "пп", "стр", "с", "ст", "г", "гг", "см", "т.е", "т.д", "т.п", "др", "ч", "им"}
_SENTENCE_END = re.compile(rf"(?<=[.!?])[”\"’)»]*\s+(?=[{UPPER}“\"‘(«¿¡])")


def _joined(paragraph: _Paragraph, wording: SummaryWording | None = None) -> _Mapped:
    """The paragraph's lines as one text (number removed), with soft hyphens undone (and, in Chinese, no
    space where a line broke between two characters)."""
    texts, offsets = [], []
    numbered = _number_pattern(wording)
    for position, line in enumerate(paragraph.lines):
        text = line.text
        skip = 0
        if position == 0 and (match := numbered.fullmatch(text)):
            skip = match.start(2)
        if position:
            texts.append("\n")
            offsets.append(line.start - 1)
        texts.append(text[skip:])
        offsets.extend(range(line.start + skip, line.start + len(text)))
    mapped = _Mapped("".join(texts), offsets).sub(_SOFT_BREAK)
    if wording and wording.line_join:
        mapped = mapped.sub(wording.line_join)
    return mapped.sub(_NEWLINE, " ")


def _footnote_patterns(wording: SummaryWording | None) -> tuple[re.Pattern, ...]:
    return wording.footnote_patterns if wording and wording.footnote_patterns else _FOOTNOTE_PATTERNS


def _footnote_numbers(mapped: _Mapped, wording: SummaryWording | None = None) -> list[tuple[int, str]]:
    """(position in text, number) of every footnote marker, before they are removed."""
    found = []
    for pattern in _footnote_patterns(wording):
        found.extend((m.start(), m.group().strip()) for m in pattern.finditer(mapped.text))
    return sorted(found)


def _strip_footnotes(mapped: _Mapped, wording: SummaryWording | None = None) -> _Mapped:
    for pattern in _footnote_patterns(wording):
        mapped = mapped.sub(pattern)
    return mapped.sub(_SPACES, " ")


def clean_text(text: str, language: str | None = None) -> str:
    """A de-wrapped paragraph or heading without footnote markers (in the given language's way of writing them)."""
    return _strip_footnotes(_Mapped(text, list(range(len(text)))), wording_for(language)).text.strip()


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """The sentences of a cleaned paragraph (as in `Section.concerns`)."""
    return [text[start:end] for start, end in _sentences(text, wording_for(language))]


def _sentences(text: str, wording: SummaryWording | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence; does not split after "para.", "No.", "e.g." or an initial."""
    spans, start = [], 0
    sentence_end = wording.sentence_end if wording and wording.sentence_end else _SENTENCE_END
    for match in sentence_end.finditer(text):
        word = re.search(r"([\w.]+)[.!?][”\"’)»]*$", text[start : match.start() + 1])
        token = word.group(1) if word else ""
        if token in _ABBREVIATIONS or re.fullmatch(r"[A-ZА-ЯЁ]", token):
            continue
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return spans


# ---------------------------------------------------------------------------------------------
# Who recommended: stakeholder codes, names, UN bodies, pronouns
# ---------------------------------------------------------------------------------------------

_ADVERBS = (
    r"(?:(?:have|has|had)\s+)?(?:(?:both|all|also|further|strongly|additionally|again|similarly|finally|"
    r"specifically|explicitly|firmly)\s+)*"
)
_VERB = re.compile(
    rf"\b{_ADVERBS}(recommended|urged|called\s+(?:on|upon|for)|encouraged|requested|invited|asked|"
    r"recommend(?:s)?|urges|calls\s+(?:on|upon|for))\b"
)
_NOT_ATTRIBUTION = re.compile(r"\b(?:as|was|were|been|be|being|is|are|had|has|have|not|who|which|that)\s*$")
_PRONOUNS = re.compile(
    r"(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|Both|The latter|The former|The same|(?:The|These|Those|Both)\s+(?:same\s+)?"
    r"(?:organi[sz]ations?|submissions?|joint submissions?|stakeholders?|authors?|NGOs?|coalitions?|experts?|"
    r"mandate holders?|"
    r"institutions?|networks?|contributions?|sources?))"
)
_PRONOUN_START = re.compile(rf"(?:{_PRONOUNS.pattern})\b")
_GENERIC = re.compile(
    r"(?:Several|Many|Numerous|Some|Various|Most|Other|Two|Three|Four|Five|Six|All|A number of|"
    r"A few|Multiple)\s+(?:of the\s+)?(?:joint\s+)?(?:submissions|stakeholders|contributions|organi[sz]ations|"
    r"NGOs|sources|civil society organi[sz]ations|reports|authors|special procedure mandate holders|"
    r"mandate holders|special procedures)"
)
# Treaty bodies and agencies written in full in compilations, with the short name they go by.
UN_BODIES = {
    "Committee on the Elimination of Racial Discrimination": "CERD",
    "Committee on the Elimination of Discrimination against Women": "CEDAW",
    "Committee on the Rights of the Child": "CRC",
    "Committee against Torture": "CAT",
    "Committee on Economic, Social and Cultural Rights": "CESCR",
    "Committee on Enforced Disappearances": "CED",
    "Committee on the Rights of Persons with Disabilities": "CRPD",
    "Committee on Migrant Workers": "CMW",
    "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families": "CMW",
    "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment": "SPT",
    "Subcommittee on Prevention of Torture": "SPT",
    "Subcommittee on the Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment": "SPT",
    "Subcommittee on the Prevention of Torture": "SPT",
    "Human Rights Committee": "Human Rights Committee",
    "Office of the United Nations High Commissioner for Refugees": "UNHCR",
    "United Nations High Commissioner for Refugees": "UNHCR",
    "United Nations Children’s Fund": "UNICEF",
    "United Nations Children's Fund": "UNICEF",
    "United Nations Educational, Scientific and Cultural Organization": "UNESCO",
    "International Labour Organization": "ILO",
    "United Nations country team": "United Nations country team",
    "country team": "United Nations country team",
    "United Nations subregional team": "United Nations subregional team",
    "subregional team": "United Nations subregional team",
}
_BODY_NAMES = re.compile(
    r"(?:the\s+)?(" + "|".join(re.escape(n) for n in sorted(UN_BODIES, key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
_BODY_BY_KEY = {name.lower(): code for name, code in UN_BODIES.items()}
_COMMITTEE_CODES = {"CERD", "CEDAW", "CRC", "CAT", "CESCR", "CED", "CRPD", "CMW", "Human Rights Committee"}
# Heads of UN mandate names, which keep lower-case words ("Special Rapporteur on the right to food").
_MANDATE = re.compile(
    r"(?:Office of the Special Representative|Special Rapporteur|Working Group|Independent Expert|Committee|Subcommittee|Expert Mechanism|"
    r"High Commissioner|Secretary-General|Special Representative|Special Adviser|Expert)\b[^,;()]*(?:\([^()]*\))?"
)
_MANDATE_START = re.compile(rf"(?:[Tt]he\s+)?{_MANDATE.pattern}")
_ANAPHORA = {"Committee": _COMMITTEE_CODES, "Special Rapporteur": None, "Working Group": None,
             "Independent Expert": None, "Subcommittee": {"SPT"}, "Commissioner": None, "Ombudsman": None,
             "Rapporteur": None, "Expert": None}
_JOINT = re.compile(r"[Jj]oint [Ss]ubmission\s*(?:\(JS\)\s*)?(\d+)(?:\s*\(JS\s?\d+\))?")
_ACRONYM = re.compile(r"(.+?)\s*\(([^()]+)\)")
_CODE = re.compile(r"[A-Z][A-Za-z]*(?:[-/][A-Za-z]+)*(?:\s?\d{1,3})?(?:\s[A-Z])?")
_NAME_WORD = r"(?:[A-Z0-9][\w’'.&-]*|[a-z][’'][A-Z][\w’'.-]*)"
_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:of|for|on|against|to|and|the|in|de|du|des|la|le|el|y|da|do|dos|del|pour|et|"
    rf"with|from|at|sans)\s+)*{_NAME_WORD})*"
)
_LEAD_IN_CUT = re.compile(r"[,;]\s+(?:(?:and|while|whereas|but)\s+)?|\s+(?:and|while|whereas|but)\s+")
_LEAD_IN_WORD = re.compile(
    r"(?:Therefore|Thus|Hence|Moreover|Furthermore|Additionally|Finally|Lastly|However|Accordingly|Also|"
    r"Similarly|Likewise|In addition|In particular|Further)\b,?\s*",
    re.IGNORECASE,  # also mid-sentence: "…, therefore it recommended"
)
# Words that open a sentence's lead-in ("In 2006, …", "However, …"), never a stakeholder's name.
_LEAD_WORDS = {"A", "An", "In", "On", "At", "By", "During", "Since", "From", "Following", "After", "Before", "However",
               "Consequently", "Therefore", "Moreover", "Furthermore", "Also", "Thus", "Additionally", "Finally",
               "Given", "Having", "While", "Although", "Despite", "With", "As", "To", "For", "Regarding",
               "Concerning", "According", "Lastly", "Between", "Until", "Under", "Through", "Within", "Of", "Similarly", "Likewise", "Meanwhile", "Nevertheless", "Further"}
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# The reviewed State speaking of itself, or a word that is only ever part of a longer name.
_NON_STAKEHOLDERS = {"State", "Government", "Committee", "Council", "Report", "Office", "United Nations"}


@dataclass
class _Subject:
    codes: list[str]
    start: int = 0  # where the subject phrase begins in the text it was found in


def _normalise_code(code: str) -> str:
    code = re.sub(r"-\s+", "-", re.sub(r"^(?:the|The)\s+", "", code.strip()))
    return re.sub(r"^(JS)\s+(\d+)$", r"\1\2", code)


def _item(part: str) -> str | None:
    """The code or name one stakeholder in a subject goes by, or None when `part` is not one."""
    part = re.sub(r"^(?:the|The)\s+", "", part.strip())
    if not part or part.split()[0] in _LEAD_WORDS or part in ("The", "This", "These", "Those"):
        return None
    if match := _JOINT.fullmatch(part):
        return f"JS{match.group(1)}"
    if (code := _BODY_BY_KEY.get(part.lower())) is not None:
        return code
    if (match := _ACRONYM.fullmatch(part)) and _named_before_acronym(match.group(1)):
        return _normalise_code(match.group(2))
    if _MANDATE.fullmatch(part):
        return part
    if _CODE.fullmatch(part) and sum(ch.isupper() or ch.isdigit() for ch in part) >= 2:
        return _normalise_code(part)
    if _NAME.fullmatch(part) and not (canonical_state(part) or part in _NON_STAKEHOLDERS or _YEAR.search(part)):
        return _normalise_code(part)
    return None


def _named_before_acronym(name: str) -> bool:
    """A name written before "(ACRONYM)": capitalised, mostly capitalised words (any language, any asides)."""
    words = re.sub(r"\([^()]*\)", " ", name).split()
    if not words or not words[0][:1].isupper() or canonical_state(name):
        return False
    lower = [word for word in words if word[:1].islower() and word not in _CONNECTORS]
    clause_words = [word for word in lower if word.endswith("ed") or word in ("that", "which", "who", "whether")]
    return not clause_words and len(lower) <= max(1, 2 * len(words) // 3)


def _split_parts(subject: str) -> list[tuple[str, str]]:
    """Split a subject at commas and "and" outside brackets: [(separator before, part)]."""
    parts, depth, current, separator, index = [], 0, "", "", 0
    while index < len(subject):
        char = subject[index]
        depth += (char == "(") - (char == ")")
        # "and" before a lower-case word is part of a name ("… management and disposal of …")
        match = re.match(r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z0-9]|the\s)", subject[index:]) if depth == 0 else None
        if match:
            parts.append((separator, current))
            separator = "and" if match.group().strip() == "and" else ","
            current, index = "", index + match.end()
            continue
        current += char
        index += 1
    parts.append((separator, current))
    return parts


def _parse_subject(subject: str) -> list[str] | None:
    """Stakeholder codes named by a subject phrase ("CPJ and HRW", "JS2 and the Commissioner (CoE-C)")."""
    subject = _BODY_NAMES.sub(lambda m: _BODY_BY_KEY[re.sub(r"\s+", " ", m.group(1)).lower()], subject)
    subject = re.sub(r"^(?:[Tt]he\s+)?authors\s+of\s+(?:the\s+)?", "", subject)
    subject = re.sub(r"[Jj]oint\s+[Ss]ubmissions\s+(\d+)\s+and\s+(\d+)", r"JS\1 and JS\2", subject)
    codes: list[str] = []
    pending: str | None = None  # a plain name that may be the first half of "X and Y (XY)"
    for separator, part in _split_parts(subject.strip()):
        part = part.strip()
        # "… for Law and Justice (ECLJ)", "Special Representative … for Children and Armed Conflict"
        joins_name = _ACRONYM.fullmatch(part) or re.fullmatch(r"[A-Z][a-z]+", part) or (
            pending and _MANDATE.fullmatch(re.sub(r"^(?:the|The)\s+", "", pending)) and _NAME.fullmatch(part)
            and not _MANDATE.fullmatch(part) and not _CODE.fullmatch(part))
        if pending and separator == "and" and joins_name and _item(f"{pending} and {part}"):
            codes[-1] = _item(f"{pending} and {part}")
            pending = None
            continue
        item = _item(part)
        if item is None:
            if part[:1].islower() and codes:
                continue  # an aside: "The Special Rapporteur, noting …, recommended"
            return None
        codes.append(item)
        pending = part if not _ACRONYM.fullmatch(part) and " " in part else None
    return codes or None


class _Attributor:
    """Remembers who spoke last so that "It also recommended" and "The Committee urged" resolve."""

    def __init__(self, notes: dict[str, list[str]]):
        self.notes = notes
        # last subject within the paragraph: None before any; [] for "Several submissions" whose
        # endnote names no one (a later "They" is still them, stakeholder unknown)
        self.last: list[str] | None = None
        self.named: list[str] = []  # every named subject, most recent last, across the document

    def new_paragraph(self) -> None:
        self.last = None

    def remember(self, sentence: str) -> None:
        """Note who a sentence is about, whether or not it recommends anything."""
        subject = _sentence_subject(sentence)
        if subject:
            self._record([self._anaphora(code) for code in subject])

    def _record(self, codes: list[str]) -> None:
        self.last = codes
        self.named.extend(codes)

    def resolve(self, pre: str, footnote: str | None) -> _Subject | None:
        """Stakeholders of the recommendation whose verb is preceded by `pre` in the sentence."""
        for start, rest in _subject_candidates(pre):
            if _PRONOUNS.fullmatch(rest):
                return _Subject(list(self.last), start=start) if self.last is not None else None
            if _GENERIC.fullmatch(rest):  # "Several submissions": the footnote names them
                codes = self.notes.get(footnote or "", [])
                self._record(codes)
                return _Subject(codes, start=start)
            codes = _parse_subject(rest)
            if codes:
                codes = [self._anaphora(code) for code in codes]
                self._record(codes)
                return _Subject(codes, start=start)
        return None

    def _anaphora(self, code: str) -> str:
        """"Committee" after "CEDAW …" is CEDAW; "Special Rapporteur" is the last one named."""
        if code not in _ANAPHORA:
            return code
        allowed = _ANAPHORA[code]
        for earlier in reversed(self.named):
            if earlier in (allowed or ()) or (allowed is None and earlier != code and code.lower() in earlier.lower()):
                return earlier
        return code


def _subject_candidates(pre: str) -> list[tuple[int, str]]:
    """Phrases that may name whoever recommends: the text before the verb, cut after each comma/"and".

    "In 2006, ECRI" -> "ECRI"; "AI and HRW expressed concern … and" -> "AI and HRW" (a subject
    shared by two verbs).
    """
    pre = pre.rstrip()
    cuts = [0] + [m.end() for m in _LEAD_IN_CUT.finditer(pre)]
    candidates = []
    for cut in cuts:
        rest = pre[cut:].strip().rstrip(",").rstrip()  # "The Special Rapporteur, concerned …, recommended"
        if lead_in := _LEAD_IN_WORD.match(rest):
            rest = rest[lead_in.end() :]
        if rest and not re.search(r"\b(?:and|but|while|whereas)$", rest):  # those share the sentence's subject
            candidates.append((cut, rest))
    if re.search(r"(?:,?\s+and|,)$", pre):  # "X expressed concern … and urged": the sentence's subject
        candidates.extend((len(pre), subject) for subject in _leading_subjects(pre))
    return candidates


_CONNECTORS = {"of", "for", "on", "against", "to", "and", "or", "the", "in", "de", "du", "des", "la", "le", "el", "y",
               "da", "do", "dos", "del", "with", "et", "pour", "–", "-", "&", ":"}
_SUBJECT_PHRASES = re.compile(
    r"(?:[Tt]he\s+)?(?:United Nations\s+)?(?:country|subregional)\s+team|(?:(?:[Tt]he\s+)?authors\s+of\s+(?:the\s+)?)?[Jj]oint\s+[Ss]ubmissions?\s*(?:\(JS\)\s*)?\d+(?:\s+and\s+\d+)?"
)
_TOKEN = re.compile(r"\([^()]*\)|[^\s,()]+|,")


def _leading_subjects(pre: str) -> list[str]:
    """Subject phrases a sentence may open with: its run of names, codes and connectors, and that
    run cut after each comma ("In 2006, CoE-ECRI" -> "CoE-ECRI"); also after a short lead-in
    ("In recent years, JS5 …")."""
    found = _subjects_at_start(pre)
    if lead_in := re.match(r"[^,]{1,60},\s+", pre):
        found += _subjects_at_start(pre[lead_in.end() :])
    return found


def _subjects_at_start(pre: str) -> list[str]:
    if match := (_SUBJECT_PHRASES.match(pre) or _GENERIC.match(pre) or _PRONOUN_START.match(pre)):
        return [match.group()]
    if match := _BODY_NAMES.match(pre):  # "The Committee on Economic, Social and Cultural Rights"
        return [match.group()]
    if match := _MANDATE_START.match(pre):  # mandate names run on in lower case, up to the verb
        name = match.group()
        verb = _FINITE_VERB.search(name)
        return [name[: verb.start()].strip() if verb else name.strip()]
    end = 0
    for token in _TOKEN.finditer(pre):
        word = token.group()
        elided = re.match(r"[a-z][’'][A-Z]", word)  # "d’Auteuil"
        if not (word[0].isupper() or word[0].isdigit() or word[0] in "(,‘'“\"" or word in _CONNECTORS or elided):
            break
        end = token.end()
    run = re.sub(r"(?:[\s,]+(?:and|of|for|on|to|the|in|with))+$|,$", "", pre[:end].strip())
    return [run[cut:].strip() for cut in [0] + [m.end() for m in re.finditer(r",\s*", run)] if run[cut:].strip()]


_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:also|further|then|additionally|again|however|moreover|similarly|both|all|was|were|is|are|has|have|"
    r"had|been|remained|particularly|deeply|seriously))+$"
)


# The first verb of a sentence, roughly: a past form, but not a participle that is part of a name
# ("internally displaced persons", "persons affected by leprosy", "enforced disappearances").
_FINITE_VERB = re.compile(
    r"\s(?!(?:displaced|affected|related|based|armed|enforced|deprived|united|detained|accused|disappeared|"
    r"disadvantaged|trafficked|concerned\s+(?:with|by))\b)(?:[a-z]+ed|said|found|saw|held|made|took|heard|was|were|is|are|had|has|have)\b"
)


def _sentence_subject(sentence: str) -> list[str] | None:
    """The stakeholders a sentence opens with ("JS10 and JS33 denounced …") or None."""
    verb = _FINITE_VERB.search(sentence)
    if not verb:
        return None
    pre = _TRAILING_ADVERBS.sub("", sentence[: verb.start()].rstrip())
    pre = re.sub(r",[^,]*,$", "", pre)  # "the Ombudsman, in its role as …, visited"
    for candidate in _leading_subjects(pre):
        if _PRONOUNS.fullmatch(candidate) or _GENERIC.fullmatch(candidate):
            return None  # the sentence goes on about whoever was named before
        if pre.endswith(candidate) and (codes := _parse_subject(candidate)):
            return codes  # only a phrase right before the verb is its subject (not "Enrolment" in "Enrolment rates were")
    return None


# ---------------------------------------------------------------------------------------------
# The recommendation clause, reduced to an imperative where that is easy
# ---------------------------------------------------------------------------------------------

_ADDRESSEE = (
    r"(?:the\s+)?(?:(?:[Gg]overnments?|[Ss]tates?(?:\s+part(?:y|ies))?|authorities|Authorities|country|it|them|"
    r"[A-Z][\w’'.-]*)(?:\s+(?:of|and|the|[Gg]overnment|authorities|[Ss]tate|party|[A-Z][\w’'.-]*))*?)"
)
_NOT_A_VERB = r"(?!(?:of|and|the|for|on|in|to|against|with|at|by|from|authorities|government|officials|party)\b)"
_THAT_CLAUSE = re.compile(rf"that,?\s+{_ADDRESSEE}\s+(?:should\s+)?(?=[a-z]){_NOT_A_VERB}")
_OBJECT_TO = re.compile(rf"(?:{_ADDRESSEE}\s+)?(?=not\s+to\s)|(?:{_ADDRESSEE}\s+)?to:?\s+(?=[a-z“\"])")
# Verbs whose object is whoever should act, in any words: "called on armed groups to cease …"
_PERSON_OBJECT_VERBS = re.compile(r"urged|called\s+(?:on|upon)|encouraged|invited|asked|requested|urges|calls\s+(?:on|upon)")
_ANY_ADDRESSEE_TO = re.compile(
    r"(?:all\s+)?(?:the\s+)?(?:(?!(?:further|more|greater|efforts|measures|steps|action|attention)\b)[\w’'-]+\s+){1,5}?"
    r"(?:to:?\s+(?=[a-z“\"])|(?=not\s+to\s))"
)  # … but "encouraged further efforts to …" keeps its object
# "recommended France modify …": a State named without "that" or "to"
_STATE_THEN_VERB = re.compile(r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})\s+(?:should\s+)?(?=[a-z])")


def _clause_start(after: str, verb: str) -> int:
    """Where the recommended action begins in the text after the verb."""
    if verb.startswith("called for") or verb.startswith("calls for"):
        return 0
    if adverbial := re.match(r"(?:in \d{4}|in particular|again|also|therefore),?\s+", after):
        return adverbial.end() + _clause_start(after[adverbial.end() :], verb)  # "recommended in 2012 to …"
    for pattern in (_THAT_CLAUSE, _OBJECT_TO):
        if match := pattern.match(after):
            return match.end()
    if _PERSON_OBJECT_VERBS.fullmatch(verb) and (match := _ANY_ADDRESSEE_TO.match(after)):
        return match.end()
    if (match := _STATE_THEN_VERB.match(after)) and canonical_state(match.group(1)):
        return match.end()
    if match := re.match(r"that,?\s+", after):
        return match.end()
    return 0


# ---------------------------------------------------------------------------------------------
# Metadata from the masthead
# ---------------------------------------------------------------------------------------------

_SYMBOL = re.compile(r"A\s*/\s*HRC\s*/\s*WG\.\s*6\s*/\s*(\d+)\s*/\s*([A-Z]{3})\s*/\s*([123])\b")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_YEAR = re.compile(rf"\b(?:{_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE)
_SESSION_LINE = re.compile(r"\b[Ss]ession\s*$|\bSESSION\s*$")
_TITLE_START = re.compile(
    r"(Summary of (?:the )?stakeholders|Summary prepared by|Compilation|National report|Report of the Office)", re.I
)
_TITLE_STOP = re.compile(r"\*|Report of the Office|The present|[IVX]+\.|\d+\.")
def _metadata(extracted: ExtractedText, head_lines: list[str], language: str | None) -> dict:
    head = extracted.text[:HEAD_CHARS]
    metadata: dict = {}
    if match := _SYMBOL.search(head):
        metadata["symbol"] = f"A/HRC/WG.6/{match.group(1)}/{match.group(2)}/{match.group(3)}"
        metadata["session"] = int(match.group(1))
        metadata["cycle"] = cycle_of_session(metadata["session"])
    if year := _session_year(head_lines, wording_for(language)):
        metadata["year"] = year
    if language:
        metadata["language"] = language
    return metadata


def _session_year(head_lines: list[str], wording: SummaryWording | None = None) -> int | None:
    """The year of the Working Group session (the line after "Forty-first session"), else of any date."""
    session_line = wording.session_line if wording else _SESSION_LINE
    date_year = wording.date_year if wording else _DATE_YEAR
    for index, line in enumerate(head_lines[:-1]):
        if session_line.search(line) and (match := date_year.search(head_lines[index + 1])):
            return int(match.group(1))
    for line in head_lines:
        if match := date_year.search(line):
            return int(match.group(1))
    return None


def _title(head_lines: list[str], wording: SummaryWording | None = None) -> str | None:
    title_start = wording.title_start if wording else _TITLE_START
    title_stop = wording.title_stop if wording else _TITLE_STOP
    for index, line in enumerate(head_lines):
        if title_start.match(line):
            parts = [line]
            for following in head_lines[index + 1 : index + 6]:
                if not following or title_stop.match(following):
                    break
                # a State on its own line ends an English title; in Spanish/French it may be the end of
                # one that broke after its preposition ("… concernant" / "la France*")
                if canonical_state(following.strip("* ")) and not (wording and _ends_in_preposition(parts[-1])):
                    break
                parts.append(following)
            return re.sub(r"\s*\*$", "", " ".join(parts)).strip()
    return None


def _ends_in_preposition(text: str) -> bool:
    return bool(re.search(r"\b(?:sobre|concernant|sur)$", text))


def _state(title: str | None, head_lines: list[str], wording: SummaryWording | None = None) -> str | None:
    in_title = wording.state_in_title if wording else re.compile(r"\bon\s+(.+)$")
    if title and (match := in_title.search(title)) and (state := _state_named(match.group(1), wording)):
        return state
    for line in head_lines:
        if state := canonical_state(line.strip("* ")):
            return state
    return None


def _state_named(name: str, wording: SummaryWording | None = None) -> str | None:
    """A State named in a title, with or without its article ("la France", "el Perú"), or declined
    ("по Казахстану")."""
    name = name.strip("* ")
    if wording and wording.state_name:
        return wording.state_name(name)
    return canonical_state(name) or canonical_state(re.sub(r"^(?:el|la|los|las|le|les|l['’])\s*", "", name))


def _head_lines(extracted: ExtractedText) -> list[str]:
    """The first page's lines, stripped, blank lines kept (they end a wrapped title)."""
    return [line.strip() for line in extracted.text[:HEAD_CHARS].split("\n")]


# ---------------------------------------------------------------------------------------------
# Endnotes: "43 CBDDDH p. 4; JS26 pp. 15–17. See also AI para. 2." -> ["CBDDDH", "JS26"]
# ---------------------------------------------------------------------------------------------

_NOTE_START = re.compile(r"(\d{1,3})\s+(\S.*)")
_NOTE_SOURCE = re.compile(r"^\s*((?:JS\s?\d+|[A-Z][\w-]*(?:[-/][\w]+)*))\b(?:,|\s+(?:paras?\.?|pp?\.|page|\d))")


def _endnotes(lines: list[_Line], wording: SummaryWording | None = None) -> dict[str, list[str]]:
    """Footnote number -> codes of the submissions it cites as sources (not the "See also" ones)."""
    notes: dict[str, str] = {}
    current = None
    for line in lines:
        match = _NOTE_START.fullmatch(line.text)
        if match and (current is None or int(match.group(1)) == int(current) + 1):
            current = match.group(1)
            notes[current] = match.group(2)
        elif current is not None:
            notes[current] += " " + line.text
    return {number: _note_sources(text, wording) for number, text in notes.items()}


def _note_sources(text: str, wording: SummaryWording | None = None) -> list[str]:
    cited = re.split(r"\bSee also\b", text)[0]
    parts = re.split(r"[;]|\band\b", cited)
    if wording:  # "JS3, párr. 4; JS8, pág. 2. Véase también AI, párr. 7."
        parts = re.split(rf"[;]|{wording.note_and.pattern}", wording.see_also.split(cited)[0])
    source = wording.note_source if wording and wording.note_source else _NOTE_SOURCE
    codes = []
    for part in parts:
        match = source.match(part)
        # a UN document symbol ("A/HRC/50/16") is a source, but not a stakeholder
        if match and _is_code(match.group(1), wording) and not re.search(r"/\d", match.group(1)):
            code = _normalise_code(match.group(1))
            code = normalise_code(code, wording) if wording else code
            if code not in codes:
                codes.append(code)
    return codes


def _is_code(text: str, wording: SummaryWording | None) -> bool:
    """Two capitals at least: "JS1", "HRW" — or a joint submission written out ("联署材料1", "الورقة المشتركة 1")."""
    if sum(ch.isupper() for ch in text) >= 2:
        return True
    return bool(wording and wording.language in ("ar", "zh") and wording.joint.fullmatch(text.strip()))


# ---------------------------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------------------------


def parse_stakeholder_summary(extracted: ExtractedText) -> Structure:
    """Sections, numbered paragraphs and stakeholders' recommendations of a summary (A/HRC/WG.6/N/XXX/3)."""
    return _parse(extracted, with_recommendations=True)


def parse_un_report(extracted: ExtractedText) -> Structure:
    """Sections and paragraphs of a national report (/1) or UN compilation (/2).

    A compilation reports what treaty bodies and special procedures recommended ("The Committee
    recommended that …"); those become Recommendations with the body as `stakeholder`. A national
    report is the State's own voice, so none are extracted from it.
    """
    head = extracted.text[:HEAD_CHARS]
    symbol = _SYMBOL.search(head)
    wording = wording_for(detect_language(extracted.text))
    national = (symbol and symbol.group(3) == "1") or re.search(r"National report submitted", head, re.I) or (
        wording and wording.national_title.search(head))
    return _parse(extracted, with_recommendations=not national)


def paragraph_numbers(extracted: ExtractedText) -> list[str]:
    """The numbers of the document's numbered paragraphs in reading order (a check that none was lost)."""
    lines = _lines(extracted)
    wording = wording_for(detect_language(extracted.text))
    layout = _LayoutReader(lines[_body_start(lines, wording) :], wording).read()
    return [paragraph.number for _, paragraph in layout.paragraphs]


def _parse(extracted: ExtractedText, with_recommendations: bool) -> Structure:
    language = detect_language(extracted.text)
    wording = wording_for(language)
    head_lines = _head_lines(extracted)
    title = _title(head_lines, wording)
    metadata = _metadata(extracted, head_lines, language)
    if state := _state(title, head_lines, wording):
        metadata["state_under_review"] = state
    lines = _lines(extracted)
    layout = _LayoutReader(lines[_body_start(lines, wording) :], wording).read()
    for section in layout.sections:
        section.heading = clean_text(section.heading, language) if section.heading else None
    notes = _endnotes(layout.notes, wording)
    attributor = attributor_for(wording, notes) if wording else _Attributor(notes)
    recommendations = []
    for section_index, paragraph in layout.paragraphs:
        section = layout.sections[section_index]
        mapped = _joined(paragraph, wording)
        cleaned = _strip_footnotes(mapped, wording)
        section.concerns.append(cleaned.text.strip())
        section.end = mapped.offsets[-1] + 1 if mapped.offsets else section.end
        if with_recommendations:
            footnotes = _footnote_numbers(mapped, wording)
            recommendations.extend(
                _recommendations(cleaned, mapped, footnotes, paragraph, section, attributor, wording))
    return Structure(title=title, sections=layout.sections, recommendations=recommendations, metadata=metadata)


def _body_start(lines: list[_Line], wording: SummaryWording | None = None) -> int:
    """Index of the first line after the masthead and title: the first heading or numbered paragraph."""
    contents = _CONTENTS | (wording.contents if wording else set())
    for index, line in enumerate(lines):
        if line.heading_level is not None or _marker(line, wording) or line.text in contents:
            return index
    return 0


def _recommendations(
    cleaned: _Mapped,
    raw: _Mapped,
    footnotes: list[tuple[int, str]],
    paragraph: _Paragraph,
    section: Section,
    attributor: _Attributor | RomanceAttributor,
    wording: SummaryWording | None = None,
) -> list[Recommendation]:
    attributor.new_paragraph()
    found = []
    text = cleaned.text
    for start, end in _sentences(text, wording):
        sentence = text[start:end]
        footnote = _last_footnote(raw, footnotes, cleaned, start, sentence)
        attributor.remember(sentence)  # "JS1 noted …; it recommended …" refers to this sentence's subject
        if isinstance(attributor, RomanceAttributor):
            clauses = [(c.codes, c.start, c.end) for c in attributor.clauses(sentence, footnote)]
        else:
            clauses = [(s.codes, a, b) for s, a, b in _attributed_clauses(sentence, attributor, footnote)]
        for codes, clause_start, clause_end in clauses:
            source_start, source_end = cleaned.span(start + clause_start, start + clause_end)
            found.append(Recommendation(
                text=sentence[clause_start:clause_end],
                stakeholder="; ".join(codes) or None,
                section=section.heading,
                paragraph=paragraph.number,
                page=_page_at(paragraph, source_start),
                start=source_start,
                end=source_end,
            ))
    return found


_NEEDS_OBJECT = {"asked"}
_CLAUSE_TAIL = re.compile(r"(?:[\s,;]+(?:and|while|whereas|but)(?:\s+also)?)?[\s,;.]*$")


def _attributed_clauses(sentence: str, attributor: _Attributor, footnote: str | None):
    """(subject, start, end) of each recommendation in a sentence.

    A sentence may hold several: "JS1 recommended X and JS2 recommended Y", or "It recommended X,
    and urged Y" (the same subject again). Each recommendation ends where the next one's subject begins.
    """
    clauses: list[list] = []  # [subject, clause start, clause end]
    segment = 0  # where the text before the next verb begins
    for verb in _VERB.finditer(sentence):
        pre = sentence[segment : verb.start()]
        if _NOT_ATTRIBUTION.search(pre):
            continue
        subject = _continuing_subject(pre, clauses) or attributor.resolve(pre, footnote if not clauses else None)
        if subject is None:
            continue  # the verb belongs to the clause being read ("… to ensure that X recommended …")
        if clauses:
            clauses[-1][2] = segment + subject.start
        after = verb.end() + len(sentence[verb.end() :]) - len(sentence[verb.end() :].lstrip())
        start = _clause_start(sentence[after:], verb.group(1))
        if start == 0 and verb.group(1) in _NEEDS_OBJECT:
            continue  # "asked France what training …" is a question, not a recommendation
        clauses.append([subject, after + start, len(sentence)])
        segment = verb.end()
    result = []
    for subject, start, end in clauses:
        end = start + len(_CLAUSE_TAIL.sub("", sentence[start:end]))
        if len(sentence[start:end].split()) >= 2:
            result.append((subject, start, end))
    return result


def _continuing_subject(pre: str, clauses: list) -> _Subject | None:
    """"It recommended X, and urged Y": a second verb joined by "and" keeps the subject."""
    if clauses and (match := re.search(r"(?:,\s*|\s+)and(?:\s+also)?\s*$", pre)):
        previous = clauses[-1][0]
        return _Subject(previous.codes, start=match.start())
    return None


def _last_footnote(raw: _Mapped, footnotes, cleaned: _Mapped, offset: int, sentence: str) -> str | None:
    """The number of the last footnote marker inside the sentence (it cites the sentence's sources)."""
    source_start, source_end = cleaned.span(offset, offset + len(sentence))
    inside = [number for position, number in footnotes if source_start <= raw.offsets[position] <= source_end + 4]
    later = [number for position, number in footnotes if raw.offsets[position] > source_end + 4]
    # OHCHR puts one marker after a run of sentences from the same sources: the next one covers this one.
    return inside[-1] if inside else (later[0] if later else None)


def _page_at(paragraph: _Paragraph, source_offset: int | None) -> int | None:
    page = paragraph.lines[0].page
    for line in paragraph.lines:
        if source_offset is not None and line.start <= source_offset:
            page = line.page
    return page
