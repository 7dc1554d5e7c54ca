"""PDF files through pypdfium2: one Block per text line, with its 1-based page number."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from uprmonitor.errors import InputError
from uprmonitor.ingest.furniture import find_furniture
from uprmonitor.model import Block, ExtractedText

# PDFium reports a hyphen that a layout program hyphenated ("non-governmental") as U+FFFE.
_PDFIUM_HYPHEN = "\ufffe"
# Symbol and Wingdings fonts put their glyphs in the Private Use Area (U+F020-U+F0FF); their
# bullets are the ones that matter in UPR documents, the rest is the font's ASCII.
_SYMBOL_BULLETS = {0xF0B7, 0xF0A7, 0xF0A8, 0xF0D8, 0xF0FC, 0xF06E, 0xF071, 0xF076}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _symbol_char(code: int) -> str:
    if code in _SYMBOL_BULLETS:
        return "•"
    if 0xF020 <= code <= 0xF07E:
        return chr(code - 0xF000)
    return chr(code)


_SYMBOL_FONT_MAP = {code: _symbol_char(code) for code in range(0xF020, 0xF100)}


def clean_line(line: str) -> str:
    """Printable text: PDFium hyphens and symbol-font glyphs mapped, control characters and form feeds gone."""
    line = line.replace(_PDFIUM_HYPHEN, "-").translate(_SYMBOL_FONT_MAP)
    return _CONTROL.sub("", line).strip()


def _open(data: bytes, source: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(source, "is encrypted (password-protected); cannot read it") from None
        raise InputError(source, f"is not a readable PDF ({error})") from None


def _page_lines(pdf: pdfium.PdfDocument, source: str) -> list[list[str]]:
    """The raw text lines of every page, in the order PDFium reads them."""
    pages = []
    for index in range(len(pdf)):
        try:
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
        except pdfium.PdfiumError as error:
            raise InputError(source, f"is not a readable PDF (page {index + 1}: {error})") from None
        pages.append(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return pages


def read_pdf(data: bytes, source: str, *, keep_furniture: bool = False) -> ExtractedText:
    """Lines of every page; running headers, footers and page numbers dropped (or marked "furniture")."""
    pdf = _open(data, source)
    try:
        if len(pdf) == 0:
            raise InputError(source, "is not a readable PDF (it has no pages)")
        pages = _page_lines(pdf, source)
    finally:
        pdf.close()
    if not any(line.strip() for lines in pages for line in lines):
        raise InputError(source, "has no text layer (scanned image?); run OCR first")
    blocks = _blocks(pages, keep_furniture)
    return ExtractedText.from_blocks(source, "pdf", blocks, pages=len(pages))


def _blocks(pages: list[list[str]], keep_furniture: bool) -> list[Block]:
    blocks = []
    for page_number, (lines, furniture) in enumerate(zip(pages, find_furniture(pages), strict=True), start=1):
        for index, raw in enumerate(lines):
            is_furniture = index in furniture
            if is_furniture and not keep_furniture:
                continue
            kind = "furniture" if is_furniture else "line"
            blocks.append(Block(text=clean_line(raw), kind=kind, page=page_number))
    return blocks
