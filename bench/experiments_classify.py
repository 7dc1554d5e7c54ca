"""Re-run the classifier experiments of docs/models.md ("second round") on the UPR Info CSV.

    .venv/bin/python bench/experiments_classify.py EXPERIMENT [--json PATH]

EXPERIMENT is one of:
  action-features  the verb-object block (shipped) and the feature ideas that did not help     (~1.5 min)
  action-learners  other learners and score averages on the shipped action features           (~3 min)
  stacking         second-level models over out-of-fold scores, action and issues             (~10 min)
  cleaning         majority labels for identical training texts                                (~2 min)
  issues-options   per-label C, rare-label weights, rank decisions, word 1-3 grams             (~6.5 min)

Every figure is measured twice: fit on sessions 1-11, scored on 12-14 (validation, where choices are
made) and fit on 1-14, scored on 15-17 (test). Out-of-fold scores come from a 5-fold GroupKFold by
session inside the fitting sessions. Nothing here writes model files; bench/train_classifiers.py does.
Run it with `nice -n 10` next to other jobs (it uses both cores for the issues models).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import MultiLabelBinarizer, normalize
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from train_classifiers import (  # noqa: E402
    ACTION_C,
    CSV_PATH,
    ISSUES_C,
    SEED,
    action_space,
    decide_issues,
    fit_thresholds,
    issue_sets,
    issues_space,
    load_rows,
)
from uprmonitor.classify.features import clean, object_tokens, words  # noqa: E402

SPLITS = ("validation", "test")
RARE_POSITIVES = 300  # "rare" issue labels: fewer training positives than this


# --- data and features ---------------------------------------------------------------------------

class Data:
    def __init__(self, path: Path):
        rows = load_rows(path)
        self.cleaned = [clean(row["text"]) for row in rows]
        self.sessions = np.array([int(row["session"]) for row in rows])
        self.actions = np.array([int(row["action_category"]) for row in rows])
        binarizer = MultiLabelBinarizer()
        self.issues = binarizer.fit_transform(issue_sets(rows))

    def split(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Row indices (fit, scored) of the validation or the test split."""
        if name == "validation":
            return np.where(self.sessions <= 11)[0], np.where((self.sessions >= 12) & (self.sessions <= 14))[0]
        return np.where(self.sessions <= 14)[0], np.where(self.sessions >= 15)[0]

    def texts(self, index: np.ndarray) -> list[str]:
        return [self.cleaned[i] for i in index]


