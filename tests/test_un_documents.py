"""OHCHR pre-session documents: stakeholder summaries, compilations, national reports.

Every document here is invented for the tests (plausible UPR wording, made-up stakeholders and
facts); nothing is cut from real UN documents.
"""

from __future__ import annotations

import pytest

from builders import extracted_from_pages
from uprmonitor.model import Block, ExtractedText
from uprmonitor.structure.textutil import unwrap
from uprmonitor.structure.un_documents import (
    clean_text,
    cycle_of_session,
    parse_stakeholder_summary,
    parse_un_report,
    split_sentences,
)

SUMMARY_PAGE_1 = """\
United Nations A/HRC/WG.6/44/MNG/3
General Assembly Distr.: General
12 August 2023
Original: English
Human Rights Council
Working Group on the Universal Periodic Review
Forty-fourth session
6–17 November 2023
Summary of stakeholders’ submissions on Mongolia*
Report of the Office of the United Nations High Commissioner for
Human Rights
I. Background
1. The present report was prepared for the universal periodic review. It is a summary of
nine stakeholders’ submissions,1 presented in a summarized manner.
II. Information provided by stakeholders
A. Scope of international obligations2 and cooperation with human rights
mechanisms
2. JS1 noted that, as recommended during the previous review, Mongolia had acceded to
the Optional Protocol.3 JS1 recommended that Mongolia decriminalize defamation.4
3. Amnesty International (AI) reported that the draft law on assemblies had stalled. It also
recommended that Mongolia ratify the Convention on the Reduction of Statelessness.5
B. National human rights framework
1. Implementation of international obligations, taking into
account applicable international humanitarian law
Equality and non-discrimination6
4. JS2 and JS4 recommended ensuring that the anti-discrimination law covers
sexual orientation and gender identity.7
* The present document is being issued without formal editing.
GE.23-99999(E)
"""

SUMMARY_PAGE_2 = """\
A/HRC/WG.6/44/MNG/3
5. The Committee to Protect Reporters (CPR) and Human Rights Watch (HRW) urged the
Government to repeal the provisions on false information.8 Several submissions
recommended to estab-
lish an independent police oversight body.9
Right to health
6. In 2021, the Council of Europe Commissioner for Human Rights (CoE-Commissioner)
encouraged Mongolia to provide free primary care in rural districts.10 JS3 called on
Mongolia to adopt a national mental health strategy and JS6 recommended training
nurses in remote provinces.11
7. JS5 stated that maternal mortality remained high in the Gobi provinces.12
2
Notes
1 The stakeholders listed below have made submissions.
2 For the relevant recommendations, see A/HRC/39/11.
3 JS1 para. 2.
4 JS1 para. 9.
5 AI p. 3.
6 For the relevant recommendations, see A/HRC/39/11.
7 JS2 para. 12; JS4 para. 3.
8 CPR p. 1; HRW p. 5.
9 JS3 para. 4; JS8 p. 2. See also AI para. 7.
10 CoE-Commissioner p. 11.
11 JS3 para. 8; JS6 para. 2.
12 JS5 para. 1.
"""


@pytest.fixture(scope="module")
def summary_doc():
    extracted = extracted_from_pages(SUMMARY_PAGE_1, SUMMARY_PAGE_2)
    return extracted, parse_stakeholder_summary(extracted)


def test_summary_metadata_and_title(summary_doc):
    _, structure = summary_doc
    assert structure.title == "Summary of stakeholders’ submissions on Mongolia"
    assert structure.metadata == {
        "symbol": "A/HRC/WG.6/44/MNG/3",
        "session": 44,
        "cycle": 4,
        "year": 2023,
        "language": "en",
        "state_under_review": "Mongolia",
    }


