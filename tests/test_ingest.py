"""Readers: every document is written in code by tests/builders.py, then read back."""

from __future__ import annotations

import shutil

import pytest

from builders import (
    write_docx,
    write_html,
    write_markdown,
    write_pdf,
    write_text,
)
from uprmonitor.ingest import read_document

# An invented NGO-style submission: curly quotes, an accented state name, a bullet, a blank line.
SUBMISSION = (
    "Joint submission on freedom of assembly\n"
    "\n"
    "The coalition notes that the State’s law on “peaceful assemblies” requires prior permission.\n"
    "Recommendations: amend the law; release persons detained in Côte-Verte.\n"
)
SUBMISSION_LINES = SUBMISSION.rstrip("\n").split("\n")


def _texts(extracted):
    return [block.text for block in extracted.blocks]


# ------------------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("encoding", "bom", "expected_encoding"),
    [
        ("utf-8", False, "utf-8"),
        ("utf-8", True, "utf-8"),
        ("utf-16-le", True, "utf-16-le"),
        ("utf-16-be", True, "utf-16-be"),
        ("utf-16", False, "utf-16"),  # Python writes its own BOM for plain "utf-16"
    ],
)
def test_text_unicode_encodings(tmp_path, encoding, bom, expected_encoding):
    path = write_text(tmp_path / "submission.txt", SUBMISSION, encoding, bom=bom)
    extracted = read_document(path)
    assert _texts(extracted) == SUBMISSION_LINES
    assert extracted.format == "txt"
    assert extracted.encoding.startswith(expected_encoding)
    assert extracted.text == "\n".join(SUBMISSION_LINES)


def test_text_cp1252_curly_quotes(tmp_path):
    text = (
        "The authorities described the protest as \u201cunsanctioned\u201d and fined its organisers.\n"
        "Civil society groups \u2013 including the bar association \u2013 called the fines \u201carbitrary\u201d.\n"
        "The Ombudsman\u2019s office has not yet published its annual report on places of detention.\n"
    )
    path = write_text(tmp_path / "windows.txt", text, "cp1252")
    assert b"\x93unsanctioned\x94" in path.read_bytes()
    extracted = read_document(path)
    assert _texts(extracted) == text.rstrip("\n").split("\n")
    assert extracted.encoding == "cp1252"


def test_text_latin1(tmp_path):
    text = (
        "Le rapport national de la République décrit la réforme du code pénal.\n"
        "Les organisations de défense des droits de l'homme à Genève ont salué cette étape.\n"
        "Elles demandent néanmoins la création d'une institution nationale indépendante.\n"
    )
    path = write_text(tmp_path / "latin1.txt", text, "latin-1")
    extracted = read_document(path)
    assert _texts(extracted) == text.rstrip("\n").split("\n")


def test_text_mac_roman_with_cr_line_ends(tmp_path):
    text = (
        "Report of the Working Group\n"
        "The delegation stated that the State\u2019s new strategy on \u201cequal access\u201d had been adopted.\n"
        "\n"
        "90.1. Continue its efforts to combat trafficking (Utopia);\n"
    )
    path = write_text(tmp_path / "report.txt", text, "mac_roman", newline="\r")
    data = path.read_bytes()
    assert b"State\xd5s" in data and b"\n" not in data
    extracted = read_document(path)
    assert extracted.encoding == "mac_roman"
    assert _texts(extracted) == text.rstrip("\n").split("\n")
    assert extracted.blocks[2].text == ""  # blank lines are kept: they stand where bullets were


def test_text_mac_roman_quotes_without_cr(tmp_path):
    text = "The Government\u2019s plan was \u201cambitious\u201d, the Ombudsman\u2019s office said.\n" * 3
    path = write_text(tmp_path / "report.txt", text, "mac_roman", newline="\n")
    extracted = read_document(path)
    assert extracted.encoding == "mac_roman"
    assert extracted.blocks[0].text == text.split("\n")[0]


