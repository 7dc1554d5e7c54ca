"""Clusters: groups of near-identical recommendations within one review, as OHCHR's thematic lists group them.

Each recommendation is scored against its retrieval pool with the uptake scorer (a few dozen pairs
each instead of all n^2), the scores make a sparse similarity matrix, and average-linkage clustering
cuts it at `threshold` — by default the scorer's learned `same` cut-off, so "12 states asking to
ratify the same protocol" end in one cluster while "ratify" and "implement" the same treaty do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from uprmonitor.match.retrieval import retrieve
from uprmonitor.match.scorer import load_scorer
from uprmonitor.match.uptake import rerank
from uprmonitor.model import Recommendation


@dataclass
class Cluster:
    members: list[Recommendation]
    representative: Recommendation  # the member most similar to the others
    states: list[str] = field(default_factory=list)  # every recommending state in the cluster


def cluster_recommendations(recs: list[Recommendation], threshold: float | None = None,
                            embedder=None) -> list[Cluster]:
    """Clusters of near-identical recommendations, largest first; singletons included."""
    if not recs:
        return []
    if embedder is None:
        from uprmonitor.classify.embeddings import default_embedder

        embedder = default_embedder()
    threshold = load_scorer("monolingual").thresholds["same"] if threshold is None else threshold
    similarity = pair_similarity(recs, embedder)
    if len(recs) == 1:
        labels = np.array([1])
    else:
        distance = squareform(1.0 - similarity, checks=False)
        labels = fcluster(linkage(distance, method="average"), t=1.0 - threshold, criterion="distance")
    clusters = [make_cluster(recs, np.flatnonzero(labels == label), similarity) for label in np.unique(labels)]
    return sorted(clusters, key=lambda c: (-len(c.members), recs.index(c.representative)))


def pair_similarity(recs: list[Recommendation], embedder) -> np.ndarray:
    """Symmetric matrix of scorer probabilities, 0 for pairs retrieval never proposed, 1 on the diagonal."""
    texts = [r.text for r in recs]
    found = retrieve(texts, texts, embedder=embedder)
    similarity = np.eye(len(recs))
    for row in range(len(recs)):
        found.exclude(row, row)
        for column, score, _ in rerank(found, row, texts[row], texts):
            if column != row:
                similarity[row, column] = similarity[column, row] = max(similarity[row, column], score)
    return similarity


def make_cluster(recs: list[Recommendation], members: np.ndarray, similarity: np.ndarray) -> Cluster:
    inner = similarity[np.ix_(members, members)]
    representative = recs[int(members[int(np.argmax(inner.sum(axis=1)))])]
    states = sorted({state for m in members for state in recs[int(m)].recommending_states})
    return Cluster(members=[recs[int(m)] for m in members], representative=representative, states=states)
