"""Write test documents in code: text in any encoding, PDF, DOCX, HTML, Markdown, and broken files.

Every test in the project builds its own documents with these helpers (never copies from real
data). Each writer takes the target path, writes the file and returns the path.

    write_text(path, "line one\\nline two", encoding="cp1252")
    write_pdf(path, [["Page one, line one", ("heading", "A heading")], ["Page two"]])
    write_docx(path, [("Heading 1", "Recommendations"), ("List Number", "Ratify the Convention"),
                      [["State", "Position"], ["Chile", "Supported"]]])
    write_html(path, "<h1>Title</h1><p>Text</p>")
"""

from __future__ import annotations

import codecs
import io
import random
import struct
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from uprmonitor.model import Block, ExtractedText

# --------------------------------------------------------------------------------------- text

_BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def write_text(
    path: str | Path, text: str, encoding: str = "utf-8", *, bom: bool = False, newline: str = "\n"
) -> Path:
    """Write `text` with its "\\n" line ends replaced by `newline` ("\\r" for classic Mac, "\\r\\n")."""
    path = Path(path)
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = _BOMS[encoding.lower()] + data
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------- PDF

PdfLine = str | tuple[str, str]  # "text", or (style, text) with style "bold" or "heading"
_LINE_HEIGHT = 14
_TOP_MARGIN = 60
_LEFT_MARGIN = 72


def _draw_line(pdf: canvas.Canvas, line: PdfLine, y: float) -> float:
    style, text = line if isinstance(line, tuple) else ("normal", line)
    font, size = {"bold": ("Helvetica-Bold", 11), "heading": ("Helvetica-Bold", 14)}.get(
        style, ("Helvetica", 11)
    )
    pdf.setFont(font, size)
    pdf.drawString(_LEFT_MARGIN, y, text)
    return y - (_LINE_HEIGHT + (size - 11))


def write_pdf(
    path: str | Path,
    pages: list[list[PdfLine]],
    *,
    header: str | None = None,
    footer: str | None = None,
    encrypt: str | None = None,
) -> Path:
    """One PDF page per list of lines, drawn top to bottom.

    `header` / `footer` are printed on every page, with "{page}" replaced by the page number
    (to test running-header removal). `encrypt` sets a user password: the PDF cannot be opened
    without it.
    """
    path = Path(path)
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        y = height - _TOP_MARGIN
        if header is not None:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(_LEFT_MARGIN, height - 30, header.format(page=number))
        for line in lines:
            y = _draw_line(pdf, line, y)
        if footer is not None:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(_LEFT_MARGIN, 30, footer.format(page=number))
        pdf.showPage()
    pdf.save()
    return path


def write_image_only_pdf(path: str | Path, pages: int = 1) -> Path:
    """A PDF whose pages hold only drawn shapes and no text at all, like a scan without OCR."""
    path = Path(path)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        pdf.setFillGray(0.6)
        pdf.rect(72, 400, 300, 200, fill=1)
        pdf.line(72, 380, 372, 380)
        pdf.showPage()
    pdf.save()
    return path


def write_corrupt_pdf(path: str | Path) -> Path:
    """Starts like a PDF, then is garbage: no objects, no cross-reference table."""
    path = Path(path)
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(random.Random(7).randbytes(2048)))
    return path


# --------------------------------------------------------------------------------------- DOCX

DocxItem = str | tuple | list  # "text" | (style, text) | (style, text, options) | [[cell, ...], ...] table


def _set_numbering(paragraph, num_id: int, ilvl: int) -> None:
    num_pr = OxmlElement("w:numPr")
    ilvl_element = OxmlElement("w:ilvl")
    ilvl_element.set(qn("w:val"), str(ilvl))
    num_id_element = OxmlElement("w:numId")
    num_id_element.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl_element)
    num_pr.append(num_id_element)
    paragraph._p.get_or_add_pPr().append(num_pr)


def _child(tag: str, **attributes) -> OxmlElement:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), str(value))
    return element


def add_numbering(document, levels: list[tuple[str, str, int]]) -> int:
    """Define a list in numbering.xml and return its numId.

    `levels` gives, per level (ilvl 0, 1, ...), (numFmt, lvlText, start), e.g. a UN Working Group
    report's recommendations: [("decimal", "%1.", 118), ("decimal", "%1.%2", 1)].
    """
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=-1) + 1, max(num_ids, default=0) + 1
    abstract = _child("w:abstractNum", abstractNumId=abstract_id)
    for ilvl, (number_format, text, start) in enumerate(levels):
        level = _child("w:lvl", ilvl=ilvl)
        level.append(_child("w:start", val=start))
        level.append(_child("w:numFmt", val=number_format))
        level.append(_child("w:lvlText", val=text))
        abstract.append(level)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before the nums
    else:
        numbering.append(abstract)
    num = _child("w:num", numId=num_id)
    num.append(_child("w:abstractNumId", val=abstract_id))
    numbering.append(num)
    return num_id


def _add_paragraph(document, style: str, text: str, options: dict, lists: dict[str, int]) -> None:
    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(text)
    if options.get("bold"):
        run.bold = True
    if "list" in options:
        _set_numbering(paragraph, lists[options["list"]], options.get("ilvl", 0))


