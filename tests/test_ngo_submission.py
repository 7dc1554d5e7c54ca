"""NGO submission structure: invented submissions in the layouts NGOs use, parsed line by line.

Every document here is written for these tests (none is taken from real submissions).
"""

from __future__ import annotations

import pytest

from uprmonitor.model import Block, ExtractedText
from uprmonitor.structure import ngo_text
from uprmonitor.structure.ngo_submission import parse_ngo_submission


def from_lines(text: str, page: int | None = None) -> ExtractedText:
    """What a text/PDF reader returns: one line block per line."""
    return ExtractedText.from_blocks("x.txt", "txt", [Block(line, page=page) for line in text.split("\n")])


def texts(structure) -> list[str]:
    return [rec.text for rec in structure.recommendations]


def headings(structure) -> list[str | None]:
    return [section.heading for section in structure.sections]


# --- 1. PDF-extracted, bullets lost (blank lines where they stood), hard wraps, footnotes -----------------

LOST_BULLETS = """\
SHADOW REPORT OF MOLDOVAN CIVIL SOCIETY ORGANISATIONS: RIGHTS OF PERSONS WITH
DISABILITIES AND ACCESS TO JUSTICE*
ACCESS TO JUSTICE
Legal aid remains out of reach for most rural residents, and court fees were raised twice in the last
three years.4 Applicants with disabilities report that court buildings lack ramps and that hearings are
rarely adapted to their needs.


Guarantee free legal aid to all persons who cannot afford a lawyer and abolish court fees in cases
concerning social benefits.
Adopt a plan to make all court buildings accessible by 2030, in consultation with organisations of
persons with disabilities; allocate the necessary funds in the annual budget; and ensure that hearings
can be adapted to individual needs.

INCLUSIVE EDUCATION
Children with disabilities are frequently placed in special boarding schools far from their families.
Mainstream schools lack trained teachers and assistive devices, and parents who object to a placement
have no effective appeal.7



 Close the remaining boarding schools and transfer pupils to mainstream schools close to their
homes, in line with the
Convention on the Rights of Persons with Disabilities, and make sure that the
Review Board for placements includes parents.
Train teachers in inclusive methods and re-
cruit support staff for every mainstream school.
Establish an appeal procedure against school placement decisions, as foreseen in the Education
Law12 and its implementing rules.
"""

LOST_BULLETS_RECOMMENDATIONS = [
    "Guarantee free legal aid to all persons who cannot afford a lawyer and abolish court fees in cases "
    "concerning social benefits.",
    "Adopt a plan to make all court buildings accessible by 2030, in consultation with organisations of "
    "persons with disabilities; allocate the necessary funds in the annual budget; and ensure that hearings "
    "can be adapted to individual needs.",
    "Close the remaining boarding schools and transfer pupils to mainstream schools close to their homes, "
    "in line with the Convention on the Rights of Persons with Disabilities, and make sure that the Review "
    "Board for placements includes parents.",
    "Train teachers in inclusive methods and recruit support staff for every mainstream school.",
    "Establish an appeal procedure against school placement decisions, as foreseen in the Education Law and "
    "its implementing rules.",
]


def test_lost_bullets_title_sections_and_metadata():
    structure = parse_ngo_submission(from_lines(LOST_BULLETS))
    assert structure.title == (
        "SHADOW REPORT OF MOLDOVAN CIVIL SOCIETY ORGANISATIONS: RIGHTS OF PERSONS WITH DISABILITIES AND "
        "ACCESS TO JUSTICE"
    )
    assert headings(structure) == ["ACCESS TO JUSTICE", "INCLUSIVE EDUCATION"]
    assert structure.metadata["state_under_review"] == "Republic of Moldova"  # from the demonym
    assert structure.metadata["language"] == "en"


def test_lost_bullets_recommendations_are_split_at_sentence_end_plus_imperative():
    structure = parse_ngo_submission(from_lines(LOST_BULLETS))
    assert texts(structure) == LOST_BULLETS_RECOMMENDATIONS
    assert [rec.section for rec in structure.recommendations] == ["ACCESS TO JUSTICE"] * 2 + [
        "INCLUSIVE EDUCATION"
    ] * 3
    assert all(rec.paragraph is None for rec in structure.recommendations)


