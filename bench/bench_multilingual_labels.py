"""Action category and UPR Info issues of recommendations in French, Spanish, Russian, Arabic and Chinese.

Action: the multilingual head alone, and fused with the English action model reading the text with its
leading verb said in English (`classify/leads.py`). Issues: the head alone, and fused with the English issues
model reading the English words of the text's words (`classify/lexicon.py`, trained by bench/train_lexicon.py
on the dev half only).

Data: `multilingual/uhri-6lang/upr_recommendations.jsonl`, 432 UN recommendations in the six languages. The
reference is the English word models' answer for the English original (uhri-6lang has no UPR Info labels).
Records are split by UN symbol (SHA-1 even = dev, odd = test): the action weight is chosen here on dev,
pooled over the five languages; the lead tables were written from the UN's usual wording and completed
from dev failures only. Test figures are the ones to quote.

    .venv/bin/python bench/bench_multilingual_labels.py [--json bench/out/multilingual_labels.json]
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
from uprmonitor.classify.action import ActionClassifier  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.classify.issues import IssuesClassifier  # noqa: E402
from uprmonitor.classify.leads import english_lead  # noqa: E402
from uprmonitor.classify.lexicon import shipped_lexicon  # noqa: E402
from uprmonitor.classify.multilingual import LEAD_WEIGHT, shipped_heads  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import normalise_text  # noqa: E402

UHRI = "multilingual/uhri-6lang/upr_recommendations.jsonl"
CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
WEIGHTS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)


def is_dev(symbol: str) -> bool:
    return int(hashlib.sha1(symbol.encode()).hexdigest(), 16) % 2 == 0


def issues_micro_f1(predicted: list[set[str]], reference: list[set[str]]) -> float:
    hits = sum(len(p & r) for p, r in zip(predicted, reference, strict=True))
    wrong = sum(len(p - r) for p, r in zip(predicted, reference, strict=True))
    missed = sum(len(r - p) for p, r in zip(predicted, reference, strict=True))
    return round(2 * hits / max(2 * hits + wrong + missed, 1), 4)


def fused_issues(texts, language, vectors, heads, issues, lexicon) -> list[set[str]]:
    found = heads.predict_issues(vectors, texts, issues, [language] * len(texts), lexicon)
    return [{score.label for score in labels} for labels in found]


def fused_actions(head: np.ndarray, english: np.ndarray, known: np.ndarray, weight: float, classes) -> np.ndarray:
    probabilities = np.where(known[:, None], weight * english + (1 - weight) * head, head)
    return np.array([classes[i] for i in probabilities.argmax(axis=1)])


def action_run(texts, lang, embedder, action, heads) -> dict:
    leads = [english_lead(text, lang) for text in texts]
    english = action.probabilities([lead.text if lead else text for lead, text in zip(leads, texts, strict=True)])
    return {"known": np.array([lead is not None for lead in leads]), "head": heads.action_probabilities(
        embedder.embed(texts)), "english": english}


def action_agreement(run: dict, reference: np.ndarray, rows: np.ndarray, weight: float, classes) -> float:
    labels = fused_actions(run["head"][rows], run["english"][rows], run["known"][rows], weight, classes)
    return round(float((labels == reference[rows]).mean()), 4)


def issues_row(texts, lang, rows, embedder, heads, issues, lexicon, reference) -> dict:
    chosen = [texts[i] for i in rows]
    vectors = embedder.embed(chosen)
    gold = [reference[i] for i in rows]
    head = fused_issues(chosen, lang, vectors, heads, None, None)
    fused = fused_issues(chosen, lang, vectors, heads, issues, lexicon)
    covered = np.mean([bool(lexicon.pairs(text, lang)) for text in chosen])
    return {"head": issues_micro_f1(head, gold), "fused": issues_micro_f1(fused, gold),
            "texts_with_known_words": round(float(covered), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data(UHRI)
    records = [json.loads(line) for line in (root / UHRI).open(encoding="utf-8")]
    started = time.perf_counter()
    cache = NpzCache(CACHE)
    embedder, action, issues = Embedder(cache=cache), ActionClassifier.load(), IssuesClassifier.load()
    heads, lexicon = shipped_heads(), shipped_lexicon()
    english = [normalise_text(r["en"]) for r in records]
    action_reference = np.array([p.label for p in action.predict(english, evidence=False)])
    issues_reference = [{s.label for s in found} for found in issues.predict(english)]
    texts = {lang: [normalise_text(r[lang]) for r in records] for lang in LANGUAGES}
    runs = {lang: action_run(texts[lang], lang, embedder, action, heads) for lang in LANGUAGES}
    cache.save()
    dev = np.array([i for i, r in enumerate(records) if is_dev(r["symbol"])])
    test = np.array([i for i, r in enumerate(records) if not is_dev(r["symbol"])])
    classes = heads.action_classes
    pooled = {w: round(float(np.mean([action_agreement(runs[lang], action_reference, dev, w, classes)
                                      for lang in LANGUAGES])), 4) for w in WEIGHTS}
    result = {"records": len(records), "dev": len(dev), "test": len(test),
              "action": {"dev_pooled_by_weight": pooled, "best_dev_weight": max(pooled, key=pooled.get),
                         "shipped_weight": LEAD_WEIGHT, "languages": {}},
              "issues": {"lexicon_weight": lexicon.weight, "languages": {}}}
    print(f"action: dev agreement pooled by weight {pooled}; shipped LEAD_WEIGHT {LEAD_WEIGHT}")
    print(f"{'lang':<5}{'verb known':>11}{'head dev':>10}{'head test':>10}{'fused dev':>10}{'fused test':>11}")
    for lang, run in runs.items():
        row = {"lead_known": round(float(run["known"].mean()), 4)}
        for name, rows in (("dev", dev), ("test", test)):
            row[f"head_{name}"] = action_agreement(run, action_reference, rows, 0.0, classes)
            row[f"fused_{name}"] = action_agreement(run, action_reference, rows, LEAD_WEIGHT, classes)
        result["action"]["languages"][lang] = row
        print(f"{lang:<5}{row['lead_known']:>11.3f}{row['head_dev']:>10.3f}{row['head_test']:>10.3f}"
              f"{row['fused_dev']:>10.3f}{row['fused_test']:>11.3f}")
    print(f"issues (micro-F1 against the English original's issues), lexicon weight {lexicon.weight}")
    print(f"{'lang':<5}{'words known':>12}{'head dev':>10}{'head test':>10}{'fused dev':>10}{'fused test':>11}")
    for lang in LANGUAGES:
        dev_row = issues_row(texts[lang], lang, dev, embedder, heads, issues, lexicon, issues_reference)
        test_row = issues_row(texts[lang], lang, test, embedder, heads, issues, lexicon, issues_reference)
        row = {"texts_with_known_words_test": test_row["texts_with_known_words"],
               "head_dev": dev_row["head"], "head_test": test_row["head"],
               "fused_dev": dev_row["fused"], "fused_test": test_row["fused"]}
        result["issues"]["languages"][lang] = row
        print(f"{lang:<5}{row['texts_with_known_words_test']:>12.3f}{row['head_dev']:>10.3f}{row['head_test']:>10.3f}"
              f"{row['fused_dev']:>10.3f}{row['fused_test']:>11.3f}")
    result["seconds"] = round(time.perf_counter() - started, 1)
    write_json(args.json, result)


if __name__ == "__main__":
    main()
