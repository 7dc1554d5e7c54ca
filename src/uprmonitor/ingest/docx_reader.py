"""DOCX files through python-docx: paragraphs and table cells in document order.

python-docx gives the package, the styles and the numbering part; the body is walked as XML so
that tables come out where they stand between paragraphs, text inside tracked insertions is kept
and deleted text is not.
"""

from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.styles import BabelFish

from uprmonitor.errors import InputError
from uprmonitor.ingest.docx_numbering import Numbering, W, w_val
from uprmonitor.model import Block, ExtractedText

MIB = 1024 * 1024
MAX_UNCOMPRESSED_TOTAL = 200 * MIB
MAX_COMPRESSION_RATIO = 100  # real DOCX XML compresses ~10x; a bomb member thousands of times
RATIO_CHECK_FROM = 5 * MIB  # small parts (styles, settings) may legitimately compress far better
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Text that is not part of the body's reading order: deleted revisions, the duplicate fallback
# copy of drawings, and floating text boxes.
_SKIPPED_CONTAINERS = (W + "del", W + "moveFrom", MC + "Fallback", W + "txbxContent")
_TEXT_TAGS = (W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen")
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.I)
# Heading styles of the UN document templates (A/HRC/... reports): main title, chapter, H1, H2-3...
_UN_HEADING_STYLES = {"HMG": 0, "HChG": 1, "H1G": 2, "H23G": 3, "H4G": 4, "H56G": 5}
_LIST_STYLE = re.compile(r"\blist\b|bullet", re.I)


