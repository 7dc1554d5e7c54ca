"""UHRI themes, affected persons and SDGs of a recommendation, in any of the six UN languages.

Every text is embedded once with the multilingual embedder (classify/embeddings.py); each of the
three label sets is then scored by three parts, blended with weights fitted on held-out data:

- linear: one logistic regression per label over the embedding, trained on the few gold lists
  (OHCHR thematic lists, the Egypt matrix, UHRI's SDG annotations) plus UPR Info's 33k labelled
  recommendations carried over through the hand-written crosswalk in `uhri_labels.json`;
- zero_shot: similarity to a one-sentence description of each label (so labels no training row
  carries can still be found);
- knn: a similarity-weighted vote of the nearest gold-labelled examples.

Because the embedding is multilingual, a French or Arabic text lands near its English version and
gets the same labels. Model files: `models/{themes,persons,sdgs}.{json,npz}` (no pickle), written by
`bench/train_themes.py`; figures in docs/models-themes.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from .embeddings import Embedder, default_embedder
from .issues import LabelScore

MODELS_DIR = Path(__file__).resolve().parent / "models"
LABELS_FILE = Path(__file__).resolve().parent / "uhri_labels.json"
_WORD = re.compile(r"[^\W\d_]+")
TASKS = {"themes": "themes", "affected_persons": "persons", "sdgs": "sdgs"}  # result key -> model file
PARTS = ("linear", "zero_shot", "knn")
# Slope of the logistic that turns a blended score into a confidence: 0.5 sits on the threshold.
CONFIDENCE_SLOPE = 12.0


def sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-values))


def load_label_sets(path: Path = LABELS_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass
class Variant:
    """How the three parts are blended and where a label is cut."""

    weights: tuple[float, float, float]  # linear, zero_shot, knn
    threshold: float
    min_labels: int = 1  # every text gets at least this many labels (its best ones)

    @classmethod
    def from_dict(cls, data: dict) -> Variant:
        return cls(tuple(data["weights"]), float(data["threshold"]), int(data.get("min_labels", 1)))

    def to_dict(self) -> dict:
        return {"weights": list(self.weights), "threshold": self.threshold, "min_labels": self.min_labels}


class LabelModel:
    """One label set (themes, persons or SDGs): the arrays of the three parts and the fitted variants."""

    def __init__(self, labels: list[str], arrays: dict[str, np.ndarray], variants: dict[str, Variant],
                 k: int = 10, zero_shot_shift: float = 2.0, knn_temperature: float = 0.02, extra: dict | None = None):
        self.labels = list(labels)
        self.coef = np.asarray(arrays["coef"], dtype=np.float32)  # labels × dim
        self.intercept = np.asarray(arrays["intercept"], dtype=np.float32)
        self.descriptions = np.asarray(arrays["descriptions"], dtype=np.float32)  # labels × dim
        self.bank = np.asarray(arrays["bank"], dtype=np.float32)  # examples × dim
        self.bank_labels = np.asarray(arrays["bank_labels"], dtype=np.float32)  # examples × labels
        self.variants = variants
        self.k = k
        self.zero_shot_shift = zero_shot_shift
        self.knn_temperature = knn_temperature
        self.extra = extra or {}

    # --- the three parts, each a (texts × labels) matrix in [0, 1] ----------------------------

    def linear(self, vectors: np.ndarray) -> np.ndarray:
        return sigmoid(vectors @ self.coef.T + self.intercept)

    def zero_shot(self, vectors: np.ndarray) -> np.ndarray:
        # e5 cosine similarities sit in a narrow band (~0.75-0.9), so each text's similarities are
        # standardised across labels: a label scores high when it stands out for that text.
        similarity = vectors @ self.descriptions.T
        spread = similarity.std(axis=1, keepdims=True) + 1e-6
        return sigmoid((similarity - similarity.mean(axis=1, keepdims=True)) / spread - self.zero_shot_shift)

    def knn(self, vectors: np.ndarray) -> np.ndarray:
        if len(self.bank) == 0:
            return np.zeros((len(vectors), len(self.labels)), dtype=np.float32)
        similarity = vectors @ self.bank.T
        k = min(self.k, len(self.bank))
        nearest = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
        nearest_similarity = np.take_along_axis(similarity, nearest, axis=1)
        weights = np.exp((nearest_similarity - nearest_similarity.max(axis=1, keepdims=True)) / self.knn_temperature)
        weights /= weights.sum(axis=1, keepdims=True)
        return np.einsum("nk,nkl->nl", weights, self.bank_labels[nearest])

    def parts(self, vectors: np.ndarray) -> dict[str, np.ndarray]:
        return {"linear": self.linear(vectors), "zero_shot": self.zero_shot(vectors), "knn": self.knn(vectors)}

    # --- blending and decisions ---------------------------------------------------------------

    @staticmethod
    def blend(parts: dict[str, np.ndarray], variant: Variant) -> np.ndarray:
        total = sum(variant.weights)
        return sum(weight * parts[name] for name, weight in zip(PARTS, variant.weights, strict=True) if weight) / total

    @staticmethod
    def decide(scores: np.ndarray, variant: Variant) -> np.ndarray:
        chosen = scores >= variant.threshold
        if variant.min_labels:
            best = np.argsort(-scores, axis=1)[:, :variant.min_labels]
            np.put_along_axis(chosen, best, True, axis=1)
        return chosen

    def predict_vectors(self, vectors: np.ndarray, variant: str = "combined") -> list[list[LabelScore]]:
        chosen_variant = self.variants[variant]
        scores = self.blend(self.parts(vectors), chosen_variant)
        chosen = self.decide(scores, chosen_variant)
        confidence = sigmoid(CONFIDENCE_SLOPE * (scores - chosen_variant.threshold))
        results = []
        for row in range(len(scores)):
            columns = sorted(np.where(chosen[row])[0], key=lambda column: -scores[row, column])
            results.append([LabelScore(self.labels[c], round(float(confidence[row, c]), 4)) for c in columns])
        return results

    # --- persistence (JSON + .npz, no pickle) -------------------------------------------------

    def save(self, name: str, directory: Path = MODELS_DIR) -> list[Path]:
        directory.mkdir(parents=True, exist_ok=True)
        npz_path, json_path = directory / f"{name}.npz", directory / f"{name}.json"
        np.savez_compressed(npz_path, coef=self.coef.astype(np.float16), intercept=self.intercept,
                            descriptions=self.descriptions.astype(np.float16), bank=self.bank.astype(np.float16),
                            bank_labels=self.bank_labels.astype(np.uint8))
        config = {"labels": self.labels, "k": self.k, "zero_shot_shift": self.zero_shot_shift,
                  "knn_temperature": self.knn_temperature,
                  "variants": {key: value.to_dict() for key, value in self.variants.items()}, **self.extra}
        json_path.write_text(json.dumps(config, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return [json_path, npz_path]

    @classmethod
    def load(cls, name: str, directory: Path = MODELS_DIR) -> LabelModel:
        config = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        with np.load(directory / f"{name}.npz") as stored:
            arrays = {key: stored[key] for key in stored.files}
        variants = {key: Variant.from_dict(value) for key, value in config.pop("variants").items()}
        labels = config.pop("labels")
        settings = {key: config.pop(key) for key in ("k", "zero_shot_shift", "knn_temperature")}
        return cls(labels, arrays, variants, extra=config, **settings)


class ThemeClassifier:
    """Themes, affected persons and SDGs for a list of recommendation texts (any UN language)."""

    def __init__(self, models: dict[str, LabelModel], embedder: Embedder | None = None):
        self.models = models
        self.embedder = embedder or default_embedder()

    @classmethod
    def load(cls, directory: Path = MODELS_DIR, embedder: Embedder | None = None) -> ThemeClassifier:
        return cls({key: LabelModel.load(name, directory) for key, name in TASKS.items()}, embedder)

    def predict(self, texts: list[str], variant: str = "combined",
                vectors: np.ndarray | None = None) -> list[dict[str, list[LabelScore]]]:
        """One dict per text: {"themes": [...], "affected_persons": [...], "sdgs": [...]}, best first.

        `variant` selects a fitted blend: "combined" (default) or one part alone ("linear",
        "zero_shot", "knn"), which the benchmark uses as baselines.
        """
        texts = list(texts)
        if not texts:
            return []
        vectors = self.embedder.embed(texts) if vectors is None else vectors  # the caller may have them already
        by_task = {key: model.predict_vectors(vectors, variant) for key, model in self.models.items()}
        results = [{key: by_task[key][row] for key in self.models} for row in range(len(texts))]
        for text, result in zip(texts, results, strict=True):
            for key, scores in result.items():
                for score in scores:
                    score.evidence = self.evidence(text, key, score.label)
        return results

    @cached_property
    def _label_stems(self) -> dict[tuple[str, str], frozenset[str]]:
        """(task, label) -> stems of the label's name, aliases and the description the project wrote."""
        from uprmonitor.match.retrieval import content_words

        stems = {}
        for task, entries in load_label_sets().items():
            if task not in TASKS or not isinstance(entries, list):
                continue
            for entry in entries:
                words = " ".join([entry["label"], entry.get("description", ""), *entry.get("aliases", [])])
                stems[(task, entry["label"])] = content_words(words)
        return stems

    def evidence(self, text: str, task: str, label: str, top_words: int = 5) -> list[str]:
        """Words of the text that the label's name or description also uses.

        The decision itself is made in embedding space, which has no words to point at; these are the
        words a reader can check it by. Texts in other languages than English get none.
        """
        from uprmonitor.match.retrieval import stem

        wanted = self._label_stems.get((task, label), frozenset())
        found: list[str] = []
        for word in _WORD.findall(text):
            if stem(word.lower()) in wanted and word not in found:
                found.append(word)
        return found[:top_words]
