"""Facts on a WG report's cover: symbol, UPR session, State under review, year, cycle."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from uprmonitor.structure.sessions import cycle_of_session
from uprmonitor.structure.states import canonical_state, find_states
from uprmonitor.structure.wg_languages import OTHER_LANGUAGES, title_language

_SYMBOL = re.compile(r"A/HRC/\s?(\d{1,2})/(\d{1,3})(?!\s?/\s?Add)(?![\d/])")
_WG_SYMBOL = re.compile(r"A/HRC/WG\.\s?6/(\d{1,2})/")
_DRAFT_SYMBOL = re.compile(r"A/HRC/WG\.\s?6/\d{1,2}/L\.\s?\d+")
_TITLE = re.compile(
    r"Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review\W*", re.I
)
_REVIEW_OF = re.compile(r"\breview\s+of\s+(?:the\s+)?(.{3,80}?)\s+(?:was\s+held|took\s+place)", re.I | re.S)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_HELD_SESSION = re.compile(
    rf"held\s+its\s+([a-z-]+(?:\s+[a-z-]+)?)\s+session\b[^.]*?\b(?:{_MONTHS})\s+(20\d\d)", re.I | re.S
)
_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+(20\d\d)\b")

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50}


def ordinal_number(words: str) -> int | None:
    """'first' -> 1, 'twenty-second' -> 22, 'fortieth' -> 40; None for anything else."""
    words = words.lower().replace(" ", "-")
    if words in _UNITS:
        return _UNITS.index(words) + 1
    if words in _TEENS:
        return _TEENS.index(words) + 10
    for stem, tens in _TENS.items():
        if words == f"{stem}ieth":
            return tens
        if words.startswith(f"{stem}y-") and words[len(stem) + 2 :] in _UNITS:
            return tens + _UNITS.index(words[len(stem) + 2 :]) + 1
    return None


def _titles(text: str):
    """Every WG-report title on the cover, in any of the six languages, in order."""
    matches = [*_TITLE.finditer(text), *(m for w in OTHER_LANGUAGES.values() for m in w.title.finditer(text))]
    return sorted(matches, key=lambda match: match.start())


def _state_after_title(text: str) -> str | None:
    for match in _titles(text[:20000]):
        tail = text[match.end() : match.end() + 200]
        tail = re.sub(
            r"^[\s*\u2020\u2021.]*(?:\*\s*[^\n]*\n)?", "", tail
        )  # footnote mark line under the title
        for line in tail.splitlines():
            line = line.strip(" .*\t")
            if not line:
                continue
            state = canonical_state(line) or next(iter(find_states(line)), None)
            if state:
                return state
            break
    return None


def _state_under_review(text: str) -> str | None:
    state = _state_after_title(text)
    if state:
        return state
    match = _REVIEW_OF.search(text[:20000])
    if match:
        return canonical_state(match.group(1)) or next(iter(find_states(match.group(1))), None)
    return None


def _session(text: str) -> int | None:
    """The UPR WG session: the number most symbols A/HRC/WG.6/N/... carry, else 'held its Nth session'."""
    counts = Counter(int(n) for n in _WG_SYMBOL.findall(text))
    if counts:
        return counts.most_common(1)[0][0]
    match = _HELD_SESSION.search(text[:20000])
    return ordinal_number(match.group(1)) if match else None


def _year(text: str, english: bool = True) -> int | None:
    """The year the review was held in, else the year of the first date on the cover."""
    match = _HELD_SESSION.search(text[:20000])
    if match:
        return int(match.group(2))
    match = _DATE.search(text[:5000])
    if match:
        return int(match.group(1))
    if english:
        return None
    # Other languages write dates their own way ("2 de julio de 2024", "2 juillet 2024", "2024年7月2日"): the
    # date of issue stands above the title, a few weeks after the review.
    titles = _titles(text[:5000])
    match = re.search(r"(?<!\d)(20\d\d)(?!\d)", text[: titles[0].start()]) if titles else None
    return int(match.group(1)) if match else None


def _symbol(text: str) -> str | None:
    head = text[:5000]
    match = _SYMBOL.search(head)
    if match:
        return f"A/HRC/{match.group(1)}/{match.group(2)}"
    match = _DRAFT_SYMBOL.search(head)
    return re.sub(r"\s", "", match.group(0)) if match else None


def _state_from_file_name(source: str) -> str | None:
    """'Denmark - Draft report circulated on 11 May 2026.docx' -> Denmark (drafts may carry no cover page)."""
    name = PurePath(source).stem.replace("_", " ")
    return next(iter(find_states(name)), None)


def report_metadata(text: str, source: str = "") -> dict:
    """Metadata keys found in the report: symbol, session, cycle, state_under_review, year, language.

    The State under review comes from the report itself; only a report that never names it (a draft that
    circulates the list of recommendations alone) takes it from its file name.
    """
    session = _session(text)
    language = "en" if _TITLE.search(text[:20000]) else title_language(text[:20000])
    found = {
        "symbol": _symbol(text),
        "session": session,
        "cycle": cycle_of_session(session),
        "state_under_review": _state_under_review(text) or _state_from_file_name(source),
        "year": _year(text, english=language in (None, "en")),
        "language": language,
    }
    return {key: value for key, value in found.items() if value is not None}
