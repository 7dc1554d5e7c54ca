"""Cross-lingual matching on uhri-6lang: find the English original of each French, Spanish, Russian,
Arabic and Chinese recommendation among all 432 English texts (and the reverse): recall@1 and MRR.

Methods: plain embedding cosine; CSLS (cross-domain similarity local scaling, Conneau et al. 2018),
which discounts "hub" texts that are close to everything; CSLS plus a bonus for numbers both texts
share (years, resolution and article numbers survive translation); and the trained cross-lingual
scorer (only on the held-out third of symbols it never saw in training); and "two views": CSLS
averaged over the targets embedded with the e5 "query:" and "passage:" prefixes, as `retrieve` does
for non-English sources. Paragraph numbers and
recommending states are stripped from every text first, so they cannot give the answer away.

    .venv/bin/python bench/bench_crosslingual.py [--json bench/out/crosslingual.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from train_matcher import held_out  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import csls, normalise_text, retrieve, shared_number_bonus  # noqa: E402
from uprmonitor.match.uptake import rerank  # noqa: E402

CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")


def recall_and_mrr(similarity: np.ndarray, rows: np.ndarray) -> dict:
    """Row i's correct column is rows[i] (the same record in the other language)."""
    truth = similarity[np.arange(len(rows)), rows][:, None]
    rank = (similarity >= truth).sum(axis=1)  # ties count against us: a saturated score must not win them
    return {"recall@1": round(float((rank == 1).mean()), 4), "mrr": round(float((1.0 / rank).mean()), 4)}


def methods(queries: list[str], targets: list[str], q: np.ndarray, t: np.ndarray, t_passage: np.ndarray):
    cosine = q @ t.T
    adjusted = csls(cosine)
    return {"embeddings": cosine, "csls": adjusted, "csls+numbers": adjusted + shared_number_bonus(queries, targets),
            "csls two views": (adjusted + csls(q @ t_passage.T)) / 2}


def scorer_similarity(queries: list[str], targets: list[str], rows: np.ndarray, embedder) -> np.ndarray:
    """The cross-lingual scorer's probabilities for the `rows` queries over their pools (-1 elsewhere).

    Retrieval (and so CSLS) runs over every query, as `match_uptake` would over a whole document;
    only the held-out rows are scored.
    """
    found = retrieve(queries, targets, embedder=embedder)
    result = np.full((len(rows), len(targets)), -1.0)
    for out, row in enumerate(rows):
        for column, score, _ in rerank(found, int(row), queries[row], targets):
            result[out, column] = score
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data("multilingual/uhri-6lang/upr_recommendations.jsonl")
    records = [json.loads(line) for line in (root / "multilingual/uhri-6lang/upr_recommendations.jsonl").open()]
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    texts = {lang: [normalise_text(r[lang]) for r in records] for lang in ("en", *LANGUAGES)}
    vectors = {lang: embedder.embed(texts[lang], kind="query") for lang in texts}
    passages = {lang: embedder.embed(texts[lang], kind="passage") for lang in texts}
    cache.save()
    test_rows = np.array([i for i, r in enumerate(records) if held_out(r["symbol"])])
    everything = np.arange(len(records))
    results = {}
    for lang in LANGUAGES:
        started = time.perf_counter()
        to_en = methods(texts[lang], texts["en"], vectors[lang], vectors["en"], passages["en"])
        from_en = methods(texts["en"], texts[lang], vectors["en"], vectors[lang], passages[lang])
        row = {f"{lang}->en {name}": recall_and_mrr(sim, everything) for name, sim in to_en.items()}
        row |= {f"en->{lang} {name}": recall_and_mrr(sim, everything) for name, sim in from_en.items()}
        row |= {f"{lang}->en {name} (held-out)": recall_and_mrr(sim[test_rows], test_rows)
                for name, sim in to_en.items()}
        scored = scorer_similarity(texts[lang], texts["en"], test_rows, embedder)
        row[f"{lang}->en scorer (held-out)"] = recall_and_mrr(scored, test_rows)
        row["seconds"] = round(time.perf_counter() - started, 2)
        results[lang] = row
        for name, value in row.items():
            print(f"{name:34s} {value}")
    write_json(args.json, {"date": time.strftime("%Y-%m-%d"), "records": len(records),
                           "held_out_records": len(test_rows), "results": results})


if __name__ == "__main__":
    main()
