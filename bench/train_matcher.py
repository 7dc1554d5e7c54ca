"""Train the uptake scorer (monolingual and cross-lingual) and choose its grade thresholds on data.

Monolingual pairs come from the Working Group reports in ../shared/data/wg-reports/text: OHCHR
groups near-identical recommendations of several states under one paragraph number, so two different
texts under one number are a positive pair, and every other recommendation that retrieval puts in
the same candidate pool is a negative (often a hard one: same topic, other ask).

The cross-lingual scorer is taught by the monolingual one (distillation), so that a French or Arabic
NGO recommendation gets the score, and so the grade, its English original would get. On uhri-6lang
one half of the UN symbols plays the sources and the English records of the other half the targets
(so no source meets its own translation, as in a real uptake run); each translated source's pool
pair is labelled with the monolingual scorer's probability for the English original against the
same target, and a logistic model on the cross-lingual features is fitted to those soft labels. It
shares the monolingual grade cut-offs, since its scores are on the same scale. (Fitting it to "is
this the translation" instead made every best candidate look `same`: all 100% of sources taken up
against 79% in English, see docs/matching.md.)
Kazakhstan and Slovenia (the gold sets) are excluded; the rest is split by State under review /
by document symbol, thresholds are chosen on the held-out part, never on the gold sets.

    .venv/bin/python bench/train_matcher.py [--reports 70] [--json bench/out/train_matcher.json]
    .venv/bin/python bench/train_related_cut.py   # then: the `related` cut-off, from topic labels
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import precision_recall_curve, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from train_lexicon import ALL, lexicon_excluding, load_annotations  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import normalise_text, retrieve  # noqa: E402
from uprmonitor.match.scorer import (  # noqa: E402
    CROSSLINGUAL_FEATURES,
    FEATURE_SIGNS,
    MODELS_DIR,
    MONOLINGUAL_FEATURES,
    Scorer,
    load_scorer,
)
from uprmonitor.match.uptake import pool_features  # noqa: E402
from uprmonitor.pipeline import analyze  # noqa: E402

CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
EXCLUDED = ("kazakhstan", "slovenia")  # the gold sets' States
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
CLOSE_PRECISION, SAME_PRECISION, RELATED_RECALL = 0.6, 0.9, 0.97


def held_out(key: str) -> bool:
    """A stable one-in-three split by State / symbol."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0


def report_pairs(path: Path, embedder) -> tuple[list[dict], list[int], str]:
    """Pool features and labels for one WG report's grouped recommendations."""
    document = analyze(path, classify=False)
    recs = [r for r in document.recommendations if r.text[:1].isalpha() and len(r.text) > 25]
    groups = defaultdict(list)
    for index, rec in enumerate(recs):
        groups[rec.paragraph].append(index)
    sources = [i for members in groups.values() if 2 <= len(members) <= 6
               and len({recs[m].text for m in members}) > 1 for i in members]
    if not sources:
        return [], [], document.state_under_review or path.stem
    found = retrieve([recs[i].text for i in sources], [r.text for r in recs], embedder=embedder)
    features, labels = [], []
    for row, own in enumerate(sources):
        found.exclude(row, own)
        for column, pair in pool_features(found, row, recs[own].text, [r.text for r in recs]):
            if column == own:
                continue
            features.append(pair)
            labels.append(int(recs[column].paragraph == recs[own].paragraph))
    return features, labels, document.state_under_review or path.stem


def uptake_halves(records: list[dict]) -> tuple[list[int], list[int]]:
    """(source rows, target rows): a fixed half of the UN symbols plays the NGO side."""
    sources = [i for i, r in enumerate(records) if held_out(r["symbol"] + "/uptake")]
    targets = [i for i, r in enumerate(records) if not held_out(r["symbol"] + "/uptake")]
    return sources, targets


def teacher_scores(sources: list[str], targets: list[str], embedder) -> list[dict[int, float]]:
    """The monolingual scorer's probability for every (English source, target) pair."""
    teacher = load_scorer.__wrapped__("monolingual")  # the file on disk, not a cached copy
    found = retrieve(sources, targets, embedder=embedder)
    return [{column: teacher.score(pair) for column, pair in pool_features(found, row, text, targets, pool=len(targets))}
            for row, text in enumerate(sources)]


def uhri_pairs(records: list[dict], embedder, split: bool, same_language: bool = False,
               annotations: list[dict] | None = None) -> tuple[list[dict], list[float], list[str]]:
    """Pool features of translated sources, each labelled with the teacher's score of the English original.

    The targets are the English records, or with `same_language` the records in the source's own language
    (a Spanish submission matched against the Spanish edition of the WG report). The English gloss of the
    sources comes from a word list learned from `annotations` without the sources' own documents, so the
    student does not learn to trust a gloss better than it will meet on new text.
    """
    source_rows, _ = uptake_halves(records)
    chosen = [i for i in source_rows if held_out(records[i]["symbol"]) == split]
    return pairs_for(records, chosen, embedder, same_language, annotations)


