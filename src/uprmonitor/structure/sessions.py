"""The UPR calendar: which cycle a Working Group session belongs to."""

from __future__ import annotations


def cycle_of_session(session: int | None) -> int | None:
    """UPR cycles run 12 Working Group sessions from session 1, then 14 each (13-26, 27-40, 41-54, ...)."""
    if session is None or session < 1:
        return None
    if session <= 12:
        return 1
    return 2 + (session - 13) // 14
