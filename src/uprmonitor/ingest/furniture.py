"""Find page furniture in PDF text: running headers/footers, page numbers, UN job numbers, barcodes.

UN documents repeat the symbol ("A/HRC/28/10") and the page number at the top of every page and
put the job number ("GE.14-23954 (E)") and a barcode on the first page. Left in, they land in the
middle of paragraphs that run across pages. Only lines at the top or bottom edge of a page are
ever considered, and a line counts as a running header only when it repeats on most pages.
"""

from __future__ import annotations

import re
from collections import Counter

EDGE_LINES = 3  # how many lines at the top and at the bottom of a page can be furniture
MIN_PAGES_FOR_REPEATS = 3
REPEAT_SHARE = 0.4  # a header printed on alternate (odd/even) pages still counts

_DIGITS = re.compile(r"\d+")
_JOB_NUMBER = re.compile(r"^(?:\d+\s+)?GE\.\d{2}-\d*(?:\s*\(\w\))?(?:\s+\d+)*$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?$", re.I)
_NUMBER_AT_ENDS = re.compile(r"^(\d+)\b|\b(\d+)$")
# Barcode fonts map digits to the Private Use Area; a line made only of those is a barcode.
_PRIVATE_USE_ONLY = re.compile(r"^[\ue000-\uf8ff\s]+$")


def _shape(line: str) -> str:
    """The line with every number replaced, so "A/HRC/28/10 Page 3" and "... Page 4" look alike."""
    return _DIGITS.sub("#", " ".join(line.split()))


def _edge_indexes(lines: list[str]) -> list[int]:
    """Indexes of the first and last non-blank lines of a page (the only furniture candidates)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _is_always_furniture(line: str) -> bool:
    text = " ".join(line.split())
    return bool(_JOB_NUMBER.match(text) or _PRIVATE_USE_ONLY.match(text))


def _repeated(pages: list[list[str]], key) -> set[str]:
    """Keys (exact text or shape) of edge lines found on at least REPEAT_SHARE of the pages."""
    if len(pages) < MIN_PAGES_FOR_REPEATS:
        return set()
    counts = Counter()
    for lines in pages:
        counts.update({key(lines[i]) for i in _edge_indexes(lines)})
    needed = max(2, REPEAT_SHARE * len(pages))
    # Bare numbers repeat too (footnote marks, table figures): those count only as their page's number.
    return {
        k for k, count in counts.items() if count >= needed and not _PAGE_NUMBER.match(k.replace("#", "0"))
    }


def _exact(line: str) -> str:
    return " ".join(line.split())


def _ends_with_page_number(line: str, page_number: int) -> bool:
    """A header whose only change from page to page is the page number, at its start or end."""
    match = _NUMBER_AT_ENDS.search(_exact(line))
    return bool(match) and int(match.group(1) or match.group(2)) == page_number


def find_furniture(pages: list[list[str]]) -> list[set[int]]:
    """For each page, the indexes of its lines that are headers, footers, page numbers or barcodes."""
    same_text, same_shape = _repeated(pages, _exact), _repeated(pages, _shape)
    furniture = []
    for page_number, lines in enumerate(pages, start=1):
        found = set()
        for i in _edge_indexes(lines):
            line = lines[i]
            if (
                _is_always_furniture(line)
                or _exact(line) in same_text
                or (_shape(line) in same_shape and _ends_with_page_number(line, page_number))
                or _is_page_number(line, page_number)
            ):
                found.add(i)
        furniture.append(found)
    return furniture


def _is_page_number(line: str, page_number: int) -> bool:
    """A bare "3" or "Page 3" that is this page's own number (other bare numbers may be content)."""
    match = _PAGE_NUMBER.match(line.strip())
    return bool(match) and int(match.group(1)) == page_number