def _add_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def write_docx(
    path: str | Path,
    content: list[DocxItem],
    *,
    lists: dict[str, list[tuple[str, str, int]]] | None = None,
) -> Path:
    """A DOCX built with python-docx's default template, in the order of `content`.

    Items: "text" (Normal paragraph); (style, text) with any built-in style ("Title",
    "Heading 1".."Heading 9", "List Number", "List Bullet", "List Number 2"...); (style, text,
    options) where options may hold "bold": True and "list": name, "ilvl": n to number the
    paragraph with a list defined in `lists` (see add_numbering); a list of rows (lists of cell
    texts) makes a table.
    """
    path = Path(path)
    document = docx.Document()
    list_ids = {name: add_numbering(document, levels) for name, levels in (lists or {}).items()}
    for item in content:
        if isinstance(item, list):
            _add_table(document, item)
        elif isinstance(item, str):
            _add_paragraph(document, "Normal", item, {}, list_ids)
        else:
            style, text, *rest = item
            _add_paragraph(document, style, text, rest[0] if rest else {}, list_ids)
    document.save(str(path))
    return path


def write_truncated_docx(path: str | Path) -> Path:
    """A real DOCX cut in half: the zip's central directory is gone."""
    path = Path(path)
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("This document was damaged in transfer.")
    document.save(buffer)
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) // 2])
    return path


def write_zip_without_document(path: str | Path) -> Path:
    """A valid zip archive that is not a Word document (no word/document.xml)."""
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("notes/readme.txt", "Just a zip archive.")
    return path


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)


def write_docx_zip_bomb(path: str | Path, expanded_mb: int = 40, declared_mb: int | None = None) -> Path:
    """A DOCX-shaped zip whose word/document.xml expands to `expanded_mb` MB of blanks (tens of KB on disk).

    With `declared_mb`, the central directory is also patched to claim that uncompressed size,
    like a bomb that lies about its members.
    """
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=False) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(expanded_mb):
                member.write(chunk)
    if declared_mb is not None:
        _patch_declared_size(path, "word/document.xml", declared_mb * 1024 * 1024)
    return path


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    """Overwrite a member's uncompressed size in the zip's central directory."""
    data = bytearray(path.read_bytes())
    entry = data.rfind(member.encode()) - 46  # the name follows the 46-byte central directory header
    assert data[entry : entry + 4] == b"PK\x01\x02", "central directory entry not found"
    struct.pack_into("<I", data, entry + 24, min(size, 0xFFFFFFFE))
    path.write_bytes(bytes(data))


# ---------------------------------------------------------------------------- HTML and Markdown


def write_html(path: str | Path, body: str, *, title: str = "Test document", encoding: str = "utf-8") -> Path:
    """A complete HTML page around `body` (with <meta charset> so the encoding is declared)."""
    page = (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{encoding}"><title>{title}</title>'
        f"<style>p {{ margin: 0 }}</style><script>var tracking = 1;</script></head>\n<body>\n{body}\n</body></html>\n"
    )
    path = Path(path)
    path.write_bytes(page.encode(encoding))
    return path


def write_markdown(path: str | Path, text: str) -> Path:
    path = Path(path)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- other bad input


def write_garbage(path: str | Path, size: int = 4096, seed: int = 1) -> Path:
    """Random bytes (deterministic for a seed): no format at all."""
    path = Path(path)
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def write_legacy_doc(path: str | Path) -> Path:
    """Something that starts like a Word 97-2003 .doc (OLE2 compound file)."""
    path = Path(path)
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    return path


def wg_report_text(supported: list[str], noted: list[str] = (), *, state: str = "Republic of Moldova",
                   symbol: str = "A/HRC/99/12") -> str:
    """A short Working Group report: `supported` under paragraph 90, `noted` under 91, each item
    "Text (State)" as written by the caller."""
    lines = [symbol, "Report of the Working Group on the Universal Periodic Review", state,
             "II. Conclusions and/or recommendations",
             f"90. The following recommendations enjoy the support of the {state}:"]
    lines += [f"90.{number} {item};" for number, item in enumerate(supported, start=1)]
    if noted:
        lines.append(f"91. The following recommendations have been noted by the {state}:")
        lines += [f"91.{number} {item};" for number, item in enumerate(noted, start=1)]
    return "\n".join(lines) + "\n"


def extracted_from_pages(*pages: str, fmt: str = "pdf", source: str = "invented.pdf") -> ExtractedText:
    """Line blocks as a PDF reader gives them: one per line, with 1-based page numbers."""
    blocks = [
        Block(text=line, kind="line", page=number)
        for number, page in enumerate(pages, start=1)
        for line in page.strip("\n").split("\n")
    ]
    return ExtractedText.from_blocks(source, fmt, blocks, pages=len(pages))


def extracted_lines(*texts: str, source: str = "doc.txt") -> ExtractedText:
    """One text block per argument, as the plain-text reader gives them."""
    return ExtractedText.from_blocks(source, "txt", [Block(text) for text in texts])