def space_matrices(space, fit_texts: list[str], scored_texts: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """A FeatureSpace of train_classifiers, fitted on `fit_texts` (texts are cleaned already: clean is idempotent)."""
    space.fit(fit_texts)
    return space.transform(fit_texts), space.transform(scored_texts)


def hashed_block(analyzer, fit_texts, scored_texts, n_features=2**14, weight=1.0) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """An extra block built like the shipped ones: hashed counts, sublinear tf × smooth idf, l2, × weight."""
    vectorizer = HashingVectorizer(analyzer=analyzer, n_features=n_features, alternate_sign=False, norm=None,
                                   dtype=np.float32, lowercase=False)
    fit, scored = vectorizer.transform(fit_texts).tocsr(), vectorizer.transform(scored_texts).tocsr()
    document_frequency = np.bincount(fit.indices, minlength=n_features)
    idf = (np.log((1 + fit.shape[0]) / (1 + document_frequency)) + 1).astype(np.float32)
    for matrix in (fit, scored):
        matrix.data = (1 + np.log(matrix.data)) * idf[matrix.indices]
    return normalize(fit) * weight, normalize(scored) * weight


def without_object_block(fit: sp.csr_matrix, scored: sp.csr_matrix) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The shipped action matrices minus their last (verb-object) block: the starting point of the experiments."""
    width = fit.shape[1] - action_space().blocks[-1].n_features
    return fit[:, :width], scored[:, :width]


def hstack(*pairs) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    return (sp.hstack([p[0] for p in pairs], format="csr"), sp.hstack([p[1] for p in pairs], format="csr"))


# Experimental pseudo-words (the shipped verb-object tokens live in uprmonitor.classify.features).
_CLAUSE_END = re.compile(r",|;|:|\bin order to\b|\bwith a view to\b|\bso as to\b|\bso that\b", re.IGNORECASE)
_SECOND_ACTION_MARKERS = {"to", "by", "through", "including", "and", "also", "via", "notably", "particularly", "especially"}
_SKIPPED = {"the", "a", "an", "its", "their", "all", "inter", "alia", "means", "of", "way", "ways", "also", "further",
            "effectively", "fully", "promptly", "immediately", "swiftly", "urgently"}


def lead45_tokens(text: str) -> list[str]:
    tokens = words(text)
    return [f"lead{n}=" + "_".join(tokens[:n]) for n in (4, 5) if len(tokens) >= n]


def first_clause_tokens(text: str) -> list[str]:
    first = words(_CLAUSE_END.split(text, maxsplit=1)[0])
    whole = "fc_all" if len(first) == len(words(text)) else "fc_part"
    return [f"fc={word}" for word in sorted(set(first))] + [f"fclen={min(len(first) // 4, 8)}", whole]


def _stem(word: str) -> str:
    for suffix in ("ing", "ation", "ion", "ment", "s", "e", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def second_action_tokens(text: str) -> list[str]:
    """The word after "to / by / through / including / and ..." (the second action) and the pair it starts."""
    tokens, found = words(text), []
    for i in range(1, len(tokens) - 1):
        if tokens[i] in _SECOND_ACTION_MARKERS:
            following = [t for t in tokens[i + 1:i + 6] if t not in _SKIPPED]
            if following:
                found.append(f"act={_stem(following[0])}")
            if len(following) > 1:
                found.append(f"act2={_stem(following[0])}_{_stem(following[1])}")
    return found


# --- metrics and decisions -----------------------------------------------------------------------

def action_figures(truth: np.ndarray, predicted: np.ndarray) -> dict:
    per_class = f1_score(truth, predicted, labels=[1, 2, 3, 4, 5], average=None)
    return {"macro_f1": round(float(per_class.mean()), 4), "accuracy": round(float(np.mean(truth == predicted)), 4),
            "f1_class_1_4_5": [round(float(per_class[i]), 3) for i in (0, 3, 4)]}


def issues_figures(truth: np.ndarray, chosen: np.ndarray) -> dict:
    return {"micro_f1": round(float(f1_score(truth, chosen, average="micro")), 4),
            "macro_f1": round(float(f1_score(truth, chosen, average="macro", zero_division=0)), 4)}


def z_scores(scores: np.ndarray) -> np.ndarray:
    return (scores - scores.mean()) / scores.std()


def best_global_threshold(scores: np.ndarray, truth: np.ndarray, grid: np.ndarray) -> float:
    f1s = [f1_score(truth, decide_issues(scores, np.full(scores.shape[1], t)), average="micro") for t in grid]
    return float(grid[int(np.argmax(f1s))])


# --- fitting -------------------------------------------------------------------------------------

def action_svm(fit: sp.csr_matrix, labels: np.ndarray, c: float = ACTION_C) -> LinearSVC:
    return LinearSVC(C=c, random_state=SEED).fit(fit, labels)


def _binary_scores(fit, target, scored, c, positive_weight, learner) -> np.ndarray:
    if learner == "logistic":
        model = LogisticRegression(C=10, solver="liblinear").fit(fit, target)
    else:
        model = LinearSVC(C=c, random_state=SEED, class_weight={0: 1.0, 1: positive_weight}).fit(fit, target)
    return model.decision_function(scored)


def issues_scores(fit, targets, scored, c=ISSUES_C, positive_weights=None, learner="svm") -> np.ndarray:
    """One binary model per label (both cores), decision values of `scored`."""
    weights = positive_weights if positive_weights is not None else np.ones(targets.shape[1])
    columns = Parallel(n_jobs=2)(delayed(_binary_scores)(fit, targets[:, j], scored, c, weights[j], learner)
                                 for j in range(targets.shape[1]))
    return np.stack(columns, axis=1).astype(np.float32)


def out_of_fold(fit, labels, groups, fit_and_score) -> np.ndarray:
    """Scores of every fitting row from a model that did not see its session (5-fold GroupKFold)."""
    parts = {}
    for train, held in GroupKFold(n_splits=5).split(fit, labels, groups):
        parts.update(zip(held.tolist(), fit_and_score(fit[train], labels[train], fit[held]), strict=True))
    return np.stack([parts[i] for i in range(fit.shape[0])])


# --- experiments ---------------------------------------------------------------------------------

def action_features(data: Data, split: str, log) -> dict:
    """Feature blocks added to the action model (each variant a LinearSVC C=0.1, as shipped)."""
    fit_rows, scored_rows = data.split(split)
    fit_texts, scored_texts = data.texts(fit_rows), data.texts(scored_rows)
    shipped = space_matrices(action_space(), fit_texts, scored_texts)
    start = without_object_block(*shipped)
    object_weights = {w: hashed_block(object_tokens, fit_texts, scored_texts, weight=w) for w in (0.3, 0.7, 1.0)}
    variants = {
        "without verb-object block": start,
        "shipped (verb-object block, weight 0.5)": shipped,
        **{f"verb-object block weight {w}": hstack(start, block) for w, block in object_weights.items()},
        "+ lead4/lead5": hstack(start, hashed_block(lead45_tokens, fit_texts, scored_texts)),
        "+ first clause": hstack(start, hashed_block(first_clause_tokens, fit_texts, scored_texts)),
        "shipped + first clause": hstack(shipped, hashed_block(first_clause_tokens, fit_texts, scored_texts, weight=0.5)),
        "shipped + second action": hstack(shipped, hashed_block(second_action_tokens, fit_texts, scored_texts, weight=0.5)),
    }
    truth, results = data.actions[scored_rows], {}
    for name, (fit, scored) in variants.items():
        results[name] = action_figures(truth, action_svm(fit, data.actions[fit_rows]).predict(scored))
        log(f"{split} {name}: {results[name]}")
    return results


def action_learners(data: Data, split: str, log) -> dict:
    fit_rows, scored_rows = data.split(split)
    fit, scored = space_matrices(action_space(), data.texts(fit_rows), data.texts(scored_rows))
    labels, truth, results = data.actions[fit_rows], data.actions[scored_rows], {}
    svm = action_svm(fit, labels)
    classes, svm_scores = svm.classes_, svm.decision_function(scored)
    logistic_scores = LogisticRegression(C=20, max_iter=300).fit(fit, labels).decision_function(scored)
    nbsvm_scores = _nbsvm_scores(fit, labels, scored, classes)
    predictions = {
        "LinearSVC C=0.1 (shipped)": classes[svm_scores.argmax(1)],
        **{f"SGD modified_huber alpha={alpha}": SGDClassifier(loss="modified_huber", alpha=alpha, random_state=SEED,
                                                              max_iter=50, tol=1e-4).fit(fit, labels).predict(scored)
           for alpha in (1e-5, 3e-5)},
        "LogisticRegression C=20": classes[logistic_scores.argmax(1)],
        "NB-SVM": classes[nbsvm_scores.argmax(1)],
        **{f"SVC + LR (LR weight {w})": classes[((1 - w) * z_scores(svm_scores) + w * z_scores(logistic_scores)).argmax(1)]
           for w in (0.3, 0.5)},
        "SVC + NB-SVM": classes[(z_scores(svm_scores) + z_scores(nbsvm_scores)).argmax(1)],
    }
    for name, predicted in predictions.items():
        results[name] = action_figures(truth, predicted)
        log(f"{split} {name}: {results[name]}")
    return results


def _nbsvm_scores(fit, labels, scored, classes) -> np.ndarray:
    """Per class, columns scaled by the log-count ratio of the class vs the rest, then a binary SVM."""
    columns = []
    for label in classes:
        positive = np.asarray(fit[labels == label].sum(0)).ravel() + 1.0
        negative = np.asarray(fit[labels != label].sum(0)).ravel() + 1.0
        scale = sp.diags(np.log((positive / positive.sum()) / (negative / negative.sum())).astype(np.float32))
        model = LinearSVC(C=ACTION_C, random_state=SEED).fit(fit @ scale, (labels == label).astype(int))
        columns.append(model.decision_function(scored @ scale))
    return np.stack(columns, axis=1)


def stacking(data: Data, split: str, log) -> dict:
    fit_rows, scored_rows = data.split(split)
    groups = data.sessions[fit_rows]
    action_fit, action_scored = space_matrices(action_space(), data.texts(fit_rows), data.texts(scored_rows))
    issues_fit, issues_scored = space_matrices(issues_space(), data.texts(fit_rows), data.texts(scored_rows))
    labels, targets = data.actions[fit_rows], data.issues[fit_rows]
    action_oof = out_of_fold(action_fit, labels, groups, lambda f, y, s: action_svm(f, y).decision_function(s))
    issues_oof = out_of_fold(issues_fit, targets, groups, issues_scores)
    log(f"{split}: out-of-fold scores done")
    action_now = action_svm(action_fit, labels).decision_function(action_scored)
    issues_now = issues_scores(issues_fit, targets, issues_scored)
    truth, results = data.actions[scored_rows], {}
    results["action, first level"] = action_figures(truth, np.array([1, 2, 3, 4, 5])[action_now.argmax(1)])
    for name, train, apply in (("action, LR over action scores", action_oof, action_now),
                               ("action, LR over action + issues scores", np.hstack([action_oof, issues_oof]),
                                np.hstack([action_now, issues_now]))):
        results[name] = action_figures(truth, LogisticRegression(C=1.0, max_iter=2000).fit(train, labels).predict(apply))
    boosted = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, random_state=SEED,
                                             early_stopping=False).fit(action_oof, labels)
    results["action, gradient boosting over action scores"] = action_figures(truth, boosted.predict(action_now))
    results.update(_issues_stacks(issues_oof, issues_now, targets, data.issues[scored_rows]))
    for name, figures in results.items():
        log(f"{split} {name}: {figures}")
    return results


def _issues_stacks(oof, now, targets, truth) -> dict:
    """Issues decided at one global threshold: first level vs per-label LR over all 54 scores / own + co-occurrence."""
    shifted_oof, shifted_now = np.maximum(oof + 0.35, 0), np.maximum(now + 0.35, 0)
    all_scores, own_and_others = np.zeros_like(now), np.zeros_like(now)
    for j in range(targets.shape[1]):
        all_scores[:, j] = LogisticRegression(C=1.0, max_iter=1000).fit(oof, targets[:, j]).decision_function(now)
        model = LogisticRegression(C=1.0, max_iter=1000).fit(np.hstack([oof[:, [j]], shifted_oof]), targets[:, j])
        own_and_others[:, j] = model.decision_function(np.hstack([now[:, [j]], shifted_now]))
    # Thresholds at their best on these scores (an optimistic view, the same for all three).
    results = {}
    for name, scores, grid in (("issues, first level", now, np.arange(-1.0, 0.51, 0.05)),
                               ("issues, LR over the 54 scores", all_scores, np.arange(-3.0, 1.01, 0.1)),
                               ("issues, LR over own score + the others' positive parts", own_and_others,
                                np.arange(-3.0, 1.01, 0.1))):
        threshold = best_global_threshold(scores, truth, np.round(grid, 2))
        results[name] = {**issues_figures(truth, decide_issues(scores, np.full(scores.shape[1], threshold))),
                         "threshold": threshold}
    return results


def cleaning(data: Data, split: str, log) -> dict:
    fit_rows, scored_rows = data.split(split)
    labels, targets = _majority_labels(data, fit_rows)
    action_fit, action_scored = space_matrices(action_space(), data.texts(fit_rows), data.texts(scored_rows))
    issues_fit, issues_scored = space_matrices(issues_space(), data.texts(fit_rows), data.texts(scored_rows))
    results = {"changed_action_labels": int((labels != data.actions[fit_rows]).sum()),
               "changed_issue_rows": int((targets != data.issues[fit_rows]).any(1).sum())}
    for name, (y, t) in (("original", (data.actions[fit_rows], data.issues[fit_rows])), ("majority", (labels, targets))):
        predicted = action_svm(action_fit, y).predict(action_scored)
        chosen = decide_issues(issues_scores(issues_fit, t, issues_scored), np.full(t.shape[1], -0.35))
        results[name] = {"action": action_figures(data.actions[scored_rows], predicted),
                         "issues_threshold_-0.35": issues_figures(data.issues[scored_rows], chosen)}
        log(f"{split} {name} labels: {results[name]}")
    return results


def _majority_labels(data: Data, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Labels of `rows`, where identical normalised texts take their group's majority labels."""
    groups: dict[str, list[int]] = defaultdict(list)
    for position, row in enumerate(rows):
        groups[" ".join(words(data.cleaned[row]))].append(position)
    labels, targets = data.actions[rows].copy(), data.issues[rows].copy()
    for members in (m for m in groups.values() if len(m) > 1):
        labels[members] = Counter(labels[members]).most_common(1)[0][0]
        targets[members] = (data.issues[rows][members].mean(0) > 0.5).astype(targets.dtype)
    return labels, targets


def issues_options(data: Data, log) -> dict:
    """Variants are chosen on validation and the same choices applied to test (thresholds as shipped)."""
    scores = {}
    for split in SPLITS:
        fit_rows, scored_rows = data.split(split)
        fit, scored = space_matrices(issues_space(), data.texts(fit_rows), data.texts(scored_rows))
        targets, positives = data.issues[fit_rows], data.issues[fit_rows].sum(0)
        scores[split] = {f"C={c}": issues_scores(fit, targets, scored, c=c) for c in (0.25, ISSUES_C, 1.0, 2.0)}
        for weight in (2.0, 3.0):
            scores[split][f"rare labels weight {weight}"] = issues_scores(
                fit, targets, scored, positive_weights=np.where(positives < RARE_POSITIVES, weight, 1.0))
        # word 1-3 grams (2^19) in place of the word 1-2 block; the char block is the shipped one
        word_analyzer = HashingVectorizer(analyzer="word", ngram_range=(1, 3), token_pattern=r"(?u)\b\w+\b").build_analyzer()
        words13 = hashed_block(word_analyzer, data.texts(fit_rows), data.texts(scored_rows), n_features=2**19)
        char_columns = slice(issues_space().blocks[0].n_features, fit.shape[1])
        scores[split]["word 1-3 grams"] = issues_scores(sp.hstack([words13[0], fit[:, char_columns]], format="csr"), targets,
                                                        sp.hstack([words13[1], scored[:, char_columns]], format="csr"))
        log(f"{split}: issues variants fitted")
    truth = {split: data.issues[data.split(split)[1]] for split in SPLITS}
    results = {}
    for name in scores["validation"]:
        thresholds = fit_thresholds(scores["validation"][name], truth["validation"])[0]
        results[name] = {split: issues_figures(truth[split], decide_issues(scores[split][name], thresholds))
                         for split in SPLITS}
        log(f"{name}: {results[name]}")
    results["per-label C chosen on validation"] = _per_label_c(scores, truth)
    results["rank decisions"] = _rank_decisions(scores, truth)
    log(f"per-label C: {results['per-label C chosen on validation']}; rank: {results['rank decisions']}")
    return results


def _per_label_c(scores: dict, truth: dict) -> dict:
    """Each label takes the C whose validation F1 (at its shrunk threshold) is best."""
    names = [f"C={c}" for c in (0.25, ISSUES_C, 1.0, 2.0)]
    thresholds = {name: np.asarray(fit_thresholds(scores["validation"][name], truth["validation"])[0]) for name in names}
    chosen = []
    for j in range(truth["validation"].shape[1]):
        f1s = [f1_score(truth["validation"][:, j], scores["validation"][name][:, j] >= thresholds[name][j], zero_division=0)
               for name in names]
        chosen.append(names[int(np.argmax(f1s))])
    combined_thresholds = np.array([thresholds[name][j] for j, name in enumerate(chosen)])
    results = {"choices": dict(Counter(chosen))}
    for split in SPLITS:
        combined = np.stack([scores[split][name][:, j] for j, name in enumerate(chosen)], axis=1)
        results[split] = issues_figures(truth[split], decide_issues(combined, combined_thresholds))
    return results


def decide_by_rank(scores: np.ndarray, threshold: float, low: float, gap: float, top: int) -> np.ndarray:
    """A label at >= threshold, or at >= low within `gap` of the text's best score and among its `top` best."""
    rank = np.argsort(np.argsort(-scores, axis=1), axis=1)
    best = scores.max(axis=1, keepdims=True)
    return (scores >= threshold) | ((scores >= low) & (best - scores <= gap) & (rank < top)) | (rank == 0)


def _rank_decisions(scores: dict, truth: dict) -> dict:
    shipped = {split: scores[split][f"C={ISSUES_C}"] for split in SPLITS}
    grid = itertools.product([-0.35, -0.3, -0.25, -0.2, -0.1], [-0.8, -0.7, -0.6, -0.5, -0.4], [0.2, 0.4, 0.6, 1.0], [2, 3])
    best = max(grid, key=lambda p: f1_score(truth["validation"], decide_by_rank(shipped["validation"], *p), average="micro"))
    results = {"setting (threshold, low, gap, top)": list(best)}
    for split in SPLITS:
        results[split] = issues_figures(truth[split], decide_by_rank(shipped[split], *best))
        results[split + " global threshold -0.35"] = issues_figures(
            truth[split], decide_issues(shipped[split], np.full(shipped[split].shape[1], -0.35)))
    return results


EXPERIMENTS = {"action-features": action_features, "action-learners": action_learners, "stacking": stacking,
               "cleaning": cleaning}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("experiment", choices=[*EXPERIMENTS, "issues-options"])
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)
    data = Data(require_shared_data(CSV_PATH) / CSV_PATH)
    started = time.time()

    def log(message: str) -> None:
        print(f"[{time.time() - started:6.1f}s] {message}", flush=True)

    if args.experiment == "issues-options":
        results = issues_options(data, log)
    else:
        results = {split: EXPERIMENTS[args.experiment](data, split, log) for split in SPLITS}
    write_json(args.json, {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                           "command": "python bench/experiments_classify.py " + " ".join(argv or sys.argv[1:]),
                           "experiment": args.experiment, "results": results,
                           "seconds": round(time.time() - started, 1)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
