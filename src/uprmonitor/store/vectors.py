"""Nearest stored recommendations by meaning: the vector side of hybrid search.

Full-text search only finds recommendations that share a word with the query; "freedom of the
press" misses "journalists must be able to work without fear". The vector index finds those: it
holds the cached embedding of every stored recommendation (computed when labels were, keyed by
text hash in the `embeddings` table) as one matrix, and ranks them all by cosine to the query.

Identical texts share one vector (a text repeated by several States, or a review stored twice),
so the matrix has one row per distinct text and `ids_of` maps a row back to its recommendations.
The index is built on first use and rebuilt when recommendations or embeddings change; a text
without a cached vector is simply not in it (`VectorIndex.coverage` says how many are).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection

from uprmonitor.classify.embeddings import text_hash
from uprmonitor.store.embedding_cache import EmbeddingCache
from uprmonitor.store.schema import DocumentRow, EmbeddingRow, RecommendationRow


@dataclass
class VectorIndex:
    matrix: np.ndarray  # (distinct texts, dim) float32, rows of norm 1
    ids_of: list[list[int]]  # recommendation ids per matrix row
    recommendations: int  # stored recommendations when built (vectors or not)
    version: tuple  # what the store looked like when built; a different one means rebuild

    @property
    def coverage(self) -> int:
        """How many stored recommendations have a vector in the index."""
        return sum(len(ids) for ids in self.ids_of)

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(recommendation id, cosine) of the `k` nearest recommendations, best first."""
        if not len(self.matrix) or k <= 0:
            return []
        similarity = self.matrix @ np.asarray(vector, dtype=np.float32)
        best_rows = _top_rows(similarity, k)
        found: list[tuple[int, float]] = []
        for row in best_rows:
            found.extend((identifier, float(similarity[row])) for identifier in self.ids_of[row])
            if len(found) >= k:
                break
        return found[:k]


def _top_rows(similarity: np.ndarray, k: int) -> np.ndarray:
    k = min(k, len(similarity))
    best = np.argpartition(-similarity, k - 1)[:k]  # the k best in linear time, then sorted
    return best[np.lexsort((best, -similarity[best]))]


def store_version(connection: Connection, model: str) -> tuple:
    """Cheap fingerprint of the rows the index is built from.

    Documents are only ever added or deleted whole, and ids only grow, so their count and largest id
    (and the largest recommendation id) change whenever the recommendations do; counting 300k
    recommendations would cost more than the whole search.
    """
    documents = connection.execute(select(func.count(), func.max(DocumentRow.id)).select_from(DocumentRow)).one()
    latest = connection.execute(select(func.max(RecommendationRow.id))).scalar()
    embeddings = connection.execute(
        select(func.count()).select_from(EmbeddingRow).where(EmbeddingRow.model == model)).scalar()
    return (*documents, latest, embeddings)


def build_index(connection: Connection, cache: EmbeddingCache, model: str, kind: str = "query") -> VectorIndex:
    """Read every recommendation's text, look its vector up by hash, stack the distinct ones."""
    version = store_version(connection, model)
    rows_of_hash: dict[str, list[int]] = {}
    count = 0
    for identifier, recommendation_text in connection.execute(text("SELECT id, text FROM recommendations ORDER BY id")):
        rows_of_hash.setdefault(text_hash(recommendation_text, model, kind), []).append(identifier)
        count += 1
    vectors = cache.get_many(rows_of_hash)
    keys = [key for key in rows_of_hash if key in vectors]
    matrix = np.stack([vectors[key] for key in keys]).astype(np.float32) if keys else np.zeros((0, 0), np.float32)
    return VectorIndex(matrix=matrix, ids_of=[rows_of_hash[key] for key in keys], recommendations=count,
                       version=version)
