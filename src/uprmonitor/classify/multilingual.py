"""Action category and UPR Info issues for recommendations not written in English.

The word-based classifiers (action.py, issues.py) learned English words; on a French, Russian or
Chinese text they mostly guess. These two small heads read the multilingual e5 embedding instead
(the one the themes already use, so it costs nothing more): a translation lands next to its
original, so what they learned from English UPR Info texts carries over. On English text the
word-based models stay better (see docs/models.md), so the labeler uses these heads only for texts
in another language.

The action category turns mostly on the leading verb, which the English word model reads best. When a
known verb opens the text (`leads.py`: "Ratificar", "Poursuivre", "рассмотреть возможность", "مواصلة",
"继续"), the English model also reads the text with that verb said in English, and the two probability
vectors are averaged with LEAD_WEIGHT (chosen on half of uhri-6lang by bench/bench_multilingual_labels.py).
Issues turn on content words instead: the English issues model also reads the English words of the text's
words (`lexicon.py`, a word list learned from official UN translations) and is averaged with the head's.

Files: models/multilingual_heads.json (labels, threshold) + .npz (weights), trained by
bench/train_multilingual_heads.py. No pickle.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from uprmonitor.classify.action import Prediction, softmax
from uprmonitor.classify.issues import LabelScore, sigmoid
from uprmonitor.classify.leads import english_lead

MODELS_DIR = Path(__file__).with_name("models")
NAME = "multilingual_heads"
# Share of the English model (reading the verb said in English) in the fused action probabilities,
# chosen on the dev half of uhri-6lang by bench/bench_multilingual_labels.py.
LEAD_WEIGHT = 0.6
_FIRST_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


@dataclass
class MultilingualHeads:
    action_weights: np.ndarray  # (classes, dim)
    action_bias: np.ndarray
    action_classes: list[int]
    issues_weights: np.ndarray  # (labels, dim)
    issues_bias: np.ndarray
    issues_labels: list[str]
    threshold: float  # an issue is given from this probability on

    @classmethod
    def from_models(cls, action_model, issues_model, labels: list[str], threshold: float) -> MultilingualHeads:
        """From a fitted LogisticRegression (action) and OneVsRestClassifier of them (issues)."""
        estimators = issues_model.estimators_
        return cls(action_weights=action_model.coef_.astype(np.float32),
                   action_bias=action_model.intercept_.astype(np.float32),
                   action_classes=[int(c) for c in action_model.classes_],
                   issues_weights=np.vstack([e.coef_ for e in estimators]).astype(np.float32),
                   issues_bias=np.concatenate([e.intercept_ for e in estimators]).astype(np.float32),
                   issues_labels=list(labels), threshold=float(threshold))

    def save(self, directory: Path = MODELS_DIR) -> None:
        np.savez_compressed(directory / f"{NAME}.npz", action_weights=self.action_weights,
                            action_bias=self.action_bias, issues_weights=self.issues_weights.astype(np.float16),
                            issues_bias=self.issues_bias)
        settings = {"action_classes": self.action_classes, "issues_labels": self.issues_labels,
                    "threshold": self.threshold}
        (directory / f"{NAME}.json").write_text(json.dumps(settings, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, directory: Path = MODELS_DIR) -> MultilingualHeads:
        settings = json.loads((directory / f"{NAME}.json").read_text(encoding="utf-8"))
        with np.load(directory / f"{NAME}.npz") as arrays:
            return cls(action_weights=arrays["action_weights"].astype(np.float32),
                       action_bias=arrays["action_bias"].astype(np.float32),
                       action_classes=settings["action_classes"],
                       issues_weights=arrays["issues_weights"].astype(np.float32),
                       issues_bias=arrays["issues_bias"].astype(np.float32),
                       issues_labels=settings["issues_labels"], threshold=float(settings["threshold"]))

    def action_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(texts, classes) probabilities of the head alone, classes in `action_classes` order."""
        return softmax(np.asarray(vectors, dtype=np.float32) @ self.action_weights.T + self.action_bias, 1.0)

    def predict_action(self, vectors: np.ndarray, texts: list[str], english_model=None,
                       languages: list[str | None] | None = None) -> list[Prediction]:
        """The action category of each text: the head's, fused with `english_model` (an ActionClassifier)
        reading the text with its leading verb in English where that verb is known. The evidence is the
        leading verb as written, the words UPR Info's scale turns on."""
        probabilities = self.action_probabilities(vectors)
        leads = [english_lead(text, language) for text, language in
                 zip(texts, languages or [None] * len(texts), strict=True)]
        known = [row for row, lead in enumerate(leads) if lead is not None]
        if english_model is not None and known:
            english = english_model.probabilities([leads[row].text for row in known])
            order = [list(english_model.model.labels).index(label) for label in self.action_classes]
            probabilities[known] = LEAD_WEIGHT * english[:, order] + (1 - LEAD_WEIGHT) * probabilities[known]
        predictions = []
        for row, text, lead in zip(probabilities, texts, leads, strict=True):
            best = int(row.argmax())
            first = lead.lead if lead else (match.group(0) if (match := _FIRST_WORD.search(text)) else None)
            predictions.append(Prediction(self.action_classes[best], round(float(row[best]), 4),
                                          [first] if first else []))
        return predictions

    def issue_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """(texts, labels) probabilities of the head, shifted so that 0.5 is its decision threshold (as the
        English issues model's are), labels in `issues_labels` order."""
        raw = sigmoid(np.asarray(vectors, dtype=np.float32) @ self.issues_weights.T + self.issues_bias)
        return sigmoid(_logit(raw) - _logit(np.float32(self.threshold)))

    def predict_issues(self, vectors: np.ndarray, texts: list[str] | None = None, english_model=None,
                       languages: list[str | None] | None = None, lexicon=None) -> list[list[LabelScore]]:
        """Issues from 0.5 on (the best one when none is), most probable first.

        With `english_model` (an IssuesClassifier) and `lexicon` (lexicon.Lexicon), the English model also
        reads the English words of each text's words and the two probabilities are averaged with the
        lexicon's weight; the evidence is then the text's own words whose English words decided the label.
        """
        probabilities = self.issue_probabilities(vectors)
        pairs: list[list[tuple[str, str]]] = [[] for _ in range(len(probabilities))]
        if english_model is not None and lexicon is not None and texts is not None and lexicon.weight > 0:
            pairs = [lexicon.pairs(text, language)
                     for text, language in zip(texts, languages or [None] * len(texts), strict=True)]
            rows = [row for row, found in enumerate(pairs) if found]
            if rows:
                english = english_model.probabilities([_english(pairs[row]) for row in rows])
                order = [english_model.labels.index(label) for label in self.issues_labels]
                probabilities[rows] = lexicon.weight * english[:, order] + (1 - lexicon.weight) * probabilities[rows]
        results = []
        for row, found in zip(probabilities, pairs, strict=True):
            chosen = np.flatnonzero(row >= 0.5)
            if not len(chosen):
                chosen = np.array([int(row.argmax())])
            order = chosen[np.argsort(-row[chosen], kind="stable")]
            results.append([LabelScore(self.issues_labels[j], round(float(row[j]), 4),
                                       _evidence(english_model, found, self.issues_labels[j]) if found else [])
                            for j in order])
        return results


def _logit(p):
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _english(pairs: list[tuple[str, str]]) -> str:
    return " ".join(english for _, english in pairs)


def _evidence(english_model, pairs: list[tuple[str, str]], label: str) -> list[str]:
    """The text's own words whose English words the English model credits for `label`."""
    credited = set(english_model.evidence(_english(pairs), label))
    return [word for word, english in pairs if english in credited]


@lru_cache(maxsize=1)
def shipped_heads() -> MultilingualHeads:
    return MultilingualHeads.load()
