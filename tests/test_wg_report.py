"""WG report parsing on invented mini-reports, one per layout met between 2008 and today."""

from __future__ import annotations

import pytest

from builders import write_pdf, write_text
from uprmonitor.ingest import read_document
from uprmonitor.model import Block, ExtractedText
from uprmonitor.structure.sessions import cycle_of_session
from uprmonitor.structure.wg_items import bracket_states, split_item
from uprmonitor.structure.wg_metadata import ordinal_number
from uprmonitor.structure.wg_positions import position_of
from uprmonitor.structure.wg_prose import referenced_paragraphs
from uprmonitor.structure.wg_report import parse_wg_report

COVER_2011 = """United Nations
A/HRC/99/12
General Assembly
Distr.: General
3 January 2012
Human Rights Council
Nineteenth session
Universal Periodic Review
Report of the Working Group on the Universal Periodic Review*
* The annex is circulated as received.
Malta
Contents
II. Conclusions and/or recommendations ............................................ 90-93 14
Introduction
1. The Working Group on the Universal Periodic Review held its twelfth session from 3 to 14 October 2011. \
The review of Malta was held at the 5th meeting.
2. The documents were the national report (A/HRC/WG.6/12/MLT/1) and a compilation (A/HRC/WG.6/12/MLT/2).
"""

NUMBERED_2011 = (
    COVER_2011
    + """II. Conclusions and/or recommendations
90. The following recommendations enjoy the support of Malta:
90.1 Ratify the treaty on lighthouse keepers (Ukraine);
90.2 Improve rural libraries and reading rooms (Bolivia (Plurinational State of), Chile);
90.3 Train border staff on the care of unaccompanied children (Maldives) (Portugal);
90.4 Publish school budgets online (Spain, Tunisia, Portugal); Consider publishing the audits
of public schools (Kuwait and Qatar);
90.5 Accede to the convention on coastal heritage (CCH) (Iran (Islamic Republic of));
91. The following recommendations will be examined by Malta, which will provide responses in due time, \
but no later than the nineteenth session of the Human Rights Council:
91.1 Adopt a law on beekeeping cooperatives (Holy See);
91.2 Review the fishing quota regime (State of Palestine).
92. The recommendations below did not enjoy the support of Malta:
92.1 Abolish the levy on bicycles (United Kingdom);
92.2 Close the limestone quarry near the old harbour (Democratic Republic of the Congo).
93. All conclusions and/or recommendations contained in the present report reflect the position of the \
submitting State(s) and/or the State under review.
Annex
Composition of the delegation
The delegation of Malta was headed by a minister (Chile).
"""
)

REPORT_2008 = """A/HRC/8/99
Report of the Working Group on the Universal Periodic Review
Ghana .
. Previously issued under the symbol A/HRC/WG.6/2/GHA/4.
1. The Working Group held its second session from 5 to 16 May 2008.
20.
Chile welcomed the new archives law. Chile recommended that Ghana expand literacy classes for adults. \
It also recommended that Ghana publish court statistics every year.
21.
Norway asked about the museum law.
22.
Peru commended Ghana on its forest policy and recommended the creation of a forest ombudsman.
II. CONCLUSIONS AND/OR RECOMMENDATIONS
30. The recommendations formulated during the interactive dialogue have been examined by Ghana and the \
recommendations listed below enjoy the support of Ghana:
1.
That Ghana modernize its land registry (Kenya).

2.
That Ghana extend rural clinics; recommends that Ghana train more midwives; encourages Ghana to fund \
school meals (Mexico).

3.
That Ghana improve prison food. It also recommended that the State review the bail rules (Nigeria).

31. Other recommendations noted in the report in paragraphs 20 and 22 above did not enjoy the support of Ghana.
32. All conclusions and/or recommendations contained in this report reflect the position of the submitting \
State(s) and/or the State under review thereon.
"""


def extracted_from_lines(lines: list[str], pages: list[int | None] | None = None, fmt="txt") -> ExtractedText:
    pages = pages or [None] * len(lines)
    blocks = [Block(text=line, page=page) for line, page in zip(lines, pages, strict=True)]
    return ExtractedText.from_blocks("report.txt", fmt, blocks)


def parse_text(text: str):
    extracted = extracted_from_lines(text.split("\n"))
    return extracted, parse_wg_report(extracted)


def summary(structure):
    return [(r.paragraph, r.text, r.recommending_states, r.position) for r in structure.recommendations]


