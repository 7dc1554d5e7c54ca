"""Uptake matching on the hand-graded gold sets: recall@10, MRR, NDCG@10, precision of same/close.

Gold sets (bench/data/uptake_gold_*.jsonl, ids and grades only): the seed's 12 recommendations against
Kazakhstan's 2014 WG report, and Slovenia's stakeholder summaries (cycles 2 and 3) against the same
review's WG report. Four methods side by side: BM25 alone, embeddings alone, hybrid (reciprocal rank
fusion), hybrid + the trained scorer (the library's `match_uptake`).

    .venv/bin/python bench/bench_uptake.py [--json bench/out/uptake.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.match.evaluation import (  # noqa: E402
    RELEVANT,
    NpzCache,
    fingerprint,
    mean,
    ndcg_at,
    recall_at,
    reciprocal_rank,
)
from uprmonitor.match.retrieval import retrieve  # noqa: E402
from uprmonitor.match.uptake import TAKEN_UP, rerank  # noqa: E402
from uprmonitor.pipeline import analyze  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
METHODS = ("bm25", "embeddings", "hybrid", "hybrid+scorer")
K = 10


def load_gold(path: Path) -> tuple[dict, list[dict]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[0]["_meta"], lines[1:]


def target_key(paragraph: str | None, text_or_sha: str, is_sha: bool = False) -> tuple:
    return paragraph, text_or_sha if is_sha else fingerprint(text_or_sha)


def resolve(entries: list[dict], sources, targets) -> list[tuple[int, dict[int, str]]]:
    """Gold entries -> (source index, {target index: grade}); warns when a text no longer parses the same."""
    by_key = {target_key(t.paragraph, t.text): i for i, t in enumerate(targets)}
    resolved = []
    for entry in entries:
        index = entry["source"]["order"] - 1
        if index >= len(sources) or fingerprint(sources[index].text) != entry["source"]["sha1"]:
            print(f"  warning: source {entry['source']['order']} parses differently now; skipped")
            continue
        grades = {}
        for target in entry["targets"]:
            column = by_key.get(target_key(target["paragraph"], target["sha1"], is_sha=True))
            if column is None:
                print(f"  warning: target {target['paragraph']} not found in the parse; skipped")
            else:
                grades[column] = target["grade"]
        resolved.append((index, grades))
    return resolved


def rankings(method: str, sources, targets, embedder) -> list[list[tuple[int, str | None]]]:
    """Per source: (target index, predicted grade or None) best first."""
    source_texts, target_texts = [s.text for s in sources], [t.text for t in targets]
    mode = "hybrid" if method == "hybrid+scorer" else method
    found = retrieve(source_texts, target_texts, embedder=embedder, mode=mode)
    result = []
    for row, source in enumerate(source_texts):
        if method == "hybrid+scorer":
            reranked = rerank(found, row, source, target_texts)
            seen = {column for column, _, _ in reranked}
            rest = [(column, None) for column in found.top(row, len(targets)) if column not in seen]
            result.append([(column, grade) for column, _, grade in reranked] + rest)
        else:
            result.append([(column, None) for column in found.top(row, len(targets))])
    return result


def evaluate(resolved, ranked) -> dict:
    recalls, rrs, ndcgs, predicted, correct, taken_right = [], [], [], 0, 0, 0
    for index, grades in resolved:
        order = [str(column) for column, _ in ranked[index]]
        relevant = {str(c) for c, g in grades.items() if g in RELEVANT}
        recalls.append(recall_at(order, relevant, K))
        rrs.append(reciprocal_rank(order, relevant))
        ndcgs.append(ndcg_at(order, {str(c): g for c, g in grades.items()}, K))
        hits = [column for column, grade in ranked[index] if grade in TAKEN_UP]
        predicted += len(hits)
        correct += sum(grades.get(column) in RELEVANT for column in hits)
        taken_right += bool(hits) == bool(relevant)
    scores = {"recall@10": mean(recalls), "mrr": mean(rrs), "ndcg@10": mean(ndcgs),
              "sources": len(resolved), "sources_with_relevant": sum(r is not None for r in recalls)}
    if predicted or any(grade for row in ranked for _, grade in row):
        scores.update({"predicted_same_or_close": predicted,
                       "precision_same_or_close": round(correct / predicted, 4) if predicted else None,
                       "taken_up_accuracy": round(taken_right / len(resolved), 4)})
    return scores


def run_gold(path: Path, root: Path, embedder) -> dict:
    meta, entries = load_gold(path)
    sources = analyze(root / meta["sources"], classify=False).recommendations
    targets = analyze(root / meta["targets"], classify=False).recommendations
    resolved = resolve(entries, sources, targets)
    result = {"sources_file": meta["sources"], "targets_file": meta["targets"], "targets": len(targets)}
    for method in METHODS:
        started = time.perf_counter()
        result[method] = evaluate(resolved, rankings(method, sources, targets, embedder))
        result[method]["seconds"] = round(time.perf_counter() - started, 2)
        print(f"  {method:14s} {json.dumps(result[method])}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data("seed", "wg-reports/pdf/kazakhstan2014.pdf", "slovenia")
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    results = {}
    for path in sorted(DATA.glob("uptake_gold_*.jsonl")):
        print(path.stem)
        results[path.stem.removeprefix("uptake_gold_")] = run_gold(path, root, embedder)
    cache.save()
    results["macro"] = {method: {metric: mean(r[method][metric] for r in results.values())
                                 for metric in ("recall@10", "mrr", "ndcg@10")} for method in METHODS}
    print("macro", json.dumps(results["macro"]))
    write_json(args.json, {"date": time.strftime("%Y-%m-%d"), "results": results})


if __name__ == "__main__":
    main()
