"""Embeddings kept in the store, so no text is embedded twice (key: the embedder's text hash + model)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from uprmonitor.store.schema import EmbeddingRow

LOOKUP_BATCH = 500  # keys per SELECT … IN (…): well under SQLite's variable limit


class EmbeddingCache(MutableMapping):
    """A mapping text_hash -> float32 vector for one model, backed by the `embeddings` table.

    Besides the mapping methods it has `get_many` and `set_many`, which the embedder uses to read
    and write a whole batch in a few statements instead of one per text.
    """

    def __init__(self, engine, model: str):
        self.engine = engine
        self.model = model

    def get_many(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        keys = list(dict.fromkeys(keys))
        found = {}
        with self.engine.connect() as connection:
            for start in range(0, len(keys), LOOKUP_BATCH):
                chunk = keys[start : start + LOOKUP_BATCH]
                rows = connection.execute(
                    select(EmbeddingRow.text_hash, EmbeddingRow.vector).where(
                        EmbeddingRow.model == self.model, EmbeddingRow.text_hash.in_(chunk)
                    )
                )
                found.update({key: np.frombuffer(vector, dtype=np.float32) for key, vector in rows})
        return found

    def set_many(self, items: dict[str, np.ndarray]) -> None:
        if not items:
            return
        rows = [
            {"text_hash": key, "model": self.model, "dim": int(np.asarray(vector).size),
             "vector": np.asarray(vector, dtype=np.float32).tobytes()}
            for key, vector in items.items()
        ]
        with self.engine.begin() as connection:
            insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
            statement = insert(EmbeddingRow).on_conflict_do_nothing(index_elements=["text_hash", "model"])
            connection.execute(statement, rows)

    def __getitem__(self, key: str) -> np.ndarray:
        found = self.get_many([key])
        if key not in found:
            raise KeyError(key)
        return found[key]

    def __setitem__(self, key: str, vector: np.ndarray) -> None:
        self.set_many({key: vector})

    def __delitem__(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                delete(EmbeddingRow).where(EmbeddingRow.model == self.model, EmbeddingRow.text_hash == key)
            )

    def __iter__(self) -> Iterator[str]:
        with self.engine.connect() as connection:
            keys = connection.execute(select(EmbeddingRow.text_hash).where(EmbeddingRow.model == self.model))
            return iter([key for (key,) in keys])

    def __len__(self) -> int:
        with self.engine.connect() as connection:
            return connection.execute(
                select(func.count()).select_from(EmbeddingRow).where(EmbeddingRow.model == self.model)
            ).scalar()
