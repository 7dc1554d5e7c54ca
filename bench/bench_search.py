"""Full-text search latency at scale: ~300,000 recommendations in a SQLite store.

The UPR Info recommendations (33,079 real texts) are stored --copies times (default 9, about
300k rows) as Working Group report recommendations of their real State under review and cycle,
with their recommending state, response and action category and issues as labels. Then a fixed
set of queries (single words, two words, phrases, OR, NOT; drawn with a fixed seed from the
corpus's own vocabulary) runs through `Store.search` — ranking, a page of 20 hits and all
facet counts — and the p50 / p95 / max latency is reported, with and without a filter.

The semantic (hybrid) path is timed twice: re-ranking only (no vectors stored, as before the
vector index existed), then with every stored recommendation's vector in the store, so that the
nearest texts by meaning join the hits. Those vectors are real e5 vectors where the benchmarks'
caches (bench/out/*.npz) have the text and a fixed pseudo-random unit vector otherwise: embedding
all 33k distinct texts takes about 11 minutes, and the speed of the vector path depends only on
how many distinct vectors there are, not on what they say. It measures speed, not relevance.

    python bench/bench_search.py [--copies 9] [--queries 200] [--json PATH]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.store import Store  # noqa: E402
from uprmonitor.store.schema import DocumentRow, LabelRow, RecommendationRow, RecommendingStateRow  # noqa: E402
from uprmonitor.store.search import Filters  # noqa: E402

UPR_INFO = "upr-info/recommendations_sessions_01-17.csv"
POSITIONS = {"Supported": "supported", "Noted": "noted"}


def load_rows(root: Path) -> list[dict]:
    with open(root / UPR_INFO, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def fill(store: Store, rows: list[dict], copies: int) -> float:
    """Bulk-insert the rows `copies` times; returns seconds (FTS index maintained by its triggers)."""
    started = time.perf_counter()
    reviews = sorted({(row["state_under_review"], int(row["session"]), int(row["cycle"])) for row in rows})
    with store.engine.begin() as connection:
        document_ids = {}
        for copy in range(copies):
            for number, (state, session, cycle) in enumerate(reviews):
                result = connection.execute(
                    insert(DocumentRow).values(
                        content_hash=f"bench-{copy}-{number}", source=f"{state}-{session}-{copy}.txt", format="txt",
                        kind="wg_report", state_under_review=state, session=session, cycle=cycle, text="", extra={},
                        imported_at=time_now(),
                    )
                )
                document_ids[(copy, state, session)] = result.inserted_primary_key[0]
        next_id = 1
        for copy in range(copies):
            recommendations, states, labels = [], [], []
            for ordinal, row in enumerate(rows):
                document_id = document_ids[(copy, row["state_under_review"], int(row["session"]))]
                recommendations.append(
                    {"id": next_id, "document_id": document_id, "ordinal": ordinal, "text": row["text"],
                     "position": POSITIONS.get(row["response"]), "themes": [], "affected_persons": [], "sdgs": []}
                )
                states.append({"recommendation_id": next_id, "ordinal": 0, "state": row["recommending_state"]})
                labels.append(_label(next_id, "action_category", 0, row["action_category"]))
                labels += [_label(next_id, "issues", i, issue) for i, issue in enumerate(row["issues"].split(";")) if issue]
                next_id += 1
            connection.execute(insert(RecommendationRow), recommendations)
            connection.execute(insert(RecommendingStateRow), states)
            connection.execute(insert(LabelRow), labels)
    return time.perf_counter() - started


def time_now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _label(recommendation_id: int, field: str, ordinal: int, label: str) -> dict:
    return {"recommendation_id": recommendation_id, "field": field, "ordinal": ordinal, "label": label,
            "confidence": None, "evidence": [], "source": "document", "details": {}}


def make_queries(rows: list[dict], count: int, seed: int = 7) -> list[str]:
    """Queries of the kinds people type, from words that occur in the corpus (so most find something)."""
    rng = random.Random(seed)
    vocabulary = Counter(word for row in rows for word in re.findall(r"[a-z]{5,}", row["text"].lower()))
    common = [word for word, n in vocabulary.most_common(3000) if n >= 20]
    texts = [row["text"] for row in rows]
    queries = []
    for number in range(count):
        shape = number % 5
        if shape == 0:
            queries.append(rng.choice(common))
        elif shape == 1:
            queries.append(f"{rng.choice(common)} {rng.choice(common)}")
        elif shape == 2:
            words = re.findall(r"[A-Za-z]{4,}", rng.choice(texts))
            start = rng.randrange(max(1, len(words) - 1))
            queries.append('"' + " ".join(words[start : start + 2]) + '"')
        elif shape == 3:
            queries.append(f"{rng.choice(common)} OR {rng.choice(common)}")
        else:
            queries.append(f"{rng.choice(common)} NOT {rng.choice(common)}")
    return queries


def latencies(store: Store, queries: list[str], filters: Filters | None, semantic: bool = False) -> dict:
    timings, totals = [], []
    for query in queries:
        started = time.perf_counter()
        result = store.search(query, filters, limit=20, semantic=semantic)
        timings.append((time.perf_counter() - started) * 1000)
        totals.append(result.total)
    timings.sort()
    return {
        "queries": len(queries),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 1),
        "max_ms": round(timings[-1], 1),
        "median_hits": int(statistics.median(totals)),
        "max_hits": max(totals),
    }


def store_vectors(store: Store, rows: list[dict]) -> dict:
    """Give every distinct text a vector in the store's cache (real where a bench cache has it)."""
    from uprmonitor.classify.embeddings import DEFAULT_MODEL, text_hash
    from uprmonitor.match.evaluation import NpzCache

    known: dict = {}
    for path in sorted((Path(__file__).resolve().parent / "out").glob("*embeddings.npz")):
        with np.load(path) as stored:
            if "keys" in stored.files:  # a keys + vectors pair of arrays
                known.update(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
            else:
                known.update(NpzCache(path).data)
    vectors, real = {}, 0
    for text in {row["text"] for row in rows}:
        key = text_hash(text, DEFAULT_MODEL, "query")
        if key in known:
            vectors[key], real = np.asarray(known[key], dtype=np.float32), real + 1
        else:
            noise = np.random.default_rng(int(key[:8], 16)).standard_normal(384).astype(np.float32)
            vectors[key] = noise / np.linalg.norm(noise)
    store.embedding_cache(DEFAULT_MODEL).set_many(vectors)
    return {"distinct_texts": len(vectors), "real_vectors": real, "synthetic_vectors": len(vectors) - real}


def vector_index_build(store: Store) -> dict:
    from uprmonitor.classify.embeddings import DEFAULT_MODEL

    started = time.perf_counter()
    with store.engine.connect() as connection:
        index = store.vector_index(connection, DEFAULT_MODEL)
    return {"seconds": round(time.perf_counter() - started, 2), "rows": len(index.matrix),
            "recommendations_covered": index.coverage, "matrix_mb": round(index.matrix.nbytes / 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=9)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--semantic-queries", type=int, default=20,
                        help="queries for the semantic path (each run twice: embeddings computed, then cached)")
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    root = require_shared_data(UPR_INFO)
    rows = load_rows(root)
    queries = make_queries(rows, args.queries)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.db"
        with Store(f"sqlite:///{database}") as store:
            build_seconds = fill(store, rows, args.copies)
            size_mb = database.stat().st_size / 1e6
            store.search("warm up", None)
            plain = latencies(store, queries, None)
            filtered = latencies(store, queries, Filters(cycle=1, position="supported"))
            semantic_queries = queries[: args.semantic_queries]
            semantic_cold = latencies(store, semantic_queries, None, semantic=True)
            semantic_warm = latencies(store, semantic_queries, None, semantic=True)
            vectors = store_vectors(store, rows)
            index = vector_index_build(store)
            hybrid = latencies(store, semantic_queries, None, semantic=True)
            hybrid_filtered = latencies(store, semantic_queries, Filters(cycle=1, position="supported"), semantic=True)
    result = {
        "recommendations": len(rows) * args.copies,
        "build_seconds": round(build_seconds, 1),
        "database_mb": round(size_mb, 1),
        "no_filter": plain,
        "cycle_1_supported": filtered,
        "semantic_first_run": semantic_cold,
        "semantic_cached": semantic_warm,
        "stored_vectors": vectors,
        "vector_index": index,
        "hybrid_with_vector_index": hybrid,
        "hybrid_with_vector_index_cycle_1_supported": hybrid_filtered,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(f"{result['recommendations']} recommendations stored in {result['build_seconds']} s "
          f"({result['database_mb']} MB, FTS index included)")
    print(f"vectors: {vectors}; index: {index}")
    for name in ("no_filter", "cycle_1_supported", "semantic_first_run", "semantic_cached", "hybrid_with_vector_index",
                 "hybrid_with_vector_index_cycle_1_supported"):
        numbers = result[name]
        print(f"{name:>18}: p50 {numbers['p50_ms']} ms, p95 {numbers['p95_ms']} ms, max {numbers['max_ms']} ms "
              f"over {numbers['queries']} queries (median {numbers['median_hits']} hits, max {numbers['max_hits']})")
    print(f"peak RSS {result['peak_rss_mb']} MB")
    write_json(args.json_path, result)


if __name__ == "__main__":
    main()
