"""Choose the uptake scorer's `related` cut-off on topic labels (UPR Info issues), not by guess.

`related` means "same topic, different action". The scorer's training pairs (recommendations that
OHCHR grouped under one paragraph) say nothing about topics, so the cut-off used to be "keep 97% of
the grouped pairs", which let nearly every candidate through (0.0083). Here the topic labels of the
UPR Info database decide: within one review, every recommendation is matched against the others
(itself excluded) with the shipped retrieval and monolingual scorer, and a candidate pair counts as
on-topic when the two share a UPR Info issue. The cut-off is the lowest score from which at least
RELATED_PRECISION of the pairs share an issue. Reviews are chosen by a fixed hash of the State, and
their States are then left out of nothing else: the scorer's weights are not touched, only this
one threshold, in both scorer files (the cross-lingual scorer shares the monolingual scale).

    .venv/bin/python bench/train_related_cut.py [--reviews 30] [--json bench/out/related_cut.json]

Embeds the chosen reviews' texts once (about 4,000 texts, cached in bench/out/match_embeddings.npz).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import precision_recall_curve

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import retrieve  # noqa: E402
from uprmonitor.match.scorer import MODELS_DIR, load_scorer  # noqa: E402
from uprmonitor.match.uptake import pool_features  # noqa: E402

CSV_PATH = "upr-info/recommendations_sessions_01-17.csv"
CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
RELATED_PRECISION = 0.7  # seven in ten `related` candidates share a UPR Info issue with the source


def reviews(root: Path, count: int) -> list[list[dict]]:
    """`count` whole reviews (State + session), spread by a fixed hash."""
    by_review: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with open(root / CSV_PATH, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_review[(row["state_under_review"], row["session"])].append(row)
    keys = sorted(by_review, key=lambda key: hashlib.sha1("/".join(key).encode()).hexdigest())
    return [by_review[key] for key in keys[:count]]


def review_pairs(rows: list[dict], embedder) -> tuple[list[float], list[int]]:
    """(score, shares an issue) for every pool pair of one review, self-pairs excluded."""
    texts = [row["text"] for row in rows]
    issues = [set(filter(None, row["issues"].split(";"))) for row in rows]
    scorer = load_scorer.__wrapped__("monolingual")
    found = retrieve(texts, texts, embedder=embedder)
    scores, labels = [], []
    for row in range(len(texts)):
        found.exclude(row, row)
        for column, features in pool_features(found, row, texts[row], texts):
            if column == row or texts[column] == texts[row]:
                continue
            scores.append(scorer.score(features))
            labels.append(int(bool(issues[row] & issues[column])))
    return scores, labels


def lowest_precise_cut(scores: np.ndarray, labels: np.ndarray, target: float) -> tuple[float, dict]:
    precision, recall, cuts = precision_recall_curve(labels, scores)
    precision, recall = precision[:-1], recall[:-1]
    below = np.flatnonzero(precision < target)
    index = 0 if len(below) == 0 else min(below[-1] + 1, len(cuts) - 1)
    curve = [{"cut": round(float(c), 4), "precision": round(float(p), 3), "recall": round(float(r), 3)}
             for c, p, r in list(zip(cuts, precision, recall, strict=True))[:: max(1, len(cuts) // 25)]]
    return float(cuts[index]), {"precision": round(float(precision[index]), 3),
                                "recall": round(float(recall[index]), 3), "curve": curve}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reviews", type=int, default=30)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data(CSV_PATH)
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    scores, labels = [], []
    for number, rows in enumerate(reviews(root, args.reviews), start=1):
        review_scores, review_labels = review_pairs(rows, embedder)
        scores += review_scores
        labels += review_labels
        cache.save()
        print(f"review {number}/{args.reviews}: {rows[0]['state_under_review']} session {rows[0]['session']}, "
              f"{len(rows)} recommendations, {len(review_labels)} pairs", flush=True)
    scores, labels = np.array(scores), np.array(labels)
    cut, quality = lowest_precise_cut(scores, labels, RELATED_PRECISION)
    result = {"reviews": args.reviews, "pairs": len(labels), "on_topic_share": round(float(labels.mean()), 3),
              "target_precision": RELATED_PRECISION, "related_cut": round(cut, 4)} | quality
    for name in ("monolingual", "crosslingual"):
        path = MODELS_DIR / f"scorer_{name}.json"
        model = json.loads(path.read_text(encoding="utf-8"))
        model["thresholds"]["related"] = round(min(cut, model["thresholds"]["close"]), 4)
        path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        result[f"{name}_thresholds"] = model["thresholds"]
    print(json.dumps({key: value for key, value in result.items() if key != "curve"}))
    write_json(args.json, result)


if __name__ == "__main__":
    main()
