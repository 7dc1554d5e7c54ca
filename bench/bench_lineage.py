"""Lineage and clusters on Slovenia's three reviews.

Lineage: `link_lineage` links every cycle-2 recommendation to cycle 1 and every cycle-3 one to cycle 2;
the hand-labelled sample (bench/data/lineage_gold_slovenia.jsonl: current -> ancestors, or none for a
new recommendation) gives link precision / recall and repeat-vs-new accuracy.
Clusters: OHCHR puts near-identical recommendations of several states under one paragraph number of
the WG report; `cluster_recommendations` is scored on the pairs it puts together (pairwise precision /
recall against that grouping).

    .venv/bin/python bench/bench_lineage.py [--json bench/out/lineage.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.match import cluster_recommendations, link_lineage  # noqa: E402
from uprmonitor.match.evaluation import NpzCache, fingerprint  # noqa: E402
from uprmonitor.pipeline import analyze  # noqa: E402

GOLD = Path(__file__).resolve().parent / "data" / "lineage_gold_slovenia.jsonl"
CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"


def key(rec_or_entry) -> tuple:
    if isinstance(rec_or_entry, dict):
        return rec_or_entry["paragraph"], rec_or_entry["sha1"], tuple(rec_or_entry["states"])
    return rec_or_entry.paragraph, fingerprint(rec_or_entry.text), tuple(rec_or_entry.recommending_states)


def ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def evaluate_lineage(entries: list[dict], reviews: dict[int, list], embedder) -> dict:
    result = {}
    for cycle in sorted({e["cycle"] for e in entries}):
        started = time.perf_counter()
        lineage = link_lineage(reviews[cycle], reviews[cycle - 1], embedder=embedder)
        predicted = {key(link.current): {key(a.recommendation) for a in link.ancestors} for link in lineage.links}
        gold = [e for e in entries if e["cycle"] == cycle]
        true_links = predicted_links = correct = status_right = 0
        for entry in gold:
            expected = {key(a) for a in entry["ancestors"]}
            found = predicted.get(key(entry["current"]), set())
            true_links += len(expected)
            predicted_links += len(found)
            correct += len(expected & found)
            status_right += bool(expected) == bool(found)
        result[f"cycle{cycle}->cycle{cycle - 1}"] = {
            "labelled_current": len(gold), "gold_links": true_links, "predicted_links": predicted_links,
            "precision": ratio(correct, predicted_links), "recall": ratio(correct, true_links),
            "status_accuracy": ratio(status_right, len(gold)), "summary": lineage.summary,
            "seconds": round(time.perf_counter() - started, 2)}
        print(f"cycle {cycle} -> {cycle - 1}: {json.dumps(result[f'cycle{cycle}->cycle{cycle - 1}'])}")
    return result


def evaluate_clusters(recs: list, embedder) -> dict:
    started = time.perf_counter()
    clusters = cluster_recommendations(recs, embedder=embedder)
    cluster_of = {id(m): n for n, c in enumerate(clusters) for m in c.members}
    same_paragraph = same_cluster = both = 0
    for a, b in combinations(recs, 2):
        gold, found = a.paragraph == b.paragraph, cluster_of[id(a)] == cluster_of[id(b)]
        same_paragraph += gold
        same_cluster += found
        both += gold and found
    return {"recommendations": len(recs), "clusters": len(clusters),
            "multi_member_clusters": sum(len(c.members) > 1 for c in clusters),
            "gold_pairs": same_paragraph, "predicted_pairs": same_cluster,
            "pair_precision": ratio(both, same_cluster), "pair_recall": ratio(both, same_paragraph),
            "seconds": round(time.perf_counter() - started, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data("slovenia")
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    meta, entries = lines[0]["_meta"], lines[1:]
    reviews = {int(c): analyze(root / path, classify=False).recommendations for c, path in meta["cycles"].items()}
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    result = {"lineage": evaluate_lineage(entries, reviews, embedder), "clusters": {}}
    for cycle in (2, 3):
        result["clusters"][f"cycle{cycle}"] = evaluate_clusters(reviews[cycle], embedder)
        print(f"clusters cycle {cycle}: {json.dumps(result['clusters'][f'cycle{cycle}'])}")
    cache.save()
    write_json(args.json, {"date": time.strftime("%Y-%m-%d"), **result})


if __name__ == "__main__":
    main()
