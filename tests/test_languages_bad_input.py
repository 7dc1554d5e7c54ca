"""Documents in the other UN languages that are empty, garbled or huge: no crash, nothing invented."""

from __future__ import annotations

import random

import pytest

from builders import extracted_lines
from uprmonitor.classify.leads import english_lead
from uprmonitor.classify.lexicon import Lexicon
from uprmonitor.store.query import parse_query, search_terms, to_fts5
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.un_documents import parse_stakeholder_summary
from uprmonitor.structure.wg_addendum import parse_wg_addendum
from uprmonitor.structure.wg_report import parse_wg_report

TITLES = {
    "wg_report": ["Informe del Grupo de Trabajo sobre el Examen Periódico Universal", "普遍定期审议工作组报告",
                  "Доклад Рабочей группы по универсальному периодическому обзору"],
    "wg_addendum": ["A/HRC/61/12/Add.1"],
    "stakeholder_summary": ["A/HRC/WG.6/48/KAZ/3"],
}
PARSERS = {"wg_report": parse_wg_report, "wg_addendum": parse_wg_addendum,
           "stakeholder_summary": parse_stakeholder_summary}


def garbage(seed: int, size: int) -> list[str]:
    """Lines of random characters from the six scripts, digits, brackets and punctuation."""
    alphabet = "abcñé АБВжё ابت 中文字 0123456789 .-()（）；؛،、:;\t"
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(size)]


@pytest.mark.parametrize(("kind", "title"), [(k, t) for k, titles in TITLES.items() for t in titles])
def test_a_title_over_garbage_gives_no_recommendation(kind, title):
    extracted = extracted_lines(title, *garbage(7, 400))
    assert detect_kind(extracted) == kind
    structure = PARSERS[kind](extracted)
    assert structure.recommendations == []


@pytest.mark.parametrize("kind", sorted(PARSERS))
def test_an_empty_document_parses_to_nothing(kind):
    structure = PARSERS[kind](extracted_lines(""))
    assert structure.recommendations == []


def test_a_huge_line_of_one_script_is_read_without_catastrophic_backtracking():
    # One 200,000-character line: every pattern must stay linear (the test would hang otherwise).
    line = "90.1 " + "在任何情况下" * 30000 + "(挪威)；"
    structure = parse_wg_report(extracted_lines("普遍定期审议工作组报告", "二. 结论和/或建议",
                                                "90. 下列建议得到了支持：", line))
    assert [r.recommending_states for r in structure.recommendations] == [["Norway"]]


@pytest.mark.parametrize("text", ["", "   ", "()", "؛؛؛", "。。", "12345"])
def test_helpers_accept_empty_and_symbol_only_text(text):
    assert english_lead(text, "es") is None
    assert Lexicon({"es": {"tortura": "torture"}}, weight=0.3).pairs(text, "es") == []
    assert search_terms(text, "ru") in (None, "")


def test_a_query_of_chinese_punctuation_only_is_refused_clearly():
    from uprmonitor.store.query import QueryError

    with pytest.raises(QueryError):
        to_fts5(parse_query("。、"))
