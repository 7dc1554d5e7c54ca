"""Pair features and the calibrated scorer that turns them into a match probability and a grade.

The scorer is a logistic regression over a handful of features that say *why* two recommendations
are the same ask: the embedding cosine, how much of the source's content the target repeats, whether
the leading verb (ratify / adopt / investigate) and its object agree, whether they cite the same
instrument. Its weights and the grade thresholds are learned by `bench/train_matcher.py` from pairs
that OHCHR itself grouped in Working Group reports, and live in `models/*.json` (no pickle).
Pairs across languages, or within another language, use students of it that read the embedding and BM25
share (over the source's English gloss across languages), not the word-overlap features.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from uprmonitor.classify.instruments import instrument_ids
from uprmonitor.match.retrieval import content_words, normalise_text, stem, tokens

MODELS_DIR = Path(__file__).with_name("models")
GRADES = ("same", "close", "related")
_NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
# Words that open a recommendation without being its action ("Continue to ratify", "Consider adopting").
_LEAD_IN = frozenset({"to", "continue", "further", "also", "consider", "possibility", "the", "of", "take", "steps",
                      "all", "necessary", "measures", "and", "redouble", "efforts", "strengthen", "its", "their"})
OBJECT_WORDS = 6  # how many content words after the verb count as its object

MONOLINGUAL_FEATURES = ("cosine", "cosine_rank", "bm25_share", "containment", "jaccard", "verb_match",
                        "object_overlap", "instrument_shared", "instrument_conflict", "length_ratio",
                        "numbers_shared")
# Across languages `bm25_share` reads the source's English gloss (retrieval.word_glosses).
CROSSLINGUAL_FEATURES = ("cosine", "cosine_rank", "cosine_margin", "csls", "csls_rank", "numbers_shared",
                         "length_ratio", "bm25_share")
# The direction each feature may push the score: more overlap never makes two texts less alike.
# Training respects these signs (bounded logistic regression), which keeps the model sane where
# the training pairs are thin, e.g. identical texts, which OHCHR merges and so rarely shows as pairs.
FEATURE_SIGNS = {"instrument_conflict": -1, "length_ratio": -1}  # every other feature: +1


@lru_cache(maxsize=8192)
def cited_instruments(text: str) -> frozenset[str]:
    """Instrument ids of a text, cached: the same target is compared with many sources."""
    return frozenset(instrument_ids(text))


@lru_cache(maxsize=8192)
def leading_verb(text: str) -> str | None:
    for word in re.findall(r"[a-z]+", normalise_text(text).lower()):
        if word not in _LEAD_IN:
            return stem(word)
    return None


@lru_cache(maxsize=8192)
def verb_object(text: str) -> frozenset[str]:
    """The first content words after the leading verb: 'decriminalize *defamation*', 'ratify *OP-CAT*'."""
    words = tokens(text)
    verb = leading_verb(text)
    if verb in words:
        words = words[words.index(verb) + 1:]
    allowed = content_words(text)
    return frozenset([word for word in words if word in allowed][:OBJECT_WORDS])


@dataclass
class PairContext:
    """What retrieval already knows about a pair: raw scores and the target's rank for that source."""

    cosine: float
    cosine_rank: int  # 1-based rank of the target among all targets by cosine, for this source
    best_other_cosine: float  # the highest cosine of any *other* target, for the margin
    bm25: float
    best_bm25: float
    csls: float = 0.0  # hubness-corrected cosine
    csls_rank: int = 1  # 1-based rank of the target by csls for this source


def pair_features(source: str, target: str, context: PairContext) -> dict[str, float]:
    source_words, target_words = content_words(source), content_words(target)
    union = source_words | target_words
    shared = source_words & target_words
    source_ids, target_ids = cited_instruments(source), cited_instruments(target)
    source_object, target_object = verb_object(source), verb_object(target)
    source_numbers, target_numbers = set(_NUMBER.findall(source)), set(_NUMBER.findall(target))
    return {
        "cosine": context.cosine,
        "cosine_rank": 1.0 / context.cosine_rank,
        "cosine_margin": context.cosine - context.best_other_cosine,
        "csls": context.csls,
        "csls_rank": 1.0 / context.csls_rank,
        "bm25_share": context.bm25 / context.best_bm25 if context.best_bm25 > 0 else 0.0,
        "containment": len(shared) / len(source_words) if source_words else 0.0,
        "jaccard": len(shared) / len(union) if union else 0.0,
        "verb_match": float(leading_verb(source) is not None and leading_verb(source) == leading_verb(target)),
        "object_overlap": len(source_object & target_object) / len(source_object) if source_object else 0.0,
        "instrument_shared": float(bool(source_ids & target_ids)),
        "instrument_conflict": float(bool(source_ids) and bool(target_ids) and not source_ids & target_ids),
        "length_ratio": abs(math.log((len(normalise_text(source)) + 1) / (len(normalise_text(target)) + 1))),
        "numbers_shared": float(bool(source_numbers & target_numbers)),
    }


@dataclass
class Scorer:
    """Logistic model: score = sigmoid(w . standardised features + b); grades from learned cut-offs.

    A student may carry a `calibration` per language: a monotone map from its score to the teacher's, learned
    on its training pairs (isotonic regression, stored as knots). One linear model over all languages squeezes
    the high scores, and some languages more than others (Chinese most: its cosines to English run lower).
    """

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    thresholds: dict[str, float]  # grade -> lowest score that earns it
    calibration: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)  # language -> knots

    def raw_score(self, features: dict[str, float]) -> float:
        x = (np.array([features[name] for name in self.features]) - self.mean) / self.scale
        return float(1.0 / (1.0 + math.exp(-(float(x @ self.weights) + self.bias))))

    def score(self, features: dict[str, float], language: str | None = None) -> float:
        """The pair's score; for a student, on the teacher's scale for `language` (the pair's non-English one)."""
        return self.calibrated(self.raw_score(features), language)

    def calibrated(self, raw: float, language: str | None) -> float:
        """`raw` (from `raw_score`) mapped onto the teacher's scale for `language`; as it is without knots."""
        if language not in self.calibration:
            return raw
        xs, ys = self.calibration[language]
        return float(np.interp(raw, xs, ys))

    def grade(self, score: float) -> str | None:
        for grade in GRADES:
            if score >= self.thresholds[grade]:
                return grade
        return None

    def to_json(self) -> dict:
        data = {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": self.bias, "thresholds": self.thresholds}
        if self.calibration:
            data["calibration"] = {language: {"raw": list(xs), "teacher": list(ys)}
                                   for language, (xs, ys) in sorted(self.calibration.items())}
        return data

    @classmethod
    def from_json(cls, data: dict) -> Scorer:
        calibration = {language: (knots["raw"], knots["teacher"]) for language, knots in data.get("calibration", {}).items()}
        return cls(features=tuple(data["features"]), mean=np.array(data["mean"]), scale=np.array(data["scale"]),
                   weights=np.array(data["weights"]), bias=float(data["bias"]), thresholds=dict(data["thresholds"]),
                   calibration=calibration)


@lru_cache(maxsize=4)
def load_scorer(name: str = "monolingual") -> Scorer:
    """The trained scorer `name` ("monolingual" or "crosslingual") from models/scorer_<name>.json."""
    path = MODELS_DIR / f"scorer_{name}.json"
    return Scorer.from_json(json.loads(path.read_text(encoding="utf-8")))
