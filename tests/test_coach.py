"""`upr coach`: specificity checks and the history of similar recommendations, on texts written here."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from builders import wg_report_text
from uprmonitor.classify.coach import leading_verb, specificity_checks
from uprmonitor.cli import app


def failed(text: str) -> set[str]:
    return {check.name for check in specificity_checks(text) if not check.passed}


def test_a_vague_recommendation_fails_every_check():
    assert failed("Continue efforts to improve the situation of women") == {
        "concrete verb",
        "named object",
        "deadline",
        "responsible body",
        "measurable",
    }


def test_a_specific_recommendation_passes_them():
    text = "Amend the Law on Assemblies by 2027 so that the police may not disperse gatherings of under 50 people"
    assert failed(text) == set()


def test_each_check_is_told_apart():
    assert failed("Ratify the Optional Protocol to the Convention against Torture") == {
        "deadline",
        "responsible body",
        "measurable",
    }
    assert "deadline" not in failed("Adopt a plan before the next review")
    assert "deadline" not in failed("Adopt a plan within 12 months")
    assert "concrete verb" not in failed("Put an end to forced evictions")
    assert "deadline" not in failed("Publish every contract within thirty days of signature")
    assert "deadline" not in failed("Adopt a time-bound plan to close residential institutions")
    assert "deadline" in failed("Adopt a plan within the framework of the national strategy")
    assert "concrete verb" not in failed("Recognise spontaneous assemblies in law")
    assert "concrete verb" in failed("Recognise the importance of civil society")
    assert "concrete verb" not in failed("Replace plenary guardianship with supported decision-making")
    assert leading_verb("That Freedonia adopt a law on asylum") == "adopt"


def test_spanish_and_french_drafts_are_checked_too():
    assert failed("Aprobar una ley de consulta previa antes de 2027, con presupuesto del Ministerio de Hacienda.") == set()
    assert failed("Établir d'ici 2027 un mécanisme national de prévention au sein du ministère de la Justice.") == set()
    assert failed("Seguir promoviendo la igualdad de género.") == {
        "concrete verb", "named object", "deadline", "responsible body", "measurable"}
    assert "concrete verb" not in failed("Poner fin a la detención de niños migrantes.")


SUBMISSION = """JOINT SUBMISSION ON THE REPUBLIC OF MOLDOVA

FREEDOM OF ASSEMBLY
Peaceful protests are routinely dispersed and organisers are fined.

Repeal the requirement of prior authorisation for peaceful assemblies.
Continue efforts to promote gender equality in employment.
"""

REPORT = wg_report_text(
    ["Repeal the requirement of prior authorisation for peaceful assemblies (Norway)"],
    ["Repeal the requirement of prior authorisation for assemblies and release detained protesters (Canada)",
     "Build more roads in rural districts (Chile)"])


def test_coach_reports_how_similar_recommendations_fared(tmp_path):
    db = str(tmp_path / "upr.db")
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(SUBMISSION, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["analyze", str(tmp_path / "report.txt"), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["coach", str(tmp_path / "draft.txt"), "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    advice = json.loads(result.stdout)
    assert advice["state_under_review"] == "Republic of Moldova" and advice["past_recommendations"] == 3
    first, second = advice["recommendations"]
    assert first["action_category"] in (4, 5) and second["action_category"] == 2
    assert (first["history"]["supported"], first["history"]["noted"]) == (1, 1)
    assert first["history"]["examples"][0]["position"] == "supported"  # the identical one ranks first
    assert second["history"]["similar"] == 0


def test_coach_without_stored_reviews_says_so(tmp_path):
    (tmp_path / "draft.txt").write_text(SUBMISSION, encoding="utf-8")
    result = CliRunner().invoke(app, ["coach", str(tmp_path / "draft.txt"), "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 0
    assert "No Working Group report on Republic of Moldova is stored" in result.stdout
    assert "concrete verb" in result.stdout


def test_russian_drafts_are_checked_too():
    # Kazakhstani coalitions often draft in Russian (sentences written for this test).
    assert failed("Принять закон о мирных собраниях до 2027 года с бюджетом Министерства юстиции.") == set()
    assert failed("Продолжать усилия по поощрению гендерного равенства.") == {
        "concrete verb", "named object", "deadline", "responsible body", "measurable"}
    [verb_check] = [c for c in specificity_checks("Продолжать усилия по поощрению гендерного равенства.")
                    if c.name == "concrete verb"]
    assert verb_check.suggestion.startswith('"Продолжать" commits to little')  # quoted as the draft wrote it


def test_arabic_and_chinese_verbs_are_read_through_their_english_lead():
    assert "concrete verb" not in failed("التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب")
    assert "concrete verb" in failed("继续努力促进性别平等")
    assert "concrete verb" not in failed("批准《残疾人权利公约》")
