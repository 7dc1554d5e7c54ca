"""Evaluate the SHIPPED action-category and issues classifiers on UPR Info sessions 15–17.

    .venv/bin/python bench/bench_classify.py [--json PATH] [--no-baseline]

Reports action macro-F1, accuracy, per-class F1 and the confusion matrix; issues micro/macro F1;
calibration (expected calibration error of the confidences); speed (texts/s, with and without
evidence) and peak memory; and, side by side, the plain baseline (TF-IDF word 1–2 + char 2–5 grams
+ first 1–3 tokens, LinearSVC, trained here on sessions 1–14). Skips cleanly without the data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import confusion_matrix, f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from train_classifiers import CSV_PATH, issue_sets, load_rows  # noqa: E402
from uprmonitor.classify import ActionClassifier, IssuesClassifier  # noqa: E402
from uprmonitor.classify.linear import MODELS_DIR  # noqa: E402

EVIDENCE_SAMPLE = 500


def peak_memory_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """Mean |accuracy − confidence| over equal-width confidence bins, weighted by bin size."""
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    error = 0.0
    for b in range(bins):
        members = which == b
        if members.any():
            error += members.mean() * abs(correct[members].mean() - confidence[members].mean())
    return round(float(error), 4)


def action_report(truth: np.ndarray, predicted: np.ndarray) -> dict:
    classes = [1, 2, 3, 4, 5]
    return {"macro_f1": round(float(f1_score(truth, predicted, average="macro")), 4),
            "accuracy": round(float(np.mean(truth == predicted)), 4),
            "per_class_f1": {c: round(float(f), 4) for c, f in zip(classes, f1_score(truth, predicted, labels=classes, average=None), strict=True)},
            "confusion_matrix": {"rows_true_cols_predicted": classes,
                                 "matrix": confusion_matrix(truth, predicted, labels=classes).tolist()}}


def issues_report(truth: np.ndarray, predicted: np.ndarray, names: list[str]) -> dict:
    per_label = f1_score(truth, predicted, average=None, zero_division=0)
    order = np.argsort(per_label)
    return {"micro_f1": round(float(f1_score(truth, predicted, average="micro")), 4),
            "macro_f1": round(float(f1_score(truth, predicted, average="macro", zero_division=0)), 4),
            "exact_set_accuracy": round(float(np.mean((truth == predicted).all(axis=1))), 4),
            "worst_labels_f1": {names[i]: round(float(per_label[i]), 3) for i in order[:8]}}


def evaluate_shipped(texts: list[str], actions: np.ndarray, targets: np.ndarray, names: list[str]) -> dict:
    started = time.perf_counter()
    action, issues = ActionClassifier.load(), IssuesClassifier.load()
    load_seconds = time.perf_counter() - started
    assert issues.labels == names, "shipped issue labels differ from the CSV's"

    started = time.perf_counter()
    predictions = action.predict(texts, evidence=False)
    action_seconds = time.perf_counter() - started
    started = time.perf_counter()
    probabilities = issues.probabilities(texts)
    chosen = issues.decide(probabilities)
    issues_seconds = time.perf_counter() - started
    started = time.perf_counter()
    action.predict(texts[:EVIDENCE_SAMPLE], evidence=True)
    evidence_seconds = time.perf_counter() - started

    predicted = np.array([p.label for p in predictions])
    confidence = np.array([p.confidence for p in predictions])
    report = {
        "action": action_report(actions, predicted),
        "issues": issues_report(targets, chosen, names),
        "calibration": {
            "action_ece": expected_calibration_error(confidence, predicted == actions),
            # per (text, label) probability against whether the label is true
            "issues_ece": expected_calibration_error(probabilities.ravel(), targets.ravel().astype(bool)),
        },
        "speed": {"texts": len(texts), "load_seconds": round(load_seconds, 2),
                  "action_texts_per_s": round(len(texts) / action_seconds),
                  "issues_texts_per_s": round(len(texts) / issues_seconds),
                  "action_with_evidence_texts_per_s": round(EVIDENCE_SAMPLE / evidence_seconds)},
        "peak_memory_mb_after_shipped": peak_memory_mb(),
        "size_on_disk_bytes": sum(path.stat().st_size for path in MODELS_DIR.iterdir()
                                  if path.name.startswith(("action.", "issues."))),
    }
    return report


def baseline_features(train_texts: list[str], test_texts: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Plain TF-IDF word 1–2 + char 2–5 grams + the first 1–3 tokens as extra terms."""

    def first_tokens(text: str) -> list[str]:
        tokens = text.lower().split()
        return ["_".join(tokens[:n]) for n in (1, 2, 3) if len(tokens) >= n]

    vectorizers = [TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
                   TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
                   TfidfVectorizer(analyzer=first_tokens)]
    train = sp.hstack([v.fit_transform(train_texts) for v in vectorizers], format="csr")
    test = sp.hstack([v.transform(test_texts) for v in vectorizers], format="csr")
    return train, test


