"""WG report addenda (the State's responses): invented texts and tables written in code."""

from __future__ import annotations

import docx
import pytest

from builders import extracted_lines
from uprmonitor.ingest import read_document
from uprmonitor.model import ExtractedText, Recommendation
from uprmonitor.structure.wg_addendum import apply_positions, expand_numbers, parse_wg_addendum

PROSE_ADDENDUM = """\
United Nations                                                  A/HRC/61/12/Add.1
General Assembly                                                Distr.: General

Human Rights Council
Sixty-first session

Report of the Working Group on the Universal Periodic Review*
Ruritania is not a state; the next line is.
Estonia
Addendum
Views on conclusions and/or recommendations, voluntary commitments and replies
presented by the State under review

     1.   This document sets out the answers of Estonia to the recommendations received
     during its fourth cycle review. The report contains 14 recommendations.
     2.   The answers are grouped: 1. Supported recommendations; 2. Noted recommendations.1

     I. Supported recommendations
     3.   Estonia supports recommendations 140.1, 140.3 to 140.5, 140.8–
     10 and 140.12. It considers recommendation 140.3 already implemented.
     Rec. 140.4   The national action plan covers this.2
     Rec. 140.9   Training for police officers began in 2025 with support from partners.

     II. Noted recommendations
     4.   For the time being, Estonia notes recommendations 140.2, 140.6-7
     and 140.11. Estonia partially supports recommendation 140.13; it does not accept
     recommendation 140.14.
"""


def _text(text: str) -> ExtractedText:
    return extracted_lines(*text.split("\n"), source="addendum.txt")


def _recommendation(paragraph: str, position: str | None = None) -> Recommendation:
    return Recommendation(text=f"Invented recommendation {paragraph}", paragraph=paragraph, position=position)


def test_prose_statements_give_positions_by_paragraph():
    positions = parse_wg_addendum(_text(PROSE_ADDENDUM)).metadata["positions"]
    supported = ["140.1", "140.3", "140.4", "140.5", "140.8", "140.9", "140.10", "140.12"]
    noted = ["140.2", "140.6", "140.7", "140.11", "140.13", "140.14"]
    assert positions == {**{p: "supported" for p in supported}, **{p: "noted" for p in noted}}


def test_partial_support_is_noted_and_listed():
    metadata = parse_wg_addendum(_text(PROSE_ADDENDUM)).metadata
    assert metadata["positions"]["140.13"] == "noted"
    assert metadata["partially_supported"] == ["140.13"]
    assert metadata["conflicts"] == []


def test_metadata_symbol_state_and_cycle():
    metadata = parse_wg_addendum(_text(PROSE_ADDENDUM)).metadata
    assert metadata["report_symbol"] == "A/HRC/61/12"
    assert metadata["symbol"] == "A/HRC/61/12/Add.1"
    assert metadata["state_under_review"] == "Estonia"
    assert metadata["cycle"] == 4


def test_bare_ordinals_and_passive_statements():
    text = (
        "2.   The Government accepts the recommendations 1–4, 9, 11–\n"
        "13. Recommendations 5 and 6 are noted. Recommendations 7, 8 and 10 were supported.\n"
        "3.   The report contains 13 recommendations; see recommendation 2 for details.\n"
    )
    positions = parse_wg_addendum(_text(text)).metadata["positions"]
    assert positions == {
        "1": "supported",
        "2": "supported",
        "3": "supported",
        "4": "supported",
        "9": "supported",
        "11": "supported",
        "12": "supported",
        "13": "supported",
        "5": "noted",
        "6": "noted",
        "7": "supported",
        "8": "supported",
        "10": "supported",
    }


def test_per_recommendation_lines():
    text = "Responses\n115.3 Supported.\n115.4–115.6: Noted\n115.7 Partially accepted\n115.8 Accepted in 2010 law.\n"
    metadata = parse_wg_addendum(_text(text)).metadata
    assert metadata["positions"] == {
        "115.3": "supported",
        "115.4": "noted",
        "115.5": "noted",
        "115.6": "noted",
        "115.7": "noted",
    }
    assert metadata["partially_supported"] == ["115.7"]


