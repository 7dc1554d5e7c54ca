"""Readers: turn a file (TXT, PDF, DOCX, HTML, Markdown) into an `ExtractedText` of `Block`s.

`read_document` checks the file, decides its format from its content (magic bytes) before its
extension, and hands it to the reader for that format. Every problem with the input is raised as
an `InputError` whose one-line message names the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from uprmonitor.errors import InputError, UPRError
from uprmonitor.ingest import sniff
from uprmonitor.ingest.docx_reader import read_docx
from uprmonitor.ingest.html_reader import read_html
from uprmonitor.ingest.markdown_reader import read_markdown
from uprmonitor.ingest.pdf_reader import read_pdf
from uprmonitor.ingest.text_reader import NotText, decode_bytes, read_text
from uprmonitor.model import ExtractedText

__all__ = ["DEFAULT_MAX_BYTES", "MAX_BYTES_ENV", "read_document", "max_file_bytes"]

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * MIB
MAX_BYTES_ENV = "UPR_MAX_FILE_BYTES"
_BINARY = "is not a text, PDF, DOCX or HTML document (binary data)"


def max_file_bytes() -> int:
    """The size limit: UPR_MAX_FILE_BYTES when set, else 50 MiB."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(value)
    except ValueError:
        raise UPRError(f"{MAX_BYTES_ENV} must be a whole number of bytes, not {value!r}") from None
    if limit <= 0:
        raise UPRError(f"{MAX_BYTES_ENV} must be positive, not {value!r}")
    return limit


def _size(n: int) -> str:
    """Sizes in MB as the user thinks of them; small limits (tests, tight configs) in KB or bytes."""
    if n >= MIB:
        return f"{n / MIB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def _read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(source, "file not found")
    if path.is_dir():
        raise InputError(source, "is a directory, not a document")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            source, f"is {_size(size)}, over the limit of {_size(max_bytes)} (set {MAX_BYTES_ENV})"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise InputError(source, "is empty")
    return data


def read_document(
    path: str | Path, *, max_bytes: int | None = None, keep_furniture: bool = False
) -> ExtractedText:
    """Read a UPR document of any supported format.

    `max_bytes` defaults to UPR_MAX_FILE_BYTES or 50 MiB. `keep_furniture` keeps PDF running
    headers, footers and page numbers as Blocks of kind "furniture" instead of dropping them.
    """
    source = str(path)
    path = Path(path)
    data = _read_bytes(path, source, max_bytes if max_bytes is not None else max_file_bytes())
    kind = sniff.binary_kind(data)
    if kind == "pdf":
        return read_pdf(data, source, keep_furniture=keep_furniture)
    if kind == "zip":
        return read_docx(data, source)
    if kind == "ole2":
        raise InputError(
            source, "is a legacy Word .doc (OLE2) file, which is not supported; save it as DOCX or PDF"
        )
    if kind == "rtf":
        raise InputError(source, "is an RTF document, which is not supported; save it as DOCX or PDF")
    if kind is not None:
        raise InputError(source, f"is not a text, PDF, DOCX or HTML document ({kind})")
    return _read_text_like(data, path, source)


def _read_text_like(data: bytes, path: Path, source: str) -> ExtractedText:
    """Text, HTML or Markdown; garbage named after a binary format gets that format's complaint."""
    try:
        text, encoding = decode_bytes(data)
    except NotText:
        raise InputError(source, _binary_problem(path)) from None
    if not text.strip():
        raise InputError(source, "is empty")
    format_name = sniff.text_format(text, path)
    if format_name == "html":
        return read_html(data, source)
    if format_name == "md":
        return read_markdown(text, source, encoding)
    return read_text(text, source, encoding)


def _binary_problem(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "is not a readable PDF (no PDF header; binary data)"
    if suffix == ".docx":
        return "is not a valid DOCX (not a zip archive; binary data)"
    return _BINARY