def test_text_crlf_and_offsets(tmp_path):
    path = write_text(tmp_path / "crlf.txt", "first line  \n\nthird line\n", newline="\r\n")
    extracted = read_document(path)
    assert _texts(extracted) == ["first line", "", "third line"]
    assert all(block.kind == "line" for block in extracted.blocks)
    for block in extracted.blocks:
        assert extracted.text[block.start : block.end] == block.text


def test_text_form_feeds_give_pages(tmp_path):
    path = write_text(tmp_path / "pdftotext.txt", "page one\nmore\n\fpage two\n\f")
    extracted = read_document(path)
    assert [(b.text, b.page) for b in extracted.blocks] == [("page one", 1), ("more", 1), ("page two", 2)]
    assert extracted.pages == 2


# -------------------------------------------------------------------------------------- PDF


def test_pdf_two_pages(tmp_path):
    pages = [
        [
            ("heading", "Summary of concerns"),
            "The State has not ratified the Optional Protocol.",
            "",
            "Second line",
        ],
        ["Recommendations", "\u2022 Ratify the Optional Protocol without reservations."],
    ]
    path = write_pdf(tmp_path / "submission.pdf", pages)
    extracted = read_document(path)
    assert extracted.format == "pdf"
    assert extracted.pages == 2
    assert [(b.text, b.page) for b in extracted.blocks if b.text] == [
        ("Summary of concerns", 1),
        ("The State has not ratified the Optional Protocol.", 1),
        ("Second line", 1),
        ("Recommendations", 2),
        ("\u2022 Ratify the Optional Protocol without reservations.", 2),
    ]
    for block in extracted.blocks:
        assert extracted.text[block.start : block.end] == block.text


def test_pdf_running_headers_and_page_numbers_are_dropped(tmp_path):
    pages = [[f"Paragraph {n} of the body text."] for n in range(1, 5)]
    path = write_pdf(tmp_path / "report.pdf", pages, header="A/HRC/99/12", footer="{page}")
    extracted = read_document(path)
    assert _texts(extracted) == [f"Paragraph {n} of the body text." for n in range(1, 5)]
    marked = read_document(path, keep_furniture=True)
    furniture = [(b.text, b.page) for b in marked.blocks if b.kind == "furniture"]
    assert ("A/HRC/99/12", 1) in furniture and ("4", 4) in furniture
    assert len(furniture) == 8


def test_pdf_footnote_number_is_not_a_page_number(tmp_path):
    # A bare "7" at the foot of page 2 is a footnote mark, not page 2's number: it stays.
    pages = [["Body of page one."], ["Body of page two.", "7"], ["Body of page three."]]
    path = write_pdf(tmp_path / "report.pdf", pages)
    assert "7" in _texts(read_document(path))


def test_pdf_named_txt_is_read_as_pdf(tmp_path):
    path = write_pdf(tmp_path / "report.pdf", [["Only line."]])
    renamed = shutil.copy(path, tmp_path / "report.txt")
    extracted = read_document(renamed)
    assert extracted.format == "pdf"
    assert _texts(extracted) == ["Only line."]


# ------------------------------------------------------------------------------------- DOCX


def test_docx_headings_lists_and_table_in_order(tmp_path):
    content = [
        ("Title", "Stakeholder submission"),
        ("Heading 1", "Rights of the child"),
        "The coalition is concerned about child labour in mining regions.",
        ("List Number", "Adopt a national action plan on child labour."),
        ("List Number", "Increase the number of labour inspectors."),
        ("List Bullet", "Report on progress at the next review."),
        [["Issue", "Recommendation"], ["Detention", "Separate children from adults"]],
        ("Heading 2", "Bold statement", {"bold": True}),
        ("Normal", "Fully bold paragraph.", {"bold": True}),
    ]
    path = write_docx(tmp_path / "submission.docx", content)
    extracted = read_document(path)
    got = [(b.kind, b.level, b.marker, b.text) for b in extracted.blocks]
    assert got == [
        ("heading", 0, None, "Stakeholder submission"),
        ("heading", 1, None, "Rights of the child"),
        ("paragraph", None, None, "The coalition is concerned about child labour in mining regions."),
        ("list_item", 0, "1.", "Adopt a national action plan on child labour."),
        ("list_item", 0, "2.", "Increase the number of labour inspectors."),
        ("list_item", 0, "•", "Report on progress at the next review."),
        ("table_cell", None, None, "Issue"),
        ("table_cell", None, None, "Recommendation"),
        ("table_cell", None, None, "Detention"),
        ("table_cell", None, None, "Separate children from adults"),
        ("heading", 2, None, "Bold statement"),
        ("paragraph", None, None, "Fully bold paragraph."),
    ]
    cells = [b.table for b in extracted.blocks if b.kind == "table_cell"]
    assert cells == [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1)]
    assert extracted.blocks[-1].bold and not extracted.blocks[2].bold
    assert extracted.blocks[1].style == "Heading 1"
    assert extracted.text.split("\n")[0] == "Stakeholder submission"


