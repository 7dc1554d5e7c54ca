"""The one data model that flows through the pipeline: Document -> Section -> Recommendation.

Readers (ingest/) turn a file into an `ExtractedText` of `Block`s; structure parsers
(structure/) turn that into a `Document` with `Section`s and `Recommendation`s; the store
(store/) persists it. Everything here is plain dataclasses so every stage can be used alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

POSITIONS = ("supported", "noted", "pending")

DOCUMENT_KINDS = (
    "ngo_submission",  # a stakeholder's (NGO, coalition, NHRI) submission
    "wg_report",  # Report of the Working Group on the UPR (A/HRC/NN/NN), incl. drafts
    "wg_addendum",  # the State's responses (A/HRC/NN/NN/Add.1)
    "thematic_list",  # OHCHR thematic list / matrix of recommendations (tables)
    "stakeholder_summary",  # OHCHR summary of stakeholders' submissions (A/HRC/WG.6/N/XXX/3)
    "national_report",  # A/HRC/WG.6/N/XXX/1
    "compilation",  # UN compilation, A/HRC/WG.6/N/XXX/2
    "other",
)


@dataclass
class Block:
    """One unit of layout from a reader: a line (txt/pdf) or a paragraph (docx/html/md).

    `start`/`end` are character offsets into `ExtractedText.text`, so anything built from
    blocks can point back to its exact source span.
    """

    text: str
    kind: str = "line"  # line | paragraph | heading | list_item | table_cell
    level: int | None = None  # heading level (1 = top) or list nesting depth (0 = top)
    bold: bool = False
    page: int | None = None  # 1-based page number where the format has pages
    style: str | None = None  # the source's style name (DOCX) or tag (HTML)
    marker: str | None = None  # list marker or numbering as rendered: "•", "1.", "118.3", "(a)"
    table: tuple[int, int, int] | None = None  # (table index, row, column) for table cells
    start: int = 0
    end: int = 0


@dataclass
class ExtractedText:
    """What a reader returns: the blocks, and the text they were cut from (blocks joined by newlines)."""

    source: str  # file name as given by the user
    format: str  # txt | pdf | docx | html | md
    blocks: list[Block]
    text: str = ""
    pages: int | None = None
    encoding: str | None = None  # detected text encoding, for text files

    @classmethod
    def from_blocks(cls, source: str, format: str, blocks: list[Block], **kwargs) -> ExtractedText:
        """Join block texts with newlines and set each block's offsets into the joined text."""
        parts, offset = [], 0
        for block in blocks:
            block.start, block.end = offset, offset + len(block.text)
            parts.append(block.text)
            offset = block.end + 1
        return cls(source=source, format=format, blocks=blocks, text="\n".join(parts), **kwargs)


@dataclass
class Section:
    heading: str | None
    level: int = 1
    concerns: list[str] = field(default_factory=list)  # concern / narrative paragraphs, de-wrapped
    page: int | None = None
    start: int | None = None
    end: int | None = None
    id: int | None = None  # set once stored


LABEL_FIELDS = ("action_category", "issues", "themes", "affected_persons", "sdgs", "instruments")


@dataclass
class Label:
    """One label on a recommendation, with how sure we are and why.

    `source` says who set it: "model" (a classifier), "user" (a correction, which wins over the
    model) or "document" (the source document itself, e.g. an OHCHR thematic list's themes).
    """

    label: str
    confidence: float | None = None
    evidence: list[str] = field(default_factory=list)  # the words that decided it
    source: str = "model"
    details: dict = field(default_factory=dict)  # e.g. an instrument's name, article and action


@dataclass
class Recommendation:
    text: str  # clean text: de-hyphenated, de-wrapped, without the paragraph number and states
    section: str | None = None  # heading of the section it falls under
    paragraph: str | None = None  # "118.12" in a WG report, item number in a submission
    recommending_states: list[str] = field(default_factory=list)  # canonical short names
    position: str | None = None  # one of POSITIONS or None when the document does not say
    stakeholder: str | None = None  # "JS1", "AI" in a stakeholder summary
    page: int | None = None
    start: int | None = None  # character span in Document.text
    end: int | None = None
    themes: list[str] = field(default_factory=list)  # as given by a thematic list / matrix
    affected_persons: list[str] = field(default_factory=list)
    sdgs: list[str] = field(default_factory=list)
    labels: dict[str, list[Label]] = field(default_factory=dict)  # LABEL_FIELDS -> labels, best first
    id: int | None = None  # set once stored


@dataclass
class Document:
    source: str
    content_hash: str
    format: str
    kind: str
    text: str
    title: str | None = None
    state_under_review: str | None = None
    symbol: str | None = None  # UN document symbol, e.g. "A/HRC/28/10"
    session: int | None = None  # UPR Working Group session number
    cycle: int | None = None
    year: int | None = None
    language: str | None = None
    pages: int | None = None
    sections: list[Section] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    # other facts a parser found, e.g. an addendum's {"report_symbol", "positions": {"118.3": "noted"}}
    extra: dict = field(default_factory=dict)
    id: int | None = None  # set once stored
