"""Plain-text files: find the encoding, then one Block per line.

Real UN report texts come in Mac Roman with CR line ends, NGO texts in cp1252 or UTF-8, some
exports in UTF-16, so the encoding is detected, never assumed.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

import charset_normalizer

from uprmonitor.model import Block, ExtractedText

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Mac Roman puts its curly quotes at 0xD2-0xD5 (“ ” ‘ ’). Read as cp1252/Latin-1 these bytes are
# capital letters with accents (Ò Ó Ô Õ), which do not sit inside lowercase words or right after
# them, so quotes in that position are strong evidence of Mac Roman.
_MAC_ROMAN_QUOTES = re.compile(rb"[a-z][\xd3\xd5]|[\xd2\xd4][A-Za-z]")
# The cp1252 curly quotes (0x91-0x94) in the same positions: evidence for Windows text instead.
_WINDOWS_QUOTES = re.compile(rb"[a-z][\x92\x94]|[\x91\x93][A-Za-z]")
# Control characters that do not occur in real text (tab, newlines and form feed are fine).
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_MAX_BAD_SHARE = 0.05


class NotText(ValueError):
    """The bytes do not decode to anything that looks like text."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of a text file, or raise NotText."""
    text, encoding = _decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise NotText(encoding)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding.removesuffix("-sig")
    if (utf16 := _utf16_without_bom(data)) is not None:
        return utf16  # before UTF-8: ASCII in UTF-16 is also valid UTF-8, full of NULs
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_mac_roman(data):
        return data.decode("mac_roman"), "mac_roman"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise NotText("no text encoding fits")
    return str(best), _common_name(data, str(best), best.encoding)


def _common_name(data: bytes, text: str, guess: str) -> str:
    """Name cp1252 when it gives the very same text as the guess (cp1250, latin-1... agree on most bytes)."""
    try:
        return "cp1252" if guess != "cp1252" and data.decode("cp1252") == text else guess
    except UnicodeDecodeError:
        return guess


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: NUL bytes, and the high bytes of the code units drawn from a few values.

    Text in one script keeps its high bytes in a handful of values (0x00 for Latin, 0x04 for
    Cyrillic, 0x06 for Arabic); random binary data spreads them over all 256.
    """
    if b"\x00" not in data[:4096] or len(data) % 2:
        return None
    for encoding, high_bytes in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        common = sum(count for _, count in Counter(high_bytes[:65536]).most_common(4))
        if common < 0.9 * len(high_bytes[:65536]):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text, encoding
    return None


def _looks_mac_roman(data: bytes) -> bool:
    """Classic-Mac text: CR-only line ends with non-ASCII bytes, or Mac Roman curly quotes."""
    has_high_bytes = any(byte >= 0x80 for byte in data)
    cr_only = b"\r" in data and b"\n" not in data
    if cr_only and has_high_bytes:
        return True
    mac_quotes = len(_MAC_ROMAN_QUOTES.findall(data))
    return mac_quotes >= 2 and mac_quotes > len(_WINDOWS_QUOTES.findall(data))


def _looks_binary(text: str) -> bool:
    if "\x00" in text[:4096]:
        return True
    sample = text[:65536]
    return len(_BAD_CONTROL.findall(sample)) > _MAX_BAD_SHARE * max(len(sample), 1)


def split_lines(text: str) -> list[str]:
    """Lines with CR / CRLF line ends normalised and trailing spaces removed; a final newline adds no line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip(" \t") for line in lines]


def read_text(text: str, source: str, encoding: str | None = None) -> ExtractedText:
    """One Block per line, blank lines kept; form feeds (pdftotext page breaks) give page numbers."""
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last one included, with a form feed
    blocks = []
    for number, page_text in enumerate(pages, start=1):
        page = number if len(pages) > 1 else None
        blocks.extend(Block(text=line, kind="line", page=page) for line in split_lines(page_text))
    page_count = len(pages) if len(pages) > 1 else None
    return ExtractedText.from_blocks(source, "txt", blocks, pages=page_count, encoding=encoding)
