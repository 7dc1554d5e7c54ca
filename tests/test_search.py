"""Full-text search: the query language, stemming, filters and facets, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from uprmonitor.model import Document, Label, Recommendation
from uprmonitor.store import Store
from uprmonitor.store.query import QueryError, parse_query, to_fts5
from uprmonitor.store.search import Filters

RECOMMENDATIONS = [
    ("Abolish the registration requirement for religious associations", ["Norway"], "noted", "5"),
    ("Simplify the registration of religious groups and communities", ["Canada", "Chile"], "supported", "4"),
    ("Ensure the registration of births of all children", ["Ghana"], "supported", "4"),
    ("Abolish the death penalty", ["Italy"], "noted", "5"),
    ("Consider abolishing the death penalty for all crimes", ["Spain"], "supported", "3"),
]


def document(state: str, cycle: int, content_hash: str) -> Document:
    return Document(
        source=f"{state}.txt", content_hash=content_hash, format="txt", kind="wg_report", text="", cycle=cycle,
        state_under_review=state,
        recommendations=[
            Recommendation(text, paragraph=f"90.{i}", recommending_states=states, position=position,
                           labels={"action_category": [Label(category)]})
            for i, (text, states, position, category) in enumerate(RECOMMENDATIONS, start=1)
        ],
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'upr.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    with Store(url) as store:
        store.save(document("Freedonia", 2, "h1"))
        store.save(document("Sylvania", 3, "h2"))
        yield store
        if request.param == "postgresql":
            with store.engine.begin() as connection:
                connection.execute(text("truncate documents, label_corrections, embeddings restart identity cascade"))


def texts(result) -> list[str]:
    return [hit.text for hit in result.hits]


def test_words_are_stemmed_and_all_required(store):
    result = store.search("registration religious", Filters(state="Freedonia"))
    assert sorted(texts(result)) == sorted(RECOMMENDATIONS[i][0] for i in (0, 1))  # "religious" + "registration"
    assert store.search("abolishing", Filters(state="Freedonia")).total == 3  # abolish ~ abolishing


def test_phrases_or_and_not(store):
    freedonia = Filters(state="Freedonia")
    assert texts(store.search('"death penalty" NOT consider', freedonia)) == ["Abolish the death penalty"]
    assert texts(store.search('"death penalty" -consider', freedonia)) == ["Abolish the death penalty"]
    assert store.search("births OR communities", freedonia).total == 2
    assert store.search("(births OR communities) AND children", freedonia).total == 1


def test_filters_and_facets(store):
    result = store.search("registration")
    assert result.total == 6
    assert dict(result.facets["state_under_review"]) == {"Freedonia": 3, "Sylvania": 3}
    assert dict(result.facets["position"]) == {"supported": 4, "noted": 2}
    assert dict(result.facets["recommending_state"])["Canada"] == 2
    assert dict(result.facets["action_category"]) == {"4": 4, "5": 2}
    assert store.search("registration", Filters(cycle=3, position="noted")).total == 1
    assert store.search("registration", Filters(action_category=4, recommending_state="Ghana")).total == 2
    assert store.search("registration", Filters(kind="ngo_submission")).total == 0


def test_best_match_first_and_paging(store):
    result = store.search("death penalty", Filters(state="Sylvania"), limit=1)
    assert result.total == 2 and texts(result) == ["Abolish the death penalty"]  # shorter, denser match first
    assert texts(store.search("death penalty", Filters(state="Sylvania"), limit=1, offset=1)) == [
        "Consider abolishing the death penalty for all crimes"
    ]


def test_punctuation_is_never_syntax(store):
    freedonia = Filters(state="Freedonia")
    assert store.search("registration: religious!", freedonia).total == 2
    assert store.search("religious* NEAR/2 registration^", freedonia).total == 0  # NEAR is a word here, not FTS5's


@pytest.mark.parametrize(
    ("query", "problem"),
    [("", "empty"), ("NOT death", "at least one word"), ("(death", "not closed"), ("death OR", "expected a word")],
)
def test_bad_queries_say_what_is_wrong(query, problem):
    with pytest.raises(QueryError, match=problem):
        parse_query(query)


def test_operators_are_capitals_and_stop_words_are_dropped():
    assert to_fts5(parse_query("freedom of religion and belief")) == '("freedom" AND "religion" AND "belief")'
    assert to_fts5(parse_query('"freedom of religion" OR belief')) == '("freedom of religion" OR "belief")'


def test_a_very_broad_search_counts_facets_over_its_best_hits(store, monkeypatch):
    from uprmonitor.store import search as search_module

    monkeypatch.setattr(search_module, "FACET_SAMPLE", 2)
    result = store.search("registration", limit=1)
    assert result.total == 6 and result.facets_over == 2
    assert sum(count for _, count in result.facets["position"]) == 2
    filtered = store.search("registration", Filters(state="Sylvania"), limit=1)
    assert filtered.total == 3 and filtered.facets_over == 2
    assert store.search("registration", limit=4).facets_over == 4  # a page never loses hits to the sample


class TopicEmbedder:
    """A stand-in embedder for the fusion logic: one axis per topic word, so similarity is predictable."""

    name = "topic-test"
    TOPICS = ("religious", "births", "death")

    def embed(self, texts, kind="query", remember=True):
        import numpy as np

        vectors = np.array([[float(topic in text.lower()) for topic in self.TOPICS] + [0.1] for text in texts])
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_semantic_reranking_fuses_text_rank_and_meaning(store):
    from uprmonitor.store.search import search as run_search

    with store.engine.begin() as connection:
        plain = run_search(connection, "registration", Filters(state="Freedonia"))
    with store.engine.begin() as connection:
        # the query's meaning points at "religious": those hits rise above the births one
        fused = run_search(connection, "registration religious OR registration", Filters(state="Freedonia"),
                           embedder=TopicEmbedder())
    assert plain.total == fused.total == 3
    assert [hit.text for hit in fused.hits][-1] == "Ensure the registration of births of all children"
    assert all(0 < hit.score <= 2 / 60 for hit in fused.hits)  # reciprocal rank fusion scores


PRESS = "Guarantee that journalists can report without intimidation or reprisals"


def store_with_vectors(store) -> None:
    """What `upr analyze` leaves behind: every stored recommendation's vector in the store's cache."""
    press = Document(source="Ruritania.txt", content_hash="h3", format="txt", kind="wg_report", text="", cycle=3,
                     state_under_review="Ruritania",
                     recommendations=[Recommendation(PRESS, paragraph="90.1", recommending_states=["Sweden"],
                                                     position="supported")])
    store.save(press)
    store.cached_embedder().embed([text for text, *_ in RECOMMENDATIONS] + [PRESS])


def test_semantic_search_finds_a_recommendation_that_shares_no_word_with_the_query(store):
    store_with_vectors(store)
    assert store.search("freedom of the press").total == 0  # no word in common
    result = store.search("freedom of the press", semantic=True)
    assert texts(result)[0] == PRESS
    assert ("Ruritania", 1) in result.facets["state_under_review"]
    assert result.hits[0].by_meaning_only
    plain = store.search("death penalty", semantic=True)
    assert not any(hit.by_meaning_only for hit in plain.hits if "penalty" in hit.text)
    assert result.total < 11  # only the texts about as close as the closest one, not all of them


def test_filters_apply_to_hits_found_by_meaning_alone(store):
    store_with_vectors(store)
    assert PRESS not in texts(store.search("freedom of the press", Filters(state="Freedonia"), semantic=True))
    assert texts(store.search("freedom of the press", Filters(cycle=3, position="supported"), semantic=True))[0] == PRESS


def test_text_matches_still_rank_above_meaning_alone(store):
    store_with_vectors(store)
    result = store.search("death penalty", Filters(state="Freedonia"), semantic=True)
    assert set(texts(result)[:2]) == {RECOMMENDATIONS[3][0], RECOMMENDATIONS[4][0]}


def test_the_vector_index_is_rebuilt_when_the_store_changes(store):
    store_with_vectors(store)
    store.search("freedom of the press", semantic=True)
    with store.engine.connect() as connection:
        before = store.vector_index(connection, "multilingual-e5-small-q4").coverage
    store.save(document("Grand Fenwick", 2, "h4"))
    store.cached_embedder().embed([text for text, *_ in RECOMMENDATIONS])  # same texts: already cached
    with store.engine.connect() as connection:
        assert store.vector_index(connection, "multilingual-e5-small-q4").coverage == before + len(RECOMMENDATIONS)


def test_a_position_set_later_by_an_addendum_is_searchable_by_position(store):
    report = Document(source="report.txt", content_hash="h-report", format="txt", kind="wg_report", text="",
                      cycle=3, state_under_review="Ruritania", symbol="A/HRC/99/1",
                      recommendations=[Recommendation("Abolish the death penalty for juveniles", paragraph="90.1",
                                                      position="pending")])
    addendum = Document(source="addendum.txt", content_hash="h-addendum", format="txt", kind="wg_addendum", text="",
                        extra={"report_symbol": "A/HRC/99/1", "positions": {"90.1": "supported"}})
    store.save(report)
    ruritania = Filters(state="Ruritania", position="supported")
    assert store.search("juveniles", ruritania).total == 0
    store.save(addendum)
    assert texts(store.search("juveniles", ruritania)) == ["Abolish the death penalty for juveniles"]
    assert store.search("juveniles", Filters(position="pending")).total == 0


def test_filters_match_whole_values_only(store):
    # "Korea" must not find the Democratic People's Republic of Korea, nor cycle 1 find cycle 12
    for state, cycle, content_hash in (("Republic of Korea", 12, "k1"), ("Democratic People's Republic of Korea", 1, "k2")):
        store.save(document(state, cycle, content_hash))
    assert {hit.state_under_review for hit in store.search("penalty", Filters(state="Republic of Korea")).hits} == \
        {"Republic of Korea"}
    assert store.search("penalty", Filters(state="Korea")).total == 0
    assert {hit.state_under_review for hit in store.search("penalty", Filters(cycle=1)).hits} == \
        {"Democratic People's Republic of Korea"}


CHINESE = [  # written for this test: "ratify the OP to the Convention against Torture", "protect children's rights"
    "批准《禁止酷刑公约任择议定书》",
    "保护儿童权利",
]


def test_words_inside_chinese_text_are_found(store):
    store.save(Document(source="zh.txt", content_hash="zh", format="txt", kind="wg_report", text="",
                        state_under_review="Ruritania",
                        recommendations=[Recommendation(text, paragraph=f"9.{i}") for i, text in enumerate(CHINESE)]))
    zh = Filters(state="Ruritania")
    assert texts(store.search("酷刑", zh)) == [CHINESE[0]]  # "torture", inside a run with no spaces
    assert texts(store.search("禁止酷刑", zh)) == [CHINESE[0]]  # a longer word: its character pairs in order
    assert texts(store.search("儿童", zh)) == [CHINESE[1]]
    assert texts(store.search("童", zh)) == [CHINESE[1]]  # one character
    assert store.search("酷刑儿童", zh).total == 0  # pairs must stand next to each other
    assert store.search("儿童 OR 酷刑", zh).total == 2
    assert store.search("registration", zh).total == 0  # other scripts as before


def test_chinese_query_terms_become_phrases_of_character_pairs():
    assert to_fts5(parse_query("禁止酷刑")) == '"禁止 止酷 酷刑"'
    assert to_fts5(parse_query("童")) == '"童" *'


def test_a_store_made_before_chinese_search_terms_gets_them_on_upgrade(tmp_path):
    from alembic import command

    from uprmonitor.store.database import alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store(url) as store:
        store.save(Document(source="zh.txt", content_hash="zh", format="txt", kind="wg_report", text="",
                            recommendations=[Recommendation(CHINESE[0], paragraph="9.1")]))
        config = alembic_config(store.engine)
        with store.engine.begin() as connection:  # back to the schema of revision 0003, data kept
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
        assert store.search("酷刑").total == 0  # what users of revision 0003 saw
    with Store(url) as store:  # opening the store runs the pending migration
        assert texts(store.search("酷刑")) == [CHINESE[0]]


OTHER_LANGUAGES = [  # written for this test
    ("ru", "Положить конец пыткам и жестокому обращению с задержанными"),
    ("es", "Proteger a los niños contra la violencia"),
    ("fr", "Protéger les enfants contre la torture"),
]


def test_every_form_of_a_word_is_found_in_spanish_french_and_russian(store):
    for language, text_ in OTHER_LANGUAGES:
        store.save(Document(source=f"{language}.txt", content_hash=language, format="txt", kind="wg_report",
                            text="", language=language, state_under_review="Ruritania",
                            recommendations=[Recommendation(text_, paragraph="9.1")]))
    zh = Filters(state="Ruritania")
    assert texts(store.search("пытки", zh)) == [OTHER_LANGUAGES[0][1]]  # the text says "пыткам"
    # Forms the index's English (Porter) stemmer keeps apart: the text says "niños" and "Protéger".
    assert texts(store.search("niñas", zh)) == [OTHER_LANGUAGES[1][1]]
    # Spanish and French share stems: "protégées" also finds Spanish "Proteger", the same ask.
    assert sorted(texts(store.search("protégées", zh))) == sorted([OTHER_LANGUAGES[1][1], OTHER_LANGUAGES[2][1]])
    assert store.search('"пытки"', zh).total == 0  # a phrase is taken as written
    assert texts(store.search("жестокому", zh)) == [OTHER_LANGUAGES[0][1]]  # the form as written, too