# ----------------------------------------------------------------------- 2011+: one numbered list


def test_numbered_list_paragraphs_texts_states_and_positions():
    _, structure = parse_text(NUMBERED_2011)
    assert summary(structure) == [
        ("90.1", "Ratify the treaty on lighthouse keepers", ["Ukraine"], "supported"),
        (
            "90.2",
            "Improve rural libraries and reading rooms",
            ["Bolivia (Plurinational State of)", "Chile"],
            "supported",
        ),
        (
            "90.3",
            "Train border staff on the care of unaccompanied children",
            ["Maldives", "Portugal"],
            "supported",
        ),
        ("90.4", "Publish school budgets online", ["Spain", "Tunisia", "Portugal"], "supported"),
        ("90.4", "Consider publishing the audits of public schools", ["Kuwait", "Qatar"], "supported"),
        (
            "90.5",
            "Accede to the convention on coastal heritage (CCH)",
            ["Iran (Islamic Republic of)"],
            "supported",
        ),
        ("91.1", "Adopt a law on beekeeping cooperatives", ["Holy See"], "pending"),
        ("91.2", "Review the fishing quota regime", ["State of Palestine"], "pending"),
        (
            "92.1",
            "Abolish the levy on bicycles",
            ["United Kingdom of Great Britain and Northern Ireland"],
            "noted",
        ),
        (
            "92.2",
            "Close the limestone quarry near the old harbour",
            ["Democratic Republic of the Congo"],
            "noted",
        ),
    ]


def test_metadata_from_cover_and_symbols():
    _, structure = parse_text(NUMBERED_2011)
    assert structure.metadata == {
        "symbol": "A/HRC/99/12",
        "session": 12,
        "cycle": 1,
        "state_under_review": "Malta",
        "year": 2011,
        "language": "en",
    }
    assert structure.title == "Report of the Working Group on the Universal Periodic Review: Malta"


def test_offsets_point_at_the_recommendation_and_its_states():
    extracted, structure = parse_text(NUMBERED_2011)
    first, *_, last = structure.recommendations
    assert extracted.text[first.start : first.end] == "Ratify the treaty on lighthouse keepers (Ukraine)"
    assert extracted.text[last.start : last.end].endswith("old harbour (Democratic Republic of the Congo)")
    wrapped = structure.recommendations[4]
    assert extracted.text[wrapped.start : wrapped.end] == (
        "Consider publishing the audits\nof public schools (Kuwait and Qatar)"
    )
    assert structure.sections[0].heading == "Conclusions and/or recommendations"


def test_annex_and_table_of_contents_are_not_read():
    _, structure = parse_text(NUMBERED_2011)
    assert all("delegation" not in r.text for r in structure.recommendations)


# ------------------------------------------------------------------ 2008-2010: numbered items


def test_2008_items_are_numbered_under_their_paragraph_and_split_per_recommendation():
    _, structure = parse_text(REPORT_2008)
    listed = [r for r in structure.recommendations if r.paragraph.startswith("30.")]
    assert summary(structure)[: len(listed)] == [
        ("30.1", "That Ghana modernize its land registry", ["Kenya"], "supported"),
        ("30.2", "That Ghana extend rural clinics", ["Mexico"], "supported"),
        ("30.2", "That Ghana train more midwives", ["Mexico"], "supported"),
        ("30.2", "Encourages Ghana to fund school meals", ["Mexico"], "supported"),
        ("30.3", "That Ghana improve prison food", ["Nigeria"], "supported"),
        ("30.3", "That the State review the bail rules", ["Nigeria"], "supported"),
    ]


def test_2008_noted_recommendations_come_from_the_referenced_dialogue_paragraphs():
    extracted, structure = parse_text(REPORT_2008)
    noted = [r for r in structure.recommendations if r.position == "noted"]
    assert summary(structure)[-3:] == [
        ("20", "That Ghana expand literacy classes for adults", ["Chile"], "noted"),
        ("20", "That Ghana publish court statistics every year", ["Chile"], "noted"),
        ("22", "The creation of a forest ombudsman", ["Peru"], "noted"),
    ]
    assert len(noted) == 3  # Norway only asked a question in paragraph 21, which is not referenced
    assert extracted.text[noted[-1].start : noted[-1].end] == "the creation of a forest ombudsman."
    assert structure.metadata["session"] == 2 and structure.metadata["state_under_review"] == "Ghana"


