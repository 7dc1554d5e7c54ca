"""Train the shipped action-category and issues classifiers from the UPR Info CSV (reproducible).

    .venv/bin/python bench/train_classifiers.py [--json PATH] [--no-state-split]

Split by session, never by row (near-identical texts repeat across reviews): sessions 1–11 fit a
first model whose scores on sessions 12–14 (validation) set the calibration and the issues
thresholds; the shipped model is then refitted on sessions 1–14 with those settings. Sessions 15–17
are only used to report test figures. A second split holds out whole States under review (a fixed
hash of the name) to show the figures do not hinge on the session split.

Writes src/uprmonitor/classify/models/{action,issues}.{json,npz} and metadata.json.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import platform
import sys
import time
from pathlib import Path

import numpy as np
import scipy
import scipy.sparse as sp
import sklearn
from scipy.optimize import minimize_scalar
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.classify.action import ActionClassifier, softmax  # noqa: E402
from uprmonitor.classify.features import Block, FeatureSpace  # noqa: E402
from uprmonitor.classify.issues import IssuesClassifier, sigmoid  # noqa: E402
from uprmonitor.classify.linear import MODELS_DIR, LinearModel  # noqa: E402

CSV_PATH = "upr-info/recommendations_sessions_01-17.csv"
SEED = 0
ACTION_C = 0.1  # 0.1 / 0.3 / 0.3+balanced / logistic C=20: 0.906 / 0.905 / 0.900 / 0.904 validation macro-F1
ISSUES_C = 0.5
OBJECT_WEIGHT = 0.5
# Largest number of non-zero weights kept per model (smallest |w| pruned) to keep files small.
ACTION_MAX_NONZEROS = 1_000_000
ISSUES_MAX_NONZEROS = 1_500_000
# A label's own threshold is pulled toward the global one with the weight of this many validation
# positives: own thresholds alone overfit (chosen on nested splits of sessions 12-14, see docs/models.md).
THRESHOLD_SHRINKAGE = 100


def action_space() -> FeatureSpace:
    # The verb-object block at half weight: validation macro-F1 0.9057 -> 0.9110 (weights 0.3 / 0.5 / 0.7 / 1:
    # 0.9078 / 0.9110 / 0.9111 / 0.9083), mostly on general vs specific action (see docs/models.md).
    return FeatureSpace([Block("word", 2**18), Block("char", 2**19), Block("cues", 2**12), Block("object", 2**14, OBJECT_WEIGHT)])


def issues_space() -> FeatureSpace:
    # Lead-verb cues help the action category but only add noise to the topics.
    return FeatureSpace([Block("word", 2**18), Block("char", 2**19)])


def load_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


CORRECTIONS_SESSION = "0"  # corrected rows always train (never validation or test sessions)


def correction_rows(url: str) -> list[dict]:
    """One training row per corrected recommendation: its latest action and issues corrections.

    A text corrected in one field only keeps the model's current label for the other, so that
    every row carries both labels.
    """
    from uprmonitor.pipeline import default_labeler
    from uprmonitor.store import Store

    latest: dict[str, dict[str, list[str]]] = {}
    with Store(url) as store:
        for correction in store.corrections():
            if correction.field in ("action_category", "issues"):
                latest.setdefault(correction.text, {})[correction.field] = correction.labels
    rows = []
    for text, fields in latest.items():
        predicted = default_labeler().label_texts([text])[0]
        action = fields.get("action_category") or [predicted["action_category"][0].label]
        issues = fields.get("issues") or [label.label for label in predicted["issues"]]
        rows.append({"text": text, "session": CORRECTIONS_SESSION, "action_category": action[0],
                     "issues": ";".join(issues), "state_under_review": "(corrections)"})
    return rows


def issue_sets(rows: list[dict]) -> list[list[str]]:
    return [[label.strip() for label in row["issues"].split(";") if label.strip()] for row in rows]


def state_holdout(state: str) -> bool:
    """A fixed fifth of the States under review, chosen by a hash of the name."""
    return int(hashlib.sha1(state.encode("utf-8")).hexdigest(), 16) % 5 == 0


# --- fitting -------------------------------------------------------------------------------------

def fit_action(space: FeatureSpace, texts: list[str], labels: np.ndarray) -> LinearModel:
    space.fit(texts)
    svm = LinearSVC(C=ACTION_C, random_state=SEED).fit(space.transform(texts), labels)
    return LinearModel(space, sp.csr_matrix(svm.coef_), svm.intercept_, [int(c) for c in svm.classes_], {})


def fit_issues(space: FeatureSpace, texts: list[str], targets: np.ndarray, names: list[str]) -> LinearModel:
    space.fit(texts)
    ovr = OneVsRestClassifier(LinearSVC(C=ISSUES_C, random_state=SEED), n_jobs=2).fit(space.transform(texts), targets)
    coef = np.vstack([estimator.coef_ for estimator in ovr.estimators_])
    intercept = np.concatenate([estimator.intercept_ for estimator in ovr.estimators_])
    return LinearModel(space, sp.csr_matrix(coef), intercept, names, {})


def prune(model: LinearModel, max_nonzeros: int) -> LinearModel:
    """Keep the `max_nonzeros` largest |weights| (the rest barely move any score)."""
    weights = model.weights.tocsr().copy()
    if weights.nnz > max_nonzeros:
        cutoff = np.partition(np.abs(weights.data), weights.nnz - max_nonzeros)[weights.nnz - max_nonzeros]
        weights.data[np.abs(weights.data) < cutoff] = 0
        weights.eliminate_zeros()
    return LinearModel(model.space, weights, model.intercept, model.labels, model.extra)


def fit_temperature(scores: np.ndarray, labels: np.ndarray, classes: list[int]) -> float:
    """Softmax temperature minimising the log-loss on held-out scores."""
    target = np.searchsorted(classes, labels)

    def log_loss(temperature: float) -> float:
        probabilities = softmax(scores, temperature)
        return float(-np.mean(np.log(probabilities[np.arange(len(target)), target] + 1e-12)))

    return float(minimize_scalar(log_loss, bounds=(0.01, 5.0), method="bounded").x)


def best_threshold(scores: np.ndarray, truth: np.ndarray) -> float:
    grid = np.round(np.arange(-1.0, 0.51, 0.05), 2)
    f1s = [f1_score(truth, scores > t, zero_division=0) for t in grid]
    return float(grid[int(np.argmax(f1s))])


def fit_thresholds(scores: np.ndarray, truth: np.ndarray, shrinkage: float = THRESHOLD_SHRINKAGE) -> tuple[list[float], float]:
    """Per-label thresholds on validation scores, shrunk toward the best global threshold."""
    grid = np.round(np.arange(-1.0, 0.51, 0.05), 2)
    global_threshold = float(grid[int(np.argmax([f1_score(truth, scores > t, average="micro") for t in grid]))])
    thresholds = []
    for j in range(truth.shape[1]):
        positives = float(truth[:, j].sum())
        own = best_threshold(scores[:, j], truth[:, j]) if positives else global_threshold
        shrunk = (positives * own + shrinkage * global_threshold) / (positives + shrinkage) if positives or shrinkage else own
        thresholds.append(round(shrunk, 4))
    return thresholds, global_threshold


def fit_slope(scores: np.ndarray, truth: np.ndarray, thresholds: list[float]) -> float:
    """One Platt slope a for p = sigmoid(a · (score − threshold)), by held-out log-loss."""
    margins = (scores - np.asarray(thresholds)).ravel()
    truth = truth.ravel()

    def log_loss(slope: float) -> float:
        p = np.clip(sigmoid(slope * margins), 1e-9, 1 - 1e-9)
        return float(-np.mean(truth * np.log(p) + (1 - truth) * np.log(1 - p)))

    return float(minimize_scalar(log_loss, bounds=(0.1, 20.0), method="bounded").x)


# --- evaluation ----------------------------------------------------------------------------------

def action_metrics(truth: np.ndarray, predicted: np.ndarray) -> dict:
    return {"macro_f1": round(float(f1_score(truth, predicted, average="macro")), 4),
            "accuracy": round(float(np.mean(truth == predicted)), 4), "n": int(len(truth))}


def issues_metrics(truth: np.ndarray, predicted: np.ndarray) -> dict:
    return {"micro_f1": round(float(f1_score(truth, predicted, average="micro")), 4),
            "macro_f1": round(float(f1_score(truth, predicted, average="macro", zero_division=0)), 4),
            "n": int(len(truth))}


def decide_issues(scores: np.ndarray, thresholds) -> np.ndarray:
    chosen = scores >= np.asarray(thresholds)
    empty = ~chosen.any(axis=1)
    chosen[np.where(empty)[0], scores[empty].argmax(axis=1)] = True
    return chosen


# --- the two recipes -----------------------------------------------------------------------------

def train_action(texts, labels, sessions, log) -> tuple[LinearModel, dict]:
    fit, validation, train = sessions <= 11, (sessions >= 12) & (sessions <= 14), sessions <= 14
    first = fit_action(action_space(), pick(texts, fit), labels[fit])
    validation_scores = first.scores(pick(texts, validation))
    temperature = fit_temperature(validation_scores, labels[validation], first.labels)
    log(f"action: validation macro-F1 {action_metrics(labels[validation], np.asarray(first.labels)[validation_scores.argmax(1)])}"
        f", temperature {temperature:.3f}")
    full = fit_action(action_space(), pick(texts, train), labels[train])
    model = prune(full, ACTION_MAX_NONZEROS)
    model.extra = {"temperature": temperature, "C": ACTION_C}
    test = sessions >= 15
    unpruned = np.asarray(full.labels)[full.scores(pick(texts, test)).argmax(1)]
    return model, {"temperature": temperature, "nonzeros_before_pruning": int(full.weights.nnz),
                   "nonzeros": int(model.weights.nnz),
                   "test_float32_unpruned": action_metrics(labels[test], unpruned)}


def train_issues(texts, targets, names, sessions, log) -> tuple[LinearModel, dict]:
    fit, validation, train = sessions <= 11, (sessions >= 12) & (sessions <= 14), sessions <= 14
    first = fit_issues(issues_space(), pick(texts, fit), targets[fit], names)
    validation_scores = first.scores(pick(texts, validation))
    thresholds, global_threshold = fit_thresholds(validation_scores, targets[validation])
    own_thresholds = fit_thresholds(validation_scores, targets[validation], shrinkage=0)[0]
    slope = fit_slope(validation_scores, targets[validation], thresholds)
    log(f"issues: validation {issues_metrics(targets[validation], decide_issues(validation_scores, thresholds))}, "
        f"global threshold {global_threshold}, slope {slope:.3f}")
    full = fit_issues(issues_space(), pick(texts, train), targets[train], names)
    model = prune(full, ISSUES_MAX_NONZEROS)
    model.extra = {"thresholds": thresholds, "slope": slope, "C": ISSUES_C}
    test = sessions >= 15
    test_scores = full.scores(pick(texts, test))
    return model, {"global_threshold": global_threshold, "slope": slope,
                   "nonzeros_before_pruning": int(full.weights.nnz), "nonzeros": int(model.weights.nnz),
                   "test_float32_unpruned": issues_metrics(targets[test], decide_issues(test_scores, thresholds)),
                   "test_float32_unpruned_global_threshold": issues_metrics(
                       targets[test], decide_issues(test_scores, np.full(len(names), global_threshold))),
                   "test_float32_unpruned_own_thresholds": issues_metrics(
                       targets[test], decide_issues(test_scores, own_thresholds))}


def state_split_metrics(texts, labels, targets, names, states, log) -> dict:
    """Same recipe (0-thresholds, no calibration needed for F1), holding out a fifth of the States."""
    held_out = np.array([state_holdout(state) for state in states])
    kept = ~held_out
    action = fit_action(action_space(), pick(texts, kept), labels[kept])
    action_predicted = np.asarray(action.labels)[action.scores(pick(texts, held_out)).argmax(1)]
    issues = fit_issues(issues_space(), pick(texts, kept), targets[kept], names)
    issues_predicted = decide_issues(issues.scores(pick(texts, held_out)), np.zeros(len(names)))
    result = {"held_out_states": int(len(set(np.asarray(states)[held_out]))), "held_out_rows": int(held_out.sum()),
              "action": action_metrics(labels[held_out], action_predicted),
              "issues_threshold_0": issues_metrics(targets[held_out], issues_predicted)}
    log(f"state split: {result}")
    return result


def pick(texts: list[str], mask: np.ndarray) -> list[str]:
    return [texts[i] for i in np.where(mask)[0]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="also write the training report here")
    parser.add_argument("--no-state-split", action="store_true", help="skip the held-out-States evaluation")
    parser.add_argument("--out", default=str(MODELS_DIR), help="model directory (default: the shipped one)")
    parser.add_argument("--corrections", metavar="DB",
                        help="also train on the label corrections users made in this store (URL or SQLite path)")
    args = parser.parse_args(argv)
    data = require_shared_data(CSV_PATH) / CSV_PATH
    started = time.time()

    def log(message: str) -> None:
        print(f"[{time.time() - started:6.1f}s] {message}", flush=True)

    rows = load_rows(data)
    if args.corrections:
        corrected = correction_rows(args.corrections)
        log(f"{len(corrected)} corrected recommendations from {args.corrections} join the training sessions")
        rows += corrected
    texts = [row["text"] for row in rows]
    sessions = np.array([int(row["session"]) for row in rows])
    labels = np.array([int(row["action_category"]) for row in rows])
    binarizer = MultiLabelBinarizer()
    targets = binarizer.fit_transform(issue_sets(rows))
    names = [str(name) for name in binarizer.classes_]
    log(f"{len(rows)} rows, {len(names)} issue labels")

    out = Path(args.out)
    action, action_info = train_action(texts, labels, sessions, log)
    issues, issues_info = train_issues(texts, targets, names, sessions, log)
    files = action.save("action", out) + issues.save("issues", out)

    # Test figures from the files as shipped (float16, pruned), reloaded from disk.
    test = sessions >= 15
    test_texts = pick(texts, test)
    action_predicted = np.array([p.label for p in ActionClassifier.load(out).predict(test_texts, evidence=False)])
    shipped_issues = IssuesClassifier.load(out)
    issues_predicted = shipped_issues.decide(shipped_issues.probabilities(test_texts))
    report = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": "python " + " ".join(["bench/train_classifiers.py", *(argv if argv is not None else sys.argv[1:])]),
        "data": {"file": CSV_PATH, "rows": len(rows), "sha1": hashlib.sha1(data.read_bytes()).hexdigest()},
        "split": {"fit": "sessions 1-11", "validation": "sessions 12-14 (calibration, thresholds)",
                  "final_train": "sessions 1-14", "test": "sessions 15-17"},
        "versions": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
                     "scikit-learn": sklearn.__version__},
        "seed": SEED,
        "action": {**action_info, "test": action_metrics(labels[test], action_predicted)},
        "issues": {**issues_info, "test": issues_metrics(targets[test], issues_predicted)},
        "files": {path.name: path.stat().st_size for path in files},
    }
    log(f"test (shipped files): action {report['action']['test']}, issues {report['issues']['test']}")
    if not args.no_state_split:
        report["state_split"] = state_split_metrics(texts, labels, targets, names, [r["state_under_review"] for r in rows], log)
    report["seconds"] = round(time.time() - started, 1)
    write_json(out / "metadata.json", report)
    write_json(args.json, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
