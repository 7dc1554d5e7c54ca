"""Cross-lingual matching on uhri-6lang: find the English original of each French, Spanish, Russian,
Arabic and Chinese recommendation among all 432 English texts (and the reverse): recall@1 and MRR.

Methods: plain embedding cosine; CSLS (cross-domain similarity local scaling, Conneau et al. 2018),
which discounts "hub" texts that are close to everything; CSLS plus a bonus for numbers both texts
share (years, resolution and article numbers survive translation); and the trained cross-lingual
scorer (only on the held-out third of symbols it never saw in training); and "two views": CSLS
averaged over the targets embedded with the e5 "query:" and "passage:" prefixes, as `retrieve` does
for non-English sources; and "two views + gloss", an experiment not used by `retrieve`: the two views blended
with BM25 over each text's English gloss (its words looked up in the word list of classify/lexicon.py, learned
here as bench/train_lexicon.py learns the shipped one, but from the other of two folds of documents only, so no
text is glossed by a list that read its own translation), at several weights. Paragraph numbers and
recommending states are stripped from every text first, so they cannot give the answer away.

Uptake consistency ("cross-lingual uptake scores within 0.05 of English -> English"): the records
of one half of the UN symbols play the NGO's recommendations, the English records of the other half
the state recommendations, so no source has its own translation among the targets (the same halves
as bench/train_matcher.py; only sources of symbols held out from its training are scored). The full uptake
pipeline (retrieval, scorer, grades) runs once with English sources and once with each language's
sources; the bench reports, per language, the share of sources taken up (same/close), the mean score
of the best candidate, the mean absolute score difference over the English run's top-10 pairs, and
how many of the English run's same/close pairs the other language also finds (and the reverse), and
the recall@10 and MRR of the other language's ranking with the English run's same/close targets as
the answers (ranking agreement, whatever the calibration). The same is run a second time with the
targets in the source's own language (`same_language`: Spanish sources against the Spanish records),
which the same-language scorer grades.

    .venv/bin/python bench/bench_crosslingual.py [--json bench/out/crosslingual.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from train_lexicon import ALL, lexicon_excluding, load_annotations  # noqa: E402
from train_matcher import held_out, uptake_halves  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import (  # noqa: E402
    BM25,
    csls,
    gloss_query,
    normalise_text,
    retrieve,
    shared_number_bonus,
)
from uprmonitor.match.scorer import load_scorer  # noqa: E402
from uprmonitor.match.uptake import pool_features, rerank  # noqa: E402

CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
GLOSS_WEIGHTS = (0.05, 0.1, 0.2, 0.3, 0.5)


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


def standardise(scores: np.ndarray) -> np.ndarray:
    spread = scores.std(axis=-1, keepdims=True)
    return (scores - scores.mean(axis=-1, keepdims=True)) / np.where(spread > 0, spread, 1.0)


def glossed_bm25(records: list[dict], texts: dict[str, list[str]], lang: str, lexicons: dict) -> np.ndarray:
    """BM25 of each `lang` text's English gloss (its known words in English, then the text itself, whose numbers
    and acronyms match as written) against the English texts; each record glossed by its fold's word list."""
    glosses = [gloss_query(text, lexicons[fold(r["symbol"])].pairs(text, lang))
               for text, r in zip(texts[lang], records, strict=True)]
    english = BM25(texts["en"])
    return np.stack([english.scores(text) for text in glosses])


def fold(symbol: str) -> int:
    return int(hashlib.sha1(f"{symbol}/gloss".encode()).hexdigest(), 16) % 2


def fold_lexicons(annotations: list[dict], records: list[dict]) -> dict:
    """Per fold, a word list learned from the documents of the other fold only."""
    symbols = {r["symbol"] for r in records} | {r["symbol"] for r in annotations}
    return {side: lexicon_excluding(annotations, {s for s in symbols if fold(s) == side}) for side in (0, 1)}