def test_recommendations_made_with_a_later_response_are_pending():
    text = REPORT_2008.replace(
        "30. The recommendations formulated during the interactive dialogue have been examined by Ghana and the "
        "recommendations listed below enjoy the support of Ghana:",
        "30. In the course of the discussion, the following recommendations were made to Ghana:",
    ).replace(
        "31. Other recommendations noted in the report in paragraphs 20 and 22 above did not enjoy the support of "
        "Ghana.",
        "31. The response of Ghana to these recommendations will be included in the outcome report.",
    )
    _, structure = parse_text(text)
    assert {r.position for r in structure.recommendations} == {"pending"}
    assert len(structure.recommendations) == 6


def test_commentary_items_without_states_under_an_unstated_position_are_dropped():
    text = REPORT_2008.replace(
        "31. Other recommendations noted in the report in paragraphs 20 and 22 above did not enjoy the support of "
        "Ghana.",
        "31. With regard to the other recommendations, the State under review offers the following comments:\n"
        "1.\nThe archives law is already in force.\n2.\nMidwives are trained in every region.",
    )
    _, structure = parse_text(text)
    assert [r.paragraph for r in structure.recommendations] == [
        "30.1",
        "30.2",
        "30.2",
        "30.2",
        "30.3",
        "30.3",
    ]


# ------------------------------------------------------------------- lost line breaks


def test_numbers_inline_when_line_breaks_were_lost():
    body = (
        "II. Conclusions and/or recommendations 90. The following recommendations enjoy the support of Malta: "
        "90.1 Ratify the treaty on lighthouse keepers (Ukraine); 90.2 Improve rural libraries, in line with "
        "ILO Convention No. 3. and the 2010 plan (Chile); 91. The recommendations below did not enjoy the "
        "support of Malta: 91.1 Abolish the levy on bicycles (United Kingdom). 92. All conclusions and/or "
        "recommendations contained in the present report reflect the position of the submitting State(s)."
    )
    _, structure = parse_text(COVER_2011 + body)
    assert summary(structure) == [
        ("90.1", "Ratify the treaty on lighthouse keepers", ["Ukraine"], "supported"),
        (
            "90.2",
            "Improve rural libraries, in line with ILO Convention No. 3. and the 2010 plan",
            ["Chile"],
            "supported",
        ),
        (
            "91.1",
            "Abolish the levy on bicycles",
            ["United Kingdom of Great Britain and Northern Ireland"],
            "noted",
        ),
    ]


def test_old_style_items_inline():
    body = (
        "II. CONCLUSIONS AND/OR RECOMMENDATIONS 69. The recommendations listed below enjoy the support of Ghana: "
        "1. That Ghana modernize its land registry (Kenya). 2. That Ghana open night schools (Peru, Chile). "
        "70. All conclusions and/or recommendations contained in this report reflect the position of the States."
    )
    _, structure = parse_text(REPORT_2008.split("20.\n")[0] + body)
    assert summary(structure) == [
        ("69.1", "That Ghana modernize its land registry", ["Kenya"], "supported"),
        ("69.2", "That Ghana open night schools", ["Peru", "Chile"], "supported"),
    ]


# ------------------------------------------------------------------- PDF line blocks


def test_pdf_page_furniture_between_wrapped_lines_is_skipped():
    lines = [
        ("Report of the Working Group on the Universal Periodic Review", 1),
        ("Malta", 1),
        ("II. Conclusions and/or recommendations", 13),
        ("90. The following recommendations enjoy the support of Malta:", 13),
        ("90.1 Ratify the treaty on lighthouse keepers and adopt the", 13),
        ("GE.11-16543", 13),
        ("14", 13),
        ("A/HRC/99/12", 14),
        ("implementing regulations without delay (Ukraine);", 14),
        ("90.2 Improve rural libraries (Chile).", 14),
    ]
    extracted = extracted_from_lines([t for t, _ in lines], [p for _, p in lines], fmt="pdf")
    structure = parse_wg_report(extracted)
    first, second = structure.recommendations
    assert first.text == (
        "Ratify the treaty on lighthouse keepers and adopt the implementing regulations without delay"
    )
    assert (first.page, second.page) == (13, 14)
    assert extracted.text[first.start : first.end].endswith("without delay (Ukraine)")


# -------------------------------------------------------------------------- DOCX drafts