def check_zip(data: bytes, source: str) -> None:
    """Refuse archives that are not a DOCX, or that would expand to far more than they weigh."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(source, f"is not a valid DOCX (damaged zip archive: {error})") from None
    if "word/document.xml" not in {member.filename for member in members}:
        raise InputError(source, "is not a valid DOCX (zip archive without word/document.xml)")
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_TOTAL:
        raise InputError(source, f"looks like a zip bomb (it would expand to {total // MIB} MB)")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECK_FROM and ratio > MAX_COMPRESSION_RATIO:
            raise InputError(
                source,
                f"looks like a zip bomb ({member.filename} expands {ratio:.0f} times, to {member.file_size // MIB} MB)",
            )


def _open(data: bytes, source: str):
    check_zip(data, source)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as error:
        # lxml's XMLSyntaxError is a SyntaxError; python-docx raises ValueError for non-Word packages
        raise InputError(source, f"is not a valid DOCX ({error})") from None


class _Styles:
    """What a paragraph style implies, following its basedOn chain."""

    def __init__(self, document):
        self._by_id = {}
        for style in document.styles.element.findall(W + "style"):
            self._by_id[style.get(W + "styleId")] = style
        self.default_paragraph = next(
            (s.get(W + "styleId") for s in self._by_id.values()
             if s.get(W + "type") == "paragraph" and s.get(W + "default") in ("1", "true")),
            None,
        )  # fmt: skip
        self.chain = lru_cache(maxsize=None)(self._chain)

    def _chain(self, style_id: str | None) -> tuple:
        chain, seen = [], set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            chain.append(self._by_id[style_id])
            style_id = w_val(self._by_id[style_id], "basedOn")
        return tuple(chain)

    def name(self, style_id: str | None) -> str | None:
        chain = self.chain(style_id)
        if not chain:
            return style_id
        name = w_val(chain[0], "name")
        return BabelFish.internal2ui(name) if name else style_id  # "heading 1" is shown as "Heading 1"

    def heading_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            name = w_val(style, "name") or ""
            if match := _HEADING_NAME.match(name):
                return int(match.group(1))
            if name.lower() == "title":
                return 0
            if (level := _UN_HEADING_STYLES.get(style.get(W + "styleId"))) is not None:
                return level
            outline = w_val(style.find(W + "pPr"), "outlineLvl")
            if outline is not None and outline.isdigit() and int(outline) < 9:
                return int(outline) + 1
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        """(numId, ilvl) a style gives its paragraphs, if any."""
        for style in self.chain(style_id):
            num_pr = _num_pr(style.find(W + "pPr"))
            if num_pr is not None:
                return w_val(num_pr, "numId"), w_val(num_pr, "ilvl")
        return None, None

    def bold(self, style_id: str | None) -> bool | None:
        for style in self.chain(style_id):
            value = _bold_value(style.find(W + "rPr"))
            if value is not None:
                return value
        return None


def _num_pr(p_pr):
    return None if p_pr is None else p_pr.find(W + "numPr")


def _bold_value(r_pr) -> bool | None:
    """True/False when the run properties set bold, None when they leave it to the style."""
    if r_pr is None or (b := r_pr.find(W + "b")) is None:
        return None
    return b.get(W + "val", "true") not in ("0", "false", "off")


def _is_skipped(node, paragraph) -> bool:
    for ancestor in node.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in _SKIPPED_CONTAINERS:
            return True
    return False


def _text_nodes(paragraph):
    """The text-bearing nodes of a paragraph, in order, without deleted or duplicated text."""
    nodes = paragraph.iter(*_TEXT_TAGS)
    if next(paragraph.iter(*_SKIPPED_CONTAINERS), None) is None:
        return list(nodes)
    return [node for node in nodes if not _is_skipped(node, paragraph)]


def _node_text(node) -> str:
    if node.tag == W + "t":
        return node.text or ""
    if node.tag == W + "tab":
        return "\t"
    if node.tag == W + "noBreakHyphen":
        return "-"
    return "\n"  # br, cr


class _DocxWalker:
    def __init__(self, document):
        self.styles = _Styles(document)
        try:
            numbering_element = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering_element = None
        self.numbering = Numbering(numbering_element)
        self.table_count = 0

    def walk(self, container) -> list[Block]:
        blocks = []
        for child in container:
            if child.tag == W + "p":
                block = self.paragraph(child)
                if block is not None:
                    blocks.append(block)
            elif child.tag == W + "tbl":
                blocks.extend(self.table(child))
            elif child.tag in (W + "sdt", W + "customXml"):  # content controls wrap ordinary body content
                content = child.find(W + "sdtContent")
                blocks.extend(self.walk(content if content is not None else child))
        return blocks

    def paragraph(self, p) -> Block | None:
        nodes = _text_nodes(p)
        text = "".join(_node_text(node) for node in nodes).strip()
        p_pr = p.find(W + "pPr")
        style_id = w_val(p_pr, "pStyle") or self.styles.default_paragraph
        marker, ilvl = self._marker(p_pr, style_id)
        if not text:
            return None  # empty paragraphs are spacing; numbered ones still advanced the count
        heading = self._heading_level(p_pr, style_id)
        style_name = self.styles.name(style_id)
        if heading is not None:
            kind, level = "heading", heading
        elif marker is not None or _LIST_STYLE.search(style_name or ""):
            kind, level = "list_item", ilvl
        else:
            kind, level = "paragraph", None
        bold = self._all_bold(nodes, style_id)
        return Block(text=text, kind=kind, level=level, bold=bold, style=style_name, marker=marker)

    def _heading_level(self, p_pr, style_id) -> int | None:
        outline = w_val(p_pr, "outlineLvl")
        if outline is not None and outline.isdigit() and int(outline) < 9:
            return int(outline) + 1
        return self.styles.heading_level(style_id)

    def _marker(self, p_pr, style_id) -> tuple[str | None, int]:
        num_pr = _num_pr(p_pr)
        num_id, ilvl = (w_val(num_pr, "numId"), w_val(num_pr, "ilvl")) if num_pr is not None else (None, None)
        if num_id is None:
            num_id, style_ilvl = self.styles.numbering(style_id)
            ilvl = ilvl if ilvl is not None else style_ilvl
        level = int(ilvl) if ilvl and ilvl.isdigit() else 0
        if not self.numbering.is_list(num_id):
            return None, level
        return self.numbering.next_marker(num_id, level), level

    def _all_bold(self, nodes, style_id) -> bool:
        """True when every run that carries text is bold (directly, by its character style or the paragraph's)."""
        paragraph_bold = bool(self.styles.bold(style_id))
        runs = {
            id(node.getparent()): node.getparent()
            for node in nodes
            if node.tag == W + "t" and (node.text or "").strip()
        }
        if not runs:
            return False
        return all(self._run_bold(run, paragraph_bold) for run in runs.values())

    def _run_bold(self, run, paragraph_bold: bool) -> bool:
        r_pr = run.find(W + "rPr")
        direct = _bold_value(r_pr)
        if direct is not None:
            return direct
        character_style = self.styles.bold(w_val(r_pr, "rStyle"))
        return character_style if character_style is not None else paragraph_bold

    def table(self, tbl) -> list[Block]:
        table_index = self.table_count
        self.table_count += 1
        blocks = []
        for row_index, tr in enumerate(tbl.findall(W + "tr")):
            column = 0
            for tc in tr.findall(W + "tc"):
                tc_pr = tc.find(W + "tcPr")
                span = int(w_val(tc_pr, "gridSpan") or 1)
                v_merge = None if tc_pr is None else tc_pr.find(W + "vMerge")
                continues_above = v_merge is not None and v_merge.get(W + "val", "continue") == "continue"
                if not continues_above:  # a vertically merged cell is reported once, in its first row
                    blocks.append(self.cell(tc, (table_index, row_index, column)))
                column += span
        return blocks

    def cell(self, tc, position: tuple[int, int, int]) -> Block:
        texts, all_nodes = [], []
        for p in tc.iter(W + "p"):
            nodes = _text_nodes(p)
            all_nodes.extend(nodes)
            text = "".join(_node_text(node) for node in nodes).strip()
            if text:
                texts.append(text)
        first_p = tc.find(W + "p")
        style_id = w_val(first_p.find(W + "pPr") if first_p is not None else None, "pStyle")
        bold = self._all_bold(all_nodes, style_id or self.styles.default_paragraph)
        return Block(text="\n".join(texts), kind="table_cell", bold=bold, table=position)


def read_docx(data: bytes, source: str) -> ExtractedText:
    document = _open(data, source)
    try:
        walker = _DocxWalker(document)
        blocks = _page_header_blocks(document, walker) + walker.walk(document.element.body)
    except (KeyError, ValueError) as error:
        raise InputError(source, f"is not a valid DOCX ({error})") from None
    return ExtractedText.from_blocks(source, "docx", blocks)


def _page_header_blocks(document, walker: _DocxWalker) -> list[Block]:
    """Page header lines, once each, as "furniture" blocks before the body.

    OHCHR's thematic lists say whose review they are only in the page header
    ("UPR of <State> (2nd Cycle – 20th session)"); parsers that want the body alone skip furniture.
    """
    texts: list[str] = []
    for section in document.sections:
        for header in (section.first_page_header, section.header):
            if header.is_linked_to_previous:
                continue
            for p in header._element.iter(W + "p"):
                text = "".join(_node_text(node) for node in _text_nodes(p)).strip()
                if text and text not in texts:
                    texts.append(text)
    return [Block(text=text, kind="furniture") for text in texts]