def test_lost_bullets_concerns_are_dewrapped_without_footnotes():
    structure = parse_ngo_submission(from_lines(LOST_BULLETS))
    assert structure.sections[0].concerns == [
        "Legal aid remains out of reach for most rural residents, and court fees were raised twice in the "
        "last three years. Applicants with disabilities report that court buildings lack ramps and that "
        "hearings are rarely adapted to their needs."
    ]
    assert structure.sections[1].concerns == [
        "Children with disabilities are frequently placed in special boarding schools far from their "
        "families. Mainstream schools lack trained teachers and assistive devices, and parents who object to "
        "a placement have no effective appeal."
    ]


def test_offsets_and_page_point_at_the_source_span():
    extracted = from_lines(LOST_BULLETS, page=3)
    structure = parse_ngo_submission(extracted)
    for rec in structure.recommendations:
        span = extracted.text[rec.start : rec.end]
        assert span.split()[0] == rec.text.split()[0]
        assert span.endswith(rec.text[-12:]) or span.endswith("rules.")
        assert rec.page == 3
    third = structure.recommendations[2]
    assert extracted.text[third.start : third.end].startswith("Close the remaining")  # leading space skipped
    assert extracted.text[third.start : third.end].endswith("includes parents.")


# --- 2. Bulleted recommendations under "Recommendations:" sub-headings, numbered sections ---------------

BULLETED = """\
Joint Submission on Ghana for the 42nd Session of the Universal Periodic Review (2023)

1. Freedom of expression
Journalists covering protests were detained on several occasions last year. Our monitoring recorded:
• 14 arrests of reporters during demonstrations;
• the closure of two community radio stations.
Recommendations:
• Release all journalists detained for their reporting.
• Amend the Electronic Communications Act so that false-news offences
  are removed.
- Investigate attacks on reporters promptly and publish the results.

2. Rights of women
Women in rural areas rarely own the land they farm. Marital rape is not a criminal offence.
Recommendations:
\uf0b7 Criminalize marital rape.
\uf0b7 Adopt the Affirmative Action Bill without further delay.
"""


def test_bulleted_submission():
    structure = parse_ngo_submission(from_lines(BULLETED))
    assert structure.title == "Joint Submission on Ghana for the 42nd Session of the Universal Periodic Review (2023)"
    assert headings(structure) == ["Freedom of expression", "Rights of women"]
    assert texts(structure) == [
        "Release all journalists detained for their reporting.",
        "Amend the Electronic Communications Act so that false-news offences are removed.",
        "Investigate attacks on reporters promptly and publish the results.",
        "Criminalize marital rape.",
        "Adopt the Affirmative Action Bill without further delay.",
    ]
    assert structure.metadata == {"state_under_review": "Ghana", "year": 2023, "session": 42, "language": "en"}


def test_bulleted_concern_lists_are_not_recommendations():
    structure = parse_ngo_submission(from_lines(BULLETED))
    assert structure.sections[0].concerns == [
        "Journalists covering protests were detained on several occasions last year. Our monitoring recorded:",
        "14 arrests of reporters during demonstrations;",
        "the closure of two community radio stations.",
    ]
    assert structure.sections[1].concerns == [
        "Women in rural areas rarely own the land they farm. Marital rape is not a criminal offence."
    ]


# --- 3. Lettered sections, numbered recommendations after a "Recommendations" heading -------------------

NUMBERED = """\
Submission by the Human Rights Centre on the Republic of Korea

A. Death penalty
The death penalty remains in the Criminal Act although no execution has taken place since 1997.
Courts continued to hand down death sentences in 2021.

Recommendations
1. Introduce a formal moratorium on executions as a step towards abolition.
2. Commute all existing death sentences to terms of imprisonment; and
3. ratify the Second Optional Protocol to the International Covenant on Civil and Political
Rights.

B. Migrant workers
Migrant workers may not change employers without permission. Access to labour inspection is limited.

Recommendations
1. Allow migrant workers to change employers without the consent of their current employer.
2. Extend labour inspections to the agriculture and fishing sectors.
"""


