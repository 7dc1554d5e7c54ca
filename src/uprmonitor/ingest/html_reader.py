"""HTML (and rendered Markdown) through BeautifulSoup with the lxml parser.

Headings, list items, paragraphs and table cells become Blocks; loose text directly inside a
container (a <div> with text and no <p>) becomes a paragraph of its own.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from uprmonitor.ingest.docx_numbering import format_number
from uprmonitor.model import Block, ExtractedText

SKIPPED_TAGS = {"script", "style", "nav", "noscript", "template", "head", "svg", "iframe", "button", "select"}
HEADINGS = {f"h{n}": n for n in range(1, 7)}
LEAF_BLOCKS = {"p", "pre", "dt", "dd", "caption", "figcaption", "address", "summary"}
CONTAINERS = {
    "html", "body", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
    "figure", "details", "fieldset", "dl", "center", "hgroup", "form",
}  # fmt: skip
LISTS = {"ul", "ol"}
BLOCK_TAGS = SKIPPED_TAGS | set(HEADINGS) | LEAF_BLOCKS | CONTAINERS | LISTS | {"table", "li", "hr"}
# Block elements nested inside a list item or a table cell start a new line of its text.
_LINE_BLOCKS = LEAF_BLOCKS | CONTAINERS | set(HEADINGS) | {"li", "tr", "table"}
BOLD_TAGS = {"b", "strong"}
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
_LINE_BREAK = "\u2028"  # stands for <br> while source newlines are collapsed like spaces
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


def _strings(node: Tag, exclude: set[str] = frozenset()) -> list[NavigableString]:
    """Text nodes under `node`, skipping invisible elements and the subtrees named in `exclude`."""
    found = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, _NOT_TEXT):
                found.append(child)
        elif isinstance(child, Tag) and child.name not in SKIPPED_TAGS and child.name not in exclude:
            if child.name == "br":
                found.append(NavigableString(_LINE_BREAK))
            elif child.name in _LINE_BLOCKS:
                found.extend(
                    [NavigableString(_LINE_BREAK), *_strings(child, exclude), NavigableString(_LINE_BREAK)]
                )
            else:
                found.extend(_strings(child, exclude))
    return found


def _clean(strings: list[NavigableString], keep_lines: bool = False) -> str:
    """Collapse whitespace as a browser does; <br> line breaks survive (all lines survive in <pre>)."""
    raw = "".join(strings)
    if keep_lines:
        raw = raw.replace(_LINE_BREAK, "\n")
        return "\n".join(line.rstrip() for line in raw.strip("\n").split("\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in raw.split(_LINE_BREAK)]
    return "\n".join(line for line in lines if line)


def _is_bold(strings: list[NavigableString]) -> bool:
    """True when every visible piece of text sits inside <b> or <strong>."""
    visible = [s for s in strings if s.strip() and s.parent is not None]
    return bool(visible) and all(s.find_parent(BOLD_TAGS) is not None for s in visible)


class _HtmlWalker:
    def __init__(self):
        self.blocks: list[Block] = []
        self.table_count = 0

    def emit(self, strings, kind: str, tag: str, **fields) -> None:
        text = _clean(strings, keep_lines=tag == "pre")
        if text:
            self.blocks.append(Block(text=text, kind=kind, style=tag, bold=_is_bold(strings), **fields))

    def walk(self, node: Tag) -> None:
        """Visit a container: block children become Blocks, runs of inline content become paragraphs."""
        inline: list[NavigableString] = []
        for child in node.children:
            if isinstance(child, Tag) and self._is_block(child):
                self.emit(inline, "paragraph", node.name)
                inline = []
                self.block(child)
            elif isinstance(child, Tag):
                if child.name not in SKIPPED_TAGS:
                    inline.extend([NavigableString(_LINE_BREAK)] if child.name == "br" else _strings(child))
            elif not isinstance(child, _NOT_TEXT):
                inline.append(child)
        self.emit(inline, "paragraph", node.name)

    @staticmethod
    def _is_block(tag: Tag) -> bool:
        return tag.name in BLOCK_TAGS

    def block(self, tag: Tag) -> None:
        name = tag.name
        if name in SKIPPED_TAGS or name == "hr":
            return
        if name in HEADINGS:
            self.emit(_strings(tag), "heading", name, level=HEADINGS[name])
        elif name in LEAF_BLOCKS:
            self.emit(_strings(tag), "paragraph", name)
        elif name in LISTS:
            self.list_block(tag, depth=0)
        elif name == "li":
            self.item(tag, marker="•", depth=0)
        elif name == "table":
            self.table(tag)
        else:
            self.walk(tag)

    def list_block(self, tag: Tag, depth: int) -> None:
        ordered = tag.name == "ol"
        number_format = _OL_TYPES.get(tag.get("type", "1"), "decimal")
        number = _int(tag.get("start"), 1)
        for child in tag.find_all(True, recursive=False):
            if child.name == "li":
                number = _int(child.get("value"), number)
                marker = f"{format_number(number, number_format)}." if ordered else "•"
                self.item(child, marker, depth)
                number += 1
            elif child.name in LISTS:  # a list straight inside a list: invalid HTML, but common
                self.list_block(child, depth + 1)

    def item(self, item: Tag, marker: str, depth: int) -> None:
        self.emit(_strings(item, exclude=LISTS), "list_item", "li", level=depth, marker=marker)
        for nested in item.find_all(LISTS):
            if nested.find_parent("li") is item:  # only lists that belong to this item, not deeper ones
                self.list_block(nested, depth + 1)

    def table(self, table: Tag) -> None:
        table_index = self.table_count
        self.table_count += 1
        rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
        for row_index, row in enumerate(rows):
            column = 0
            for cell in row.find_all(["td", "th"], recursive=False):
                self.emit(_strings(cell), "table_cell", cell.name, table=(table_index, row_index, column))
                column += _int(cell.get("colspan"), 1)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def blocks_from_html(markup: str | bytes) -> tuple[list[Block], str | None]:
    """Blocks of an HTML document, and the encoding BeautifulSoup found when given bytes."""
    soup = BeautifulSoup(markup, "lxml")
    walker = _HtmlWalker()
    root = soup.body or soup
    walker.walk(root)
    return walker.blocks, getattr(soup, "original_encoding", None)


def read_html(data: bytes, source: str) -> ExtractedText:
    blocks, encoding = blocks_from_html(data)
    return ExtractedText.from_blocks(source, "html", blocks, encoding=encoding)
