"""The text a WG report parser reads: the reader's blocks without page furniture, with a map back to the source.

PDF and text extractions interleave running headers ("A/HRC/28/10"), footers ("GE.14-12345") and page numbers
with the wrapped lines of a recommendation. Dropping them before any pattern matching keeps a recommendation
that crosses a page break in one piece. DOCX drafts number their paragraphs with Word auto-numbering, which the
reader puts in `block.marker`; the marker is written in front of the text so every format reads alike.
Every character of the flow remembers its offset in `ExtractedText.text`, so spans found here point back to
the exact source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from uprmonitor.model import Block, ExtractedText

_FURNITURE = [
    re.compile(r"A/HRC/\s?\d+/\d+(?:/Add\.\s?\d+)?(?:\s+Page\s+\d+)?"),  # running header
    re.compile(r"(?:Page\s+)?\d{1,3}"),  # page number alone (numbered paragraphs always carry a dot)
    re.compile(r"GE\.\s?\d{2}[-\u2013]\d{4,6}.*"),  # job-number footer
    re.compile(r"\*\s?\d{6,8}\s?\*"),  # bar-code footer
]
_NUMBERED_MARKER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")


@dataclass
class Flow:
    text: str
    origin: list[int]  # origin[i]: offset in ExtractedText.text of flow character i
    line_starts: list[int] = field(default_factory=list)
    line_pages: list[int | None] = field(default_factory=list)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ExtractedText.text of the flow characters start..end (end exclusive)."""
        return self.origin[start], self.origin[max(start, end - 1)] + 1

    def page_at(self, position: int) -> int | None:
        index = bisect_right(self.line_starts, position) - 1
        return self.line_pages[index] if index >= 0 else None


def is_furniture(block: Block) -> bool:
    """A header, footer or page number line of a paginated text (never a paragraph of a DOCX/HTML)."""
    if block.kind == "furniture":  # the reader marked it (read_document(..., keep_furniture=True))
        return True
    if block.kind != "line":
        return False
    text = block.text.strip()
    return bool(text) and any(pattern.fullmatch(text) for pattern in _FURNITURE)


def _displayed_text(block: Block) -> tuple[str, int]:
    """The block's text with its auto-numbering in front when the text lacks it; and the prefix length."""
    marker = (block.marker or "").strip()
    if marker and _NUMBERED_MARKER.fullmatch(marker) and not block.text.lstrip().startswith(marker):
        prefix = marker + " "
        return prefix + block.text, len(prefix)
    return block.text, 0


def build_flow(extracted: ExtractedText) -> Flow:
    parts: list[str] = []
    origin: list[int] = []
    flow = Flow(text="", origin=origin)
    position = 0
    for block in extracted.blocks:
        if is_furniture(block):
            continue
        text, prefix = _displayed_text(block)
        flow.line_starts.append(position)
        flow.line_pages.append(block.page)
        origin.extend([block.start] * prefix)
        origin.extend(range(block.start, block.start + len(text) - prefix))
        origin.append(block.start + len(text) - prefix)  # the joining newline maps to the block's end
        parts.append(text)
        position += len(text) + 1
    flow.text = "\n".join(parts)
    if not origin:
        origin.append(0)
    return flow