def test_numbered_recommendations_keep_their_item_number():
    structure = parse_ngo_submission(from_lines(NUMBERED))
    assert structure.title == "Submission by the Human Rights Centre on the Republic of Korea"
    assert structure.metadata["state_under_review"] == "Republic of Korea"
    assert headings(structure) == ["Death penalty", "Migrant workers"]
    recs = structure.recommendations
    assert [(rec.paragraph, rec.section) for rec in recs] == [
        ("1", "Death penalty"),
        ("2", "Death penalty"),
        ("3", "Death penalty"),
        ("1", "Migrant workers"),
        ("2", "Migrant workers"),
    ]
    assert texts(structure)[1:3] == [
        "Commute all existing death sentences to terms of imprisonment",
        "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights.",
    ]
    assert structure.sections[1].concerns == [
        "Migrant workers may not change employers without permission. Access to labour inspection is limited."
    ]


# --- 4. DOCX-like blocks: "We recommend that the Government of X:" + list items -----------------------


def docx_submission() -> ExtractedText:
    blocks = [
        Block("Submission on the Right to Health in Malawi", kind="heading", level=1, style="Title"),
        Block("Maternal health", kind="heading", level=1, style="Heading 1", page=1),
        Block(
            "Maternal mortality has fallen but remains among the highest in the region. Rural clinics often "
            "lack midwives and emergency transport.",
            kind="paragraph",
            page=1,
        ),
        Block("We recommend that the Government of Malawi:", kind="paragraph", page=1),
        Block("increase the health budget to 15 per cent of national expenditure;", kind="list_item", marker="•"),
        Block("train and deploy additional midwives to rural districts; and", kind="list_item", marker="•"),
        Block("provide free emergency transport for women in labour.", kind="list_item", marker="•", page=2),
        Block("Mental health", kind="heading", level=1, style="Heading 1", page=2),
        Block("Psychiatric care is concentrated in one hospital. Patients are held in seclusion.", kind="paragraph"),
        Block("The coalition urges the authorities to:", kind="paragraph"),
        Block("(a) adopt a community-based mental health strategy;", kind="paragraph"),
        Block("(b) prohibit prolonged seclusion.", kind="paragraph"),
        Block("Funding for community services has not increased since 2015.", kind="paragraph"),
    ]
    return ExtractedText.from_blocks("x.docx", "docx", blocks)


def test_lead_in_lists_in_docx_blocks():
    structure = parse_ngo_submission(docx_submission())
    assert structure.title == "Submission on the Right to Health in Malawi"
    assert structure.metadata["state_under_review"] == "Malawi"
    assert headings(structure) == ["Maternal health", "Mental health"]
    assert texts(structure) == [
        "Increase the health budget to 15 per cent of national expenditure",
        "Train and deploy additional midwives to rural districts",
        "Provide free emergency transport for women in labour.",
        "Adopt a community-based mental health strategy",
        "Prohibit prolonged seclusion.",
    ]
    assert [rec.paragraph for rec in structure.recommendations] == [None, None, None, "a", "b"]
    assert [rec.page for rec in structure.recommendations][2] == 2


def test_lead_in_context_ends_with_narrative_paragraph():
    structure = parse_ngo_submission(docx_submission())
    assert structure.sections[1].concerns == [
        "Psychiatric care is concentrated in one hospital. Patients are held in seclusion.",
        "Funding for community services has not increased since 2015.",
    ]
    assert structure.sections[0].concerns == [
        "Maternal mortality has fallen but remains among the highest in the region. Rural clinics often lack "
        "midwives and emergency transport."
    ]


# --- 5. Narrative paragraphs with "The Government should…" sentences, ALL-CAPS headings ---------------

SHOULD_STYLE = """\
SUBMISSION TO THE UNIVERSAL PERIODIC REVIEW OF SRI LANKA

TORTURE AND ILL-TREATMENT
Reports of torture in police custody increased in 2021. The Government should establish an independent
body to investigate all complaints of torture. Victims rarely receive medical examinations. Sri Lanka
should also ratify the Optional Protocol to the Convention against Torture.

ENFORCED DISAPPEARANCES
The Office on Missing Persons has resolved few cases since its creation. The authorities should publish
its findings and provide it with adequate resources. Relatives of the disappeared continue to face
surveillance.
"""