def test_docx_automatic_recommendation_numbers(tmp_path):
    # A Working Group report numbers its recommendations automatically: "118." then "118.1", "118.2".
    levels = [("decimal", "%1.", 118), ("decimal", "%1.%2", 1), ("lowerLetter", "(%3)", 1)]
    content = [
        ("Normal", "The following recommendations will be examined:", {"list": "wg", "ilvl": 0}),
        ("Normal", "Ratify the Convention against Torture (Utopia);", {"list": "wg", "ilvl": 1}),
        ("Normal", "Abolish the death penalty (Atlantis);", {"list": "wg", "ilvl": 1}),
        ("Normal", "in law;", {"list": "wg", "ilvl": 2}),
        ("Normal", "in practice;", {"list": "wg", "ilvl": 2}),
        ("Normal", "Protect journalists (Arcadia);", {"list": "wg", "ilvl": 1}),
        ("Normal", "All recommendations enjoy the support of the State:", {"list": "wg", "ilvl": 0}),
        ("Normal", "Strengthen the national human rights institution (Utopia);", {"list": "wg", "ilvl": 1}),
    ]
    path = write_docx(tmp_path / "draft.docx", content, lists={"wg": levels})
    markers = [(b.marker, b.level) for b in read_document(path).blocks]
    assert markers == [
        ("118.", 0),
        ("118.1", 1),
        ("118.2", 1),
        ("(a)", 2),
        ("(b)", 2),
        ("118.3", 1),
        ("119.", 0),
        ("119.1", 1),
    ]


def test_docx_named_pdf_is_read_as_docx(tmp_path):
    path = write_docx(tmp_path / "submission.docx", [("Heading 1", "Introduction"), "Body text."])
    renamed = shutil.copy(path, tmp_path / "submission.pdf")
    extracted = read_document(renamed)
    assert extracted.format == "docx"
    assert _texts(extracted) == ["Introduction", "Body text."]


# ------------------------------------------------------------------------------ HTML and MD


def test_html_blocks(tmp_path):
    body = """
<nav><a href="/">Home</a></nav>
<h1>Universal Periodic Review</h1>
<div>Submitted by the <em>Coalition for Justice</em>.</div>
<p><strong>Key concern:</strong> arbitrary detention.</p>
<p><b>Entirely bold paragraph</b></p>
<ol start="3"><li>Release all detained activists.<ul><li>Within six months.</li></ul></li>
<li>Close the <i>special</i> courts.</li></ol>
<table><tr><th>State</th><th>Position</th></tr><tr><td>Utopia</td><td>Supported</td></tr></table>
<blockquote>Quoted statement of the delegation.</blockquote>
"""
    path = write_html(tmp_path / "page.html", body)
    got = [(b.kind, b.level, b.marker, b.text) for b in read_document(path).blocks]
    assert got == [
        ("heading", 1, None, "Universal Periodic Review"),
        ("paragraph", None, None, "Submitted by the Coalition for Justice."),
        ("paragraph", None, None, "Key concern: arbitrary detention."),
        ("paragraph", None, None, "Entirely bold paragraph"),
        ("list_item", 0, "3.", "Release all detained activists."),
        ("list_item", 1, "•", "Within six months."),
        ("list_item", 0, "4.", "Close the special courts."),
        ("table_cell", None, None, "State"),
        ("table_cell", None, None, "Position"),
        ("table_cell", None, None, "Utopia"),
        ("table_cell", None, None, "Supported"),
        ("paragraph", None, None, "Quoted statement of the delegation."),
    ]
    blocks = read_document(path).blocks
    assert [b.bold for b in blocks[2:4]] == [False, True]
    assert blocks[-2].table == (0, 1, 1)


