"""Speed and memory of labelling recommendations, per classifier, and the installed environment's size.

Takes --n UPR Info recommendations (a fixed-seed sample; all 33,079 with --n 0) and times each
labelling step of `Labeler` on them, embeddings computed fresh (no cache). Reports texts per
second per step, the projected time for all 33,079, the process's peak RSS and the size of the
virtual environment's site-packages.

    python bench/bench_classify_speed.py [--n 2000] [--json PATH]
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import sysconfig
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.classify.embeddings import Embedder  # noqa: E402
from uprmonitor.classify.labeler import Labeler, instrument_labels  # noqa: E402

UPR_INFO = "upr-info/recommendations_sessions_01-17.csv"
ALL_ROWS = 33079


def sample_texts(root: Path, n: int) -> list[str]:
    with open(root / UPR_INFO, encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    return texts if n <= 0 else random.Random(11).sample(texts, n)


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def folder_mb(path: Path) -> float:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="texts to label (0 = all)")
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    texts = sample_texts(require_shared_data(UPR_INFO), args.n)
    labeler = Labeler(embedder=Embedder())  # no cache: every text embedded
    load = timed(lambda: (labeler.action, labeler.issues, labeler.themes))
    steps = {
        "action category (with evidence)": timed(lambda: labeler.action.predict(texts)),
        "issues (with evidence)": timed(lambda: labeler.issues.predict(texts, evidence=True)),
        "instruments": timed(lambda: [instrument_labels(text) for text in texts]),
        "themes, persons, SDGs (embedding included)": timed(lambda: labeler.themes.predict(texts)),
    }
    total = sum(steps.values())
    rows = {name: {"seconds": round(seconds, 2), "texts_per_second": round(len(texts) / seconds, 1)}
            for name, seconds in steps.items()}
    result = {
        "texts": len(texts),
        "model_load_seconds": round(load, 2),
        "steps": rows,
        "all_steps_texts_per_second": round(len(texts) / total, 1),
        "projected_minutes_for_33079": round(ALL_ROWS * total / len(texts) / 60, 1),
        "projected_minutes_for_33079_without_embeddings": round(
            ALL_ROWS * (total - steps["themes, persons, SDGs (embedding included)"]) / len(texts) / 60, 2
        ),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "site_packages_mb": round(folder_mb(Path(sysconfig.get_paths()["purelib"])), 1),
    }
    print(f"{len(texts)} texts; models load in {result['model_load_seconds']} s")
    for name, numbers in rows.items():
        print(f"  {name:45} {numbers['seconds']:8.2f} s  {numbers['texts_per_second']:8.1f} texts/s")
    print(f"all steps: {result['all_steps_texts_per_second']} texts/s -> 33,079 in "
          f"{result['projected_minutes_for_33079']} min ({result['projected_minutes_for_33079_without_embeddings']} min "
          f"without the embedding-based labels); peak RSS {result['peak_rss_mb']} MB; "
          f"site-packages {result['site_packages_mb']} MB")
    write_json(args.json_path, result)


if __name__ == "__main__":
    main()
