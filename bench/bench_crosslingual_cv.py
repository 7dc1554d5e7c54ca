"""Cross-lingual uptake against English -> English on every source of uhri-6lang, by cross-validation.

bench/bench_crosslingual.py scores the shipped cross-lingual scorer on the 34 sources it never trained on.
Thirty-four sources are few: one moves a mean by 0.01-0.03, and the training half's 94 sources can tell another
story. Here all 128 sources of the source half (the same halves: targets are the English records of the other
half, 304 of them) are split by UN symbol into four folds; for each fold a student is trained, exactly as
bench/train_matcher.py trains the shipped one, on the other three folds' sources, and scored on this fold's.
The English run (the monolingual teacher, which never trains on uhri-6lang) is the same for all folds.

Reported per language and variant of the student ("without gloss": the features before the English gloss,
uncalibrated, as shipped until 2026-12-08; "gloss": with BM25 share over the gloss; "gloss + isotonic": calibrated
per language, as shipped now): the share of sources taken up
(same/close), the mean best score and its gap to English, the mean absolute score gap over the English run's
top-10 pairs, and the recall@10 / MRR of the English run's same/close targets in the other language's ranking.

    .venv/bin/python bench/bench_crosslingual_cv.py [--json bench/out/crosslingual_cv.json]   # ~8 min with the embedding cache
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from bench_crosslingual import CACHE, LANGUAGES, pair_scores, uptake_consistency, uptake_runs  # noqa: E402
from train_lexicon import ALL, lexicon_excluding, load_annotations  # noqa: E402
from train_matcher import fit_student, pairs_for, uptake_halves  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import normalise_text  # noqa: E402
from uprmonitor.match.scorer import CROSSLINGUAL_FEATURES  # noqa: E402

UPR = "multilingual/uhri-6lang/upr_recommendations.jsonl"
FOLDS = 4
WITHOUT_GLOSS = tuple(name for name in CROSSLINGUAL_FEATURES if name != "bm25_share")
VARIANTS = {"without gloss": (WITHOUT_GLOSS, "none"), "gloss": (CROSSLINGUAL_FEATURES, "none"),
            "gloss + isotonic": (CROSSLINGUAL_FEATURES, "isotonic")}


def fold_of(symbol: str) -> int:
    return int(hashlib.sha1(f"{symbol}/cv".encode()).hexdigest(), 16) % FOLDS


def cross_validated_runs(records, texts, embedder, annotations, variant: str) -> dict[str, tuple[list, list]]:
    """Per language, (the other language's top 10 per source, its score_of per source), over all folds, in the
    order of the source rows."""
    source_rows, target_rows = uptake_halves(records)
    targets = [texts["en"][i] for i in target_rows]
    runs: dict[str, tuple[list, list]] = {lang: ([None] * len(source_rows), [None] * len(source_rows)) for lang in LANGUAGES}
    for fold in range(FOLDS):
        scored = [k for k, i in enumerate(source_rows) if fold_of(records[i]["symbol"]) == fold]
        training = [i for i in source_rows if fold_of(records[i]["symbol"]) != fold]
        names, calibration = VARIANTS[variant]
        student = fit_student(*pairs_for(records, training, embedder, annotations=annotations), calibration=calibration,
                              names=names)
        lexicon = lexicon_excluding(annotations, {records[source_rows[k]]["symbol"] for k in scored})
        for lang in LANGUAGES:
            sources = [texts[lang][source_rows[k]] for k in scored]
            found = uptake_runs(sources, targets, embedder, lexicon, scorer=student)
            score_of = pair_scores(sources, targets, embedder, lexicon, scorer=student)
            for position, k in enumerate(scored):
                runs[lang][0][k] = found[position]
                runs[lang][1][k] = (score_of, position)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data(UPR, ALL)
    started = time.perf_counter()
    records = [json.loads(line) for line in (root / UPR).open(encoding="utf-8")]
    annotations = load_annotations(root)
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    texts = {lang: [normalise_text(r[lang]) for r in records] for lang in ("en", *LANGUAGES)}
    source_rows, target_rows = uptake_halves(records)
    english = uptake_runs([texts["en"][i] for i in source_rows], [texts["en"][i] for i in target_rows], embedder)
    results = {"sources": len(source_rows), "targets": len(target_rows), "folds": FOLDS}
    for variant in VARIANTS:
        runs = cross_validated_runs(records, texts, embedder, annotations, variant)
        for lang in LANGUAGES:
            other, scorers = runs[lang]
            result = uptake_consistency(english, other, lambda row, column, s=scorers: s[row][0](s[row][1], column))
            results.setdefault(variant, {})[lang] = result
            print(f"{variant:16s} {lang}->en vs en->en {result}", flush=True)
    cache.save()
    results["seconds"] = round(time.perf_counter() - started, 1)
    write_json(args.json, {"date": time.strftime("%Y-%m-%d"), **results})


if __name__ == "__main__":
    main()