def pairs_for(records: list[dict], chosen: list[int], embedder, same_language: bool = False,
              annotations: list[dict] | None = None) -> tuple[list[dict], list[float], list[str]]:
    """`uhri_pairs` for the source rows `chosen` (any subset of the source half)."""
    _, target_rows = uptake_halves(records)
    lexicon = lexicon_excluding(annotations or [], {records[i]["symbol"] for i in chosen})
    english_targets = [normalise_text(records[i]["en"]) for i in target_rows]
    teacher = teacher_scores([normalise_text(records[i]["en"]) for i in chosen], english_targets, embedder)
    features, labels, languages = [], [], []
    for lang in LANGUAGES:
        sources = [normalise_text(records[i][lang]) for i in chosen]
        targets = [normalise_text(records[i][lang]) for i in target_rows] if same_language else english_targets
        found = retrieve(sources, targets, embedder=embedder, lexicon=lexicon)
        for row, text in enumerate(sources):
            for column, pair in pool_features(found, row, text, targets):
                features.append(pair)
                labels.append(teacher[row][column])
                languages.append(lang)
    return features, labels, languages


def fit(features: list[dict], labels: list[int], names: tuple[str, ...], l2: float = 1.0) -> Scorer:
    """Logistic regression with each weight's sign fixed by FEATURE_SIGNS (L-BFGS-B with bounds)."""
    x = np.array([[f[n] for n in names] for f in features])
    y = np.array(labels, dtype=float)
    mean, scale = x.mean(axis=0), np.maximum(x.std(axis=0), 1e-6)
    z = (x - mean) / scale

    def loss(params):
        weights, bias = params[:-1], params[-1]
        margin = z @ weights + bias
        probability = 1.0 / (1.0 + np.exp(-margin))
        value = np.sum(np.logaddexp(0.0, margin) - y * margin) + 0.5 * l2 * weights @ weights
        gradient = np.append(z.T @ (probability - y) + l2 * weights, np.sum(probability - y))
        return value, gradient

    bounds = [(None, 0.0) if FEATURE_SIGNS.get(n, 1) < 0 else (0.0, None) for n in names] + [(None, None)]
    result = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return Scorer(names, mean, scale, result.x[:-1], float(result.x[-1]), {})