def test_should_sentences_become_recommendations_and_the_rest_concerns():
    structure = parse_ngo_submission(from_lines(SHOULD_STYLE))
    assert structure.title == "SUBMISSION TO THE UNIVERSAL PERIODIC REVIEW OF SRI LANKA"
    assert structure.metadata["state_under_review"] == "Sri Lanka"
    assert headings(structure) == ["TORTURE AND ILL-TREATMENT", "ENFORCED DISAPPEARANCES"]
    assert texts(structure) == [
        "The Government should establish an independent body to investigate all complaints of torture.",
        "Sri Lanka should also ratify the Optional Protocol to the Convention against Torture.",
        "The authorities should publish its findings and provide it with adequate resources.",
    ]
    assert structure.sections[0].concerns == [
        "Reports of torture in police custody increased in 2021. Victims rarely receive medical examinations."
    ]
    assert structure.sections[1].concerns == [
        "The Office on Missing Persons has resolved few cases since its creation. Relatives of the disappeared "
        "continue to face surveillance."
    ]


# --- 6. Headings: ALL-CAPS vs numbered, and lines that only look like headings ------------------------

MIXED_HEADINGS = """\
Alternative report on Viet Nam (2024)

I. CIVIL SPACE
II. Freedom of religion
Registration of religious groups is required under the
ICCPR
as interpreted by the authorities, which is contrary to international standards.
1. The law on belief was amended in 2018 and now requires annual activity plans to be approved by the
authorities.
Repeal the requirement of annual activity plans.

III. Recommendations
1. Amend the law on belief to make registration voluntary.
"""


def test_caps_and_roman_headings_and_false_headings():
    structure = parse_ngo_submission(from_lines(MIXED_HEADINGS))
    assert structure.metadata["state_under_review"] == "Viet Nam"
    assert structure.metadata["year"] == 2024
    # "ICCPR" mid-sentence and the numbered concern paragraph are not headings; "III. Recommendations",
    # numbered like the other sections, is a section of its own.
    assert headings(structure) == ["CIVIL SPACE", "Freedom of religion", "Recommendations"]
    assert [section.level for section in structure.sections] == [1, 1, 1]
    assert structure.sections[1].concerns == [
        "Registration of religious groups is required under the ICCPR as interpreted by the authorities, "
        "which is contrary to international standards.",
        "The law on belief was amended in 2018 and now requires annual activity plans to be approved by the "
        "authorities.",
    ]
    assert [(rec.section, rec.paragraph, rec.text) for rec in structure.recommendations] == [
        ("Freedom of religion", None, "Repeal the requirement of annual activity plans."),
        ("Recommendations", "1", "Amend the law on belief to make registration voluntary."),
    ]


# --- 7. Extracted PDF with no blank lines at all and mixed-case headings (bold was lost) ----------------

NO_BLANK_LINES = """\
Universal Periodic Review of Kenya: Submission by the Police Reform Working Group
Police accountability
Complaints against police officers are investigated by the same units whose officers are accused.
It should be noted that the oversight authority has secured only a handful of convictions since
it was created. Families of victims wait years for inquests to be opened by the courts.
Give the oversight authority the power to prosecute officers directly and allocate it an adequate
budget.
The Government should publish annual statistics on deaths in police custody.
Detention conditions
Police cells are overcrowded and lack sanitation. Suspects are often held beyond the legal limit of
twenty-four hours before being brought before a court, sometimes for more than a week.
Enforce the twenty-four-hour limit and compensate persons held beyond it.
"""


def test_no_blank_lines_short_mixed_case_headings():
    structure = parse_ngo_submission(from_lines(NO_BLANK_LINES))
    assert structure.title == "Universal Periodic Review of Kenya: Submission by the Police Reform Working Group"
    assert structure.metadata["state_under_review"] == "Kenya"
    assert headings(structure) == ["Police accountability", "Detention conditions"]
    assert texts(structure) == [
        "Give the oversight authority the power to prosecute officers directly and allocate it an adequate "
        "budget.",
        "The Government should publish annual statistics on deaths in police custody.",
        "Enforce the twenty-four-hour limit and compensate persons held beyond it.",
    ]
    # "It should be noted that…" reports; it is not a recommendation.
    assert structure.sections[0].concerns == [
        "Complaints against police officers are investigated by the same units whose officers are accused. "
        "It should be noted that the oversight authority has secured only a handful of convictions since it "
        "was created. Families of victims wait years for inquests to be opened by the courts."
    ]


# --- 8. Wrapped caps heading, "Recommendation:" labels, "o" bullets, lettered items ----------------------

