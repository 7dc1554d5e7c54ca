"""Train the UHRI themes / affected persons / SDG models shipped in src/uprmonitor/classify/models/.

Data (read from ../shared/data, never copied into the repo):
- themes, affected persons: Slovenia cycle-2 thematic list and the Egypt cycle-2 matrix (gold / silver,
  old theme codes mapped through the aliases in uhri_labels.json);
- SDGs: UHRI six-language annotations, split by document `symbol` (sha1 of the symbol: 60 % train,
  20 % validation, 20 % test); the test symbols are never used here;
- all three: a sample of UPR Info's labelled recommendations, carried over through the crosswalk,
  weighted lower than gold rows.
Slovenia cycle 3 is never read: it is the test set of bench/bench_themes.py.

Calibration: the blend weights and threshold of each variant are chosen on held-out predictions
(themes/persons: cross-fitted, Slovenia c2 and Egypt each scored by a model built without it;
SDGs: validation symbols scored by a model built on train symbols); the shipped models are then
refitted on all of that data.

    .venv/bin/python bench/train_themes.py [--upr-info-rows 8000] [--cache PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.classify.themes import MODELS_DIR, LabelModel, Variant, load_label_sets  # noqa: E402

SLOVENIA = "slovenia/thematic-lists/slovenia_c{cycle}_thematic_list.csv"
EGYPT = "ohchr-matrix/egypt-cycle2-matrix-parsed.csv"
UHRI = "multilingual/uhri-6lang/upr_recommendations.jsonl"
UPR_INFO = "upr-info/recommendations_sessions_01-17.csv"
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
TASK_FILES = {"themes": "themes", "affected_persons": "persons", "sdgs": "sdgs"}
CROSSWALK_WEIGHT = 0.3  # a crosswalked UPR Info row is weaker evidence than a gold row
SEED = 0
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*")
_EGYPT_CODE = re.compile(r"(\d+(?:\.\d+)*\.)\s*")


# --- label normalisation ---------------------------------------------------------------------

class LabelIndex:
    """Maps every spelling a source uses (current name, old code, case variant) to one label."""

    def __init__(self, entries: list[dict], unmapped: list[str] = ()):
        self.labels = [entry["label"] for entry in entries]
        self.lookup = {}
        for entry in entries:
            for name in [entry["label"], *entry.get("aliases", [])]:
                self.lookup[self.key(name)] = entry["label"]
        self.unmapped = {self.key(name) for name in unmapped}
        self.unknown: dict[str, int] = {}

    @staticmethod
    def key(name: str) -> str:
        return re.sub(r"\s+", " ", name.replace("–", "-")).strip().casefold()

    def map(self, names: list[str]) -> list[str]:
        found = []
        for name in names:
            key = self.key(name)
            if not key or key == "general" or key in self.unmapped:
                continue
            if key in self.lookup:
                found.append(self.lookup[key])
            else:
                self.unknown[name] = self.unknown.get(name, 0) + 1
        return sorted(set(found))


def sdg_goal_label(name: str, sdg_labels: list[str]) -> str | None:
    """'16.10 - Ensure public access…' or '16 - PEACE, …' -> the goal label '16 - PEACE, …'."""
    match = re.match(r"\s*(\d+)", name)
    if not match or not 1 <= int(match.group(1)) <= len(sdg_labels):
        return None
    return sdg_labels[int(match.group(1)) - 1]


def strip_number(text: str) -> str:
    return _PARAGRAPH_NUMBER.sub("", text).strip()


# --- data sources: lists of {"text", "themes", "affected_persons", "sdgs", "weight", "group"} ----

def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_slovenia(root: Path, cycle: int, index: dict[str, LabelIndex], sdg_labels: list[str]) -> list[dict]:
    rows = []
    for row in read_csv(root / SLOVENIA.format(cycle=cycle)):
        sdgs = [sdg_goal_label(name, sdg_labels) for name in row.get("sdgs", "").split("|") if name.strip()]
        rows.append({"text": row["text"].strip(), "weight": 1.0, "group": f"slovenia-c{cycle}",
                     "themes": index["themes"].map(row["themes"].split("|")),
                     "affected_persons": index["affected_persons"].map(row["affected_persons"].split("|")),
                     "sdgs": sorted({label for label in sdgs if label}) if row.get("sdgs") is not None else None})
    return rows


def split_egypt_themes(field: str) -> list[str]:
    """The parsed matrix glues coded themes together: '12.4. Death penalty15.1. Administration…'."""
    pieces = _EGYPT_CODE.split(field)
    return [f"{code} {name.strip()}" for code, name in zip(pieces[1::2], pieces[2::2], strict=True)]


def load_egypt(root: Path, index: dict[str, LabelIndex]) -> list[dict]:
    rows = []
    for row in read_csv(root / EGYPT):
        persons = [name.strip() for name in row["affected_persons"].split("- ")]
        rows.append({"text": strip_number(row["text"]), "weight": 1.0, "group": "egypt", "sdgs": None,
                     "themes": index["themes"].map(split_egypt_themes(row["themes"])),
                     "affected_persons": index["affected_persons"].map(persons)})
    return rows


def symbol_bucket(symbol: str) -> str:
    """Deterministic split by document: 60 % train, 20 % validation, 20 % test."""
    value = int(hashlib.sha1(symbol.encode()).hexdigest()[:8], 16) % 10
    return "train" if value < 6 else "validation" if value < 8 else "test"


def load_uhri(root: Path, sdg_labels: list[str]) -> list[dict]:
    """One row per recommendation and language; `group` is the symbol's split bucket."""
    rows = []
    for line in (root / UHRI).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        sdgs = sorted({label for label in (sdg_goal_label(name, sdg_labels) for name in record["sdgs"]) if label})
        for language in LANGUAGES:
            if record.get(language):
                rows.append({"text": strip_number(record[language]), "language": language, "weight": 1.0,
                             "group": symbol_bucket(record["symbol"]), "symbol": record["symbol"],
                             "id": record["annotationId"], "sdgs": sdgs, "themes": None, "affected_persons": None})
    return rows


