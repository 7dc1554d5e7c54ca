"""A linear scorer over a `FeatureSpace`, saved as JSON + .npz (no pickle), with word-level evidence.

Weights are a sparse (labels × hashed columns) matrix: training prunes the smallest weights so the
shipped files stay small, and the stored figures are float16. Scores are `X @ W.T + intercept`.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.utils import murmurhash3_32

from .features import Block, FeatureSpace, clean, cue_tokens, object_tokens, words

MODELS_DIR = Path(__file__).resolve().parent / "models"
_WORD_TOKEN = re.compile(r"(?u)\b\w+\b")


class LinearModel:
    def __init__(self, space: FeatureSpace, weights: sp.csr_matrix, intercept: np.ndarray, labels: list, extra: dict):
        self.space = space
        self.weights = weights.tocsr().astype(np.float32)
        self.weights_t = self.weights.T.tocsr()
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.labels = list(labels)
        self.extra = extra
        self._dense_rows: dict[int, np.ndarray] = {}

    # --- persistence ------------------------------------------------------------------------

    def save(self, name: str, directory: Path = MODELS_DIR) -> list[Path]:
        directory.mkdir(parents=True, exist_ok=True)
        weights = self.weights.tocsr()
        arrays = dict(self.space.idf_arrays(), w_data=weights.data.astype(np.float16),
                      w_indices=weights.indices.astype(np.int32), w_indptr=weights.indptr.astype(np.int64),
                      intercept=self.intercept.astype(np.float32))
        npz_path, json_path = directory / f"{name}.npz", directory / f"{name}.json"
        np.savez_compressed(npz_path, **arrays)
        config = {"features": self.space.config(), "labels": self.labels,
                  "shape": list(weights.shape), **self.extra}
        json_path.write_text(json.dumps(config, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return [json_path, npz_path]

    @classmethod
    def load(cls, name: str, directory: Path = MODELS_DIR) -> LinearModel:
        config = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        with np.load(directory / f"{name}.npz") as arrays:
            space = FeatureSpace.from_config(config["features"], arrays)
            weights = sp.csr_matrix((arrays["w_data"].astype(np.float32), arrays["w_indices"], arrays["w_indptr"]),
                                    shape=tuple(config["shape"]))
            intercept = arrays["intercept"]
        extra = {k: v for k, v in config.items() if k not in ("features", "labels", "shape")}
        return cls(space, weights, intercept, config["labels"], extra)

    def _dense_row(self, label_index: int) -> np.ndarray:
        # One label's weights as a dense vector (a few MB), cached: evidence looks up many columns.
        if label_index not in self._dense_rows:
            self._dense_rows[label_index] = np.asarray(self.weights[label_index].todense()).ravel()
        return self._dense_rows[label_index]

    # --- scoring ----------------------------------------------------------------------------

    def scores(self, texts: list[str], batch_size: int = 4096) -> np.ndarray:
        """Decision values, one row per text and one column per label."""
        parts = [self.scores_of(self.space.transform(texts[start:start + batch_size]))
                 for start in range(0, len(texts), batch_size)]
        return np.vstack(parts) if parts else np.zeros((0, len(self.labels)), dtype=np.float32)

    def scores_of(self, features: sp.csr_matrix) -> np.ndarray:
        return np.asarray((features @ self.weights_t).todense()) + self.intercept

    def evidence(self, text: str, label_index: int, top: int = 5, features: sp.csr_matrix | None = None) -> list[str]:
        """The words of `text` whose n-grams pushed the score of `label_index` up most (coef × tf-idf).

        `features` is the text's row of `space.transform` when the caller already has it.
        """
        cleaned = clean(text)
        if features is None:
            features = self.space.transform([text])
        weights = self._dense_row(label_index)
        contribution = dict(zip(features.indices.tolist(), (features.data * weights[features.indices]).tolist(),
                                strict=True))
        per_word: dict[str, float] = defaultdict(float)
        offset = 0
        for block in self.space.blocks:
            for column, source_words in _block_terms(block, cleaned).items():
                share = contribution.get(offset + column, 0.0) / len(source_words)
                for word in source_words:
                    per_word[word] += share
            offset += block.n_features
        ranked = sorted(((value, word) for word, value in per_word.items() if value > 0), key=lambda p: (-p[0], p[1]))
        return [_as_written(word, cleaned) for _, word in ranked[:top]]


def _column(term: str, n_features: int) -> int:
    # The same hashing as scikit-learn's HashingVectorizer (signed murmurhash3, seed 0, abs modulo).
    return abs(murmurhash3_32(term, seed=0)) % n_features


def _block_terms(block: Block, text: str) -> dict[int, list[str]]:
    """Hashed column -> the words (lower case) behind each term of `block` present in `text`."""
    terms: dict[int, list[str]] = defaultdict(list)
    lowered = text.lower()
    if block.kind == "word":
        tokens = _WORD_TOKEN.findall(lowered)
        for i, token in enumerate(tokens):
            terms[_column(token, block.n_features)].append(token)
            if i + 1 < len(tokens):
                terms[_column(f"{token} {tokens[i + 1]}", block.n_features)].extend([token, tokens[i + 1]])
    elif block.kind == "char":
        for raw in lowered.split():
            padded, word = f" {raw} ", _strip_punctuation(raw)
            if not word:
                continue
            for n in range(2, 6):
                for i in range(len(padded) - n + 1):
                    terms[_column(padded[i:i + n], block.n_features)].append(word)
    elif block.kind == "cues":
        for token in cue_tokens(text):
            source = _cue_words(token, text)
            if source:
                terms[_column(token, block.n_features)].extend(source)
    elif block.kind == "object":
        present = set(words(text))
        for token in object_tokens(text):
            # "vobj=step_up_efforts" stands for the verb, its particle and the object's head
            source = [word for word in token.partition("=")[2].split("_") if word in present]
            if source:
                terms[_column(token, block.n_features)].extend(source)
    return terms


def _cue_words(token: str, text: str) -> list[str]:
    """Words a lead/cue pseudo-token stands for (lead tokens: the leading words)."""
    name, _, value = token.partition("=")
    if name.startswith("lead"):
        return [word for word in re.split(r"[_\s]+", value) if word]
    if name == "cue":
        from .features import cue_match

        match = cue_match(value, text)
        return [_strip_punctuation(word) for word in match.lower().split() if _strip_punctuation(word)] if match else []
    return []


def _strip_punctuation(word: str) -> str:
    return re.sub(r"^\W+|\W+$", "", word)


def _as_written(word: str, text: str) -> str:
    """`word` with the casing it has in `text` (evidence shows the text's own words)."""
    match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.IGNORECASE)
    return match.group(0) if match else word