def test_summary_sections_in_every_heading_style(summary_doc):
    _, structure = summary_doc
    assert [(s.heading, s.level) for s in structure.sections] == [
        ("I. Background", 1),
        ("II. Information provided by stakeholders", 1),
        ("A. Scope of international obligations and cooperation with human rights mechanisms", 2),
        ("B. National human rights framework", 2),
        ("1. Implementation of international obligations, taking into account applicable "
         "international humanitarian law", 3),
        ("Equality and non-discrimination", 4),
        ("Right to health", 4),
    ]
    assert structure.sections[-1].page == 2


def test_summary_paragraphs_are_concerns_without_numbers_or_footnotes(summary_doc):
    _, structure = summary_doc
    concerns = {s.heading: s.concerns for s in structure.sections}
    assert concerns["A. Scope of international obligations and cooperation with human rights mechanisms"] == [
        "JS1 noted that, as recommended during the previous review, Mongolia had acceded to the Optional "
        "Protocol. JS1 recommended that Mongolia decriminalize defamation.",
        "Amnesty International (AI) reported that the draft law on assemblies had stalled. It also "
        "recommended that Mongolia ratify the Convention on the Reduction of Statelessness.",
    ]
    # The paragraph after the page break goes on past the running header; "estab-/lish" is re-joined.
    assert len(concerns["Equality and non-discrimination"]) == 2
    assert "establish an independent police oversight body." in concerns["Equality and non-discrimination"][1]
    assert concerns["Right to health"][1] == "JS5 stated that maternal mortality remained high in the Gobi provinces."


def test_summary_attributions(summary_doc):
    _, structure = summary_doc
    found = [(r.stakeholder, r.text, r.paragraph, r.page) for r in structure.recommendations]
    assert found == [
        ("JS1", "decriminalize defamation", "2", 1),
        ("AI", "ratify the Convention on the Reduction of Statelessness", "3", 1),
        ("JS2; JS4", "ensuring that the anti-discrimination law covers sexual orientation and gender identity",
         "4", 1),
        ("CPR; HRW", "repeal the provisions on false information", "5", 2),
        ("JS3; JS8", "establish an independent police oversight body", "5", 2),  # named by endnote 9
        ("CoE-Commissioner", "provide free primary care in rural districts", "6", 2),
        ("JS3", "adopt a national mental health strategy", "6", 2),
        ("JS6", "training nurses in remote provinces", "6", 2),
    ]


def test_summary_recommendation_sections_and_offsets(summary_doc):
    extracted, structure = summary_doc
    sections = [r.section for r in structure.recommendations]
    assert sections[0] == "A. Scope of international obligations and cooperation with human rights mechanisms"
    assert sections[2:5] == ["Equality and non-discrimination"] * 3
    assert sections[5:] == ["Right to health"] * 3
    for recommendation in structure.recommendations:
        source = extracted.text[recommendation.start : recommendation.end]
        assert unwrap(source.split("\n")) == recommendation.text


OLD_STYLE_SUMMARY = """\
 UNITED
 NATIONS                                                   A
                  General Assembly                         Distr.
                                                           GENERAL
                                                           A/HRC/WG.6/5/MNG/3
                                                           2 February 2009
HUMAN RIGHTS COUNCIL
Working Group on the Universal Periodic Review
Fifth session
Geneva, 4-15 May 2009

      SUMMARY PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER FOR
        HUMAN RIGHTS, IN ACCORDANCE WITH PARAGRAPH 15 (C) OF THE
            ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1

                                     Mongolia*

        The present report is a summary of five stakeholders’ submissions1 to the universal
periodic review.

                          I. BACKGROUND AND FRAMEWORK

                     A. Constitutional and legislative framework

1.     The National Human Rights Commission of Mongolia (the Commission) stated that the
law on legal aid had not been implemented.2 It recommended that the Government allocate
funds to legal aid centres in every province.3

   II. PROMOTION AND PROTECTION OF HUMAN RIGHTS ON THE GROUND

                       1. Right to life, liberty and security of the person

2.     Steppe Watch (SW) noted that detainees were held in overcrowded cells. SW and the
Commission called upon the authorities to close the pre-trial facility in the capital.4
"""