LABELLED = """\
STAKEHOLDER REPORT FOR THE 20TH SESSION OF THE UPR WORKING GROUP (SECOND CYCLE): UZBEKISTAN
FREEDOM OF PEACEFUL ASSEMBLY AND
ASSOCIATION
Unregistered groups face fines.
Recommendation: Abolish fines for unregistered activity;
Simplify registration procedures for NGOs.
o Allow foreign funding of NGOs.
TORTURE
Torture is widespread in pre-trial detention.1
Recommendations
a) Criminalise torture in line with article 1 of the Convention;
b) establish a national preventive mechanism.
"""


def test_labels_wrapped_caps_heading_and_session_metadata():
    structure = parse_ngo_submission(from_lines(LABELLED))
    assert structure.metadata == {"state_under_review": "Uzbekistan", "session": 20, "cycle": 2, "language": "en"}
    assert headings(structure) == ["FREEDOM OF PEACEFUL ASSEMBLY AND ASSOCIATION", "TORTURE"]
    assert [(rec.paragraph, rec.text) for rec in structure.recommendations] == [
        (None, "Abolish fines for unregistered activity"),
        (None, "Simplify registration procedures for NGOs."),
        (None, "Allow foreign funding of NGOs."),
        ("a", "Criminalise torture in line with article 1 of the Convention"),
        ("b", "Establish a national preventive mechanism."),
    ]
    assert structure.sections[1].concerns == ["Torture is widespread in pre-trial detention."]


# --- 9. Every paragraph and every heading numbered in the same scheme -----------------------------------

ALL_NUMBERED = """\
1. Introduction
1. This submission was prepared by the Centre for Rights, an organisation based in Accra.
2. Access to justice
2. Access to legal aid is limited outside the regional capitals.
3. The Government should fund the legal aid board.
3. Prisons
4. Prisons hold twice their capacity.
5. Reduce pre-trial detention.
"""


def test_numbered_paragraphs_and_numbered_headings():
    structure = parse_ngo_submission(from_lines(ALL_NUMBERED))
    assert structure.title is None  # the document opens with its first section
    assert headings(structure) == ["Introduction", "Access to justice", "Prisons"]
    assert [(rec.paragraph, rec.section, rec.text) for rec in structure.recommendations] == [
        ("3", "Access to justice", "The Government should fund the legal aid board."),
        ("5", "Prisons", "Reduce pre-trial detention."),
    ]
    assert structure.sections[1].concerns == ["Access to legal aid is limited outside the regional capitals."]


def test_number_at_line_start_inside_a_sentence_is_not_an_item():
    text = (
        "FREEDOM OF RELIGION\n"
        "Religious groups must register.\n\n"
        "Amend the religion law to bring it into line with ICCPR article\n"
        "18. In particular, make registration voluntary.\n"
        "Stop raids on unregistered prayer meetings.\n"
    )
    structure = parse_ngo_submission(from_lines(text))
    assert texts(structure) == [
        "Amend the religion law to bring it into line with ICCPR article 18. In particular, make registration "
        "voluntary.",
        "Stop raids on unregistered prayer meetings.",
    ]
    assert [rec.paragraph for rec in structure.recommendations] == [None, None]


# --- 10. Joint-submission layout: roman sections, numbered paragraphs, "A. Recommendations" sub-heads ----

JOINT_SUBMISSION = """\
Joint Submission to the Universal Periodic Review of Zambia
41st Session of the UPR Working Group
Submitted 30 March 2022

I. Introduction
1. This submission was prepared by three organisations working on prison conditions.

II. Conditions of detention
2. Most prisons hold more than twice their official capacity, and remand prisoners share cells with
convicted prisoners.
A. Recommendations
We call on the Government of Zambia to take the following measures:
\u2022 build separate facilities for remand prisoners;
\u2022 adequate funding for prison health services.

III. Death penalty
3. Courts still impose death sentences, although no execution has been carried out since 1997.
A. Recommendations
\u2022 Abolish the death penalty in law.
"""


def test_joint_submission_layout():
    structure = parse_ngo_submission(from_lines(JOINT_SUBMISSION))
    assert structure.title == "Joint Submission to the Universal Periodic Review of Zambia"
    assert structure.metadata == {"state_under_review": "Zambia", "year": 2022, "session": 41, "language": "en"}
    # Front matter under the title is neither a section heading nor a recommendation.
    assert headings(structure) == [None, "Introduction", "Conditions of detention", "Death penalty"]
    assert [(rec.section, rec.text) for rec in structure.recommendations] == [
        ("Conditions of detention", "Build separate facilities for remand prisoners"),
        ("Conditions of detention", "Adequate funding for prison health services."),  # listed after the lead-in
        ("Death penalty", "Abolish the death penalty in law."),
    ]
    assert structure.sections[2].concerns == [
        "Most prisons hold more than twice their official capacity, and remand prisoners share cells with "
        "convicted prisoners."
    ]


