"""Learn the word list (`classify/lexicon.py`) that lets the English issues model read French, Spanish, Russian,
Arabic and Chinese recommendations, and the weight of its answer against the multilingual head's.

Data: `multilingual/uhri-6lang/all_annotations.jsonl`, 818 official UN paragraphs in the six languages. Only the
documents on the dev side of the split used by bench/bench_multilingual_labels.py (SHA-1 of the UN symbol even)
are read; the other half stays for the figures. A word and an English word are paired when they appear
together in at least MIN_PAIRS translations of the same paragraph and their Dice coefficient
(2 · together / (count of one + count of the other)) is at least MIN_DICE; each word keeps its best English
word; words in more than MAX_SHARE of the paragraphs (function words, boilerplate) are left out. The weight is chosen without the test half either: a list learned on two thirds of the dev documents is
tried on the upr recommendations of the last third, pooled over the five languages; the shipped list is then
learned on the whole dev half.

    .venv/bin/python bench/train_lexicon.py [--json bench/out/train_lexicon.json]   # about 30 s
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from bench_multilingual_labels import (  # noqa: E402
    CACHE,
    LANGUAGES,
    fused_issues,
    is_dev,
    issues_micro_f1,
)
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.classify.issues import IssuesClassifier  # noqa: E402
from uprmonitor.classify.lexicon import Lexicon, words  # noqa: E402
from uprmonitor.classify.multilingual import shipped_heads  # noqa: E402
from uprmonitor.match.evaluation import NpzCache  # noqa: E402
from uprmonitor.match.retrieval import normalise_text  # noqa: E402

ALL = "multilingual/uhri-6lang/all_annotations.jsonl"
UPR = "multilingual/uhri-6lang/upr_recommendations.jsonl"
MIN_PAIRS, MIN_DICE = 3, 0.5
MAX_SHARE = 0.2  # a word in more paragraphs than this is a function word or boilerplate
WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)


def english_words(text: str) -> set[str]:
    return {word for word in words(text, "en") if word not in ENGLISH_STOP_WORDS}


def learn(records: list[dict], language: str) -> dict[str, str]:
    """{word: English word} from the paragraphs' two versions (see the module docstring).

    Words found in more than MAX_SHARE of the paragraphs, on either side, are left out: they are the
    languages' function words and the UN's boilerplate ("las", "les", "committee", "state"), which would
    otherwise pair with each other. Ties go to the more frequent pair, then the alphabetically first word,
    so that the list does not depend on the order Python happens to iterate sets in.
    """
    pairs = [(set(words(r[language], language)), english_words(r["en"])) for r in records if r.get(language)]
    own = Counter(word for found, _ in pairs for word in found)
    english = Counter(word for _, found in pairs for word in found)
    common = MAX_SHARE * len(pairs)
    together = Counter((word, other) for found, others in pairs for word in found if own[word] <= common
                       for other in others if english[other] <= common)
    best: dict[str, tuple[float, int, str]] = {}
    for (word, other), count in sorted(together.items()):
        dice = 2 * count / (own[word] + english[other])
        if count >= MIN_PAIRS and dice >= MIN_DICE and (dice, count) > best.get(word, (0.0, 0, ""))[:2]:
            best[word] = (dice, count, other)
    return {word: other for word, (_, _, other) in sorted(best.items())}


def lexicon_excluding(annotations: list[dict], symbols: set[str]) -> Lexicon:
    """A word list learned, as the shipped one is, from every paragraph whose document is not in `symbols`:
    what a benchmark or a student's training uses for texts whose own translations must not have taught it."""
    kept = [r for r in annotations if r["symbol"] not in symbols]
    return Lexicon({lang: learn(kept, lang) for lang in LANGUAGES}, weight=0.0,
                   meta={"common": {lang: common_words(kept, lang) for lang in LANGUAGES}})


def load_annotations(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / ALL).open(encoding="utf-8")]


def common_words(records: list[dict], language: str) -> list[str]:
    """The language's words found in more than MAX_SHARE of the paragraphs: its function words and the UN's
    boilerplate, which the word list leaves out and the matcher's English gloss skips (match/retrieval.py)."""
    found = [set(words(r[language], language)) for r in records if r.get(language)]
    counts = Counter(word for words_of_one in found for word in words_of_one)
    return sorted(word for word, count in counts.items() if count > MAX_SHARE * len(found))


def tuning_part(symbol: str) -> bool:
    return int(hashlib.sha1(f"{symbol}/lexicon".encode()).hexdigest(), 16) % 3 == 0


def choose_weight(annotations, upr_records, embedder, issues, heads) -> dict:
    fit = [r for r in annotations if is_dev(r["symbol"]) and not tuning_part(r["symbol"])]
    tune = [r for r in upr_records if is_dev(r["symbol"]) and tuning_part(r["symbol"])]
    lexicon = Lexicon({lang: learn(fit, lang) for lang in LANGUAGES}, weight=0.0)
    reference = [{s.label for s in found} for found in issues.predict([normalise_text(r["en"]) for r in tune])]
    scores = {}
    for weight in WEIGHTS:
        lexicon.weight = weight
        per_language = []
        for lang in LANGUAGES:
            texts = [normalise_text(r[lang]) for r in tune]
            predicted = fused_issues(texts, lang, embedder.embed(texts), heads, issues, lexicon)
            per_language.append(issues_micro_f1(predicted, reference))
        scores[weight] = round(float(np.mean(per_language)), 4)
    return {"tuning_records": len(tune), "fit_documents": len({r["symbol"] for r in fit}), "micro_f1_by_weight": scores,
            "weight": max(scores, key=scores.get)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    root = require_shared_data(ALL, UPR)
    annotations = load_annotations(root)
    upr_records = [json.loads(line) for line in (root / UPR).open(encoding="utf-8")]
    started = time.perf_counter()
    cache = NpzCache(CACHE)
    embedder, issues, heads = Embedder(cache=cache), IssuesClassifier.load(), shipped_heads()
    tuning = choose_weight(annotations, upr_records, embedder, issues, heads)
    cache.save()
    dev = [r for r in annotations if is_dev(r["symbol"])]
    entries = {lang: learn(dev, lang) for lang in LANGUAGES}
    meta = {"data": "uhri-6lang all_annotations.jsonl, dev half by SHA-1 of the UN symbol",
            "paragraphs": len(dev), "min_pairs": MIN_PAIRS, "min_dice": MIN_DICE, "max_share": MAX_SHARE,
            "date": time.strftime("%Y-%m-%d"), "command": "bench/train_lexicon.py",
            "common": {lang: common_words(dev, lang) for lang in LANGUAGES}}
    Lexicon(entries, tuning["weight"], meta).save()
    result = {**meta, "entries": {lang: len(table) for lang, table in entries.items()}, "tuning": tuning,
              "seconds": round(time.perf_counter() - started, 1)}
    print(json.dumps(result, ensure_ascii=False))
    write_json(args.json, result)


if __name__ == "__main__":
    main()
