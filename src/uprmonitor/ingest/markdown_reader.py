"""Markdown: rendered to HTML by markdown-it-py (CommonMark + tables), then read as HTML."""

from __future__ import annotations

from markdown_it import MarkdownIt

from uprmonitor.ingest.html_reader import blocks_from_html
from uprmonitor.model import ExtractedText

# Raw HTML inside Markdown is passed through so that the HTML reader sees it like a browser would.
_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table")


def read_markdown(text: str, source: str, encoding: str | None = None) -> ExtractedText:
    blocks, _ = blocks_from_html(_MARKDOWN.render(text))
    return ExtractedText.from_blocks(source, "md", blocks, encoding=encoding)