def load_upr_info(root: Path, crosswalk: dict, count: int) -> list[dict]:
    """A seeded sample of UPR Info rows with crosswalked labels (rows whose issues map to nothing are dropped)."""
    rows = []
    for row in read_csv(root / UPR_INFO):
        issues = [name.strip() for name in row["issues"].split(";") if name.strip() in crosswalk]
        labels = {task: sorted({label for issue in issues for label in crosswalk[issue][task]})
                  for task in ("themes", "affected_persons", "sdgs")}
        if any(labels.values()):
            rows.append({"text": row["text"].strip(), "weight": CROSSWALK_WEIGHT, "group": "upr-info", **labels})
    random.Random(SEED).shuffle(rows)
    return rows[:count]


# --- embeddings (cached on disk between runs; the cache is not part of the repo) ---------------

class DiskCache(dict):
    def __init__(self, path: Path | None):
        super().__init__()
        self.path = path
        if path and path.exists():
            with np.load(path) as stored:
                self.update(zip(stored["keys"].tolist(), stored["vectors"], strict=True))

    def save(self) -> None:
        if self.path and self:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, keys=np.array(list(self.keys())), vectors=np.stack(list(self.values())))


def embed_rows(embedder: Embedder, rows: list[dict]) -> np.ndarray:
    return embedder.embed([row["text"] for row in rows])


def description_texts(entries: list[dict]) -> list[str]:
    return [f"{entry['label']}: {entry['description']}" for entry in entries]


# --- fitting ------------------------------------------------------------------------------------

def label_matrix(rows: list[dict], task: str, labels: list[str]) -> np.ndarray:
    column = {label: position for position, label in enumerate(labels)}
    matrix = np.zeros((len(rows), len(labels)), dtype=np.float32)
    for row_number, row in enumerate(rows):
        for label in row[task] or []:
            matrix[row_number, column[label]] = 1.0
    return matrix


def fit_linear(vectors: np.ndarray, targets: np.ndarray, weights: np.ndarray, c: float = 4.0):
    """One weighted logistic regression per label; labels no row carries get a constant 'no'."""
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((targets.shape[1], vectors.shape[1]), dtype=np.float32)
    intercept = np.full(targets.shape[1], -8.0, dtype=np.float32)
    for column in range(targets.shape[1]):
        positives = targets[:, column].sum()
        if positives == 0 or positives == len(targets):
            continue
        model = LogisticRegression(C=c, max_iter=300)
        model.fit(vectors, targets[:, column], sample_weight=weights)
        coef[column], intercept[column] = model.coef_[0], model.intercept_[0]
    return coef, intercept


