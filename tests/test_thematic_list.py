"""OHCHR thematic lists / matrices: invented tables, built as DOCX in code or as reader blocks."""

from __future__ import annotations

import docx
import pytest

from uprmonitor.ingest import read_document
from uprmonitor.model import Block, ExtractedText
from uprmonitor.structure.thematic_list import normalize_position, parse_thematic_list, split_trailing_states

HEADER = [
    "Recommendation",
    "Position",
    "Full list of themes",
    "Assessment/comments on level of implementation",
]


def _write_table_docx(path, header, rows, page_header=None):
    """A DOCX holding one table; a row given as a str is a theme heading merged across the table."""
    document = docx.Document()
    if page_header:
        document.sections[0].header.paragraphs[0].text = page_header
    table = document.add_table(rows=0, cols=len(header))
    for values in [header, *rows]:
        cells = table.add_row().cells
        if isinstance(values, str):
            merged = cells[0].merge(cells[-1])
            merged.text = values
            continue
        for cell, value in zip(cells, values, strict=True):
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    document.save(path)
    return path


def _blocks_table(rows: list[list[str]], prefix_blocks: list[Block] = ()) -> ExtractedText:
    """Reader-style table_cell blocks for one table, without going through a DOCX."""
    blocks = list(prefix_blocks)
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            blocks.append(Block(text=text, kind="table_cell", table=(0, row_index, column)))
    return ExtractedText.from_blocks("invented.docx", "docx", blocks)


@pytest.fixture
def thematic_docx(tmp_path):
    rows = [
        "Theme: A41 Constitutional and legislative framework",
        [
            "88.4 Adopt a comprehensive law on equal treatment in access to housing (Ruritania, Freedonia);\n"
            "Source of position: A/HRC/61/9/Add.1 - Para. 4",
            "Supported",
            "A41 Constitutional and legislative framework\nE21 Right to adequate housing\n"
            "Affected persons:\n- persons living in poverty\n- minorities",
            "",
        ],
        [
            "88.2 Review the electoral code to guarantee the right to stand for election (Chile) (Norway);\n"
            "Source of position: A/HRC/61/9/Add.1 - Para. 5",
            "Noted",
            "A41 Constitutional and legislative framework\nSDGs:\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
            "",
        ],
        "Theme: D51 Administration of justice & fair trial",
        [
            "89.11 Ratify the 1989 Convention (No. 169) and report on it by 2030 (United Kingdom);",
            "Supported/Noted",
            "D51 Administration of justice & fair trial; B8 Human rights & counter-terrorism",
            "Partly implemented",
        ],
    ]
    return _write_table_docx(tmp_path / "thematic.docx", HEADER, rows)


def test_rows_become_recommendations_with_paragraph_text_and_states(thematic_docx):
    structure = parse_thematic_list(read_document(thematic_docx))
    first, second, third = structure.recommendations
    assert [r.paragraph for r in structure.recommendations] == ["88.4", "88.2", "89.11"]
    # "Ruritania"/"Freedonia" are not states: that bracket is text, not a list of recommending states
    assert first.text.endswith("access to housing (Ruritania, Freedonia)")
    assert first.recommending_states == []
    assert second.text == "Review the electoral code to guarantee the right to stand for election"
    assert second.recommending_states == ["Chile", "Norway"]
    assert third.text == "Ratify the 1989 Convention (No. 169) and report on it by 2030"
    assert third.recommending_states == ["United Kingdom of Great Britain and Northern Ireland"]


def test_theme_heading_rows_set_the_section(thematic_docx):
    structure = parse_thematic_list(read_document(thematic_docx))
    assert [s.heading for s in structure.sections] == [
        "A41 Constitutional and legislative framework",
        "D51 Administration of justice & fair trial",
    ]
    assert [r.section for r in structure.recommendations] == [
        "A41 Constitutional and legislative framework",
        "A41 Constitutional and legislative framework",
        "D51 Administration of justice & fair trial",
    ]


def test_theme_cell_splits_into_themes_affected_persons_and_sdgs(thematic_docx):
    first, second, third = parse_thematic_list(read_document(thematic_docx)).recommendations
    assert first.themes == ["A41 Constitutional and legislative framework", "E21 Right to adequate housing"]
    assert first.affected_persons == ["persons living in poverty", "minorities"]
    assert second.sdgs == ["16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"]
    assert second.affected_persons == []
    assert third.themes == [
        "D51 Administration of justice & fair trial",
        "B8 Human rights & counter-terrorism",
    ]


def test_positions_are_normalised(thematic_docx):
    recommendations = parse_thematic_list(read_document(thematic_docx)).recommendations
    assert [r.position for r in recommendations] == ["supported", "noted", "noted"]


def test_offsets_point_at_the_recommendation_in_the_text(thematic_docx):
    extracted = read_document(thematic_docx)
    for recommendation in parse_thematic_list(extracted).recommendations:
        span = extracted.text[recommendation.start : recommendation.end]
        assert span.startswith(recommendation.paragraph)
        assert "Source of position" not in span