def test_docx_auto_numbering_from_the_block_marker():
    blocks = [
        Block("Report of the Working Group on the Universal Periodic Review", kind="heading", level=1),
        Block("Palau", kind="paragraph"),
        Block("Conclusions and/or recommendations", kind="heading", level=2),
        Block("The following recommendations will be examined by Palau:", kind="list_item", marker="118."),
        Block("Protect the coral reefs of the outer islands (Fiji);", kind="list_item", marker="118.1"),
        Block("Ratify the convention on seabirds (Tonga) (Samoa);", kind="list_item", marker="118.2"),
    ]
    extracted = ExtractedText.from_blocks("draft.docx", "docx", blocks)
    structure = parse_wg_report(extracted)
    assert summary(structure) == [
        ("118.1", "Protect the coral reefs of the outer islands", ["Fiji"], "pending"),
        ("118.2", "Ratify the convention on seabirds", ["Tonga", "Samoa"], "pending"),
    ]
    first = structure.recommendations[0]
    assert extracted.text[first.start : first.end] == "Protect the coral reefs of the outer islands (Fiji)"


def test_draft_with_the_list_only_takes_the_state_from_the_file_name():
    blocks = [Block("6.1\tProtect the coral reefs (Fiji); (Tonga);"), Block("6.2\tMap the lagoons (Samoa);")]
    extracted = ExtractedText.from_blocks("Palau - Draft report circulated.docx", "docx", blocks)
    structure = parse_wg_report(extracted)
    assert summary(structure) == [
        ("6.1", "Protect the coral reefs", ["Fiji", "Tonga"], None),
        ("6.2", "Map the lagoons", ["Samoa"], None),
    ]
    assert structure.metadata == {"state_under_review": "Palau", "language": "en"}


# ----------------------------------------------------------------------- end to end


def test_mac_roman_text_file_read_and_parsed(tmp_path):
    path = write_text(
        tmp_path / "malta2011.txt",
        NUMBERED_2011.replace("Train border staff", "Train the State\u2019s border staff"),
        encoding="mac_roman",
        newline="\r",
    )
    structure = parse_wg_report(read_document(path))
    assert len(structure.recommendations) == 10
    assert structure.recommendations[2].text.startswith("Train the State\u2019s border staff")


def test_pdf_read_and_parsed_across_a_page_break(tmp_path):
    pages = [
        [
            "Report of the Working Group on the Universal Periodic Review",
            "Malta",
            "1. The review was held at the twelfth session (A/HRC/WG.6/12/MLT/1).",
            "II. Conclusions and/or recommendations",
            "90. The following recommendations enjoy the support of Malta:",
            "90.1 Ratify the treaty on lighthouse keepers and adopt the",
        ],
        ["implementing regulations without delay (Ukraine);", "90.2 Improve rural libraries (Chile)."],
        ["Annex", "Composition of the delegation"],
    ]
    path = write_pdf(tmp_path / "malta.pdf", pages, header="A/HRC/99/12", footer="GE.11-16543 {page}")
    structure = parse_wg_report(read_document(path))
    assert summary(structure) == [
        (
            "90.1",
            "Ratify the treaty on lighthouse keepers and adopt the implementing regulations without delay",
            ["Ukraine"],
            "supported",
        ),
        ("90.2", "Improve rural libraries", ["Chile"], "supported"),
    ]
    assert [r.page for r in structure.recommendations] == [1, 2]
    assert structure.metadata["session"] == 12


def test_a_document_without_conclusions_gives_metadata_only():
    _, structure = parse_text(COVER_2011)
    assert structure.recommendations == []
    assert structure.metadata["state_under_review"] == "Malta"


# ------------------------------------------------------------------------- the pieces


def test_slash_variants_share_their_common_ending():
    pieces = split_item(
        "To ratify (Spain)/consider ratifying (Argentina) the convention on lighthouse keepers (Spain, Argentina);"
    )
    assert [(p.text, p.states) for p in pieces] == [
        ("To ratify the convention on lighthouse keepers", ["Spain"]),
        ("Consider ratifying the convention on lighthouse keepers", ["Argentina"]),
    ]


def test_slash_variants_read_the_shared_of_only_after_a_noun():
    pieces = split_item(
        "To consider joining (Chad)/the ratification (Peru) of the convention on lighthouses (Chad, Peru);"
    )
    assert [(p.text, p.states) for p in pieces] == [
        ("To consider joining the convention on lighthouses", ["Chad"]),
        ("The ratification of the convention on lighthouses", ["Peru"]),
    ]


