"""The shipped action-category and issues classifiers, on recommendations written for these tests."""

from __future__ import annotations

import re

import numpy as np
import pytest

from uprmonitor.classify import ActionClassifier, IssuesClassifier
from uprmonitor.classify.features import FeatureSpace, clean, cue_tokens, object_tokens
from uprmonitor.classify.linear import LinearModel

RECOMMENDATIONS = [
    "Ratify the Optional Protocol to the Convention against Torture",
    "Continue its efforts to promote gender equality",
    "Consider ratifying the convention on the rights of migrant workers and their families",
    "Take measures to improve prison conditions",
    "Abolish the death penalty",
    "Share its good practices on birth registration with other countries of the region",
    "Adopt a comprehensive law against domestic violence before the end of 2016",
    "Redouble efforts to reduce child labour in rural areas",
]


@pytest.fixture(scope="module")
def action() -> ActionClassifier:
    return ActionClassifier.load()


@pytest.fixture(scope="module")
def issues() -> IssuesClassifier:
    return IssuesClassifier.load()


@pytest.mark.parametrize(("text", "expected"), [
    ("Ratify the Optional Protocol to the Convention against Torture", 5),
    ("Continue its efforts to promote gender equality", 2),
    ("Consider ratifying the convention on the rights of migrant workers and their families", 3),
    ("Consider establishing an independent body to monitor places of detention", 3),
    ("Take measures to improve prison conditions", 4),
])
def test_action_category_of_plain_recommendations(action, text, expected):
    assert action.predict([text])[0].label == expected


def test_modal_that_prefix_does_not_hide_the_leading_verb(action):
    assert clean("That the Government of Freedonia consider ratifying the convention") == "consider ratifying the convention"
    assert action.predict(["That Freedonia consider ratifying the convention against torture"])[0].label == 3


def test_death_penalty_issue(issues):
    labels = [score.label for score in issues.predict(["Abolish the death penalty"])[0]]
    assert "Death penalty" in labels


def test_issue_labels_are_upr_info_names(issues):
    assert len(issues.labels) == 54
    assert {"Death penalty", "Women's rights", "Rights of the Child", "Torture and other CID treatment"} <= set(issues.labels)
    predicted = issues.predict(["Strengthen measures to combat trafficking in women and girls"])[0]
    assert {"Trafficking", "Women's rights"} <= {score.label for score in predicted}


def test_every_text_gets_at_least_one_issue_sorted_by_confidence(issues):
    for scores in issues.predict(RECOMMENDATIONS + ["Do it"]):
        assert scores
        confidences = [score.confidence for score in scores]
        assert confidences == sorted(confidences, reverse=True)


def test_confidences_are_probabilities(action, issues):
    for prediction in action.predict(RECOMMENDATIONS):
        assert 0.0 <= prediction.confidence <= 1.0
    probabilities = action.probabilities(RECOMMENDATIONS)
    assert np.allclose(probabilities.sum(axis=1), 1.0, atol=1e-5)
    for scores in issues.predict(RECOMMENDATIONS):
        assert all(0.0 <= score.confidence <= 1.0 for score in scores)


def test_evidence_words_are_in_the_text(action, issues):
    for text, prediction in zip(RECOMMENDATIONS, action.predict(RECOMMENDATIONS), strict=True):
        assert prediction.evidence, text
        text_words = set(re.findall(r"\w+", text))
        assert all(word in text_words for word in prediction.evidence), (text, prediction.evidence)
    assert "death" in [word.lower() for word in issues.evidence("Abolish the death penalty", "Death penalty")]
    for text, scores in zip(RECOMMENDATIONS, issues.predict(RECOMMENDATIONS, evidence=True), strict=True):
        text_words = set(re.findall(r"\w+", text))
        for score in scores:
            assert all(word in text_words for word in score.evidence), (text, score)


def test_evidence_points_at_the_deciding_verb(action):
    assert "Consider" in action.predict(["Consider acceding to the statute of the international court"])[0].evidence


def test_predictions_are_deterministic(action, issues):
    first = action.predict(RECOMMENDATIONS)
    second = ActionClassifier.load().predict(list(reversed(RECOMMENDATIONS)))[::-1]
    assert first == second
    assert issues.predict(RECOMMENDATIONS) == IssuesClassifier.load().predict(RECOMMENDATIONS)


def test_empty_input(action, issues):
    assert action.predict([]) == []
    assert issues.predict([]) == []


def test_specificity_and_lead_cues():
    tokens = cue_tokens("Adopt the Law on Equality by 2015 in line with article 4 of CEDAW")
    assert {"lead1=adopt", "cue=year", "cue=deadline", "cue=article", "cue=treaty"} <= set(tokens)
    assert "cue=continue" in cue_tokens("Continue to strengthen the ombudsman")
    assert "cue=consider_gerund" in cue_tokens("Consider adopting a plan")


def test_object_of_the_leading_verb():
    # the head is the last word before the first preposition / conjunction, past determiners and adjectives
    assert object_tokens("Adopt a comprehensive national law against child marriage") == ["obj=law", "vobj=adopt_law"]
    assert object_tokens("Take further measures to protect journalists") == ["obj=measures", "vobj=take_measures"]
    # a particle stays with its verb; possessives are part of the noun phrase
    assert object_tokens("Step up its efforts in the fight against corruption") == ["obj=efforts", "vobj=step_up_efforts"]
    # no noun phrase: the clause word stands for the object
    assert object_tokens("Ensure that every birth is registered") == ["obj=that", "vobj=ensure_that"]
    assert object_tokens("") == []


def test_object_evidence_words_come_from_the_text(action):
    text = "Step up its efforts to provide shelters for victims of domestic violence"
    prediction = action.predict([text])[0]
    assert prediction.evidence and all(word in text.split() for word in prediction.evidence)


def test_model_round_trips_through_json_and_npz(tmp_path):
    """A tiny model fitted here saves to JSON + .npz (no pickle) and scores identically after loading."""
    from sklearn.svm import LinearSVC

    texts = ["Continue efforts on education", "Ratify the convention on disability", "Consider a moratorium",
             "Continue to promote health", "Ratify the covenant", "Consider inviting the rapporteur"]
    labels = [2, 5, 3, 2, 5, 3]
    space = FeatureSpace.default().fit(texts)
    svm = LinearSVC(random_state=0).fit(space.transform(texts), labels)
    import scipy.sparse as sp

    model = LinearModel(space, sp.csr_matrix(svm.coef_), svm.intercept_, [2, 3, 5], {"temperature": 1.0})
    paths = model.save("tiny", tmp_path)
    assert sorted(path.suffix for path in paths) == [".json", ".npz"]
    loaded = LinearModel.load("tiny", tmp_path)
    assert np.allclose(loaded.scores(texts), model.scores(texts), atol=1e-2)
    assert [loaded.labels[i] for i in loaded.scores(texts).argmax(axis=1)] == labels
