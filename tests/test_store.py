"""The store keeps everything a parser produced, once, and never half of it."""

from __future__ import annotations

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from uprmonitor.errors import StoreError
from uprmonitor.model import Document, Label, Recommendation, Section
from uprmonitor.store import Store
from uprmonitor.store.database import alembic_config


def make_document(content_hash="hash-1", kind="wg_report", symbol="A/HRC/99/12", positions=None) -> Document:
    return Document(
        source="report.txt",
        content_hash=content_hash,
        format="txt",
        kind=kind,
        text="80.1 Ratify the Optional Protocol (Norway);\n80.2 Adopt a law on asylum (Chile) (Peru);",
        title="Report of the Working Group",
        state_under_review="Republic of Moldova",
        symbol=symbol,
        session=60,
        year=2031,
        sections=[Section("Conclusions and/or recommendations", concerns=["The review took place."])],
        recommendations=[
            Recommendation(
                "Ratify the Optional Protocol",
                section="Conclusions and/or recommendations",
                paragraph="80.1",
                recommending_states=["Norway"],
                position=(positions or {}).get("80.1"),
                start=0,
                end=43,
            ),
            Recommendation(
                "Adopt a law on asylum",
                section="Conclusions and/or recommendations",
                paragraph="80.2",
                recommending_states=["Chile", "Peru"],
                position=(positions or {}).get("80.2"),
                start=44,
                end=87,
            ),
        ],
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """Every store test runs on SQLite and on a real PostgreSQL server: one code path for both."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'upr.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    with Store(url) as store:
        yield store
        if request.param == "postgresql":
            _empty(store)


def _empty(store: Store) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("truncate documents, label_corrections, embeddings restart identity cascade"))


def test_round_trip_keeps_every_field(store):
    saved = store.save(make_document(positions={"80.1": "supported"}))
    loaded = store.load(saved.document_id)
    assert loaded.state_under_review == "Republic of Moldova"
    assert loaded.symbol == "A/HRC/99/12" and loaded.session == 60
    assert loaded.sections[0].concerns == ["The review took place."]
    first, second = loaded.recommendations
    assert (first.paragraph, first.position, first.recommending_states) == ("80.1", "supported", ["Norway"])
    assert second.recommending_states == ["Chile", "Peru"]
    assert loaded.text[second.start : second.end].startswith("80.2 Adopt a law on asylum")
    assert first.id is not None and first.id != second.id


def test_saving_the_same_content_twice_stores_it_once(store):
    first = store.save(make_document())
    again = store.save(make_document())
    assert again.document_id == first.document_id and not again.created
    assert [summary.recommendations for summary in store.documents()] == [2]


def test_replace_swaps_the_analysis(store):
    store.save(make_document())
    newer = make_document()
    newer.recommendations = newer.recommendations[:1]
    result = store.save(newer, replace=True)
    assert result.created
    assert [summary.recommendations for summary in store.documents()] == [1]


@pytest.mark.parametrize("addendum_first", [False, True])
def test_addendum_positions_reach_the_report_in_either_order(store, addendum_first):
    addendum = Document(
        source="add1.txt",
        content_hash="hash-add",
        format="txt",
        kind="wg_addendum",
        text="…",
        extra={"report_symbol": "A/HRC/99/12", "positions": {"80.1": "supported", "80.2": "noted"}},
    )
    report = make_document(positions={"80.1": "pending"})
    order = [addendum, report] if addendum_first else [report, addendum]
    results = [store.save(document) for document in order]
    assert sum(result.positions_applied for result in results) == 2
    loaded = store.load(report.id)
    assert [rec.position for rec in loaded.recommendations] == ["supported", "noted"]


def test_a_report_position_is_not_overwritten_by_an_addendum(store):
    report = make_document(positions={"80.1": "noted"})
    store.save(report)
    store.save(
        Document(
            source="add1.txt",
            content_hash="h2",
            format="txt",
            kind="wg_addendum",
            text="",
            extra={"report_symbol": "A/HRC/99/12", "positions": {"80.1": "supported"}},
        )
    )
    assert store.load(report.id).recommendations[0].position == "noted"


def test_a_failed_import_leaves_nothing_behind(store):
    store.save(make_document(content_hash="good"))
    broken = make_document(content_hash="broken")
    broken.recommendations[1].text = None  # violates NOT NULL half-way through the insert
    with pytest.raises(StoreError, match="report.txt"):
        store.save(broken)
    assert [summary.id for summary in store.documents()] == [1]
    with store.engine.connect() as connection:
        assert connection.execute(text("select count(*) from recommendations")).scalar() == 2


def test_schema_is_at_the_latest_migration(store):
    head = ScriptDirectory.from_config(alembic_config(store.engine)).get_current_head()
    with store.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head


def test_deleting_a_document_removes_its_children(store):
    result = store.save(make_document())
    assert store.delete(result.document_id)
    with store.engine.connect() as connection:
        for table in ("sections", "concerns", "recommendations", "recommending_states", "labels"):
            assert connection.execute(text(f"select count(*) from {table}")).scalar() == 0


def test_a_plain_path_is_a_sqlite_file(tmp_path):
    with Store(str(tmp_path / "sub" / "my.db")) as store:
        store.save(make_document())
    assert (tmp_path / "sub" / "my.db").exists()


def test_an_unusable_url_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot"):
        Store("nosuchdialect://host/db")


def labelled_document(content_hash="hash-labels") -> Document:
    document = make_document(content_hash=content_hash)
    document.recommendations[0].labels = {
        "action_category": [Label("5", confidence=0.91, evidence=["Ratify"])],
        "issues": [Label("International instruments", 0.8), Label("Torture and other CID treatment", 0.6)],
        "instruments": [Label("OPCAT", details={"action": "ratify", "article": []})],
    }
    return document


def test_labels_are_stored_with_confidence_evidence_and_details(store):
    saved = store.save(labelled_document())
    labels = store.load(saved.document_id).recommendations[0].labels
    assert labels["action_category"][0] == Label("5", confidence=0.91, evidence=["Ratify"], source="model")
    assert [label.label for label in labels["issues"]] == [
        "International instruments",
        "Torture and other CID treatment",
    ]
    assert labels["instruments"][0].details == {"action": "ratify", "article": []}


def test_a_correction_wins_over_the_model_and_keeps_the_trail(store):
    saved = store.save(labelled_document())
    rec_id = store.load(saved.document_id).recommendations[0].id
    store.correct_labels(rec_id, "issues", ["Torture and other CID treatment"], author="analyst")
    store.correct_labels(rec_id, "action_category", ["4"], note="no treaty named precisely")
    labels = store.load(saved.document_id).recommendations[0].labels
    assert [(label.label, label.source) for label in labels["issues"]] == [
        ("Torture and other CID treatment", "user")
    ]
    assert labels["action_category"][0].label == "4"
    trail = store.corrections()
    assert [(c.field, c.labels, c.previous) for c in trail] == [
        (
            "issues",
            ["Torture and other CID treatment"],
            ["International instruments", "Torture and other CID treatment"],
        ),
        ("action_category", ["4"], ["5"]),
    ]
    assert trail[0].author == "analyst" and trail[0].text == "Ratify the Optional Protocol"


def test_model_relabelling_leaves_corrections_in_force(store):
    saved = store.save(labelled_document())
    rec_id = store.load(saved.document_id).recommendations[0].id
    store.correct_labels(rec_id, "issues", ["Death penalty"])
    store.replace_labels({rec_id: {"issues": [Label("Migrants", 0.7)], "action_category": [Label("3", 0.5)]}})
    labels = store.load(saved.document_id).recommendations[0].labels
    assert [label.label for label in labels["issues"]] == ["Death penalty"]
    assert labels["action_category"][0].label == "3"


def test_corrections_survive_reanalysis_and_deletion(store):
    saved = store.save(labelled_document())
    rec_id = store.load(saved.document_id).recommendations[0].id
    store.correct_labels(rec_id, "issues", ["Death penalty"])
    again = store.save(labelled_document(), replace=True)
    reloaded = store.load(again.document_id).recommendations[0]
    assert reloaded.labels["issues"][0].label == "Death penalty"
    assert store.corrections()[0].recommendation_id == reloaded.id
    store.delete(again.document_id)
    assert [c.labels for c in store.corrections()] == [["Death penalty"]]


def test_correcting_an_unknown_field_or_recommendation_is_a_clear_error(store):
    saved = store.save(labelled_document())
    rec_id = store.load(saved.document_id).recommendations[0].id
    with pytest.raises(StoreError, match="unknown label field"):
        store.correct_labels(rec_id, "colour", ["blue"])
    with pytest.raises(StoreError, match="no recommendation with id 999"):
        store.correct_labels(999, "issues", ["Death penalty"])


def test_embedding_cache_keeps_vectors_per_model(store):
    import numpy as np

    cache = store.embedding_cache("model-a")
    vectors = {"h1": np.array([0.6, 0.8], dtype=np.float32), "h2": np.array([1.0, 0.0], dtype=np.float32)}
    cache.set_many(vectors)
    cache.set_many({"h1": np.array([0.0, 1.0], dtype=np.float32)})  # already there: the first vector stays
    found = cache.get_many(["h1", "h2", "h3"])
    assert sorted(found) == ["h1", "h2"] and np.allclose(found["h1"], [0.6, 0.8])
    assert len(cache) == 2 and cache.get("h3") is None
    assert len(store.embedding_cache("model-b")) == 0
    del cache["h2"]
    assert sorted(cache) == ["h1"]
