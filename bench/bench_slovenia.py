"""Slovenia, UPR cycles 2 and 3: WG report + Add.1 (text and PDF) against OHCHR's thematic lists.

For each cycle and each input format (the extracted .txt and the original PDF) this reads the
Working Group report with `read_document` + `parse_wg_report`, applies the State's positions from
the addendum (`parse_wg_addendum` + `apply_positions`), and compares with the gold CSV:

- recommendations: precision / recall of a one-to-one text match (bench/_common.py:
  `match_recommendations`: normalised text without trailing state brackets, identical or
  difflib similarity >= 0.95);
- recommending states: micro precision / recall over the matched pairs (set per recommendation;
  gold tokens that are not state names, e.g. "No. 29" cut from "(No. 29)", are noise and dropped);
- positions: accuracy over the matched pairs (gold Supported/Noted vs ours after the addendum).

    .venv/bin/python bench/bench_slovenia.py [--json PATH] [--examples N]
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
    precision_recall,
    require_shared_data,
    set_precision_recall,
    shorten,
    write_json,
)
from uprmonitor.ingest import read_document  # noqa: E402
from uprmonitor.structure.states import canonical_state  # noqa: E402
from uprmonitor.structure.wg_addendum import apply_positions, parse_wg_addendum  # noqa: E402
from uprmonitor.structure.wg_report import parse_wg_report  # noqa: E402

CYCLES = {
    2: {
        "report": "g1423930",
        "addendum": "g1504261",
        "text_dir": "cycle2/extracted",
        "pdf_dir": "2ndcycleunoriginal",
    },
    3: {
        "report": "g1934994",
        "addendum": "g2004192",
        "text_dir": "cycle3/extracted",
        "pdf_dir": "3rdcycleunoriginal",
    },
}


def split_state_field(raw: str) -> tuple[set[str], list[str]]:
    """Canonical states in a gold "recommending_states_raw" value, and the tokens that are not states."""
    states, noise = set(), []
    for chunk in raw.replace(";", ",").split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        name = canonical_state(chunk)
        if name:
            states.add(name)
        else:
            noise.append(chunk)
    # "Venezuela (Bolivarian Republic of)" survives the comma split; a name with its own comma
    # ("Korea, Republic of") would not, so retry the whole field before calling tokens noise.
    whole = canonical_state(raw.strip())
    if whole:
        return {whole}, []
    return states, noise


# "(Egypt); continue …" / "(Lithuania); Recognize …": where one recommendation of a merged gold row ends.
# (the gold sometimes lacks the space after ";": "(Peru);take")
_INNER_END = re.compile(r"\(((?:[^()]|\([^()]*\))+)\)\s*;\s*(?=\w)")


def _bracket_states(content: str) -> set[str] | None:
    names = [canonical_state(part) for part in re.split(r",|\band\b", content) if part.strip()]
    return set(names) if names and all(names) else None


def split_gold_row(row: dict) -> list[dict]:
    """One gold row as recommendation units.

    OHCHR keeps a paragraph that merges several recommendations ("Ratify X (Egypt); continue Y
    (Chile);") as one row; the WG parser, like UPR Info, splits it. The row is cut at each inner
    "(State…); " so both sides count the same units; a cut unit's states are those of its own
    bracket, an uncut row keeps the CSV's state field.
    """
    text, units, start = row["text"], [], 0
    for match in _INNER_END.finditer(text):
        states = _bracket_states(match.group(1))
        if states:
            units.append({**row, "text": text[start : match.end()].strip(), "unit_states": states})
            start = match.end()
    if not units:
        return [row]
    last = text[start:].strip()
    last_bracket = re.search(r"\(((?:[^()]|\([^()]*\))+)\)[;.\s]*$", last)
    units.append(
        {
            **row,
            "text": last,
            "unit_states": _bracket_states(last_bracket.group(1)) if last_bracket else set(),
        }
    )
    return units


def read_gold(path: Path) -> list[dict]:
    """The gold CSV's rows, merged rows split into recommendation units (see split_gold_row)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [unit for row in csv.DictReader(handle) for unit in split_gold_row(row)]


def gold_position(value: str) -> str | None:
    value = (value or "").strip().lower()
    return {"supported": "supported", "noted": "noted"}.get(value)


def evaluate(recommendations, gold: list[dict], examples: int) -> dict:
    """Recommendation, state and position figures of `recommendations` against gold rows."""
    pairs = match_recommendations([r.text for r in recommendations], [row["text"] for row in gold])
    matched_ours = {our for our, _, _ in pairs}
    matched_gold = {ref for _, ref, _ in pairs}
    state_pairs, noise_tokens, state_errors, position_errors = [], [], [], []
    positions_right = positions_compared = 0
    for our_index, gold_index, _ in pairs:
        ours, row = recommendations[our_index], gold[gold_index]
        if "unit_states" in row:
            gold_states, noise = row["unit_states"] or set(), []
        else:
            gold_states, noise = split_state_field(row["recommending_states_raw"])
        noise_tokens.extend(noise)
        predicted = set(ours.recommending_states)
        state_pairs.append((predicted, gold_states))
        if predicted != gold_states:
            state_errors.append(
                {"paragraph": ours.paragraph, "ours": sorted(predicted), "gold": sorted(gold_states)}
            )
        expected = gold_position(row["position"])
        if expected:
            positions_compared += 1
            positions_right += ours.position == expected
            if ours.position != expected:
                position_errors.append(
                    {
                        "paragraph": ours.paragraph,
                        "ours": ours.position,
                        "gold": expected,
                        "gold_source": row.get("source_of_position"),
                    }
                )
    missed = [
        {"paragraph": gold[i]["paragraph"], "text": shorten(gold[i]["text"])}
        for i in range(len(gold))
        if i not in matched_gold
    ]
    extra = [
        {"paragraph": r.paragraph, "text": shorten(r.text)}
        for i, r in enumerate(recommendations)
        if i not in matched_ours
    ]
    return {
        "recommendations": precision_recall(len(recommendations), len(gold), len(pairs)),
        "exact_text_matches": sum(score == 1.0 for _, _, score in pairs),
        "states": set_precision_recall(state_pairs),
        "gold_state_noise_tokens": sorted(set(noise_tokens)),
        "positions": {
            "compared": positions_compared,
            "right": positions_right,
            "accuracy": round(positions_right / positions_compared, 4) if positions_compared else None,
        },
        "paragraph_agrees": sum(recommendations[o].paragraph == gold[g]["paragraph"] for o, g, _ in pairs),
        "missed_gold": missed[:examples],
        "extra_ours": extra[:examples],
        "state_errors": state_errors[:examples],
        "position_errors": position_errors[:examples],
        "counts": {
            "missed": len(missed),
            "extra": len(extra),
            "state_errors": len(state_errors),
            "position_errors": len(position_errors),
        },
    }


def run_one(root: Path, cycle: int, kind: str, examples: int) -> dict:
    files = CYCLES[cycle]
    folder = root / "slovenia" / files["text_dir" if kind == "text" else "pdf_dir"]
    suffix = ".txt" if kind == "text" else ".pdf"
    started = time.perf_counter()
    report = parse_wg_report(read_document(folder / f"{files['report']}{suffix}"))
    addendum = parse_wg_addendum(read_document(folder / f"{files['addendum']}{suffix}"))
    applied = apply_positions(report.recommendations, addendum.metadata["positions"])
    seconds = time.perf_counter() - started
    gold = read_gold(root / "slovenia" / "thematic-lists" / f"slovenia_c{cycle}_thematic_list.csv")
    result = evaluate(report.recommendations, gold, examples)
    result.update(
        {
            "cycle": cycle,
            "input": kind,
            "report_symbol": report.metadata.get("symbol"),
            "addendum_symbol": addendum.metadata.get("symbol"),
            "addendum_positions": len(addendum.metadata["positions"]),
            "positions_applied": applied,
            "still_pending_or_none": sum(r.position in (None, "pending") for r in report.recommendations),
            "seconds": round(seconds, 3),
        }
    )
    return result


def print_result(result: dict) -> None:
    rec, states, positions = result["recommendations"], result["states"], result["positions"]
    print(
        f"\n== cycle {result['cycle']} / {result['input']}  ({result['report_symbol']} + {result['addendum_symbol']}, "
        f"{result['seconds']} s)"
    )
    print(
        f"  recommendations: ours {rec['found']}, gold {rec['expected']}, matched {rec['correct']} "
        f"(exact {result['exact_text_matches']})  P {rec['precision']:.4f}  R {rec['recall']:.4f}"
    )
    print(
        f"  states: P {states['precision']:.4f}  R {states['recall']:.4f}  exact sets {states['exact_sets']}/{states['pairs']}"
        f"  (gold noise tokens dropped: {result['gold_state_noise_tokens']})"
    )
    print(
        f"  positions: {positions['right']}/{positions['compared']} = {positions['accuracy']}  "
        f"(addendum gave {result['addendum_positions']}, applied {result['positions_applied']}, "
        f"left open {result['still_pending_or_none']})"
    )
    for label in ("missed_gold", "extra_ours", "state_errors", "position_errors"):
        for item in result[label]:
            print(f"    {label}: {item}")


def run_cycle1_positions(root: Path) -> dict | None:
    """Cycle 1 (A/HRC/14/15 + Add.1, item-by-item answers): positions against UPR Info (silver).

    There is no OHCHR thematic list for cycle 1, so UPR Info's Supported/Noted for Slovenia's
    session 7 rows is the reference; rows are paired with the same text match.
    """
    upr_info = root / "upr-info" / "recommendations_sessions_01-17.csv"
    folder = root / "slovenia" / "cycle1" / "extracted"
    if not upr_info.exists() or not folder.exists():
        return None
    report = parse_wg_report(read_document(folder / "g1012049.txt"))
    addendum = parse_wg_addendum(read_document(folder / "g1012465.txt"))
    apply_positions(report.recommendations, addendum.metadata["positions"])
    with upr_info.open(encoding="utf-8", newline="") as handle:
        rows = [
            r for r in csv.DictReader(handle) if r["state_under_review"] == "Slovenia" and r["session"] == "7"
        ]
    pairs = match_recommendations([r.text for r in report.recommendations], [row["text"] for row in rows])
    outcomes = [(report.recommendations[o].position, gold_position(rows[g]["response"])) for o, g, _ in pairs]
    decided = [(ours, ref) for ours, ref in outcomes if ours in ("supported", "noted") and ref]
    return {
        "cycle": 1,
        "reference": "UPR Info session 7 (silver)",
        "report_recommendations": len(report.recommendations),
        "reference_rows": len(rows),
        "matched": len(pairs),
        "addendum_positions": len(addendum.metadata["positions"]),
        "decided": len(decided),
        "decided_right": sum(ours == ref for ours, ref in decided),
        "left_open": sum(ours in (None, "pending") for ours, _ in outcomes),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the results as JSON to this path")
    parser.add_argument("--examples", type=int, default=8, help="error examples to show per list")
    args = parser.parse_args(argv)
    root = require_shared_data("slovenia/thematic-lists")
    results = [run_one(root, cycle, kind, args.examples) for cycle in CYCLES for kind in ("text", "pdf")]
    for result in results:
        print_result(result)
    cycle1 = run_cycle1_positions(root)
    if cycle1:
        print(
            f"\n== cycle 1 / text positions vs {cycle1['reference']}: matched {cycle1['matched']}/{cycle1['reference_rows']} "
            f"rows; where the addendum decides: {cycle1['decided_right']}/{cycle1['decided']} right; "
            f"left open (addendum gives no clear position): {cycle1['left_open']}"
        )
    write_json(
        args.json,
        {
            "benchmark": "slovenia",
            "date": time.strftime("%Y-%m-%d"),
            "results": results,
            "cycle1_positions": cycle1,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