def test_old_layout_summary():
    structure = parse_stakeholder_summary(extracted_from_pages(OLD_STYLE_SUMMARY, fmt="txt"))
    assert structure.title == (
        "SUMMARY PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS, IN ACCORDANCE WITH "
        "PARAGRAPH 15 (C) OF THE ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1"
    )
    assert structure.metadata["symbol"] == "A/HRC/WG.6/5/MNG/3"
    assert (structure.metadata["cycle"], structure.metadata["year"]) == (1, 2009)
    assert structure.metadata["state_under_review"] == "Mongolia"
    assert [s.heading for s in structure.sections] == [
        "I. BACKGROUND AND FRAMEWORK",
        "A. Constitutional and legislative framework",
        "II. PROMOTION AND PROTECTION OF HUMAN RIGHTS ON THE GROUND",
        "1. Right to life, liberty and security of the person",
    ]
    assert [(r.stakeholder, r.text, r.paragraph) for r in structure.recommendations] == [
        ("Commission", "allocate funds to legal aid centres in every province", "1"),
        ("SW; Commission", "close the pre-trial facility in the capital", "2"),
    ]


COMPILATION = """\
United Nations A/HRC/WG.6/44/MNG/2
General Assembly Distr.: General
20 August 2023
Human Rights Council
Working Group on the Universal Periodic Review
Forty-fourth session
6–17 November 2023
Compilation on Mongolia
Report of the Office of the United Nations High Commissioner for
Human Rights
I. Background
1. The present report is a compilation of information in United Nations documents.1
II. Scope of international obligations
2. The Committee on the Elimination of Discrimination against Women noted the low share of
women in Parliament.2 The Committee recommended that Mongolia introduce temporary special
measures in elections.3
3. The Committee on the Rights of the Child recommended that the State party raise the minimum
age of criminal responsibility. An expert asked Mongolia what steps had been taken on
juvenile courts.4
4. The Special Rapporteur on the right to food urged Mongolia to protect herders from
land grabbing.5
Notes
"""


def test_compilation_bodies_as_stakeholders():
    structure = parse_un_report(extracted_from_pages(COMPILATION))
    assert structure.title == "Compilation on Mongolia"
    assert structure.metadata["symbol"] == "A/HRC/WG.6/44/MNG/2"
    assert [(r.stakeholder, r.text, r.paragraph) for r in structure.recommendations] == [
        ("CEDAW", "introduce temporary special measures in elections", "2"),
        ("CRC", "raise the minimum age of criminal responsibility", "3"),
        ("Special Rapporteur on the right to food", "protect herders from land grabbing", "4"),
    ]


NATIONAL_REPORT = """\
United Nations A/HRC/WG.6/44/MNG/1
General Assembly Distr.: General
1 August 2023
Human Rights Council
Working Group on the Universal Periodic Review
Forty-fourth session
6–17 November 2023
National report submitted pursuant to Human Rights
Council resolutions 5/1 and 16/21*
Mongolia
Contents
Page
I. Methodology ............................................................ 2
II. Achievements ........................................................... 3
I. Methodology
1. The report was drafted by an interministerial working group. Civil society recommended
that the report cover the herding communities.1
II. Achievements
2. Mongolia adopted a law on legal aid in 2022.2
"""


def test_national_report_sections_without_recommendations():
    structure = parse_un_report(extracted_from_pages(NATIONAL_REPORT))
    assert structure.title == "National report submitted pursuant to Human Rights Council resolutions 5/1 and 16/21"
    assert structure.metadata["state_under_review"] == "Mongolia"
    assert [s.heading for s in structure.sections] == ["I. Methodology", "II. Achievements"]  # no contents lines
    assert structure.sections[1].concerns == ["Mongolia adopted a law on legal aid in 2022."]
    assert structure.recommendations == []


