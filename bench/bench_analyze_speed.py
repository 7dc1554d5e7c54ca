"""Speed and memory of the whole analysis (read + detect + parse) against raw PDF text extraction.

For each Working Group report PDF in ../shared/data: seconds per page for
  raw      pypdfium2's text of every page, nothing else (the floor any PDF tool pays), and
  analyze  uprmonitor.pipeline.analyze (reader, kind detection, structure parser; no database),
best of --repeat runs, and the ratio analyze/raw (goal <= 2). Peak Python memory of one analysis
is measured with tracemalloc, and the process's peak RSS is printed at the end.

    python bench/bench_analyze_speed.py [--repeat 3] [--json bench/out/analyze_speed.json]
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from pathlib import Path

import pypdfium2 as pdfium

from _common import require_shared_data, write_json
from uprmonitor.pipeline import analyze

SLOVENIA_REPORTS = ("slovenia/2ndcycleunoriginal/g1423930.pdf", "slovenia/3rdcycleunoriginal/g1934994.pdf")


def raw_extract(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    characters = 0
    for page in pdf:
        textpage = page.get_textpage()
        characters += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return characters


def best_time(function, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def peak_memory_mb(function) -> float:
    tracemalloc.start()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def measure(path: Path, repeat: int) -> dict:
    document = analyze(path)
    raw = best_time(lambda: raw_extract(path), repeat)
    full = best_time(lambda: analyze(path), repeat)
    pages = document.pages or 1
    return {
        "file": path.name,
        "pages": pages,
        "kind": document.kind,
        "recommendations": len(document.recommendations),
        "raw_s_per_page": raw / pages,
        "analyze_s_per_page": full / pages,
        "analyze_s_total": full,
        "ratio": full / raw if raw else None,
        "peak_python_mb": peak_memory_mb(lambda: analyze(path)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    data = require_shared_data("wg-reports/pdf")
    paths = sorted((data / "wg-reports" / "pdf").glob("*.pdf"))
    paths += [data / relative for relative in SLOVENIA_REPORTS if (data / relative).exists()]
    analyze(paths[0])  # import parsers once, outside the timings
    rows = [measure(path, args.repeat) for path in paths]
    print(f"{'file':28} {'pages':>5} {'recs':>5} {'raw s/p':>9} {'analyze s/p':>12} {'ratio':>6} {'total s':>8} {'peak MB':>8}")
    for row in rows:
        print(
            f"{row['file']:28} {row['pages']:5d} {row['recommendations']:5d} {row['raw_s_per_page']:9.4f} "
            f"{row['analyze_s_per_page']:12.4f} {row['ratio']:6.2f} {row['analyze_s_total']:8.3f} {row['peak_python_mb']:8.1f}"
        )
    total_pages = sum(row["pages"] for row in rows)
    raw_total = sum(row["raw_s_per_page"] * row["pages"] for row in rows)
    analyze_total = sum(row["analyze_s_total"] for row in rows)
    summary = {
        "files": len(rows),
        "pages": total_pages,
        "raw_s_per_page": raw_total / total_pages,
        "analyze_s_per_page": analyze_total / total_pages,
        "ratio": analyze_total / raw_total,
        "max_s_per_30_pages": max(row["analyze_s_per_page"] for row in rows) * 30,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(
        f"\nall {total_pages} pages: raw {summary['raw_s_per_page']:.4f} s/page, analyze "
        f"{summary['analyze_s_per_page']:.4f} s/page, ratio {summary['ratio']:.2f} (goal <= 2); "
        f"slowest file scaled to 30 pages: {summary['max_s_per_30_pages']:.2f} s (goal <= 2); "
        f"peak RSS {summary['peak_rss_mb']:.0f} MB"
    )
    write_json(args.json_path, {"rows": rows, "summary": summary})


if __name__ == "__main__":
    main()
