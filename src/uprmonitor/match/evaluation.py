"""Ranking metrics and helpers shared by the matching benchmarks and the training script."""

from __future__ import annotations

import hashlib
import math
from collections.abc import MutableMapping
from pathlib import Path

import numpy as np

from uprmonitor.match.retrieval import normalise_text

GAIN = {"same": 3, "close": 2, "related": 1}  # graded relevance for NDCG
RELEVANT = ("same", "close")  # what counts as a hit for recall and MRR (the source was taken up)


def fingerprint(text: str) -> str:
    """Short sha1 of a recommendation's normalised text: how gold files name texts without copying them."""
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()[:12]


def recall_at(ranked: list[str], relevant: set[str], k: int) -> float | None:
    if not relevant:
        return None
    return len(set(ranked[:k]) & relevant) / len(relevant)


def reciprocal_rank(ranked: list[str], relevant: set[str]) -> float | None:
    if not relevant:
        return None
    for position, key in enumerate(ranked, start=1):
        if key in relevant:
            return 1.0 / position
    return 0.0


def ndcg_at(ranked: list[str], grades: dict[str, str], k: int) -> float | None:
    gains = sorted((GAIN[g] for g in grades.values()), reverse=True)
    if not gains:
        return None
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))
    actual = sum(GAIN.get(grades.get(key, ""), 0) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    return actual / ideal


def mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


class NpzCache(MutableMapping):
    """A `text_hash -> vector` cache kept in one .npz file, so benchmarks embed each text once."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.data: dict[str, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path) as stored:
                self.data = {key: stored[key] for key in stored.files}
        self.dirty = False

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value
        self.dirty = True

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():  # another benchmark may have added vectors since we loaded
                with np.load(self.path) as stored:
                    self.data = {**{key: stored[key] for key in stored.files}, **self.data}
            temporary = self.path.with_suffix(".tmp.npz")
            np.savez(temporary, **self.data)
            temporary.replace(self.path)
            self.dirty = False
