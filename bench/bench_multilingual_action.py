"""Action category of recommendations in French, Spanish, Russian, Arabic and Chinese: the multilingual head
alone, and fused with the English action model reading the text with its leading verb said in English
(`classify/leads.py`).

Data: `multilingual/uhri-6lang/upr_recommendations.jsonl`, 432 UN recommendations in the six languages. The
reference is the English action model's answer for the English original (the figure docs/models-themes.md
reports as "agreement"). Records are split by UN symbol (SHA-1 even = dev, odd = test): the fusion weight is
chosen on dev, pooled over the five languages, and reported on test. The lead tables were written from the
UN's usual wording, not from this data.

    .venv/bin/python bench/bench_multilingual_action.py [--json bench/out/multilingual_action.json]
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
from uprmonitor.classify.leads import english_lead  # noqa: E402
from uprmonitor.classify.multilingual import LEAD_WEIGHT, shipped_heads  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import normalise_text  # noqa: E402

UHRI = "multilingual/uhri-6lang/upr_recommendations.jsonl"
CACHE = Path(__file__).resolve().parent / "out" / "match_embeddings.npz"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
WEIGHTS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)


def is_dev(symbol: str) -> bool:
    return int(hashlib.sha1(symbol.encode()).hexdigest(), 16) % 2 == 0


def fused_labels(head: np.ndarray, english: np.ndarray, known: np.ndarray, weight: float, classes) -> np.ndarray:
    probabilities = np.where(known[:, None], weight * english + (1 - weight) * head, head)
    return np.array([classes[i] for i in probabilities.argmax(axis=1)])


def language_run(records, lang, reference, embedder, action, heads) -> dict:
    texts = [normalise_text(r[lang]) for r in records]
    leads = [english_lead(text, lang) for text in texts]
    known = np.array([lead is not None for lead in leads])
    head = heads.action_probabilities(embedder.embed(texts))
    english = action.probabilities([lead.text if lead else text for lead, text in zip(leads, texts, strict=True)])
    return {"known": known, "head": head, "english": english, "reference": reference}


def agreement(run: dict, rows: np.ndarray, weight: float, classes) -> float:
    labels = fused_labels(run["head"][rows], run["english"][rows], run["known"][rows], weight, classes)
    return round(float((labels == run["reference"][rows]).mean()), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data(UHRI)
    records = [json.loads(line) for line in (root / UHRI).open(encoding="utf-8")]
    started = time.perf_counter()
    cache = NpzCache(CACHE)
    embedder, action, heads = Embedder(cache=cache), ActionClassifier.load(), shipped_heads()
    reference = np.array([p.label for p in action.predict([normalise_text(r["en"]) for r in records], evidence=False)])
    runs = {lang: language_run(records, lang, reference, embedder, action, heads) for lang in LANGUAGES}
    cache.save()
    dev = np.array([i for i, r in enumerate(records) if is_dev(r["symbol"])])
    test = np.array([i for i, r in enumerate(records) if not is_dev(r["symbol"])])
    classes = heads.action_classes
    pooled_dev = {w: float(np.mean([agreement(runs[lang], dev, w, classes) for lang in LANGUAGES])) for w in WEIGHTS}
    best = max(pooled_dev, key=pooled_dev.get)
    result = {"records": len(records), "dev": len(dev), "test": len(test), "dev_pooled_by_weight": pooled_dev,
              "best_dev_weight": best, "shipped_weight": LEAD_WEIGHT, "languages": {}}
    print(f"dev agreement pooled by weight: {pooled_dev}  -> best {best}; shipped LEAD_WEIGHT {LEAD_WEIGHT}")
    print(f"{'lang':<5}{'lead known':>11}{'head dev':>10}{'head test':>10}{'fused dev':>10}{'fused test':>11}")
    for lang, run in runs.items():
        row = {"lead_known": round(float(run["known"].mean()), 4),
               "head_dev": agreement(run, dev, 0.0, classes), "head_test": agreement(run, test, 0.0, classes),
               "fused_dev": agreement(run, dev, LEAD_WEIGHT, classes),
               "fused_test": agreement(run, test, LEAD_WEIGHT, classes)}
        result["languages"][lang] = row
        print(f"{lang:<5}{row['lead_known']:>11.3f}{row['head_dev']:>10.3f}{row['head_test']:>10.3f}"
              f"{row['fused_dev']:>10.3f}{row['fused_test']:>11.3f}")
    result["seconds"] = round(time.perf_counter() - started, 1)
    write_json(args.json, result)


if __name__ == "__main__":
    main()