def choose_thresholds(scores: np.ndarray, labels: np.ndarray) -> tuple[dict[str, float], dict]:
    """Cut-offs from the held-out precision/recall curve (targets fixed before looking at any gold set).

    close = the lowest cut whose precision reaches 0.6 (the F1-best cut when none does): grouping
    labels miss many true pairs, so the F1-best cut alone lets too much through; same = precision
    0.9; related = the cut that still keeps 97% of the positives. That last one is a floor only:
    bench/train_related_cut.py then sets `related` from topic labels, and must be run after this script.
    """
    precision, recall, cuts = precision_recall_curve(labels, scores)
    precision, recall = precision[:-1], recall[:-1]
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-9)
    close = lowest_cut(cuts, precision, CLOSE_PRECISION, default=float(cuts[int(np.argmax(f1))]))
    same = max(lowest_cut(cuts, precision, SAME_PRECISION, default=close), close)
    recalled = [c for c, r in zip(cuts, recall, strict=True) if r >= RELATED_RECALL]
    related = float(min(max(recalled), close)) if recalled else close
    quality = {"auc": round(float(roc_auc_score(labels, scores)), 4), "best_f1": round(float(f1.max()), 4),
               "pairs": len(labels), "positives": int(labels.sum()),
               "curve": [{"cut": round(float(c), 3), "precision": round(float(p), 3), "recall": round(float(r), 3)}
                         for c, p, r in list(zip(cuts, precision, recall, strict=True))[:: max(1, len(cuts) // 20)]]}
    return {"same": round(same, 4), "close": round(close, 4), "related": round(related, 4)}, quality


def lowest_cut(cuts: np.ndarray, precision: np.ndarray, target: float, default: float) -> float:
    """The lowest score cut from which precision stays at or above `target`."""
    below = np.flatnonzero(precision < target)
    if len(below) == 0:
        return float(cuts[0])
    if below[-1] + 1 >= len(cuts):
        return default
    return float(cuts[below[-1] + 1])


def train(features_train, labels_train, features_val, labels_val, names, name) -> dict:
    scorer = fit(features_train, labels_train, names)
    scores = np.array([scorer.score(f) for f in features_val])
    scorer.thresholds, quality = choose_thresholds(scores, np.array(labels_val))
    MODELS_DIR.mkdir(exist_ok=True)
    (MODELS_DIR / f"scorer_{name}.json").write_text(json.dumps(scorer.to_json(), indent=1) + "\n")
    report = {"train_pairs": len(labels_train), "train_positives": int(sum(labels_train)),
              "validation": quality, "thresholds": scorer.thresholds,
              "weights": dict(zip(names, np.round(scorer.weights, 3).tolist(), strict=True))}
    print(name, json.dumps(report))
    return report


def train_crosslingual(records: list[dict], embedder, annotations: list[dict], same_language: bool = False) -> dict:
    """Fit the student on the training symbols; report its gap to the teacher on the held-out ones.

    Two students: "crosslingual" (other language -> English targets) and "samelanguage" (a non-English source
    against targets in its own language, whose cosines run higher than across languages, so the cross-lingual
    student would call too much `same`).
    """
    name = "samelanguage" if same_language else "crosslingual"
    features, labels, languages = uhri_pairs(records, embedder, False, same_language, annotations)
    scorer = fit_student(features, labels, languages)
    val_features, val_labels, val_languages = uhri_pairs(records, embedder, True, same_language, annotations)
    teacher = np.array(val_labels)
    (MODELS_DIR / f"scorer_{name}.json").write_text(json.dumps(scorer.to_json(), indent=1) + "\n")
    report = {"train_pairs": len(labels), "validation_pairs": len(val_labels),
              "calibration_knots": {lang: len(knots[0]) for lang, knots in scorer.calibration.items()}}
    for label, predicted in (
            ("uncalibrated", np.array([scorer.raw_score(f) for f in val_features])),
            ("calibrated", np.array([scorer.score(f, lang) for f, lang in zip(val_features, val_languages, strict=True)]))):
        report[label] = {
            "validation_mean_abs_gap_to_teacher": round(float(np.abs(predicted - teacher).mean()), 4),
            "validation_mean_gap_where_teacher_above_0.3": round(float((predicted - teacher)[teacher > 0.3].mean()), 4),
            "validation_grade_agreement": round(float(np.mean(
                [scorer.grade(p) == scorer.grade(t) for p, t in zip(predicted, teacher, strict=True)])), 4)}
    report |= {"thresholds": scorer.thresholds,
              "weights": dict(zip(CROSSLINGUAL_FEATURES, np.round(scorer.weights, 3).tolist(), strict=True))}
    print(name, json.dumps(report))
    return report


def fit_student(features: list[dict], labels: list[float], languages: list[str], calibration: str = "isotonic",
                names: tuple[str, ...] = CROSSLINGUAL_FEATURES) -> Scorer:
    """The student on these pairs: fitted on the features `names`, given the teacher's grade cut-offs, then
    calibrated per language (`calibration`: "isotonic", as shipped, or "none")."""
    scorer = fit(features, labels, names)
    scorer.thresholds = dict(load_scorer.__wrapped__("monolingual").thresholds)
    if calibration == "isotonic":
        scorer.calibration = calibrate(scorer, features, labels, languages)
    return scorer


def calibrate(scorer: Scorer, features: list[dict], labels: list[float], languages: list[str]) -> dict:
    """Per language, the monotone map from the student's score to the teacher's on the training pairs
    (isotonic regression; its knots, rounded, are what ships)."""
    raw = np.array([scorer.raw_score(f) for f in features])
    teacher, languages = np.array(labels), np.array(languages)
    calibration = {}
    for lang in LANGUAGES:
        mine = languages == lang
        fitted = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(raw[mine], teacher[mine])
        calibration[lang] = (np.round(fitted.X_thresholds_, 5).tolist(), np.round(fitted.y_thresholds_, 5).tolist())
    return calibration


def train_students(records: list[dict], embedder, annotations: list[dict]) -> dict:
    return {name: train_crosslingual(records, embedder, annotations, same_language=name == "samelanguage")
            for name in ("crosslingual", "samelanguage")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=70, help="how many WG reports to read (spread by hash)")
    parser.add_argument("--crosslingual-only", action="store_true",
                        help="keep the shipped monolingual scorer and retrain only its two students "
                             "(cross-lingual and same non-English language)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.crosslingual_only:
        root = require_shared_data("multilingual/uhri-6lang/upr_recommendations.jsonl", ALL)
        cache = NpzCache(CACHE)
        records = [json.loads(line) for line in (root / "multilingual/uhri-6lang/upr_recommendations.jsonl").open()]
        result = train_students(records, Embedder(cache=cache), load_annotations(root))
        cache.save()
        write_json(args.json, result)
        return
    root = require_shared_data("wg-reports/text", "multilingual/uhri-6lang/upr_recommendations.jsonl", ALL)
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    paths = sorted((p for p in (root / "wg-reports/text").glob("*.txt") if not p.stem.startswith(EXCLUDED)),
                   key=lambda p: hashlib.sha1(p.name.encode()).hexdigest())[: args.reports]
    mono = {True: ([], []), False: ([], [])}
    for path in paths:
        features, labels, state = report_pairs(path, embedder)
        mono[held_out(state)][0].extend(features)
        mono[held_out(state)][1].extend(labels)
        cache.save()  # after each report, so an interrupted run keeps its vectors
    cache.save()
    records = [json.loads(line) for line in (root / "multilingual/uhri-6lang/upr_recommendations.jsonl").open()]
    result = {"reports": len(paths),
              "monolingual": train(*mono[False], *mono[True], MONOLINGUAL_FEATURES, "monolingual")}
    result |= train_students(records, embedder, load_annotations(root))  # taught by the scorer just written
    cache.save()
    write_json(args.json, result)


if __name__ == "__main__":
    main()