def test_html_without_extension_is_sniffed(tmp_path):
    path = write_html(tmp_path / "download", "<h2>Annex</h2><p>Text.</p>", encoding="cp1252")
    extracted = read_document(path)
    assert extracted.format == "html"
    assert [(b.kind, b.text) for b in extracted.blocks] == [("heading", "Annex"), ("paragraph", "Text.")]


def test_markdown(tmp_path):
    text = (
        "# Joint submission\n\n"
        "## Freedom of expression\n\n"
        "The coalition is **concerned** about\nblocked websites.\n\n"
        "1. Repeal the law on foreign agents.\n"
        "2. Unblock news websites.\n\n"
        "- Invite the Special Rapporteur.\n"
    )
    path = write_markdown(tmp_path / "submission.md", text)
    extracted = read_document(path)
    assert extracted.format == "md"
    assert [(b.kind, b.level, b.marker, b.text) for b in extracted.blocks] == [
        ("heading", 1, None, "Joint submission"),
        ("heading", 2, None, "Freedom of expression"),
        ("paragraph", None, None, "The coalition is concerned about blocked websites."),
        ("list_item", 0, "1.", "Repeal the law on foreign agents."),
        ("list_item", 0, "2.", "Unblock news websites."),
        ("list_item", 0, "•", "Invite the Special Rapporteur."),
    ]


# ------------------------------------------------------------------------------ more encodings


RUSSIAN = (
    "Правозащитные организации призывают государство ратифицировать протокол.\n"
    "Они также рекомендуют обеспечить независимость судебной системы.\n"
)


def test_text_cp1251_cyrillic(tmp_path):
    extracted = read_document(write_text(tmp_path / "ru.txt", RUSSIAN, "cp1251"))
    assert extracted.encoding == "cp1251"
    assert extracted.text == RUSSIAN.rstrip("\n")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [SUBMISSION, RUSSIAN])
def test_text_utf16_without_bom(tmp_path, encoding, text):
    extracted = read_document(write_text(tmp_path / "export.txt", text, encoding))
    assert extracted.encoding == encoding
    assert extracted.text == text.rstrip("\n")


# ------------------------------------------------------------------------ PDF clean-up units


def test_clean_line_maps_pdfium_hyphens_and_symbol_bullets():
    from uprmonitor.ingest.pdf_reader import clean_line

    assert clean_line("non\ufffegovernmental organizations \r") == "non-governmental organizations"
    assert clean_line("\uf0b7 Ratify the Convention") == "• Ratify the Convention"
    assert clean_line("\uf02d Adopt a plan\x0c") == "- Adopt a plan"


def test_furniture_of_un_style_pages():
    from uprmonitor.ingest.furniture import find_furniture

    pages = [
        [
            "GE.30-01234 (E)",
            "\uf02a\uf031\uf032\uf02a",
            "Human Rights Council",
            "Report of the Working Group",
        ],
        ["A/HRC/99/12", "2", "12. The delegation stated that the plan", "had been adopted."],
        ["A/HRC/99/12", "3", "13. Utopia welcomed the plan.", "4"],  # "4" is a footnote mark on page 3
        ["A/HRC/99/12 Page 4", "14. Atlantis asked about prisons."],  # a one-off header form stays
        ["A/HRC/99/12", "5", "15. Arcadia made recommendations."],
        ["A/HRC/99/12", "Page 6", "16. Utopia thanked the delegation.", "GE.30-01234 6"],
    ]
    assert find_furniture(pages) == [{0, 1}, {0, 1}, {0, 1}, set(), {0, 1}, {0, 1, 3}]


