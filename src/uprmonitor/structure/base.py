"""What every structure parser returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from uprmonitor.model import Recommendation, Section


@dataclass
class Structure:
    title: str | None = None
    sections: list[Section] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    # facts found in the document: state_under_review, symbol, session, cycle, year, language
    metadata: dict = field(default_factory=dict)