# --- 11. One final "Recommendations" section with theme sub-headings --------------------------------------

FINAL_RECOMMENDATIONS = """\
SUBMISSION ON THE RIGHTS OF LGBTI PERSONS IN JAMAICA

1. Criminal law
Consensual same-sex relations between men remain a criminal offence under two colonial-era laws.

2. Violence
Attacks on LGBTI persons are rarely investigated.

3. Recommendations
Criminal law
a) Repeal the provisions that criminalise consensual same-sex relations.
Violence
a) Investigate and prosecute attacks motivated by sexual orientation or gender identity.
b) training for police officers on hate crimes.

4. Conclusion
The organisations stand ready to assist the Government.
"""


def test_final_recommendations_section_with_theme_subheadings():
    structure = parse_ngo_submission(from_lines(FINAL_RECOMMENDATIONS))
    assert structure.metadata["state_under_review"] == "Jamaica"
    assert [(s.heading, s.level) for s in structure.sections] == [
        ("Criminal law", 1),
        ("Violence", 1),
        ("Recommendations", 1),
        ("Criminal law", 2),
        ("Violence", 2),
        ("Conclusion", 1),
    ]
    assert [(rec.section, rec.paragraph, rec.text) for rec in structure.recommendations] == [
        ("Criminal law", "a", "Repeal the provisions that criminalise consensual same-sex relations."),
        ("Violence", "a", "Investigate and prosecute attacks motivated by sexual orientation or gender identity."),
        ("Violence", "b", "Training for police officers on hate crimes."),  # listed, under the heading
    ]
    assert structure.sections[-1].concerns == ["The organisations stand ready to assist the Government."]


# --- line-level helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ensure that victims have access to remedies.",
        "Put an end to arbitrary detention.",
        "Immediately release all political prisoners.",
        "Criminalise domestic violence.",
        "Operationalize the national preventive mechanism.",  # not in the verb list: morphology
        "Do not extradite persons at risk of torture.",
    ],
)
def test_imperatives(sentence):
    assert ngo_text.is_imperative(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Access to justice remains limited.",
        "Review of the law is pending.",
        "The authorities ensure nothing.",
        "Independent journalists face threats.",
        "Support for victims is scarce.",
        "State registration is compulsory.",
        "ensure lower case only after a lead-in",
    ],
)
def test_not_imperatives(sentence):
    assert not ngo_text.is_imperative(sentence)


def test_footnotes_and_hyphens():
    assert ngo_text.strip_footnotes("under the law.12 Next") == "under the law. Next"
    assert ngo_text.strip_footnotes("the law12 states") == "the law states"
    assert ngo_text.strip_footnotes("over 1,000 people in 2014 and the G20") == "over 1,000 people in 2014 and the G20"
    assert ngo_text.clean_paragraph("effective anti-\ndiscrimination and re-\nregistration") == (
        "effective anti-discrimination and reregistration"
    )
    assert ngo_text.clean_title("SUMMARY OF KEY POINTS*") == "SUMMARY OF KEY POINTS"
    assert ngo_text.clean_title("Freedom of expression2") == "Freedom of expression"
    assert ngo_text.clean_title("Article 19") == "Article 19"
    assert ngo_text.clean_title("UPR submission 2014") == "UPR submission 2014"


def test_empty_document():
    structure = parse_ngo_submission(ExtractedText.from_blocks("x.txt", "txt", []))
    assert structure.title is None and structure.sections == [] and structure.recommendations == []


# --- through the readers: text, PDF, DOCX and HTML files written by the tests ------------------------


@pytest.fixture
def builders():
    return pytest.importorskip("builders")


def read_document(path):
    from uprmonitor.ingest import read_document as read

    return read(path)


def test_text_file_through_reader(tmp_path, builders):
    path = builders.write_text(tmp_path / "submission.txt", LOST_BULLETS, encoding="cp1252", newline="\r\n")
    structure = parse_ngo_submission(read_document(path))
    assert texts(structure) == LOST_BULLETS_RECOMMENDATIONS
    assert headings(structure) == ["ACCESS TO JUSTICE", "INCLUSIVE EDUCATION"]


