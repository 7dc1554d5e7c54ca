"""Decide what a file is from its first bytes (its content), and only then from its extension.

Users rename files, e-mail gateways add ".txt", and UN downloads come with odd names, so the
extension is the weaker signal: a PDF called "report.txt" is still read as a PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

PDF_MAGIC = b"%PDF"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls / .msg
RTF_MAGIC = b"{\\rtf"
# Other well-known binary formats, named in the error so the user knows what they gave us.
OTHER_BINARY_MAGICS = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
}

# PDF readers accept up to 1 KB of junk before the header, so look for it there.
_PDF_HEADER_WINDOW = 1024
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)

MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}


def binary_kind(data: bytes) -> str | None:
    """'pdf', 'zip', 'ole2', 'rtf' or a description of another binary format; None when it may be text."""
    if PDF_MAGIC in data[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_MAGICS):
        return "zip"
    if data.startswith(OLE2_MAGIC):
        return "ole2"
    if data.startswith(RTF_MAGIC):
        return "rtf"
    for magic, description in OTHER_BINARY_MAGICS.items():
        if data.startswith(magic):
            return description
    return None


def text_format(text: str, path: Path) -> str:
    """'html', 'md' or 'txt' for content that decoded as text."""
    if _HTML_START.match(text[:4096]):
        return "html"
    suffix = path.suffix.lower()
    if suffix in HTML_EXTENSIONS and "<" in text:
        return "html"
    if suffix in MARKDOWN_EXTENSIONS:
        return "md"
    return "txt"