def test_states_named_mid_item_close_a_recommendation():
    pieces = split_item(
        "To protect migrant families (Algeria, Ecuador) and to accede to the convention (Egypt)."
    )
    assert [(p.text, p.states) for p in pieces] == [
        ("To protect migrant families", ["Algeria", "Ecuador"]),
        ("To accede to the convention", ["Egypt"]),
    ]


def test_a_bracket_left_open_does_not_hide_the_states():
    pieces = split_item("Make hate speech a crime (ICERD, in line with the treaty body (Peru);")
    assert [(p.text, p.states) for p in pieces] == [
        ("Make hate speech a crime (ICERD, in line with the treaty body", ["Peru"])
    ]


@pytest.mark.parametrize(
    ("content", "states"),
    [
        ("Kuwait and Qatar", ["Kuwait", "Qatar"]),
        ("Spain, Tunisia, Portugal", ["Spain", "Tunisia", "Portugal"]),
        ("Venezuela (Bolivarian Republic of), Cuba", ["Venezuela (Bolivarian Republic of)", "Cuba"]),
        ("Iran(Islamic Republic of )", ["Iran (Islamic Republic of)"]),
        ("Bolivia (Plurinational Republic of)", ["Bolivia (Plurinational State of)"]),
        ("Lichtenstein", ["Liechtenstein"]),
        ("New Zeeland/Spain", ["New Zealand", "Spain"]),
        ("United States of Americas", ["United States of America"]),
        ("ICRMW", None),
        ("NA", None),
        ("2010\u20132014", None),
        ("Chile, as recommended before", None),
    ],
)
def test_bracket_states(content, states):
    assert bracket_states(content) == states


@pytest.mark.parametrize(
    ("intro", "position"),
    [
        ("The recommendations listed below enjoy the support of Malta:", "supported"),
        ("The following recommendations have been accepted by Malta:", "supported"),
        ("Malta supports the following recommendations:", "supported"),
        ("The following recommendations did not enjoy the support of Malta:", "noted"),
        ("The following recommendations were noted by Malta:", "noted"),
        ("Malta rejected the following recommendations:", "noted"),
        ("Malta will not accept the following recommendations:", "noted"),
        (
            "The following recommendations will be examined by Malta, which will provide responses in due time:",
            "pending",
        ),
        ("In the course of the discussion, the following recommendations were made to Malta:", None),
        (
            "The recommendations below enjoy the support of Malta. Malta noted others in paragraph 12.",
            "supported",
        ),
    ],
)
def test_position_of_intro(intro, position):
    assert position_of(intro) == position


@pytest.mark.parametrize(
    ("session", "cycle"), [(1, 1), (12, 1), (13, 2), (26, 2), (27, 3), (40, 3), (41, 4), (54, 4)]
)
def test_cycle_of_session(session, cycle):
    assert cycle_of_session(session) == cycle


@pytest.mark.parametrize(
    ("words", "number"), [("first", 1), ("twelfth", 12), ("twenty-second", 22), ("fortieth", 40)]
)
def test_ordinal_number(words, number):
    assert ordinal_number(words) == number


def test_references_to_dialogue_paragraphs_with_letters_and_last_sentence():
    intro = "The recommendations in paragraphs 33 (a, b), 39 (c), 56, last sentence, and 61 did not enjoy support."
    found = [(r.paragraph, r.letters, r.last_sentence) for r in referenced_paragraphs(intro)]
    assert found == [(33, ("a", "b"), False), (39, ("c",), False), (56, (), True), (61, (), False)]


def test_lettered_dialogue_recommendations_follow_the_referenced_letters():
    text = REPORT_2008.replace(
        "Peru commended Ghana on its forest policy and recommended the creation of a forest ombudsman.",
        "Peru recommended that Ghana: (a) map its wetlands; (b) protect river deltas from sand mining; and "
        "(c) fund rangers. Peru thanked the delegation.",
    ).replace("paragraphs 20 and 22 above", "paragraphs 22 (b), (c) above")
    _, structure = parse_text(text)
    noted = [
        (r.paragraph, r.text, r.recommending_states)
        for r in structure.recommendations
        if r.position == "noted"
    ]
    assert noted == [
        ("22", "Protect river deltas from sand mining", ["Peru"]),
        ("22", "Fund rangers", ["Peru"]),
    ]
