"""UPR Info action category (1–5) of a recommendation, from the shipped linear model.

Categories, as UPR Info defines them: 1 minimal action (e.g. share experience), 2 continuing action
("continue ..."), 3 considering action ("consider ..."), 4 general action, 5 specific action (a named
treaty, law, institution or deadline).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .linear import MODELS_DIR, LinearModel

ACTION_CATEGORIES = {1: "minimal action", 2: "continuing action", 3: "considering action",
                     4: "general action", 5: "specific action"}


@dataclass
class Prediction:
    label: int  # 1–5
    confidence: float  # calibrated probability of `label`, 0–1
    evidence: list[str] = field(default_factory=list)  # words of the text that decided it


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    scaled = scores / temperature
    scaled -= scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


class ActionClassifier:
    MODEL_NAME = "action"

    def __init__(self, model: LinearModel):
        self.model = model
        # Fitted on held-out training sessions so the probabilities match observed accuracy.
        self.temperature = float(model.extra.get("temperature", 1.0))

    @classmethod
    def load(cls, directory: Path = MODELS_DIR) -> ActionClassifier:
        return cls(LinearModel.load(cls.MODEL_NAME, directory))

    def probabilities(self, texts: list[str]) -> np.ndarray:
        return softmax(self.model.scores(list(texts)), self.temperature)

    def predict(self, texts: list[str], evidence: bool = True, top_words: int = 5,
                batch_size: int = 4096) -> list[Prediction]:
        texts, predictions = list(texts), []
        for start in range(0, len(texts), batch_size):
            batch = texts[start:start + batch_size]
            features = self.model.space.transform(batch)
            probabilities = softmax(self.model.scores_of(features), self.temperature)
            for row, index in enumerate(probabilities.argmax(axis=1)):
                words = self.model.evidence(batch[row], index, top_words, features[row]) if evidence else []
                predictions.append(Prediction(label=int(self.model.labels[index]),
                                              confidence=float(probabilities[row, index]), evidence=words))
        return predictions
