"""UPR Info issues (54 thematic labels, multi-label) of a recommendation, from the shipped linear model."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .linear import MODELS_DIR, LinearModel


@dataclass
class LabelScore:
    label: str  # one of UPR Info's 54 issue names, exactly as UPR Info writes it
    confidence: float  # calibrated probability, 0–1; labels are returned when >= 0.5
    evidence: list[str] = field(default_factory=list)  # words that decided it, when asked for


def sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-values))


class IssuesClassifier:
    MODEL_NAME = "issues"

    def __init__(self, model: LinearModel):
        self.model = model
        # Per-label decision thresholds and one Platt slope, both fitted on held-out training
        # sessions: probability 0.5 sits exactly on each label's threshold.
        self.thresholds = np.asarray(model.extra["thresholds"], dtype=np.float32)
        self.slope = float(model.extra["slope"])

    @property
    def labels(self) -> list[str]:
        return list(self.model.labels)

    @classmethod
    def load(cls, directory: Path = MODELS_DIR) -> IssuesClassifier:
        return cls(LinearModel.load(cls.MODEL_NAME, directory))

    def probabilities(self, texts: list[str]) -> np.ndarray:
        return sigmoid(self.slope * (self.model.scores(list(texts)) - self.thresholds))

    def decide(self, probabilities: np.ndarray) -> np.ndarray:
        """Boolean label matrix: every label at >= 0.5, and the best one when none is (every text has an issue)."""
        chosen = probabilities >= 0.5
        empty = ~chosen.any(axis=1)
        chosen[np.where(empty)[0], probabilities[empty].argmax(axis=1)] = True
        return chosen

    def predict(self, texts: list[str], evidence: bool = False, top_words: int = 5) -> list[list[LabelScore]]:
        """The chosen labels per text, most confident first (with their deciding words if `evidence`)."""
        texts = list(texts)
        if not texts:
            return []
        features = self.model.space.transform(texts)
        probabilities = sigmoid(self.slope * (self.model.scores_of(features) - self.thresholds))
        chosen = self.decide(probabilities)
        results = []
        for row in range(len(probabilities)):
            columns = sorted(np.where(chosen[row])[0], key=lambda column: -probabilities[row, column])
            results.append([LabelScore(self.model.labels[c], float(probabilities[row, c]),
                                       self.model.evidence(texts[row], c, top_words, features[row]) if evidence else [])
                            for c in columns])
        return results

    def evidence(self, text: str, label: str, top_words: int = 5) -> list[str]:
        return self.model.evidence(text, self.model.labels.index(label), top_words)
