"""Train the action-category and issues heads that label recommendations NOT written in English.

The shipped action and issues classifiers read English words; on a French, Spanish, Russian, Arabic
or Chinese text their answer agrees with the answer for its English original 32–44% (action) and
0–26% (issues, micro-F1) of the time on uhri-6lang. These heads read the multilingual e5 embedding
instead, which puts a translation next to its original, so what they learn from English transfers.

Data: UPR Info sessions 1–14, a fixed quarter of the rows (SHA-1 of the text mod 4 = 0, about 6,400
texts; their vectors are cached in bench/out/match_embeddings.npz, a cold run embeds them in a few
minutes). Logistic regression (C = 10) for the action category, one per issue for the issues; the
issues threshold is chosen on sessions 12–14 with a model fitted on 1–11, then everything is
refitted on 1–14. Reported: English sessions 15–17 (the same quarter) and, per language, agreement
with the English classifier's answer for the English original on uhri-6lang.

    .venv/bin/python bench/train_multilingual_heads.py [--json bench/out/multilingual_heads.json]

Writes src/uprmonitor/classify/models/multilingual_heads.{json,npz}.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.classify import ActionClassifier, IssuesClassifier  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.classify.linear import MODELS_DIR  # noqa: E402
from uprmonitor.classify.multilingual import MultilingualHeads  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import normalise_text  # noqa: E402

CSV_PATH = "upr-info/recommendations_sessions_01-17.csv"
UHRI_PATH = "multilingual/uhri-6lang/upr_recommendations.jsonl"
CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
C = 10.0
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


def sample(root: Path) -> list[dict]:
    with open(root / CSV_PATH, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [row for row in rows if int(hashlib.sha1(row["text"].encode()).hexdigest(), 16) % 4 == 0]


def fit_action(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000).fit(x, y)


def fit_issues(x: np.ndarray, y: np.ndarray) -> OneVsRestClassifier:
    return OneVsRestClassifier(LogisticRegression(C=C, max_iter=2000)).fit(x, y)


def issue_sets(probabilities: np.ndarray, labels, threshold: float) -> list[set[str]]:
    """Labels at or above `threshold`; the single best when none is (every recommendation has one)."""
    return [{labels[j] for j in np.flatnonzero(row >= threshold)} or {labels[int(row.argmax())]}
            for row in probabilities]


def micro_f1(predicted: list[set[str]], truth: list[set[str]]) -> float:
    tp = sum(len(p & t) for p, t in zip(predicted, truth, strict=True))
    wrong = sum(len(p ^ t) for p, t in zip(predicted, truth, strict=True))
    return round(2 * tp / max(2 * tp + wrong, 1), 4)


def choose_threshold(x, y_sets, sessions, binarizer) -> tuple[float, dict]:
    train, validation = sessions <= 11, (sessions >= 12) & (sessions <= 14)
    model = fit_issues(x[train], binarizer.transform([y_sets[i] for i in np.flatnonzero(train)]))
    probabilities = model.predict_proba(x[validation])
    truth = [set(y_sets[i]) for i in np.flatnonzero(validation)]
    scores = {t: micro_f1(issue_sets(probabilities, binarizer.classes_, t), truth) for t in THRESHOLDS}
    return max(scores, key=scores.get), scores


def agreement_across_languages(heads: MultilingualHeads, root: Path, embedder) -> dict:
    """Per language: how often the heads (and the English classifiers) agree with the English
    classifiers' answer for the English original."""
    records = [json.loads(line) for line in (root / UHRI_PATH).open(encoding="utf-8")]
    english = [normalise_text(r["en"]) for r in records]
    action, issues = ActionClassifier.load(), IssuesClassifier.load()
    reference_action = np.array([p.label for p in action.predict(english)])
    reference_issues = [{s.label for s in found} for found in issues.predict(english)]
    result = {}
    for lang in LANGUAGES:
        texts = [normalise_text(r[lang]) for r in records]
        vectors = embedder.embed(texts)
        head_action = np.array([p.label for p in heads.predict_action(vectors, texts)])
        head_issues = [{s.label for s in found} for found in heads.predict_issues(vectors)]
        word_action = np.array([p.label for p in action.predict(texts)])
        word_issues = [{s.label for s in found} for found in issues.predict(texts)]
        result[lang] = {"action_head": round(float((head_action == reference_action).mean()), 3),
                        "action_english_model": round(float((word_action == reference_action).mean()), 3),
                        "issues_head_micro_f1": micro_f1(head_issues, reference_issues),
                        "issues_english_model_micro_f1": micro_f1(word_issues, reference_issues)}
        print(lang, result[lang], flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data(CSV_PATH, UHRI_PATH)
    rows = sample(root)
    cache = NpzCache(CACHE)
    embedder = Embedder(cache=cache)
    x = embedder.embed([row["text"] for row in rows])
    cache.save()
    sessions = np.array([int(row["session"]) for row in rows])
    actions = np.array([int(row["action_category"]) for row in rows])
    y_sets = [[label for label in row["issues"].split(";") if label] for row in rows]
    binarizer = MultiLabelBinarizer().fit(y_sets)
    threshold, validation = choose_threshold(x, y_sets, sessions, binarizer)
    train, test = sessions <= 14, sessions >= 15
    action_model = fit_action(x[train], actions[train])
    issues_model = fit_issues(x[train], binarizer.transform([y_sets[i] for i in np.flatnonzero(train)]))
    heads = MultilingualHeads.from_models(action_model, issues_model, list(binarizer.classes_), threshold)
    heads.save(MODELS_DIR)
    heads = MultilingualHeads.load(MODELS_DIR)  # measure the files as shipped
    test_rows = np.flatnonzero(test)
    predicted_action = np.array([p.label for p in heads.predict_action(x[test], [rows[i]["text"] for i in test_rows])])
    predicted_issues = [{s.label for s in found} for found in heads.predict_issues(x[test])]
    result = {
        "date": dt.date.today().isoformat(), "train_rows": int(train.sum()), "test_rows": int(test.sum()),
        "issues_threshold": threshold, "validation_micro_f1_by_threshold": validation,
        "english_test": {
            "action_macro_f1": round(float(f1_score(actions[test], predicted_action, average="macro")), 4),
            "action_accuracy": round(float((predicted_action == actions[test]).mean()), 4),
            "issues_micro_f1": micro_f1(predicted_issues, [set(y_sets[i]) for i in test_rows]),
        },
    }
    print(json.dumps(result), flush=True)
    result["agreement_with_english_original"] = agreement_across_languages(heads, root, embedder)
    cache.save()
    write_json(args.json, result)


if __name__ == "__main__":
    main()
