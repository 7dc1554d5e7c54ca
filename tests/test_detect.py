"""Kind and language detection on texts written here."""

from __future__ import annotations

import pytest

from builders import extracted_lines as lines
from uprmonitor.model import Block, ExtractedText
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.language import detect_language
from uprmonitor.structure.sessions import cycle_of_session


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (
            ("A/HRC/WG.6/60/MDA/1", "National report submitted in accordance with paragraph 5"),
            "national_report",
        ),
        (("A/HRC/WG.6/60/MDA/2", "Compilation on the Republic of Moldova"), "compilation"),
        (("A/HRC/WG.6/60/MDA/3", "Summary of stakeholders’ submissions"), "stakeholder_summary"),
        (("A/HRC/99/12/Add.1", "Views on conclusions and/or recommendations"), "wg_addendum"),
        (("A/HRC/99/12", "Report of the Working Group on the Universal", "Periodic Review"), "wg_report"),
        (("Thematic list of recommendations", "Republic of Moldova"), "thematic_list"),
        (
            ("JOINT SUBMISSION ON FREEDOM OF EXPRESSION", "Ensure that journalists can work."),
            "ngo_submission",
        ),
        # a WG report cites the national report it reviewed; its own title comes first
        (
            (
                "A/HRC/99/12",
                "Report of the Working Group on the UniversalPeriodic Review",
                "Freedonia",
                "3. The following documents were issued: (a) a national report (A/HRC/WG.6/60/FRE/1);",
            ),
            "wg_report",
        ),
        (
            ("A/HRC/9/99", "UNIVERSAL PERIODIC REVIEW", "* Previously issued as A/HRC/WG.6/3/L.12"),
            "wg_report",
        ),
        (("A/HRC/DEC/99/101", "Outcome of the universal periodic review: Freedonia"), "other"),
        (("ADVANCE QUESTIONS TO FREEDONIA", "NORWAY", "What steps are planned?"), "other"),
        (("Recommendation", "Position", "Full list of themes", "Theme: A1 Acceptance"), "thematic_list"),
        (
            ("Trends in supported recommendations", "x " * 400, "See: Matrix of Recommendations"),
            "ngo_submission",
        ),
    ],
)
def test_detects_kind_from_symbol_and_title(head, kind):
    assert detect_kind(lines(*head)) == kind


def test_a_table_with_recommendation_position_and_theme_headers_is_a_thematic_list():
    header = ["Recommendation", "Position", "Full list of themes", "Assessment"]
    blocks = [Block(cell, kind="table_cell", table=(0, 0, col)) for col, cell in enumerate(header)]
    blocks.append(Block("80.1 Ratify the protocol (Norway);", kind="table_cell", table=(0, 1, 0)))
    assert detect_kind(ExtractedText.from_blocks("m.docx", "docx", blocks)) == "thematic_list"


def test_a_bare_list_of_state_recommendations_is_a_working_group_report():
    items = [
        f"Ratify treaty number {n} ({state});"
        for n, state in enumerate(["Chile", "Peru", "Ghana", "Fiji", "Oman"])
    ]
    items.append("Adopt a plan (Bolivia (Plurinational State of)); (Spain);")
    assert detect_kind(lines("A/HRC/99/12", *items)) == "wg_report"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Government should ensure that the law on assembly is applied to all.", "en"),
        (
            "Le Gouvernement doit garantir que la loi sur les associations est appliquée dans tous les cas.",
            "fr",
        ),
        ("El Gobierno debe garantizar que la ley de asociaciones se aplique en todos los casos.", "es"),
        ("Правительству следует обеспечить свободу собраний.", "ru"),
        ("ينبغي للحكومة أن تكفل حرية التجمع", "ar"),
        ("政府应确保集会自由", "zh"),
        ("12345 67", None),
    ],
)
def test_detects_the_six_un_languages(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(("session", "cycle"), [(1, 1), (12, 1), (13, 2), (26, 2), (27, 3), (41, 4), (47, 4)])
def test_cycle_follows_from_the_working_group_session(session, cycle):
    assert cycle_of_session(session) == cycle


def test_unwrap_joins_split_words_but_keeps_prefix_hyphens():
    from uprmonitor.structure.textutil import unwrap

    text = "an anti-\ndiscrimination law; associations must re-\nregister;\nthe Non-\nAligned Movement"
    assert (
        unwrap(text) == "an anti-discrimination law; associations must reregister; the Non-Aligned Movement"
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # French writes "de", "la", "que" as much as Spanish: they must not make a French text Spanish.
        ("Mettre en place un mécanisme de protection de la liberté de la presse en ligne", "fr"),
        ("Garantizar la independencia del poder judicial y que se investiguen los casos", "es"),
        # No telling word at all: spelling decides.
        ("Ratificar la Convención", "es"),
        ("Ratifier la Convention", "fr"),
        ("Ratify the Convention", "en"),
    ],
)
def test_short_spanish_and_french_recommendations_are_told_apart(text, language):
    assert detect_language(text) == language


def test_unwrap_joins_words_split_in_other_languages():
    from uprmonitor.structure.textutil import unwrap

    # Russian "правозащитников" and French "élaboration" broken at a line end (written for this test).
    assert unwrap("защита правозащит-\nников") == "защита правозащитников"
    assert unwrap("une é-\nlaboration") == "une élaboration"
