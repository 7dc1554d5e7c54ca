"""The whole pipeline (reader -> kind detection -> parser) on documents written here, in every format."""

from __future__ import annotations

from builders import write_docx, write_html, write_pdf
from uprmonitor.pipeline import analyze


def test_auto_numbered_docx_draft_report(tmp_path):
    # A 4th-cycle style draft: only the numbered list, numbers made by Word ("6.1", "6.2", ...)
    numbering = {"recs": [("decimal", "%1.", 6), ("decimal", "%1.%2", 1)]}
    items = [
        ("Normal", "The following recommendations will be examined by Freedonia:", {"list": "recs", "ilvl": 0}),
        ("Normal", "Ratify the Convention on statelessness (Chile); (Peru);", {"list": "recs", "ilvl": 1}),
        ("Normal", "Adopt a national action plan on business and human rights (Norway);", {"list": "recs", "ilvl": 1}),
        ("Normal", "Strengthen the ombudsman's office (Bolivia (Plurinational State of));", {"list": "recs", "ilvl": 1}),
        ("Normal", "Guarantee free primary education (Ghana);", {"list": "recs", "ilvl": 1}),
        ("Normal", "Repeal the law on foreign agents (Estonia); (Ireland);", {"list": "recs", "ilvl": 1}),
    ]
    path = write_docx(tmp_path / "Freedonia - Draft report.docx", items, lists=numbering)
    document = analyze(path)
    assert document.kind == "wg_report"
    rows = [(rec.paragraph, rec.recommending_states) for rec in document.recommendations]
    assert rows == [
        ("6.1", ["Chile", "Peru"]),
        ("6.2", ["Norway"]),
        ("6.3", ["Bolivia (Plurinational State of)"]),
        ("6.4", ["Ghana"]),
        ("6.5", ["Estonia", "Ireland"]),
    ]
    assert document.recommendations[2].text == "Strengthen the ombudsman's office"


def test_pdf_report_keeps_pages_and_spans(tmp_path):
    pages = [
        [
            "A/HRC/99/12",
            "Report of the Working Group on the Universal Periodic Review",
            "Freedonia",
            "II. Conclusions and/or recommendations",
            "90. The following recommendations enjoy the support of Freedonia:",
            "90.1 Adopt a comprehensive law against discrimination on all grounds",
            "(Canada);",
        ],
        [
            "90.2 Establish a national preventive mechanism against torture (Denmark);",
            "91. The following recommendations have been noted by Freedonia:",
            "91.1 Abolish the death penalty in law (Italy) (Spain);",
        ],
    ]
    document = analyze(write_pdf(tmp_path / "report.pdf", pages))
    assert document.kind == "wg_report" and document.pages == 2
    found = [(rec.paragraph, rec.position, rec.page, rec.recommending_states) for rec in document.recommendations]
    assert found == [
        ("90.1", "supported", 1, ["Canada"]),
        ("90.2", "supported", 2, ["Denmark"]),
        ("91.1", "noted", 2, ["Italy", "Spain"]),
    ]
    first = document.recommendations[0]
    assert first.text == "Adopt a comprehensive law against discrimination on all grounds"
    span = document.text[first.start : first.end]  # the source span runs across the line break to the states
    assert span.startswith("Adopt a comprehensive law") and span.endswith("(Canada)")


def test_html_submission(tmp_path):
    body = """
    <h1>Submission of the Freedonia Press Network on Freedonia</h1>
    <h2>Media freedom</h2>
    <p>Reporters covering protests were detained for several days without charge.</p>
    <ul><li>Release all journalists detained for their work.</li>
        <li>Repeal the criminal defamation provisions of the Penal Code.</li></ul>
    """
    document = analyze(write_html(tmp_path / "submission.html", body))
    assert document.kind == "ngo_submission"
    assert [section.heading for section in document.sections] == ["Media freedom"]
    assert [rec.text for rec in document.recommendations] == [
        "Release all journalists detained for their work.",
        "Repeal the criminal defamation provisions of the Penal Code.",
    ]