def scorer_similarity(queries: list[str], targets: list[str], rows: np.ndarray, embedder, lexicon) -> np.ndarray:
    """The cross-lingual scorer's probabilities for the `rows` queries over their pools (-1 elsewhere).

    Retrieval (and so CSLS) runs over every query, as `match_uptake` would over a whole document;
    only the held-out rows are scored. Where the per-language calibration is flat, `rerank` orders by the
    uncalibrated score; so does this similarity (a millionth of it added), and exact ties still count
    against the method.
    """
    found = retrieve(queries, targets, embedder=embedder, lexicon=lexicon)
    scorer = load_scorer("crosslingual")
    result = np.full((len(rows), len(targets)), -1.0)
    for out, row in enumerate(rows):
        features = dict(pool_features(found, int(row), queries[row], targets))
        for column, score, _ in rerank(found, int(row), queries[row], targets):
            result[out, column] = score + 1e-6 * scorer.raw_score(features[column])
    return result


def uptake_runs(sources: list[str], targets: list[str], embedder, lexicon=None,
                scorer=None) -> list[dict[int, tuple[float, str | None]]]:
    """Per source: {target index: (score, grade)} of its top 10 after the scorer (`scorer`: the shipped one)."""
    found = retrieve(sources, targets, embedder=embedder, lexicon=lexicon)
    return [{column: (score, grade) for column, score, grade in rerank(found, row, text, targets, scorer=scorer)[:10]}
            for row, text in enumerate(sources)]


def taken_up_pairs(run: list[dict]) -> set[tuple[int, int]]:
    return {(row, column) for row, found in enumerate(run) for column, (_, grade) in found.items()
            if grade in ("same", "close")}


def taken_up_share(run: list[dict]) -> float:
    return float(np.mean([any(grade in ("same", "close") for _, grade in found.values()) for found in run]))


def uptake_consistency(english: list[dict], other: list[dict], score_of) -> dict:
    """How far the `other` language's uptake answer is from the English one, source by source."""
    top_english = [max((score for score, _ in found.values()), default=0.0) for found in english]
    top_other = [max((score for score, _ in found.values()), default=0.0) for found in other]
    gaps = [abs(score - score_of(row, column)) for row, found in enumerate(english)
            for column, (score, _) in found.items()]
    pairs_en, pairs_other = taken_up_pairs(english), taken_up_pairs(other)
    both = len(pairs_en & pairs_other)
    # Ranking, whatever the calibration: where the other language puts the English run's same/close targets.
    wanted = [[column for column, (_, grade) in found.items() if grade in ("same", "close")] for found in english]
    ranked = [list(found) for found in other]
    judged = [(want, got) for want, got in zip(wanted, ranked, strict=True) if want]
    recall10 = np.mean([len(set(want) & set(got[:10])) / len(want) for want, got in judged]) if judged else 0.0
    mrr = np.mean([next((1 / (rank + 1) for rank, c in enumerate(got) if c in want), 0.0) for want, got in judged]) \
        if judged else 0.0
    return {"taken_up_share_en": round(taken_up_share(english), 4), "taken_up_share": round(taken_up_share(other), 4),
            "best_score_en": round(float(np.mean(top_english)), 4), "best_score": round(float(np.mean(top_other)), 4),
            "mean_abs_score_gap_top10": round(float(np.mean(gaps)), 4),
            "same_close_pairs_en": len(pairs_en), "same_close_pairs": len(pairs_other),
            "found_of_en_pairs": round(both / max(len(pairs_en), 1), 4),
            "en_finds_of_pairs": round(both / max(len(pairs_other), 1), 4),
            "recall@10_of_en_same_close": round(float(recall10), 4), "mrr_of_en_same_close": round(float(mrr), 4)}


