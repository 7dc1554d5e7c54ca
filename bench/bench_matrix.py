"""OHCHR thematic lists / matrices (DOCX tables) through read_document + parse_thematic_list.

- Egypt, cycle 2 matrix (older UHRI theme codes, "Recommending state/s" column) against a third
  party's CSV parse of it (silver): count, text match, states, positions, themes, spot check.
- Slovenia's cycle 2 and 3 thematic lists against OHCHR's gold CSVs: count, text match, states,
  positions, thematic heading, themes / affected persons / SDGs.

Text match, state and position figures are defined in bench/_common.py and bench_slovenia.py.

    .venv/bin/python bench/bench_matrix.py [--json PATH] [--examples N]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    match_recommendations,
    normalize_for_match,
    precision_recall,
    recommendation_key,
    require_shared_data,
    set_precision_recall,
    shorten,
    write_json,
)
from bench_slovenia import gold_position, split_state_field  # noqa: E402
from uprmonitor.ingest import read_document  # noqa: E402
from uprmonitor.structure.states import canonical_state  # noqa: E402
from uprmonitor.structure.thematic_list import normalize_position, parse_thematic_list  # noqa: E402

SLOVENIA = {
    2: (
        "slovenia/2ndcycleunoriginal/UPR20__Slovenia_ThematicListRecommendations_E.docx",
        "slovenia/thematic-lists/slovenia_c2_thematic_list.csv",
    ),
    3: (
        "slovenia/3rdcycleunoriginal/UPR34_Slovenia_Thematic_list_of_Recommendations.docx",
        "slovenia/thematic-lists/slovenia_c3_thematic_list.csv",
    ),
}
EGYPT = ("ohchr-matrix/egypt-cycle2-matrix.docx", "ohchr-matrix/egypt-cycle2-matrix-parsed.csv")
_LEADING_NUMBER = re.compile(r"^\s*\d{1,3}\.\d{1,3}\.?\s*")


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def segment_states(run_together: str) -> set[str] | None:
    """Split "ChileEstoniaSlovenia" (the silver CSV's state field) into canonical states, or None."""
    text = run_together.strip()
    best: dict[int, list[str]] = {0: []}
    for start in range(len(text)):
        if start not in best:
            continue
        for end in range(len(text), start, -1):
            name = canonical_state(text[start:end])
            if name and end not in best:
                best[end] = best[start] + [name]
    return set(best[len(text)]) if len(text) in best else None


def _list_agreement(pairs: list[tuple[list[str], list[str]]]) -> dict:
    """Set precision/recall of list fields (themes, affected persons, SDGs) after normalisation."""
    return set_precision_recall(
        [
            ({normalize_for_match(x) for x in ours}, {normalize_for_match(x) for x in ref})
            for ours, ref in pairs
        ]
    )


def compare(
    recommendations,
    rows: list[dict],
    *,
    text_of,
    states_of,
    position_of,
    examples: int,
    lists: dict | None = None,
) -> dict:
    """Figures of parsed recommendations against reference rows (fields read with the given functions)."""
    pairs = match_recommendations(
        [r.text for r in recommendations],
        [text_of(row) for row in rows],
        key=lambda text: recommendation_key(_LEADING_NUMBER.sub("", text)),
    )
    state_pairs, state_errors, position_errors, unreadable_states = [], [], [], 0
    right = compared = 0
    list_pairs: dict[str, list] = {field: [] for field in (lists or {})}
    for our_index, ref_index, _ in pairs:
        ours, row = recommendations[our_index], rows[ref_index]
        reference_states = states_of(row)
        if reference_states is None:
            unreadable_states += 1
        else:
            state_pairs.append((set(ours.recommending_states), reference_states))
            if set(ours.recommending_states) != reference_states:
                state_errors.append(
                    {
                        "paragraph": ours.paragraph,
                        "ours": ours.recommending_states,
                        "reference": sorted(reference_states),
                    }
                )
        expected = position_of(row)
        if expected:
            compared += 1
            right += ours.position == expected
            if ours.position != expected:
                position_errors.append(
                    {"paragraph": ours.paragraph, "ours": ours.position, "reference": expected}
                )
        for field, read in (lists or {}).items():
            list_pairs[field].append((getattr(ours, field), read(row)))
    matched_refs = {ref for _, ref, _ in pairs}
    return {
        "recommendations": precision_recall(len(recommendations), len(rows), len(pairs)),
        "exact_text_matches": sum(score == 1.0 for _, _, score in pairs),
        "states": set_precision_recall(state_pairs),
        "reference_states_unreadable": unreadable_states,
        "positions": {
            "compared": compared,
            "right": right,
            "accuracy": round(right / compared, 4) if compared else None,
        },
        "lists": {field: _list_agreement(pairs_) for field, pairs_ in list_pairs.items()},
        "missed": [shorten(text_of(rows[i])) for i in range(len(rows)) if i not in matched_refs][:examples],
        "state_errors": state_errors[:examples],
        "position_errors": position_errors[:examples],
    }


# The silver CSV runs list items together: "2.1. Acceptance of … 12.4. Death penalty",
# "general- human rights defenders"; cut before each numbered theme / at each "- ".
_THEME_START = re.compile(r"(?<=[^\d.\s])\s*(?=\d{1,2}(?:\.\d{1,2})*\.\s)")
_PERSON_START = re.compile(r"(?<=\S)-\s+")


def _split_run_together(value: str, boundary: re.Pattern) -> list[str]:
    return [item.strip() for item in boundary.split(value or "") if item.strip()]


def _split_pipe(value: str) -> list[str]:
    return [item.strip() for item in (value or "").split("|") if item.strip()]


def run_slovenia(root: Path, cycle: int, examples: int) -> dict:
    docx_path, csv_path = SLOVENIA[cycle]
    started = time.perf_counter()
    structure = parse_thematic_list(read_document(root / docx_path))
    seconds = time.perf_counter() - started
    rows = read_csv(root / csv_path)
    result = compare(
        structure.recommendations,
        rows,
        text_of=lambda row: row["text"],
        states_of=lambda row: split_state_field(row["recommending_states_raw"])[0],
        position_of=lambda row: gold_position(row["position"]),
        examples=examples,
        lists={
            "themes": lambda row: _split_pipe(row["themes"]),
            "affected_persons": lambda row: _split_pipe(row["affected_persons"]),
            "sdgs": lambda row: _split_pipe(row["sdgs"]),
        },
    )
    by_paragraph = {row["paragraph"]: row for row in rows}
    result["paragraph_and_heading_agree"] = sum(
        r.paragraph in by_paragraph
        and normalize_for_match(r.section)
        == normalize_for_match(by_paragraph[r.paragraph]["thematic_heading"])
        for r in structure.recommendations
    )
    result.update(
        {
            "name": f"Slovenia cycle {cycle} thematic list",
            "seconds": round(seconds, 3),
            "metadata": structure.metadata,
            "sections": len(structure.sections),
        }
    )
    return result


def run_egypt(root: Path, examples: int) -> dict:
    started = time.perf_counter()
    structure = parse_thematic_list(read_document(root / EGYPT[0]))
    seconds = time.perf_counter() - started
    rows = read_csv(root / EGYPT[1])
    result = compare(
        structure.recommendations,
        rows,
        text_of=lambda row: row["text"],
        states_of=lambda row: segment_states(row["upr_reccomending_states"]),
        position_of=lambda row: normalize_position(row["upr_position"]),
        examples=examples,
        lists={
            "themes": lambda row: _split_run_together(row["themes"], _THEME_START),
            "affected_persons": lambda row: _split_run_together(row["affected_persons"], _PERSON_START),
        },
    )
    recommendations = structure.recommendations
    spot = [recommendations[i] for i in sorted({0, len(recommendations) // 2, len(recommendations) - 1})]
    result.update(
        {
            "name": "Egypt cycle 2 matrix (silver CSV)",
            "seconds": round(seconds, 3),
            "metadata": structure.metadata,
            "sections": len(structure.sections),
            "spot_check": [
                {
                    "paragraph": r.paragraph,
                    "text": shorten(r.text, 80),
                    "states": r.recommending_states,
                    "position": r.position,
                    "section": r.section,
                    "themes": r.themes,
                    "affected_persons": r.affected_persons,
                }
                for r in spot
            ],
        }
    )
    return result


def print_result(result: dict) -> None:
    rec, states, positions = result["recommendations"], result["states"], result["positions"]
    print(
        f"\n== {result['name']}  ({result['seconds']} s, {result['sections']} theme headings, metadata {result['metadata']})"
    )
    print(
        f"  recommendations: ours {rec['found']}, reference {rec['expected']}, matched {rec['correct']} "
        f"(exact {result['exact_text_matches']})  P {rec['precision']:.4f}  R {rec['recall']:.4f}"
    )
    print(
        f"  states: P {states['precision']:.4f}  R {states['recall']:.4f}  exact sets {states['exact_sets']}/{states['pairs']}"
        f"  (reference unreadable: {result['reference_states_unreadable']})"
    )
    print(f"  positions: {positions['right']}/{positions['compared']} = {positions['accuracy']}")
    for field, figures in result["lists"].items():
        print(
            f"  {field}: P {figures['precision']:.4f}  R {figures['recall']:.4f}  exact {figures['exact_sets']}/{figures['pairs']}"
        )
    if "paragraph_and_heading_agree" in result:
        print(f"  paragraph + thematic heading agree: {result['paragraph_and_heading_agree']}/{rec['found']}")
    for item in result.get("spot_check", []):
        print(f"  spot: {item}")
    for label in ("missed", "state_errors", "position_errors"):
        for item in result[label]:
            print(f"    {label}: {item}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the results as JSON to this path")
    parser.add_argument("--examples", type=int, default=6, help="error examples to show per list")
    args = parser.parse_args(argv)
    root = require_shared_data(EGYPT[0], SLOVENIA[2][0], SLOVENIA[3][0])
    results = [run_egypt(root, args.examples)] + [
        run_slovenia(root, cycle, args.examples) for cycle in SLOVENIA
    ]
    for result in results:
        print_result(result)
    write_json(args.json, {"benchmark": "matrix", "date": time.strftime("%Y-%m-%d"), "results": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