def test_heading_blocks_from_a_markup_reader():
    blocks = [
        Block("Summary of stakeholders’ submissions on Mongolia", kind="heading", level=1),
        Block("Right to education", kind="heading", level=3),
        Block("8. JS7 recommended that Mongolia build boarding schools for herder children.14", kind="paragraph"),
    ]
    structure = parse_stakeholder_summary(ExtractedText.from_blocks("s.md", "md", blocks))
    assert [(s.heading, s.level) for s in structure.sections] == [
        ("Summary of stakeholders’ submissions on Mongolia", 1),
        ("Right to education", 3),
    ]
    recommendation = structure.recommendations[0]
    assert (recommendation.stakeholder, recommendation.text, recommendation.paragraph) == (
        "JS7", "build boarding schools for herder children", "8")
    assert recommendation.section == "Right to education"


def test_list_item_numbering_kept_apart_by_the_reader():
    blocks = [
        Block("Right to education", kind="heading", level=3),
        Block("JS7 recommended that Mongolia train teachers in sign language.3", kind="list_item", marker="9."),
    ]
    extracted = ExtractedText.from_blocks("s.html", "html", blocks)
    structure = parse_stakeholder_summary(extracted)
    recommendation = structure.recommendations[0]
    assert (recommendation.paragraph, recommendation.text) == ("9", "train teachers in sign language")
    assert extracted.text[recommendation.start : recommendation.end] == recommendation.text
    assert structure.sections[0].concerns == ["JS7 recommended that Mongolia train teachers in sign language."]


@pytest.mark.parametrize(
    ("sentence", "stakeholder", "text"),
    [
        ("Joint Submission (JS) 3 recommended that Mongolia adopt a climate law.", "JS3", "adopt a climate law"),
        ("The authors of joint submissions 2 and 5 recommended closing the camps.", "JS2; JS5", "closing the camps"),
        ("Given the delays, Front Line Defenders (FLD) recommended that the authorities act swiftly.", "FLD",
         "act swiftly"),
        ("Steppe Voices (SV) called for a moratorium on new mining licences.", "SV",
         "a moratorium on new mining licences"),
        ("SV and Nomad Rights Centre (NRC) have both recommended a review of the land code.", "SV; NRC",
         "a review of the land code"),
    ],
)
def test_subject_forms(sentence, stakeholder, text):
    page = f"A/HRC/WG.6/44/MNG/3\nI. Background\n1. {sentence}\n"
    recommendations = parse_stakeholder_summary(extracted_from_pages(page)).recommendations
    assert [(r.stakeholder, r.text) for r in recommendations] == [(stakeholder, text)]


def test_pronoun_without_antecedent_is_not_attributed():
    page = "I. Background\n1. It recommended that Mongolia adopt a climate law.\n"
    assert parse_stakeholder_summary(extracted_from_pages(page)).recommendations == []


def test_clean_text_strips_footnote_markers_only():
    assert clean_text("ratify the Accord.7 JS4 noted pre-trial detention15 and (Decree 4/2020)17 cuts") == (
        "ratify the Accord. JS4 noted pre-trial detention and (Decree 4/2020) cuts"
    )
    assert clean_text("JS1,12 reported 3.5 per cent growth in 2019 and COVID-19 cases") == (
        "JS1, reported 3.5 per cent growth in 2019 and COVID-19 cases"
    )
    assert clean_text("under the Paris Principles. 10 NHRC said") == "under the Paris Principles. NHRC said"


def test_split_sentences_keeps_abbreviations():
    text = "It cited ILO Convention No. 169 and paras. 4-6. JS2 agreed, e.g. on land. It ended."
    assert split_sentences(text) == [
        "It cited ILO Convention No. 169 and paras. 4-6.", "JS2 agreed, e.g. on land.", "It ended."
    ]


@pytest.mark.parametrize(("session", "cycle"), [(1, 1), (12, 1), (13, 2), (26, 2), (27, 3), (40, 3), (41, 4)])
def test_cycle_of_session(session, cycle):
    assert cycle_of_session(session) == cycle