def test_items_numbered_like_the_recommendations():
    text = (
        "Slovenia's answers are as follows:\n"
        "1.    Ruritania cannot, at this stage, make a definitive statement.\n"
        "2.    Ruritania accepts the recommendation. Work on it has started.\n"
        "3., 4.   The Government accepts these recommendations and notes progress.\n"
        "5.    Ruritania does not accept this recommendation.\n"
    )
    positions = parse_wg_addendum(_text(text)).metadata["positions"]
    assert positions == {"2": "supported", "3": "supported", "4": "supported", "5": "noted"}


def test_position_table_in_docx(tmp_path):
    document = docx.Document()
    document.add_paragraph("Addendum A/HRC/59/3/Add.1")
    table = document.add_table(rows=0, cols=3)
    for row in (
        ["Recommendation", "Position", "Comments"],
        ["98.1", "Supported", "Already implemented."],
        ["98.2 - 98.4", "Noted", ""],
        ["98.5", "Supported/Noted", "Supported as to the first part."],
    ):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    path = tmp_path / "add1.docx"
    document.save(path)
    metadata = parse_wg_addendum(read_document(path)).metadata
    assert metadata["positions"] == {
        "98.1": "supported",
        "98.2": "noted",
        "98.3": "noted",
        "98.4": "noted",
        "98.5": "noted",
    }
    assert metadata["partially_supported"] == ["98.5"]
    assert metadata["report_symbol"] == "A/HRC/59/3"


def test_conflicting_statements_keep_the_later_and_are_reported():
    text = "3.   Estonia supports recommendations 9.1 and 9.2.\n4.   Estonia notes recommendation 9.2.\n"
    metadata = parse_wg_addendum(_text(text)).metadata
    assert metadata["positions"] == {"9.1": "supported", "9.2": "noted"}
    assert metadata["conflicts"] == ["9.2"]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        ("115.1, 115.3 to 115.5", ["115.1", "115.3", "115.4", "115.5"]),
        ("122.17-18, 122.62-\n64", ["122.17", "122.18", "122.62", "122.63", "122.64"]),
        ("1–3 and 7", ["1", "2", "3", "7"]),
        ("115.9–116.2", ["115.9", "116.2"]),  # across paragraphs: only the ends are certain
        ("1-500", ["1", "500"]),  # not a plausible range of recommendations
        ("in 2025", []),  # a year is not a recommendation number
    ],
)
def test_expand_numbers(listed, expected):
    assert expand_numbers(listed) == expected


def test_apply_positions_fills_only_open_recommendations():
    recommendations = [
        _recommendation("118.1", "supported"),
        _recommendation("119.1"),
        _recommendation("119.2", "pending"),
    ]
    applied = apply_positions(recommendations, {"118.1": "noted", "119.1": "noted", "119.2": "supported"})
    assert applied == 2
    assert [r.position for r in recommendations] == ["supported", "noted", "supported"]


def test_apply_positions_maps_ordinals_when_one_paragraph_is_open():
    recommendations = [_recommendation("115.1"), _recommendation("115.2"), _recommendation("115.10")]
    assert apply_positions(recommendations, {"1": "supported", "10": "noted"}) == 2
    assert [r.position for r in recommendations] == ["supported", None, "noted"]


def test_apply_positions_ignores_ordinals_when_ambiguous():
    recommendations = [_recommendation("121.1"), _recommendation("122.1")]
    assert apply_positions(recommendations, {"1": "supported"}) == 0
    assert [r.position for r in recommendations] == [None, None]


def test_two_column_items_continue_their_numbers_on_the_next_line():
    text = (
        "7., 8., 9.,          Ruritania accepts these recommendations and has acted on them.\n"
        "11., 12.             The next column goes on here.\n"
        "10.                  Ruritania cannot accept the recommendation, for two reasons.\n"
    )
    positions = parse_wg_addendum(_text(text)).metadata["positions"]
    assert positions == {
        "7": "supported",
        "8": "supported",
        "9": "supported",
        "11": "supported",
        "12": "supported",
        "10": "noted",
    }