def build_model(labels: list[str], description_vectors: np.ndarray, fit_vectors: np.ndarray, fit_targets: np.ndarray,
                fit_weights: np.ndarray, bank_vectors: np.ndarray, bank_targets: np.ndarray) -> LabelModel:
    coef, intercept = fit_linear(fit_vectors, fit_targets, fit_weights)
    arrays = {"coef": coef, "intercept": intercept, "descriptions": description_vectors,
              "bank": bank_vectors, "bank_labels": bank_targets}
    return LabelModel(labels, arrays, variants={})


def micro_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    true_positives = float((predicted & gold).sum())
    denominator = float(predicted.sum() + gold.sum())
    return 2 * true_positives / denominator if denominator else 0.0


def best_threshold(scores: np.ndarray, gold: np.ndarray, weights: tuple, min_labels: int) -> tuple[float, float]:
    best = (0.0, 0.5)
    for threshold in np.arange(0.05, 0.951, 0.025):
        variant = Variant(weights, float(threshold), min_labels)
        f1 = micro_f1(LabelModel.decide(scores, variant), gold)
        if f1 > best[0]:
            best = (f1, float(threshold))
    return best


def calibrate(parts: dict[str, np.ndarray], gold: np.ndarray, min_labels: int) -> dict[str, dict]:
    """Per variant, the blend weights and threshold that maximise micro-F1 on held-out predictions."""
    gold = gold.astype(bool)
    grid = {"linear": [(1, 0, 0)], "zero_shot": [(0, 1, 0)], "knn": [(0, 0, 1)],
            "combined": [w for w in itertools.product((0, 0.25, 0.5, 1), repeat=3) if sum(w)]}
    results = {}
    for name, candidates in grid.items():
        best = None
        for weights in candidates:
            scores = LabelModel.blend(parts, Variant(weights, 0.5, min_labels))
            f1, threshold = best_threshold(scores, gold, weights, min_labels)
            if best is None or f1 > best["validation_micro_f1"]:
                best = {"weights": list(weights), "threshold": round(threshold, 3), "min_labels": min_labels,
                        "validation_micro_f1": round(f1, 4)}
        results[name] = best
    return results


def task_matrices(rows_and_vectors, task: str, labels: list[str]):
    rows, vectors = rows_and_vectors
    weights = np.array([row["weight"] for row in rows], dtype=np.float32)
    return vectors, label_matrix(rows, task, labels), weights