def test_pdf_through_reader(tmp_path, builders):
    pages = [
        ["SUBMISSION ON THE RIGHTS OF THE CHILD IN PERU*", "CHILD LABOUR",
         "Thousands of children work in informal mines.", "Inspections are rare.",
         "Strengthen labour inspections in mining regions and", "publish their results.",
         "Raise the minimum age for hazardous work to 18."],
        ["BIRTH REGISTRATION", "Indigenous children often lack birth certificates.",
         "Provide free mobile registration services in remote areas."],
    ]  # fmt: skip
    path = builders.write_pdf(tmp_path / "submission.pdf", pages)
    extracted = read_document(path)
    structure = parse_ngo_submission(extracted)
    assert structure.title == "SUBMISSION ON THE RIGHTS OF THE CHILD IN PERU"
    assert structure.metadata["state_under_review"] == "Peru"
    assert headings(structure) == ["CHILD LABOUR", "BIRTH REGISTRATION"]
    assert [(rec.text, rec.page) for rec in structure.recommendations] == [
        ("Strengthen labour inspections in mining regions and publish their results.", 1),
        ("Raise the minimum age for hazardous work to 18.", 1),
        ("Provide free mobile registration services in remote areas.", 2),
    ]
    assert structure.sections[0].concerns == ["Thousands of children work in informal mines. Inspections are rare."]
    first = structure.recommendations[0]
    assert extracted.text[first.start : first.end].endswith("publish their results.")


def test_docx_through_reader(tmp_path, builders):
    content = [
        ("Title", "Joint Submission on Tunisia"),
        ("Heading 1", "Independence of the judiciary"),
        "Judges were dismissed by decree without a hearing.",
        "We recommend that the Government of Tunisia:",
        ("List Bullet", "reinstate the dismissed judges;"),
        ("List Bullet", "restore the High Judicial Council."),
        ("Normal", "Freedom of the press", {"bold": True}),
        "A decree punishes the spread of false news with prison terms.",
        ("List Number", "Repeal the decree on false news."),
        ("List Number", "Release journalists held under it."),
    ]
    structure = parse_ngo_submission(read_document(builders.write_docx(tmp_path / "s.docx", content)))
    assert structure.title == "Joint Submission on Tunisia"
    assert headings(structure) == ["Independence of the judiciary", "Freedom of the press"]
    assert [(rec.paragraph, rec.section, rec.text) for rec in structure.recommendations] == [
        (None, "Independence of the judiciary", "Reinstate the dismissed judges"),
        (None, "Independence of the judiciary", "Restore the High Judicial Council."),
        ("1", "Freedom of the press", "Repeal the decree on false news."),
        ("2", "Freedom of the press", "Release journalists held under it."),
    ]
    assert structure.sections[1].concerns == ["A decree punishes the spread of false news with prison terms."]


def test_html_through_reader(tmp_path, builders):
    markup = (
        "<h1>Submission on Bolivia</h1><h2>Land rights</h2><p>Indigenous communities were evicted.</p>"
        "<p><b>Recommendations</b></p><ol><li>Suspend evictions pending consultation.</li>"
        "<li>Title communal lands.</li></ol>"
    )
    structure = parse_ngo_submission(read_document(builders.write_html(tmp_path / "s.html", markup)))
    assert structure.metadata["state_under_review"] == "Bolivia (Plurinational State of)"
    assert headings(structure) == ["Land rights"]
    assert texts(structure) == ["Suspend evictions pending consultation.", "Title communal lands."]
    assert [rec.paragraph for rec in structure.recommendations] == ["1", "2"]


@pytest.mark.parametrize(
    ("sentence", "is_recommendation"),
    [
        ("The Government should repeal the law on foreign agents.", True),
        ("Parliament is urged to adopt the draft law.", True),
        ("Kazakhstan should ratify the Optional Protocol.", True),
        ("The coalition urges the authorities to publish the data.", True),
        ("It is recommended that the State adopt a national action plan.", True),
        ("It should be noted that the law was amended in 2019.", False),
        ("The Constitution states that the State should protect the family.", False),
        ("Victims should not have to wait years for a hearing.", False),  # not the State speaking to itself
        ("In 2015 the Committee recommended a moratorium.", False),
    ],
)
def test_recommendation_sentences(sentence, is_recommendation):
    found = ngo_text.should_sentence(sentence, ("Kazakhstan",)) or ngo_text.we_recommend_sentence(sentence)
    assert found is is_recommendation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We recommend that the Government of Chile:", True),
        ("The coalition therefore calls for:", True),
        ("The Government should:", True),
        ("Our monitoring recorded:", False),
        ("We recommend that the Government ratify the Convention.", False),  # no list follows
    ],
)
def test_lead_ins(text, expected):
    assert ngo_text.is_lead_in(text) is expected


