"""Working Group report items in French, Spanish, Russian, Arabic and Chinese, read by the WG-report parser.

Data: `multilingual/uhri-6lang/upr_recommendations.jsonl`, 432 recommendations of 176 WG reports with their
official text in the six UN languages. Each text is one item of a report's conclusions: its number
("132.90", Arabic "132-90"), the recommendation, and the recommending State(s) in brackets. The English
text, read by the English path (the one measured on 220 reports in bench_wg_reports.py), is the gold; for
each other language the bench reads the item number with the parser's number pattern and the item with
`split_item`, as `parse_wg_report` does, and reports:

- number: the item number equals the English one;
- states: the set of canonical recommending States equals the English set (plus precision/recall over
  State mentions);
- pieces: the item is cut into as many recommendations as the English one (an item may hold several,
  each with its own States), none empty and none still holding a bracket of States;
- language: `detect_language` of the item alone (one sentence) names its language.

There is no whole non-English WG report in the shared data, so section headings and positions are tested
on documents the project writes (tests/test_wg_report_languages.py), not measured here.

    .venv/bin/python bench/bench_wg_languages.py [--json bench/out/wg_languages.json] [--failures 5]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.structure.language import detect_language  # noqa: E402
from uprmonitor.structure.wg_items import split_item, state_brackets  # noqa: E402
from uprmonitor.structure.wg_report import _ARABIC_NUMBER, _NUMBER  # noqa: E402

LANGUAGES = ("fr", "es", "ru", "ar", "zh")


def read_item(text: str, language: str) -> tuple[str | None, list]:
    """(item number "132.90" or None, pieces) of one item text as the WG-report parser reads it."""
    text = " ".join(text.split())
    number = (_ARABIC_NUMBER if language == "ar" else _NUMBER).match(text)
    if number is None or number.group(2) is None:
        return None, split_item(text)
    return f"{int(number.group(1))}.{int(number.group(2))}", split_item(text[number.end() :])


def states_of(pieces) -> list[str]:
    return list(dict.fromkeys(state for piece in pieces for state in piece.states))


def measure(records: list[dict], show_failures: int) -> dict:
    results = {}
    for language in LANGUAGES:
        counts: Counter = Counter()
        failures = []
        for record in records:
            gold_number, gold_pieces = read_item(record["en"], "en")
            gold = states_of(gold_pieces)
            if not gold or not record.get(language):
                counts["skipped"] += 1
                continue
            number, pieces = read_item(record[language], language)
            found = states_of(pieces)
            counts["items"] += 1
            counts["language"] += detect_language(record[language]) == language
            counts["number"] += number == gold_number
            counts["states"] += set(found) == set(gold)
            counts["gold_mentions"] += len(gold)
            counts["found_mentions"] += len(found)
            counts["right_mentions"] += len(set(found) & set(gold))
            counts["pieces"] += len(pieces) == len(gold_pieces) and all(
                piece.text and not state_brackets(piece.text) for piece in pieces)
            if set(found) != set(gold) and len(failures) < show_failures:
                failures.append({"text_end": " ".join(record[language].split())[-90:], "found": found, "gold": gold})
        items = counts["items"] or 1
        results[language] = {
            "items": counts["items"],
            "number": round(counts["number"] / items, 4),
            "states_exact": round(counts["states"] / items, 4),
            "state_precision": round(counts["right_mentions"] / max(counts["found_mentions"], 1), 4),
            "state_recall": round(counts["right_mentions"] / max(counts["gold_mentions"], 1), 4),
            "pieces": round(counts["pieces"] / items, 4),
            "language": round(counts["language"] / items, 4),
            "skipped_no_english_states": counts["skipped"],
            "failures": failures,
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", help="write the result here")
    parser.add_argument("--failures", type=int, default=5, help="failures to list per language")
    args = parser.parse_args()
    relative = "multilingual/uhri-6lang/upr_recommendations.jsonl"
    path = require_shared_data(relative) / relative
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = measure(records, args.failures)
    print(f"{len(records)} records; gold = the English text read by the English path")
    print(f"{'lang':<5}{'items':>6}{'number':>8}{'states':>8}{'P':>8}{'R':>8}{'pieces':>8}{'language':>9}")
    for language, row in results.items():
        print(f"{language:<5}{row['items']:>6}{row['number']:>8.3f}{row['states_exact']:>8.3f}"
              f"{row['state_precision']:>8.3f}{row['state_recall']:>8.3f}{row['pieces']:>8.3f}{row['language']:>9.3f}")
    for language, row in results.items():
        for failure in row["failures"]:
            print(f"  {language} …{failure['text_end']}  found {failure['found']}  gold {failure['gold']}")
    write_json(args.json, {"records": len(records), "languages": results})


if __name__ == "__main__":
    main()
