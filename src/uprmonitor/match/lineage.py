"""Lineage: link each recommendation of a review to its ancestors in the State's earlier review.

An ancestor is an earlier recommendation that asks the same thing (graded `same` or `close` by the
uptake scorer), or — when the text itself says "as recommended in the previous review" — the best
earlier candidate even if only `related`. From the links follow the statuses a user asks for:
*repeat* (has an ancestor), *new* (has none), *dropped* (an earlier recommendation nobody repeats),
and how the position changed (noted -> supported ...).

An earlier review often holds the same ask several times (eight States asking to ratify one
convention, under separate paragraph numbers). Only the best of them clear the `close` cut-off
against the new text, so each ancestor brings the rest of its cluster of near-identical
recommendations (match/clusters.py) along: if one is an ancestor, all of them are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uprmonitor.match.clusters import Cluster, cluster_recommendations
from uprmonitor.match.retrieval import retrieve
from uprmonitor.match.uptake import TAKEN_UP, rerank
from uprmonitor.model import Recommendation

# "As recommended in the previous review", "accepted during the first cycle", "as previously recommended"
_CITES_PREVIOUS = re.compile(
    r"\b(?:previous(?:ly)?|first|second|third|last|earlier|prior)\s+(?:UPR\s+|universal periodic review\s+)?"
    r"(?:review|cycle|UPR|recommend\w*)|\bas previously recommended\b|\brecommendations? (?:made|accepted|received)"
    r" (?:by|in|during)\b", re.IGNORECASE)
MAX_ANCESTORS = 10


@dataclass
class Ancestor:
    recommendation: Recommendation
    score: float
    grade: str


@dataclass
class LineageLink:
    current: Recommendation
    ancestors: list[Ancestor] = field(default_factory=list)
    cites_previous: bool = False  # the text itself refers to an earlier review

    @property
    def status(self) -> str:
        return "repeat" if self.ancestors else "new"

    @property
    def position_change(self) -> tuple[str | None, str | None] | None:
        """(earlier position, current position) when the best ancestor's position differs."""
        if not self.ancestors:
            return None
        before, now = self.ancestors[0].recommendation.position, self.current.position
        return (before, now) if before != now else None


@dataclass
class LineageResult:
    links: list[LineageLink]
    dropped: list[Recommendation]  # earlier recommendations no current one repeats

    @property
    def summary(self) -> dict:
        changes: dict[str, int] = {}
        for link in self.links:
            if link.position_change:
                key = f"{link.position_change[0]} -> {link.position_change[1]}"
                changes[key] = changes.get(key, 0) + 1
        return {"current": len(self.links), "repeat": sum(link.status == "repeat" for link in self.links),
                "new": sum(link.status == "new" for link in self.links), "dropped": len(self.dropped),
                "position_changes": changes}


def cites_previous(text: str) -> bool:
    return bool(_CITES_PREVIOUS.search(text))


def link_lineage(current: list[Recommendation], earlier: list[Recommendation], embedder=None) -> LineageResult:
    """Ancestors in `earlier` (the same State's previous review) for every recommendation in `current`."""
    if embedder is None:
        from uprmonitor.classify.embeddings import default_embedder

        embedder = default_embedder()
    earlier_texts = [r.text for r in earlier]
    found = retrieve([r.text for r in current], earlier_texts, embedder=embedder)
    links = [link_one(found, row, rec, earlier, earlier_texts) for row, rec in enumerate(current)]
    add_cluster_members(links, cluster_recommendations(earlier, embedder=embedder) if earlier else [])
    linked = {id(a.recommendation) for link in links for a in link.ancestors}
    return LineageResult(links=links, dropped=[r for r in earlier if id(r) not in linked])


def add_cluster_members(links: list[LineageLink], clusters: list[Cluster]) -> None:
    """Each ancestor brings its near-identical siblings, with the ancestor's score and grade."""
    siblings = {id(member): cluster.members for cluster in clusters if len(cluster.members) > 1
                for member in cluster.members}
    for link in links:
        present = {id(a.recommendation) for a in link.ancestors}
        for ancestor in list(link.ancestors):
            for sibling in siblings.get(id(ancestor.recommendation), []):
                if id(sibling) not in present and len(link.ancestors) < MAX_ANCESTORS:
                    present.add(id(sibling))
                    link.ancestors.append(Ancestor(sibling, ancestor.score, ancestor.grade))


def link_one(found, row: int, rec: Recommendation, earlier: list[Recommendation], earlier_texts) -> LineageLink:
    scored = rerank(found, row, rec.text, earlier_texts) if earlier else []
    link = LineageLink(current=rec, cites_previous=cites_previous(rec.text))
    link.ancestors = [Ancestor(earlier[c], round(s, 4), g) for c, s, g in scored if g in TAKEN_UP][:MAX_ANCESTORS]
    if not link.ancestors and link.cites_previous and scored and scored[0][2]:
        column, score, grade = scored[0]  # the text says it repeats: trust the best related candidate
        link.ancestors = [Ancestor(earlier[column], round(score, 4), grade)]
    return link