def evaluate_baseline(train_texts, test_texts, train_actions, test_actions, train_targets, test_targets, names) -> dict:
    started = time.perf_counter()
    train, test = baseline_features(train_texts, test_texts)
    action = LinearSVC(random_state=0).fit(train, train_actions).predict(test)
    issues = OneVsRestClassifier(LinearSVC(random_state=0), n_jobs=2).fit(train, train_targets).predict(test)
    report = {"action": action_report(test_actions, action), "issues": issues_report(test_targets, issues, names),
              "train_and_predict_seconds": round(time.perf_counter() - started, 1)}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--no-baseline", action="store_true", help="skip training the baseline (about 2 minutes)")
    args = parser.parse_args(argv)
    data = require_shared_data(CSV_PATH) / CSV_PATH
    rows = load_rows(data)
    sessions = np.array([int(row["session"]) for row in rows])
    texts = [row["text"] for row in rows]
    actions = np.array([int(row["action_category"]) for row in rows])
    binarizer = MultiLabelBinarizer()
    targets = binarizer.fit_transform(issue_sets(rows))
    names = [str(name) for name in binarizer.classes_]
    train, test = sessions <= 14, sessions >= 15
    test_texts = [texts[i] for i in np.where(test)[0]]

    result = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
              "command": "python bench/bench_classify.py " + " ".join(argv if argv is not None else sys.argv[1:]),
              "machine": {"cpus": os.cpu_count()}, "test": "UPR Info sessions 15-17", "test_rows": int(test.sum()),
              "shipped": evaluate_shipped(test_texts, actions[test], targets[test], names)}
    print_report("shipped", result["shipped"])
    if not args.no_baseline:
        train_texts = [texts[i] for i in np.where(train)[0]]
        result["baseline"] = evaluate_baseline(train_texts, test_texts, actions[train], actions[test],
                                               targets[train], targets[test], names)
        print_report("baseline", result["baseline"])
    write_json(args.json, result)
    return 0


def print_report(name: str, report: dict) -> None:
    action, issues = report["action"], report["issues"]
    print(f"== {name}")
    print(f"action: macro-F1 {action['macro_f1']:.4f}  accuracy {action['accuracy']:.4f}  per class {action['per_class_f1']}")
    for label, row in zip(action["confusion_matrix"]["rows_true_cols_predicted"], action["confusion_matrix"]["matrix"], strict=True):
        print(f"  true {label}: {row}")
    print(f"issues: micro-F1 {issues['micro_f1']:.4f}  macro-F1 {issues['macro_f1']:.4f}  exact sets {issues['exact_set_accuracy']:.4f}")
    print(f"  worst labels: {issues['worst_labels_f1']}")
    for key in ("calibration", "speed"):
        if key in report:
            print(f"{key}: {report[key]}")
    if "peak_memory_mb_after_shipped" in report:
        print(f"peak memory {report['peak_memory_mb_after_shipped']} MB, model files {report['size_on_disk_bytes'] / 1e6:.1f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