# --- Submissions in Spanish, French and Russian ------------------------------------------------------------

SPANISH = """\
INFORME CONJUNTO DE LA RED DE DEFENSORAS SOBRE LA REPÚBLICA DE RURITANIA
EXAMEN PERIÓDICO UNIVERSAL – CUARTO CICLO

I. LIBERTAD DE EXPRESIÓN
1. Periodistas que investigan la corrupción fueron procesados por difamación durante el período examinado.

Recomendaciones:
a) Despenalizar la difamación y trasladarla a la jurisdicción civil.
b) Poner fin al cierre administrativo de medios sin orden judicial.

II. DERECHO A LA SALUD
2. Los centros de salud rurales carecen de personal. El Estado debe contratar personal médico para las zonas
rurales antes de 2027. Se recomienda al Estado asignar un presupuesto propio a la salud materna.
"""

FRENCH = """\
CONTRIBUTION CONJOINTE DES ASSOCIATIONS DE DÉFENSE DES DROITS SUR LA RURITANIE

LIBERTÉ DE RÉUNION PACIFIQUE
Les rassemblements spontanés sont dispersés. Other observers confirm it. Under the 2018 law, organisers are fined.

Recommandations :
- Abroger l'obligation d'autorisation préalable des réunions pacifiques.
- Veiller à ce que toute personne détenue ait accès à un avocat.
"""

RUSSIAN = """\
СОВМЕСТНЫЙ ДОКЛАД ПРАВОЗАЩИТНЫХ ОРГАНИЗАЦИЙ О РУРИТАНИИ

СВОБОДА ВЫРАЖЕНИЯ МНЕНИЙ
Журналисты подвергаются уголовному преследованию за клевету.

Рекомендации:
1. Декриминализировать клевету.
2. Обеспечить защиту журналистов от преследований.
"""


def test_spanish_submission_headings_infinitives_and_should_sentences():
    structure = parse_ngo_submission(from_lines(SPANISH))
    assert headings(structure) == ["LIBERTAD DE EXPRESIÓN", "DERECHO A LA SALUD"]
    assert texts(structure) == [
        "Despenalizar la difamación y trasladarla a la jurisdicción civil.",
        "Poner fin al cierre administrativo de medios sin orden judicial.",
        "El Estado debe contratar personal médico para las zonas rurales antes de 2027.",
        "Se recomienda al Estado asignar un presupuesto propio a la salud materna.",
    ]
    assert structure.sections[1].concerns == ["Los centros de salud rurales carecen de personal."]
    assert structure.metadata["cycle"] == 4  # "CUARTO CICLO"


def test_french_submission_and_english_words_ending_like_infinitives():
    structure = parse_ngo_submission(from_lines(FRENCH))
    assert texts(structure) == ["Abroger l'obligation d'autorisation préalable des réunions pacifiques.",
                                "Veiller à ce que toute personne détenue ait accès à un avocat."]
    assert "Other observers" in structure.sections[0].concerns[0]  # "Other", "Under" are not infinitives


def test_russian_submission_infinitives_keep_their_numbers():
    structure = parse_ngo_submission(from_lines(RUSSIAN))
    assert texts(structure) == ["Декриминализировать клевету.", "Обеспечить защиту журналистов от преследований."]
    assert [rec.paragraph for rec in structure.recommendations] == ["1", "2"]


@pytest.mark.parametrize("line, expected", [
    ("Ratificar la Convención sobre los trabajadores migratorios.", True),
    ("Garantir l'accès à la justice.", True),
    ("Ратифицировать Конвенцию.", True),
    ("Other measures de facto failed.", False),  # a function word alone does not make "Other" a verb
    ("Poder judicial: la independencia de los jueces", False),
])
def test_infinitives_in_other_languages(line, expected):
    assert ngo_text.is_imperative(line) is expected