def test_columns_are_found_by_header_text_not_position():
    extracted = _blocks_table(
        [
            ["Full list of themes", "Recommendation", "Recommending state/s", "Position"],
            ["Theme: X1 Freedom of expression"] * 4,
            [
                "X1 Freedom of expression\nAffected persons:\n- journalists",
                "140.7. Decriminalise defamation (Ireland); (Bolivia (Plurinational State of));",
                "Ireland\nBolivia (Plurinational State of)\n",
                "Accepted\n",
            ],
        ]
    )
    structure = parse_thematic_list(extracted)
    (recommendation,) = structure.recommendations
    assert recommendation.paragraph == "140.7"
    assert recommendation.text == "Decriminalise defamation"
    assert recommendation.recommending_states == ["Ireland", "Bolivia (Plurinational State of)"]
    assert recommendation.position == "supported"
    assert recommendation.themes == ["X1 Freedom of expression"]
    assert recommendation.affected_persons == ["journalists"]
    assert recommendation.section == "X1 Freedom of expression"


def test_separate_affected_persons_and_sdg_columns():
    extracted = _blocks_table(
        [
            ["Recommendation", "Position", "Themes", "Affected persons", "SDG"],
            [
                "12.1 Expand free school meals (Ghana)",
                "Supported",
                "Right to food",
                "children; girls",
                "2\n4",
            ],
        ]
    )
    (recommendation,) = parse_thematic_list(extracted).recommendations
    assert recommendation.affected_persons == ["children", "girls"]
    assert recommendation.sdgs == ["2", "4"]
    assert recommendation.themes == ["Right to food"]


def test_merged_recommendations_collect_every_state_and_keep_their_text():
    extracted = _blocks_table(
        [
            HEADER,
            [
                "77.3 Ratify the Convention on migrant workers (Senegal); Consider ratifying the same Convention "
                "(Venezuela (Bolivarian Republic of), Kuwait and Qatar);",
                "Noted",
                "Migrants",
                "",
            ],
        ]
    )
    (recommendation,) = parse_thematic_list(extracted).recommendations
    assert recommendation.recommending_states == [
        "Senegal",
        "Venezuela (Bolivarian Republic of)",
        "Kuwait",
        "Qatar",
    ]
    assert recommendation.text == (
        "Ratify the Convention on migrant workers (Senegal); Consider ratifying the same Convention"
    )


def test_rows_before_the_header_and_tables_without_one_are_ignored():
    extracted = _blocks_table(
        [
            ["4.2 Not a recommendation table (France)", "Supported"],
            ["Recommendation", "Position"],
            ["4.3 Protect human rights defenders (France)", "Supported"],
        ]
    )
    assert [r.paragraph for r in parse_thematic_list(extracted).recommendations] == ["4.3"]


def test_metadata_from_page_header_and_source_of_position():
    page_header = Block(
        text="UPR of Kenya (3rd Cycle – 35th session)\tThematic list of recommendations\tPage 1"
    )
    extracted = _blocks_table(
        [HEADER, ["139.1 Ratify OP-CAT (Chile);\nSource of position: A/HRC/44/9/Add.1", "Supported", "", ""]],
        prefix_blocks=[page_header],
    )
    metadata = parse_thematic_list(extracted).metadata
    assert metadata == {
        "state_under_review": "Kenya",
        "cycle": 3,
        "session": 35,
        "report_symbol": "A/HRC/44/9",
    }


def test_metadata_with_written_out_cycle():
    header = Block(text="UPR of Peru - Second Cycle\tThematic list of recommendations")
    metadata = parse_thematic_list(_blocks_table([HEADER], prefix_blocks=[header])).metadata
    assert metadata == {"state_under_review": "Peru", "cycle": 2}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Supported", "supported"),
        ("Accepted\n", "supported"),
        ("Noted", "noted"),
        ("Supported/Noted", "noted"),
        ("Partially supported", "noted"),
        ("Not accepted", "noted"),
        ("Pending", "pending"),
        ("", None),
        ("To be decided", None),
    ],
)
def test_normalize_position(value, expected):
    assert normalize_position(value) == expected


def test_split_trailing_states_leaves_non_state_brackets():
    assert split_trailing_states("Ratify ILO Convention (No. 189);") == (
        "Ratify ILO Convention (No. 189)",
        [],
    )
    assert split_trailing_states("Abolish the death penalty (Holy See, State of Palestine).") == (
        "Abolish the death penalty",
        ["Holy See", "State of Palestine"],
    )


def test_coded_theme_names_keep_their_semicolons_and_annotations_are_cut():
    extracted = _blocks_table(
        [
            HEADER,
            [
                "31.2 Raise the minimum age of marriage to 18 (Iceland);\nComments: Follow-up letter of 2027\n"
                "Source of position: A/HRC/70/1/Add.1",
                "Supported",
                "F31 Children: definition; general principles; protection; D8 Marriage & family",
                "",
            ],
        ]
    )
    (recommendation,) = parse_thematic_list(extracted).recommendations
    assert recommendation.text == "Raise the minimum age of marriage to 18"
    assert recommendation.themes == [
        "F31 Children: definition; general principles; protection",
        "D8 Marriage & family",
    ]
