"""Measure the shipped themes / affected persons / SDG models, with baselines side by side.

1. Slovenia cycle 3 thematic list (OHCHR gold; nothing of cycle 3 is used in training): micro- and
   macro-F1 of themes, affected persons and SDGs.
2. UHRI six-language SDGs on the test symbols (the sha1-of-symbol split of bench/train_themes.py,
   never trained on): micro-F1 per language and the gap to English.
3. Speed: texts/s of ThemeClassifier.predict, embedding included, on a cold embedder.

Variants: "combined" (the shipped blend), and each part alone as a baseline: "linear" (logistic
regression on embeddings), "zero_shot" (label descriptions), "knn" (nearest gold examples); plus,
for English themes, the UPR Info issues classifier mapped through the crosswalk.

    .venv/bin/python bench/bench_themes.py [--json PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from train_themes import (  # noqa: E402
    EGYPT,
    LANGUAGES,
    SLOVENIA,
    UHRI,
    LabelIndex,
    label_matrix,
    load_slovenia,
    load_uhri,
)
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.classify.themes import MODELS_DIR, ThemeClassifier, load_label_sets  # noqa: E402

VARIANTS = ("combined", "linear", "zero_shot", "knn")


def f1_scores(predicted: np.ndarray, gold: np.ndarray) -> dict:
    """Micro-F1, and macro-F1 over the labels that occur in the gold or the predictions."""
    true_positive = (predicted & gold).sum(axis=0)
    predicted_count, gold_count = predicted.sum(axis=0), gold.sum(axis=0)
    micro = 2 * true_positive.sum() / max(predicted_count.sum() + gold_count.sum(), 1)
    used = (predicted_count + gold_count) > 0
    per_label = 2 * true_positive[used] / (predicted_count[used] + gold_count[used])
    precision = true_positive.sum() / max(predicted_count.sum(), 1)
    recall = true_positive.sum() / max(gold_count.sum(), 1)
    return {"micro_f1": round(float(micro), 4), "macro_f1": round(float(per_label.mean()), 4) if used.any() else 0.0,
            "precision": round(float(precision), 4), "recall": round(float(recall), 4),
            "labels_per_text": round(float(predicted.sum(axis=1).mean()), 2)}


def predicted_matrix(predictions: list[list], labels: list[str]) -> np.ndarray:
    column = {label: position for position, label in enumerate(labels)}
    matrix = np.zeros((len(predictions), len(labels)), dtype=bool)
    for row, scores in enumerate(predictions):
        for score in scores:
            matrix[row, column[score.label]] = True
    return matrix


def evaluate_slovenia(classifier: ThemeClassifier, rows: list[dict], vectors: np.ndarray) -> dict:
    results = {}
    for task, model in classifier.models.items():
        keep = [position for position, row in enumerate(rows) if row[task]]  # rows the list labels for this task
        gold = label_matrix([rows[p] for p in keep], task, model.labels).astype(bool)
        results[task] = {"rows": len(keep)}
        for variant in VARIANTS:
            predicted = predicted_matrix(model.predict_vectors(vectors[keep], variant), model.labels)
            results[task][variant] = f1_scores(predicted, gold)
    return results


def evaluate_issues_crosswalk(rows: list[dict], crosswalk: dict, labels: list[str]) -> dict | None:
    """English-only baseline: the UPR Info issues classifier, its labels mapped to themes by the crosswalk."""
    try:
        from uprmonitor.classify.issues import IssuesClassifier

        issues = IssuesClassifier.load()
    except (ImportError, FileNotFoundError):
        return None
    predictions = issues.predict([row["text"] for row in rows])
    column = {label: position for position, label in enumerate(labels)}
    predicted = np.zeros((len(rows), len(labels)), dtype=bool)
    for row, scores in enumerate(predictions):
        for score in scores:
            for theme in crosswalk.get(score.label, {}).get("themes", []):
                predicted[row, column[theme]] = True
    return f1_scores(predicted, label_matrix(rows, "themes", labels).astype(bool))


def evaluate_uhri_sdgs(classifier: ThemeClassifier, rows: list[dict], vectors: np.ndarray) -> dict:
    model = classifier.models["sdgs"]
    results = {"records": len({row["id"] for row in rows}),
               "symbols": len({row["symbol"] for row in rows})}
    for variant in VARIANTS:
        predictions = model.predict_vectors(vectors, variant)
        per_language = {}
        for language in LANGUAGES:
            chosen = [p for p, row in enumerate(rows) if row["language"] == language]
            gold = label_matrix([rows[p] for p in chosen], "sdgs", model.labels).astype(bool)
            per_language[language] = f1_scores(predicted_matrix([predictions[p] for p in chosen], model.labels), gold)
        english = per_language["en"]["micro_f1"]
        results[variant] = {"per_language": per_language,
                            "gap_to_english": {lang: round(per_language[lang]["micro_f1"] - english, 4)
                                               for lang in LANGUAGES[1:]}}
    return results


def measure_speed(texts: list[str], models: Path) -> dict:
    classifier = ThemeClassifier.load(models, embedder=Embedder())  # cold: no cache, model loaded inside the timing
    started = time.perf_counter()
    classifier.predict(texts)
    seconds = time.perf_counter() - started
    return {"texts": len(texts), "seconds": round(seconds, 2), "texts_per_second": round(len(texts) / seconds, 1)}


def print_table(title: str, rows: dict[str, dict]) -> None:
    print(f"\n{title}")
    for name, scores in rows.items():
        print(f"  {name:<22} micro-F1 {scores['micro_f1']:.3f}  macro-F1 {scores['macro_f1']:.3f}  "
              f"P {scores['precision']:.3f}  R {scores['recall']:.3f}  labels/text {scores['labels_per_text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--models", default=str(MODELS_DIR), help="folder of the models to measure")
    args = parser.parse_args()
    root = require_shared_data(SLOVENIA.format(cycle=3), UHRI, EGYPT)
    label_sets = load_label_sets()
    sdg_labels = [entry["label"] for entry in label_sets["sdgs"]]
    index = {"themes": LabelIndex(label_sets["themes"], label_sets["unmapped_old_themes"]),
             "affected_persons": LabelIndex(label_sets["affected_persons"])}
    slovenia = load_slovenia(root, 3, index, sdg_labels)
    uhri_test = [row for row in load_uhri(root, sdg_labels) if row["group"] == "test"]
    classifier = ThemeClassifier.load(Path(args.models))
    embedder = classifier.embedder
    slovenia_vectors = embedder.embed([row["text"] for row in slovenia])
    uhri_vectors = embedder.embed([row["text"] for row in uhri_test])

    slovenia_results = evaluate_slovenia(classifier, slovenia, slovenia_vectors)
    crosswalk = evaluate_issues_crosswalk(slovenia, label_sets["upr_info_crosswalk"],
                                          classifier.models["themes"].labels)
    if crosswalk:
        slovenia_results["themes"]["issues_classifier_via_crosswalk"] = crosswalk
    uhri_results = evaluate_uhri_sdgs(classifier, uhri_test, uhri_vectors)
    speed = measure_speed([row["text"] for row in slovenia], Path(args.models))

    for task, result in slovenia_results.items():
        print_table(f"Slovenia cycle 3 — {task} ({result['rows']} rows)",
                    {name: scores for name, scores in result.items() if isinstance(scores, dict)})
    print(f"\nUHRI SDGs, test symbols ({uhri_results['records']} recommendations, {uhri_results['symbols']} symbols)")
    for variant in VARIANTS:
        cells = "  ".join(f"{lang} {uhri_results[variant]['per_language'][lang]['micro_f1']:.3f}"
                          for lang in LANGUAGES)
        print(f"  {variant:<10} micro-F1  {cells}")
    print(f"\nspeed: {speed['texts_per_second']} texts/s ({speed['texts']} texts, cold embedder)")
    write_json(args.json, {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                           "command": "python bench/bench_themes.py " + " ".join(sys.argv[1:]),
                           "slovenia_cycle3": slovenia_results, "uhri_sdgs_test": uhri_results, "speed": speed})


if __name__ == "__main__":
    main()