# --------------------------------------------------------------------- DOCX revisions, merges


def _tracked_change_docx(path):
    """A paragraph with an inserted and a deleted run, made the way Word stores tracked changes."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    paragraph = document.add_paragraph("Ratify the Convention ")
    for tag, text_tag, text in (("w:ins", "w:t", "without delay "), ("w:del", "w:delText", "by 2030 ")):
        change = OxmlElement(tag)
        change.set(qn("w:id"), "1")
        change.set(qn("w:author"), "Editor")
        run = OxmlElement("w:r")
        text_element = OxmlElement(text_tag)
        text_element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        text_element.text = text
        run.append(text_element)
        change.append(run)
        paragraph._p.append(change)
    paragraph.add_run("(Utopia);")
    document.save(str(path))
    return path


def test_docx_tracked_changes_keep_insertions_and_drop_deletions(tmp_path):
    extracted = read_document(_tracked_change_docx(tmp_path / "draft.docx"))
    assert _texts(extracted) == ["Ratify the Convention without delay (Utopia);"]


def test_docx_merged_cells_reported_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Theme: women's rights"
    table.cell(0, 2).text = "Position"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "118.1"
    table.cell(1, 1).text = "Adopt a law on domestic violence"
    table.cell(1, 2).text = "Supported"
    document.save(str(tmp_path / "matrix.docx"))
    cells = [(b.table, b.text) for b in read_document(tmp_path / "matrix.docx").blocks]
    assert cells == [
        ((0, 0, 0), "Theme: women's rights"),
        ((0, 0, 2), "Position"),
        ((0, 1, 0), "118.1"),
        ((0, 1, 1), "Adopt a law on domestic violence"),
        ((0, 1, 2), "Supported"),
        ((0, 2, 1), ""),
        ((0, 2, 2), ""),
    ]


# ------------------------------------------------------------------------- HTML details


def test_html_line_breaks_pre_and_skipped_parts(tmp_path):
    body = (
        "<p>First line<br>second line</p>"
        "<pre>code  block\n  indented</pre>"
        "<script>ignored()</script><style>p{}</style>"
        "<div>Loose text<p>inner paragraph</p>tail text</div>"
    )
    blocks = read_document(write_html(tmp_path / "page.htm", body)).blocks
    assert [b.text for b in blocks] == [
        "First line\nsecond line",
        "code  block\n  indented",
        "Loose text",
        "inner paragraph",
        "tail text",
    ]


def test_markdown_table(tmp_path):
    text = "| State | Position |\n|---|---|\n| Utopia | Supported |\n"
    blocks = read_document(write_markdown(tmp_path / "t.md", text)).blocks
    assert [(b.kind, b.table, b.text) for b in blocks] == [
        ("table_cell", (0, 0, 0), "State"),
        ("table_cell", (0, 0, 1), "Position"),
        ("table_cell", (0, 1, 0), "Utopia"),
        ("table_cell", (0, 1, 1), "Supported"),
    ]


def test_html_list_items_with_paragraphs_and_lists_inside_lists(tmp_path):
    body = (
        "<form><ul><li><p>Ratify the Convention.</p><p>Report back.</p></li>"
        "<ul><li>Nested straight in the list.</li></ul></ul>"
        "<table><tr><td><p>Cell line one</p><p>Cell line two</p></td></tr></table></form>"
    )
    blocks = read_document(write_html(tmp_path / "page.html", body)).blocks
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("list_item", 0, "Ratify the Convention.\nReport back."),
        ("list_item", 1, "Nested straight in the list."),
        ("table_cell", None, "Cell line one\nCell line two"),
    ]


def test_docx_page_header_comes_first_as_furniture(tmp_path):
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "UPR of Freedonia (3rd Cycle - 40th session)"
    document.add_paragraph("Body text.")
    path = tmp_path / "with-header.docx"
    document.save(path)
    extracted = read_document(path)
    assert [(block.kind, block.text) for block in extracted.blocks] == [
        ("furniture", "UPR of Freedonia (3rd Cycle - 40th session)"),
        ("paragraph", "Body text."),
    ]
