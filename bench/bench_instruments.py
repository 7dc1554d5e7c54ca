"""Benchmark: instruments and articles cited in recommendations, against hand labels.

Gold: bench/data/instruments_gold.jsonl — recommendations of ../shared/data/upr-info/recommendations_sessions_01-17.csv
stored as a REFERENCE (`row`: 1-based data row of the CSV, header not counted; `sha1` of its text; never the
text) with hand labels: for each instrument cited, its id, the articles cited with it and the action asked
(ratify / sign / withdraw_reservation / implement / cite). Three splits, drawn by `--draw-sample SPLIT` (fixed
seed each, no row twice, stratified by a keyword test independent of the finder's catalogue; see SPLITS):
dev (100, labelled first and used while building), test (100) and holdout (60), labelled after the code was
frozen. docs/instruments.md records the first run on each.

Scores per split: precision/recall/F1 on (row, id) and on (row, id, article); action accuracy over the ids
found correctly (action of the first mention of the id). Also, over the whole CSV: how many recommendations
cite at least one instrument, and the 20 most cited ids.

Run:  .venv/bin/python bench/bench_instruments.py [--json PATH] [--draw-sample {dev,test,holdout}]
Data: ../shared/data relative to the repository root (override with UPR_SHARED_DATA); skips when absent.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import time
from collections import Counter
from pathlib import Path

from _common import precision_recall, require_shared_data, write_json
from uprmonitor.classify.instruments import find_instruments

CSV_PATH = "upr-info/recommendations_sessions_01-17.csv"
GOLD_PATH = Path(__file__).resolve().parent / "data" / "instruments_gold.jsonl"
# dev: labelled first and used while writing the catalogue; test: labelled after the code was frozen.
SPLITS = {"dev": {"seed": 17, "articles": 0, "citing": 60, "others": 40},
          "test": {"seed": 18, "articles": 10, "citing": 50, "others": 40},
          "holdout": {"seed": 19, "articles": 10, "citing": 30, "others": 20}}
# Stratification only: a keyword test that knows nothing of the finder's catalogue.
_LOOKS_CITING = re.compile(
    r"\b(?:conventions?|covenants?|protocols?|statute|charter|principles|rules|declaration|ILO|"
    r"ICCPR|ICESCR|CEDAW|CAT|CRC|CRPD|ICERD|ICRMW|CED)\b", re.I)


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_rows(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


_MENTIONS_ARTICLE = re.compile(r"\barticles?\b", re.I)


def draw_sample(texts: list[str], split: str, exclude: frozenset[int] = frozenset()) -> list[int]:
    """1-based row numbers: rows that look like they cite an instrument (some with an article), and rows that do not."""
    plan = SPLITS[split]
    rng = random.Random(plan["seed"])
    rows = [i + 1 for i in range(len(texts)) if i + 1 not in exclude]
    citing = [r for r in rows if _LOOKS_CITING.search(texts[r - 1])]
    others = [r for r in rows if not _LOOKS_CITING.search(texts[r - 1])]
    with_article = [r for r in citing if _MENTIONS_ARTICLE.search(texts[r - 1])] if plan["articles"] else []
    chosen = rng.sample(with_article, plan["articles"]) if with_article else []
    citing = [r for r in citing if r not in chosen]
    return sorted(chosen + rng.sample(citing, plan["citing"]) + rng.sample(others, plan["others"]))


def _excluded(texts: list[str], split: str) -> frozenset[int]:
    """Rows of the splits drawn before `split`: no row is labelled twice."""
    earlier = list(SPLITS)[: list(SPLITS).index(split)]
    return frozenset(row for name in earlier for row in draw_sample(texts, name, _excluded(texts, name)))


def load_gold(texts: list[str]) -> list[dict]:
    gold = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in gold:
        actual = text_sha1(texts[item["row"] - 1])
        if actual != item["sha1"]:
            raise SystemExit(f"row {item['row']}: text changed (sha1 {actual} != {item['sha1']}); the CSV is not the labelled one")
    return gold


def predicted_labels(text: str) -> dict[str, dict]:
    """id -> {articles, action} (action of the first mention; articles of all mentions)."""
    labels: dict[str, dict] = {}
    for mention in find_instruments(text):
        entry = labels.setdefault(mention.id, {"articles": [], "action": mention.action})
        entry["articles"] += [a for a in mention.article if a not in entry["articles"]]
    return labels


def score(gold: list[dict], texts: list[str]) -> dict:
    ids = {"found": 0, "expected": 0, "correct": 0}
    articles = {"found": 0, "expected": 0, "correct": 0}
    action_right, action_checked, errors = 0, 0, []
    for item in gold:
        predicted = predicted_labels(texts[item["row"] - 1])
        expected = {g["id"]: g for g in item["instruments"]}
        pairs_expected = _id_article_pairs({i: g.get("articles", []) for i, g in expected.items()})
        pairs_found = _id_article_pairs({i: p["articles"] for i, p in predicted.items()})
        _add(ids, set(predicted), set(expected))
        _add(articles, pairs_found, pairs_expected)
        for instrument_id in set(predicted) & set(expected):
            action_checked += 1
            action_right += predicted[instrument_id]["action"] == expected[instrument_id]["action"]
            if predicted[instrument_id]["action"] != expected[instrument_id]["action"]:
                errors.append(f"row {item['row']}: {instrument_id} action {predicted[instrument_id]['action']} != {expected[instrument_id]['action']}")
        if pairs_found != pairs_expected:
            errors.append(f"row {item['row']}: missed {sorted(map(str, pairs_expected - pairs_found))} "
                          f"extra {sorted(map(str, pairs_found - pairs_expected))}")
    return {
        "recommendations": len(gold),
        "citing_in_gold": sum(bool(item["instruments"]) for item in gold),
        "id": precision_recall(**ids),
        "id_article": precision_recall(**articles),
        "action_accuracy": round(action_right / action_checked, 4) if action_checked else None,
        "action_checked": action_checked,
        "errors": errors,
    }


def _id_article_pairs(articles_by_id: dict[str, list[str]]) -> set[tuple[str, str | None]]:
    """(id, article) for each article cited with an id; (id, None) for an id cited without one."""
    return {(i, a) for i, articles in articles_by_id.items() for a in (articles or [None])}


def _add(counts: dict, found: set, expected: set) -> None:
    counts["found"] += len(found)
    counts["expected"] += len(expected)
    counts["correct"] += len(found & expected)


def corpus_sanity(texts: list[str]) -> dict:
    started = time.perf_counter()
    counts: Counter = Counter()
    citing = 0
    for text in texts:
        ids = {m.id for m in find_instruments(text)}
        citing += bool(ids)
        counts.update(ids)
    return {"recommendations": len(texts), "citing": citing, "citing_share": round(citing / len(texts), 4),
            "top_ids": counts.most_common(20), "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the result as JSON to this path")
    parser.add_argument("--draw-sample", choices=sorted(SPLITS),
                        help="print the rows of this split (row, sha1, text) to label by hand, and stop")
    args = parser.parse_args()
    data = require_shared_data(CSV_PATH)
    texts = load_rows(data / CSV_PATH)
    if args.draw_sample:
        for row in draw_sample(texts, args.draw_sample, _excluded(texts, args.draw_sample)):
            print(json.dumps({"row": row, "sha1": text_sha1(texts[row - 1]), "text": texts[row - 1]}, ensure_ascii=False))
        return
    if not GOLD_PATH.is_file():
        print(f"skipped: {GOLD_PATH} not found")
        return
    gold = load_gold(texts)
    result = {split: score([g for g in gold if g["split"] == split], texts) for split in SPLITS}
    result["corpus"] = corpus_sanity(texts)
    _print(result)
    write_json(args.json, result)


def _print(result: dict) -> None:
    for split in SPLITS:
        _print_split(split, result[split])
    corpus = result["corpus"]
    print(f"corpus: {corpus['citing']} of {corpus['recommendations']} recommendations cite an instrument "
          f"({corpus['citing_share']:.1%}), {corpus['seconds']} s")
    print("  top ids: " + ", ".join(f"{i} {n}" for i, n in corpus["top_ids"]))


def _print_split(split: str, gold: dict) -> None:
    print(f"{split}: {gold['recommendations']} recommendations, {gold['citing_in_gold']} cite an instrument")
    for key in ("id", "id_article"):
        r = gold[key]
        print(f"  {key:<11} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
              f"(found {r['found']}, expected {r['expected']}, correct {r['correct']})")
    print(f"  action accuracy {gold['action_accuracy']} over {gold['action_checked']} ids found correctly")
    for error in gold["errors"]:
        print(f"  - {error}")


if __name__ == "__main__":
    main()
