from __future__ import annotations

import pytest

from uprmonitor.structure.states import (
    STATE_NAMES,
    canonical_state,
    find_state_spans,
    find_states,
    state_from_demonym,
)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("United Kingdom", "United Kingdom of Great Britain and Northern Ireland"),
        ("UK", "United Kingdom of Great Britain and Northern Ireland"),
        ("United States", "United States of America"),
        ("USA", "United States of America"),
        ("Russia", "Russian Federation"),
        ("Iran", "Iran (Islamic Republic of)"),
        ("Syria", "Syrian Arab Republic"),
        ("Venezuela", "Venezuela (Bolivarian Republic of)"),
        ("Bolivia", "Bolivia (Plurinational State of)"),
        ("Moldova", "Republic of Moldova"),
        ("Tanzania", "United Republic of Tanzania"),
        ("Korea", "Republic of Korea"),
        ("DPRK", "Democratic People's Republic of Korea"),
        ("DPR Korea", "Democratic People's Republic of Korea"),
        ("Cote d'Ivoire", "Côte d'Ivoire"),
        ("Côte d\u2019Ivoire", "Côte d'Ivoire"),
        ("Turkey", "Türkiye"),
        ("Czech Republic", "Czechia"),
        ("The former Yugoslav Republic of Macedonia", "North Macedonia"),
        ("Macedonia FYR", "North Macedonia"),
        ("The Holy See", "Holy See"),
        ("Palestine", "State of Palestine"),
        ("Swaziland", "Eswatini"),
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
        ("Republic of Congo", "Congo"),
        ("Libyan Arab Jamahiriya", "Libya"),
        ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
        ("St Vincent & the Grenadines", "Saint Vincent and the Grenadines"),
        ("the Netherlands", "Netherlands"),
        ("  viet nam ", "Viet Nam"),
    ],
)
def test_canonical_state_maps_variants(written, canonical):
    assert canonical_state(written) == canonical


def test_canonical_names_map_to_themselves_and_cover_members_and_observers():
    assert all(canonical_state(name) == name for name in STATE_NAMES)
    assert len(STATE_NAMES) == 195  # 193 members, Holy See, State of Palestine


@pytest.mark.parametrize("not_a_state", ["", "European Union", "Kosovo of Atlantis", "(Unknown)"])
def test_canonical_state_rejects_unknown_names(not_a_state):
    assert canonical_state(not_a_state) is None


def test_find_states_keeps_order_and_prefers_the_longest_name():
    text = "Equatorial Guinea, Guinea-Bissau, Niger, Nigeria, the Democratic Republic of the Congo and Sudan"
    assert find_states(text) == [
        "Equatorial Guinea",
        "Guinea-Bissau",
        "Niger",
        "Nigeria",
        "Democratic Republic of the Congo",
        "Sudan",
    ]


def test_find_states_reads_names_with_their_own_brackets_and_line_breaks():
    text = "Bolivia (Plurinational State of), Iran (Islamic\nRepublic of) and Democratic People\u2019s Republic of Korea"
    assert find_states(text) == [
        "Bolivia (Plurinational State of)",
        "Iran (Islamic Republic of)",
        "Democratic People's Republic of Korea",
    ]


def test_find_states_in_prose_skips_ambiguous_short_forms_and_lower_case_words():
    assert find_states("Tell US what the UK delegation said about roast turkey") == []
    assert find_states("(UK, US)", in_prose=False) == [
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
    ]


def test_find_states_once_each():
    assert find_states("Chile welcomed ... Chile recommended ... Peru") == ["Chile", "Peru"]


def test_find_state_spans_point_at_the_names():
    text = "Spain and Tunisia"
    assert [(text[s:e], name) for s, e, name in find_state_spans(text)] == [
        ("Spain", "Spain"),
        ("Tunisia", "Tunisia"),
    ]


@pytest.mark.parametrize(
    ("demonym", "state"),
    [
        ("Kazakhstani", "Kazakhstan"),
        ("Dutch", "Netherlands"),
        ("british", "United Kingdom of Great Britain and Northern Ireland"),
    ],
)
def test_state_from_demonym(demonym, state):
    assert state_from_demonym(demonym) == state


def test_state_from_demonym_unknown():
    assert state_from_demonym("Martian") is None