def train_task(task: str, entries: list[dict], description_vectors: np.ndarray, folds: list[dict],
               final: dict, min_labels: int, embedder: Embedder) -> tuple[LabelModel, dict]:
    """Cross-fitted calibration, then the shipped model.

    Each fold is {"fit", "bank", "validation"} (each a (rows, vectors) pair): a model is fitted on
    `fit`, votes with `bank`, and scores `validation`; the held-out scores of all folds are pooled
    and the variants calibrated on them. `final` ({"fit", "bank"}) gives the shipped model's data.
    """
    labels = [entry["label"] for entry in entries]
    pooled_parts, pooled_gold = {}, []
    for fold in folds:
        fit_v, fit_y, fit_w = task_matrices(fold["fit"], task, labels)
        bank_v, bank_y, _ = task_matrices(fold["bank"], task, labels)
        val_v, val_y, _ = task_matrices(fold["validation"], task, labels)
        model = build_model(labels, description_vectors, fit_v, fit_y, fit_w, bank_v, bank_y)
        for name, values in model.parts(val_v).items():
            pooled_parts.setdefault(name, []).append(values)
        pooled_gold.append(val_y)
    parts = {name: np.concatenate(values) for name, values in pooled_parts.items()}
    variants = calibrate(parts, np.concatenate(pooled_gold), min_labels)
    fit_v, fit_y, fit_w = task_matrices(final["fit"], task, labels)
    bank_v, bank_y, _ = task_matrices(final["bank"], task, labels)
    shipped = build_model(labels, description_vectors, fit_v, fit_y, fit_w, bank_v, bank_y)
    shipped.variants = {name: Variant.from_dict(value) for name, value in variants.items()}
    shipped.extra = {"embedder": embedder.name, "task": task, "calibration": variants,
                     "training_rows": {"fit": int(len(fit_v)), "bank": int(len(bank_v)),
                                       "calibration": int(sum(len(g) for g in pooled_gold))}}
    return shipped, variants


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upr-info-rows", type=int, default=8000, help="UPR Info rows sampled for the crosswalk")
    parser.add_argument("--cache", default=str(Path(__file__).resolve().parent / "out" / "theme_embeddings.npz"),
                        help="embedding cache file (outside the package)")
    parser.add_argument("--out", default=str(MODELS_DIR))
    args = parser.parse_args()
    started = time.time()
    root = require_shared_data(SLOVENIA.format(cycle=2), EGYPT, UHRI, UPR_INFO)
    label_sets = load_label_sets()
    sdg_labels = [entry["label"] for entry in label_sets["sdgs"]]
    index = {"themes": LabelIndex(label_sets["themes"], label_sets["unmapped_old_themes"]),
             "affected_persons": LabelIndex(label_sets["affected_persons"])}
    slovenia = load_slovenia(root, 2, index, sdg_labels)
    egypt = load_egypt(root, index)
    uhri = load_uhri(root, sdg_labels)
    upr_info = load_upr_info(root, label_sets["upr_info_crosswalk"], args.upr_info_rows)
    for task, label_index in index.items():
        if label_index.unknown:
            print(f"warning: {task} names with no label: {label_index.unknown}")
    cache = DiskCache(Path(args.cache))
    embedder = Embedder(cache=cache)
    print(f"embedding {len(slovenia) + len(egypt) + len(uhri) + len(upr_info)} texts ...", flush=True)
    vectors = {name: embed_rows(embedder, rows) for name, rows in
               (("slovenia", slovenia), ("egypt", egypt), ("uhri", uhri), ("upr_info", upr_info))}
    cache.save()

    def pick(name, rows, keep):
        chosen = [position for position, row in enumerate(rows) if keep(row)]
        return [rows[p] for p in chosen], vectors[name][chosen]

    def join(*pairs):
        return [row for rows, _ in pairs for row in rows], np.concatenate([v for _, v in pairs])

    upr_info_split = pick("upr_info", upr_info, lambda row: True)
    summary = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
               "command": "python bench/train_themes.py " + " ".join(sys.argv[1:]), "seed": SEED,
               "upr_info_rows": len(upr_info), "crosswalk_weight": CROSSWALK_WEIGHT, "tasks": {}}
    slovenia_all, egypt_all = pick("slovenia", slovenia, lambda row: True), pick("egypt", egypt, lambda row: True)
    # Themes and persons: two folds, each gold list held out in turn (different States, years and
    # label conventions, so the calibration sees a realistic shift).
    gold_folds = [{"fit": join(slovenia_all, upr_info_split), "bank": slovenia_all, "validation": egypt_all},
                  {"fit": join(egypt_all, upr_info_split), "bank": egypt_all, "validation": slovenia_all}]
    gold_final = {"fit": join(slovenia_all, egypt_all, upr_info_split), "bank": join(slovenia_all, egypt_all)}
    for task in ("themes", "affected_persons"):
        entries = label_sets[task]
        descriptions = embedder.embed(description_texts(entries))
        # Themes: every recommendation has one. Persons: "general" rows have none.
        model, variants = train_task(task, entries, descriptions, gold_folds, gold_final,
                                     1 if task == "themes" else 0, embedder)
        model.save(TASK_FILES[task], Path(args.out))
        summary["tasks"][task] = variants
    # SDGs: UHRI train symbols -> validation symbols; shipped on train + validation (never test).
    uhri_train = pick("uhri", uhri, lambda row: row["group"] == "train")
    uhri_validation = pick("uhri", uhri, lambda row: row["group"] == "validation")
    uhri_known = join(uhri_train, uhri_validation)
    folds = [{"fit": join(uhri_train, upr_info_split), "bank": uhri_train, "validation": uhri_validation}]
    final = {"fit": join(uhri_known, upr_info_split), "bank": uhri_known}
    descriptions = embedder.embed(description_texts(label_sets["sdgs"]))
    model, variants = train_task("sdgs", label_sets["sdgs"], descriptions, folds, final, 1, embedder)
    model.save(TASK_FILES["sdgs"], Path(args.out))
    summary["tasks"]["sdgs"] = variants
    cache.save()
    summary["seconds"] = round(time.time() - started, 1)
    print(json.dumps(summary, indent=1, ensure_ascii=False))
    (Path(args.out) / "themes_training.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


if __name__ == "__main__":
    main()
