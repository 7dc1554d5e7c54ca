"""Which position (supported / noted / pending) the paragraph introducing a list of recommendations states."""

from __future__ import annotations

import re

# Checked in this order: "did not enjoy the support" must not be read as "enjoy the support".
_NOTED = re.compile(
    r"\b(?:did|do|does)\s+not\s+(?:enjoy|receive|have)\b|\bnot\s+(?:to\s+)?(?:be\s+)?(?:supported|accepted)\b"
    r"|\b(?:will|would|could|can)\s*not\s+(?:accept|support)\b|\bcannot\s+(?:accept|support)\b"
    r"|\brejected?\b|\bwere\s+noted\b|\b(?:has|have|had)\s+(?:been\s+)?noted\b|\btook\s+note\b|\btakes\s+note\b"
    r"|\bnoted\s+by\b|\bare\s+noted\b",
    re.IGNORECASE,
)
_PENDING = re.compile(
    r"\bwill\s+be\s+(?:examined|considered|studied)\b|\bwill\s+(?:examine|consider)\s+(?:the|these)\b"
    r"|\bwill\s+provide\s+(?:its\s+)?responses?\b|\bresponses?\b[^.]{0,120}\bwill\s+be\s+included\b"
    r"|\bin\s+due\s+(?:time|course)\b|\bno\s+later\s+than\b",
    re.IGNORECASE,
)
_SUPPORTED = re.compile(
    r"\benjoy(?:s|ed)?\s+(?:the\s+)?support\b|\baccept(?:s|ed)\b|\bsupports?\b|\bsupported\b"
    r"|\balready\s+(?:been\s+)?implemented\b",
    re.IGNORECASE,
)


_FIRST_SENTENCE_END = re.compile(r"[.:]\s+(?=[A-Z0-9])")


def position_of(intro: str) -> str | None:
    """The position an introducing paragraph gives its recommendations, or None when it does not say.

    The first sentence decides when it can ("... listed below enjoy the support of X. X has submitted its
    views on recommendations noted in paragraphs ..." is a supported list).
    """
    end = _FIRST_SENTENCE_END.search(intro)
    if end:
        return _position_in(intro[: end.start()]) or _position_in(intro)
    return _position_in(intro)


def _position_in(intro: str) -> str | None:
    if _NOTED.search(intro):
        return "noted"
    if _PENDING.search(intro):
        return "pending"
    if _SUPPORTED.search(intro):
        return "supported"
    return None


def announces_later_response(text: str) -> bool:
    """'The response of X to these recommendations will be included in the outcome report...'."""
    return bool(_PENDING.search(text))