def pair_scores(sources: list[str], targets: list[str], embedder, lexicon=None, scorer=None) -> callable:
    """score_of(row, column) for any pair, through the scorer with the full retrieval context."""
    found = retrieve(sources, targets, embedder=embedder, lexicon=lexicon)
    cache: dict[int, dict[int, float]] = {}

    def score_of(row: int, column: int) -> float:
        if row not in cache:
            cache[row] = {c: s for c, s, _ in rerank(found, row, sources[row], targets, pool=len(targets),
                                                     scorer=scorer)}
        return cache[row].get(column, 0.0)
    return score_of


def consistency_results(records: list[dict], texts: dict[str, list[str]], embedder, annotations: list[dict],
                        training_half: bool = False) -> dict:
    """Each language's uptake run against the English one: into English targets, and (`same_language`) into
    targets in the source's own language, as when a Spanish submission meets the Spanish edition of the report.
    The sources are those the students never trained on, or with `training_half` those they did (a larger
    sample, but in sample for the students)."""
    source_rows, target_rows = uptake_halves(records)
    source_rows = [i for i in source_rows if held_out(records[i]["symbol"]) != training_half]
    # The English gloss's word list must not have read the sources' own translations.
    lexicon = lexicon_excluding(annotations, {records[i]["symbol"] for i in source_rows})
    english_targets = [texts["en"][i] for i in target_rows]
    english = uptake_runs([texts["en"][i] for i in source_rows], english_targets, embedder)
    results = {"sources": len(source_rows), "targets": len(target_rows), "same_language": {}}
    for lang in LANGUAGES:
        sources = [texts[lang][i] for i in source_rows]
        for same_language in (False, True):
            targets = [texts[lang][i] for i in target_rows] if same_language else english_targets
            other = uptake_runs(sources, targets, embedder, lexicon)
            result = uptake_consistency(english, other, pair_scores(sources, targets, embedder, lexicon))
            (results["same_language"] if same_language else results)[lang] = result
            half = " (training half)" if training_half else ""
            print(f"uptake consistency{half} {lang}->{lang if same_language else 'en'} vs en->en {result}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--training-half", action="store_true",
                        help="also score uptake consistency on the 94 sources the students trained on")
    args = parser.parse_args()
    root = require_shared_data("multilingual/uhri-6lang/upr_recommendations.jsonl", ALL)
    records = [json.loads(line) for line in (root / "multilingual/uhri-6lang/upr_recommendations.jsonl").open()]
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    texts = {lang: [normalise_text(r[lang]) for r in records] for lang in ("en", *LANGUAGES)}
    vectors = {lang: embedder.embed(texts[lang], kind="query") for lang in texts}
    passages = {lang: embedder.embed(texts[lang], kind="passage") for lang in texts}
    cache.save()
    annotations = load_annotations(root)
    lexicons = fold_lexicons(annotations, records)
    test_rows = np.array([i for i, r in enumerate(records) if held_out(r["symbol"])])
    test_lexicon = lexicon_excluding(annotations, {records[i]["symbol"] for i in test_rows})
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
        two_views, glossed = to_en["csls two views"], standardise(glossed_bm25(records, texts, lang, lexicons))
        row |= {f"{lang}->en two views + gloss, weight {weight}": recall_and_mrr(standardise(two_views) + weight * glossed,
                                                                         everything) for weight in GLOSS_WEIGHTS}
        scored = scorer_similarity(texts[lang], texts["en"], test_rows, embedder, test_lexicon)
        row[f"{lang}->en scorer (held-out)"] = recall_and_mrr(scored, test_rows)
        row["seconds"] = round(time.perf_counter() - started, 2)
        results[lang] = row
        for name, value in row.items():
            print(f"{name:34s} {value}")
    consistency = consistency_results(records, texts, embedder, annotations)
    if args.training_half:
        consistency["training_half"] = consistency_results(records, texts, embedder, annotations, training_half=True)
    write_json(args.json, {"date": time.strftime("%Y-%m-%d"), "records": len(records),
                           "held_out_records": len(test_rows), "results": results,
                           "uptake_consistency": consistency})


if __name__ == "__main__":
    main()
