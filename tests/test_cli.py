"""`upr` end to end on documents written here: analyse, list, show, export, and bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from builders import wg_report_text
from uprmonitor.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NGO_SAMPLE = EXAMPLES / "sample-ngo-submission.txt"
WG_SAMPLE = EXAMPLES / "sample-wg-report.txt"


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "upr.db")


def run(*args: str):
    return CliRunner().invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def analyze_json(db: str, *files) -> tuple[int, dict]:
    result = run("analyze", *files, "--db", db, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def test_json_output_has_the_documented_shape(db):
    code, payload = analyze_json(db, NGO_SAMPLE)
    assert code == 0
    [document] = payload["documents"]
    assert {
        "id",
        "source",
        "kind",
        "title",
        "state_under_review",
        "language",
        "sections",
        "recommendations",
    } <= set(document)
    assert document["kind"] == "ngo_submission"
    assert document["state_under_review"] == "Republic of Moldova"
    assert document["language"] == "en"
    assert [section["heading"] for section in document["sections"]] == [
        "ACCESS TO INFORMATION",
        "PEACEFUL ASSEMBLY",
        "RIGHTS OF PERSONS WITH DISABILITIES",
    ]
    assert all(section["concerns"] for section in document["sections"])
    recommendations = document["recommendations"]
    assert len(recommendations) == 6
    for rec in recommendations:
        assert {"id", "section", "paragraph", "text", "recommending_states", "position", "page"} <= set(rec)
        assert rec["position"] in ("supported", "noted", "pending", None)
    assert recommendations[3]["text"].startswith("Adopt clear rules on the recording of assemblies")
    assert recommendations[3]["text"].endswith("facilitation of peaceful assemblies.")
    assert recommendations[3]["section"] == "PEACEFUL ASSEMBLY"


def test_working_group_report_gives_states_and_positions(db):
    code, payload = analyze_json(db, WG_SAMPLE)
    assert code == 0
    [document] = payload["documents"]
    assert document["kind"] == "wg_report"
    rows = [(r["paragraph"], r["recommending_states"], r["position"]) for r in document["recommendations"]]
    assert rows == [
        ("80.1", ["Norway"], "pending"),
        ("80.2", ["Estonia", "Canada"], "pending"),
        ("81.1", ["Germany"], "noted"),
        ("81.2", ["Spain", "Portugal"], "noted"),
    ]


def test_analysing_again_is_idempotent(db):
    first = run("analyze", NGO_SAMPLE, "--db", db)
    second = run("analyze", NGO_SAMPLE, "--db", db)
    assert first.exit_code == second.exit_code == 0
    assert "already stored" in second.stdout
    listing = json.loads(run("documents", "--db", db, "--format", "json").stdout)
    assert len(listing) == 1 and listing[0]["recommendations"] == 6


def test_table_output_lists_recommendations(db):
    result = run("analyze", NGO_SAMPLE, "--db", db)
    assert result.exit_code == 0
    assert "6 recommendations" in result.stdout and "3 sections" in result.stdout


def test_show_prints_concerns_and_json(db):
    run("analyze", NGO_SAMPLE, "--db", db)
    shown = run("show", "1", "--db", db)
    assert shown.exit_code == 0 and "ACCESS TO INFORMATION" in shown.stdout
    as_json = json.loads(run("show", "1", "--db", db, "--format", "json").stdout)
    assert len(as_json["documents"][0]["recommendations"]) == 6
    missing = run("show", "99", "--db", db)
    assert missing.exit_code == 1 and "no document with id 99" in missing.stderr


def test_export_csv_json_and_xlsx(db, tmp_path):
    run("analyze", NGO_SAMPLE, WG_SAMPLE, "--db", db)
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db).stdout)))
    assert len(rows) == 10
    assert all(row["action_category"] in {"1", "2", "3", "4", "5"} and row["issues"] for row in rows)
    assert "CRPD" in [row["instruments"] for row in rows]
    assert {row["recommending_states"] for row in rows} >= {"Estonia; Canada", ""}
    only_report = json.loads(run("export", "--db", db, "--format", "json", "--document", "2").stdout)
    assert len(only_report["documents"][0]["recommendations"]) == 4
    workbook_path = tmp_path / "out.xlsx"
    assert run("export", "--db", db, "--format", "xlsx", "-o", workbook_path).exit_code == 0
    sheet = load_workbook(workbook_path).active
    assert sheet.max_row == 11 and sheet["J1"].value == "text"


def test_bad_files_fail_alone_and_clearly(db, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(bytes(range(256)) * 40)
    missing = tmp_path / "missing.docx"
    result = run("analyze", empty, NGO_SAMPLE, garbage, missing, "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt" in line and "empty" in line for line in errors)
    assert any("garbage.pdf" in line for line in errors)
    assert any("missing.docx" in line for line in errors)
    listing = json.loads(run("documents", "--db", db, "--format", "json").stdout)
    assert [entry["source"] for entry in listing] == ["sample-ngo-submission.txt"]


def test_size_limit_is_configurable(db):
    result = run("analyze", NGO_SAMPLE, "--db", db, "--max-size-mb", "0.001")
    assert result.exit_code == 1
    assert "sample-ngo-submission.txt" in result.stderr and "limit" in result.stderr


def test_unknown_kind_is_refused(db):
    result = run("analyze", NGO_SAMPLE, "--db", db, "--kind", "poem")
    assert result.exit_code == 2 and "unknown --kind" in result.stderr


def test_kind_override_reads_a_file_as_another_kind(db):
    code, payload = analyze_json(db, WG_SAMPLE)
    assert payload["documents"][0]["kind"] == "wg_report"
    result = run("analyze", WG_SAMPLE, "--db", db, "--kind", "ngo_submission", "--format", "json")
    assert json.loads(result.stdout)["documents"][0]["kind"] == "ngo_submission"
    assert len(json.loads(run("documents", "--db", db, "--format", "json").stdout)) == 1


def classify_lines(stdin: str) -> list[dict]:
    result = CliRunner().invoke(app, ["classify", "-"], input=stdin, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_classify_plain_lines_from_standard_input():
    results = classify_lines(
        "Ratify the Optional Protocol to the Convention against Torture\n\nConsider abolishing the death penalty\n"
    )
    assert [result["id"] for result in results] == ["1", "3"]  # ids are line numbers
    first, second = results
    assert first["action_category"]["label"] == 5 and 0 <= first["action_category"]["confidence"] <= 1
    assert "Ratify" in first["action_category"]["evidence"]
    assert [instrument["id"] for instrument in first["instruments"]] == ["OPCAT"]
    assert first["instruments"][0]["action"] == "ratify"
    assert second["action_category"]["label"] == 3
    assert "Death penalty" in [issue["label"] for issue in second["issues"]]
    assert set(first) >= {
        "id",
        "action_category",
        "issues",
        "themes",
        "affected_persons",
        "sdgs",
        "instruments",
    }


def test_classify_keeps_ids_from_jsonl_and_csv(tmp_path):
    jsonl = '{"id": "a-7", "text": "Continue efforts to improve prison conditions"}\n{"id": 12, "text": "Adopt a law on asylum"}\n'
    assert [result["id"] for result in classify_lines(jsonl)] == ["a-7", "12"]
    table = tmp_path / "recs.csv"
    table.write_text(
        'id,text\nr1,"Ensure access to clean water, in particular in rural areas"\n', encoding="utf-8"
    )
    result = run("classify", table)
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == "r1"


def test_classify_names_the_bad_line():
    result = CliRunner().invoke(app, ["classify", "-"], input='{"id": 1, "text": "ok"}\n{"id": 2, "text":\n')
    assert result.exit_code == 1 and "line 2 is not valid JSON" in result.stderr


def test_analyze_labels_recommendations_and_a_correction_wins(db):
    code, payload = analyze_json(db, WG_SAMPLE)
    rec = payload["documents"][0]["recommendations"][2]
    assert rec["labels"]["action_category"]["label"] in (1, 2, 3, 4, 5)
    assert rec["labels"]["issues"] and rec["labels"]["issues"][0]["source"] == "model"
    corrected = run(
        "label", rec["id"], "--set", "issues=Freedom of association and peaceful assembly", "--db", db
    )
    assert corrected.exit_code == 0 and "->" in corrected.stdout
    shown = json.loads(run("show", "1", "--db", db, "--format", "json").stdout)
    issues = shown["documents"][0]["recommendations"][2]["labels"]["issues"]
    assert [(issue["label"], issue["source"]) for issue in issues] == [
        ("Freedom of association and peaceful assembly", "user")
    ]
    refused = run("label", rec["id"], "--set", "colour=blue", "--db", db)
    assert refused.exit_code == 1 and "unknown label field" in refused.stderr


def test_analyze_can_skip_classification(db):
    result = run("analyze", NGO_SAMPLE, "--db", db, "--no-classify", "--format", "json")
    rec = json.loads(result.stdout)["documents"][0]["recommendations"][0]
    assert rec["labels"]["action_category"] is None and rec["labels"]["issues"] == []


def test_search_finds_stored_recommendations_with_facets(db):
    run("analyze", NGO_SAMPLE, WG_SAMPLE, "--db", db, "--no-classify")
    result = run("search", "assemblies", "--db", db, "--format", "json")
    payload = json.loads(result.stdout)
    assert payload["total"] == 3  # two in the submission (stemmed "assembly"), one in the report
    facets = {facet["value"]: facet["count"] for facet in payload["facets"]["kind"]}
    assert facets == {"ngo_submission": 2, "wg_report": 1}
    only_report = json.loads(run("search", "assemblies", "--kind", "wg_report", "--db", db, "--format", "json").stdout)
    assert [hit["recommending_states"] for hit in only_report["hits"]] == [["Germany"]]
    bad = run("search", "NOT assemblies", "--db", db)
    assert bad.exit_code == 2 and "at least one word" in bad.stderr


def test_semantic_search_finds_by_meaning_and_says_what_it_covers(db):
    run("analyze", NGO_SAMPLE, "--db", db)  # labelled: its recommendations' vectors are stored
    run("analyze", WG_SAMPLE, "--db", db, "--no-classify")
    query = "transparency of government spending"  # no word in common with the procurement recommendation
    assert json.loads(run("search", query, "--db", db, "--format", "json").stdout)["total"] == 0
    payload = json.loads(run("search", query, "--semantic", "--db", db, "--format", "json").stdout)
    assert payload["hits"][0]["text"].startswith("Publish all public procurement contracts")
    assert payload["hits"][0]["by_meaning_only"] is True
    assert payload["meaning_coverage"] == {"covered": 6, "stored": 10}
    table = run("search", query, "--semantic", "--db", db)
    assert "among 6 of 10 recommendations" in " ".join(table.stdout.split())
    assert "≈ found by meaning" in table.stdout


def test_reanalyze_replaces_the_stored_analysis(db):
    run("analyze", NGO_SAMPLE, "--db", db, "--no-classify")
    again = run("analyze", NGO_SAMPLE, "--db", db, "--no-classify", "--reanalyze", "--format", "json")
    assert again.exit_code == 0
    listing = json.loads(run("documents", "--db", db, "--format", "json").stdout)
    assert len(listing) == 1 and listing[0]["recommendations"] == 6
    assert json.loads(again.stdout)["documents"][0]["id"] == listing[0]["id"]


ADDENDUM = """A/HRC/99/12/Add.1
Report of the Working Group on the Universal Periodic Review
Republic of Moldova
Addendum
Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review
1. The Republic of Moldova supports recommendations 1 and 2.
"""


@pytest.mark.parametrize("addendum_first", [False, True])
def test_the_addendum_settles_pending_positions_in_either_order(db, tmp_path, addendum_first):
    addendum = tmp_path / "add1.txt"
    addendum.write_text(ADDENDUM, encoding="utf-8")
    files = [addendum, WG_SAMPLE] if addendum_first else [WG_SAMPLE, addendum]
    result = run("analyze", *files, "--db", db, "--no-classify")
    assert result.exit_code == 0 and "positions of 2 recommendations set" in result.stdout
    report = next(d for d in analyze_json(db, WG_SAMPLE)[1]["documents"])
    assert [rec["position"] for rec in report["recommendations"]] == ["supported", "supported", "noted", "noted"]


CLUSTERED_REPORT = wg_report_text([
    "Ratify the Optional Protocol to the Convention against Torture (France)",
    "Ratify the Optional Protocol to the Convention against Torture (OPCAT) (Spain)",
    "Proceed to ratify the Optional Protocol to the Convention against Torture (Chile)",
    "Improve access to clean drinking water in rural areas (Kenya)",
], symbol="A/HRC/99/30")


def test_export_can_add_clusters_of_near_identical_recommendations(db, tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(CLUSTERED_REPORT, encoding="utf-8")
    run("analyze", report, "--db", db)
    rows = list(csv.DictReader(io.StringIO(run("export", "--clusters", "--db", db).stdout)))
    by_paragraph = {row["paragraph"]: row for row in rows}
    opcat = [by_paragraph[p] for p in ("90.1", "90.2", "90.3")]
    assert len({row["cluster"] for row in opcat}) == 1 and {row["cluster_size"] for row in opcat} == {"3"}
    assert opcat[0]["cluster_states"] == "Chile; France; Spain"
    assert by_paragraph["90.4"]["cluster_size"] == "1"
    assert "cluster" not in run("export", "--db", db).stdout.splitlines()[0].split(",")
    assert run("export", "--clusters", "--format", "json", "--db", db).exit_code == 2
