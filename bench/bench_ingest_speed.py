"""Benchmark: PDF reading and analysis speed against raw pypdfium2 text extraction.

For each Working Group report PDF in ../shared/data/wg-reports/pdf and Slovenia's WG report PDFs
(cycles 1-3, found through slovenia/SYMBOLS.txt), it times

  * baseline: pypdfium2 alone, `get_text_range()` on every page, nothing else;
  * read_document: the project's reader (furniture detection, clean-up, Blocks and offsets);
  * analyze: the whole structure analysis, reader + kind detection + parser (no database);
  * analyze + classify: the same with every recommendation labelled (action, issues, instruments);

as the best of --repeat runs, in seconds per page, and the Python-side peak memory of one
read_document call (tracemalloc; PDFium's own C++ allocations are not seen by tracemalloc, so the
process's peak RSS is printed as well).

With --sweep it also reads every document in ../shared/data (all formats; CSV/JSON data files
left out) once and reports formats, detected encodings, the errors raised and the total time.

Run:  .venv/bin/python bench/bench_ingest_speed.py [--repeat 5] [--sweep] [--json PATH]
"""

from __future__ import annotations

import argparse
import platform
import re
import resource
import sys
import time
import tracemalloc
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.errors import InputError  # noqa: E402
from uprmonitor.ingest import read_document  # noqa: E402
from uprmonitor.pipeline import analyze  # noqa: E402

_DATA_FILE_SUFFIXES = {".csv", ".json", ".jsonl"}

_WG_REPORT_SYMBOL = re.compile(r"^\S+/extracted/(\S+)\.txt\s+A/HRC/\d+/\d+\s+WG report", re.M)


def pdf_files(root: Path) -> list[Path]:
    """The WG report PDFs: wg-reports/pdf/*.pdf and the Slovenian WG reports listed in SYMBOLS.txt."""
    files = sorted((root / "wg-reports" / "pdf").glob("*.pdf"))
    symbols = root / "slovenia" / "SYMBOLS.txt"
    if symbols.exists():
        for stem in _WG_REPORT_SYMBOL.findall(symbols.read_text(encoding="utf-8")):
            files.extend(sorted((root / "slovenia").glob(f"*/{stem}.pdf")))
    return files


def baseline_extract(data: bytes) -> int:
    """Raw pypdfium2: open, get_text_range() per page; returns the characters read."""
    pdf = pdfium.PdfDocument(data)
    characters = 0
    for page in pdf:
        textpage = page.get_textpage()
        characters += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return characters


def best_time(function, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def python_peak_mb(path: Path) -> float:
    tracemalloc.start()
    read_document(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def measure(path: Path, repeat: int) -> dict:
    data = path.read_bytes()
    extracted = read_document(path)  # warm-up, and the facts about the document
    baseline = best_time(lambda: baseline_extract(data), repeat)
    reader = best_time(lambda: read_document(path), repeat)
    analyze(path)  # warm-up: imports the parser and loads the classifiers outside the timing
    analysis = best_time(lambda: analyze(path, classify=False), repeat)
    labelled = best_time(lambda: analyze(path), repeat)
    return {
        "file": str(path.relative_to(path.parents[2])),
        "pages": extracted.pages,
        "blocks": len(extracted.blocks),
        "baseline_s_per_page": baseline / extracted.pages,
        "read_document_s_per_page": reader / extracted.pages,
        "read_document_s": reader,
        "analyze_s_per_page": analysis / extracted.pages,
        "analyze_s": analysis,
        "analyze_and_classify_s": labelled,
        "python_peak_mb": python_peak_mb(path),
    }


def print_table(rows: list[dict]) -> None:
    print(
        f"{'file':<44} {'pages':>5} {'raw ms/pg':>10} {'read ms/pg':>11} {'x raw':>6} "
        f"{'analyze ms/pg':>14} {'x raw':>6} {'py MB':>6}"
    )
    for row in rows:
        ratio = row["read_document_s_per_page"] / row["baseline_s_per_page"]
        analyze_ratio = row["analyze_s_per_page"] / row["baseline_s_per_page"]
        print(
            f"{row['file']:<44} {row['pages']:>5} {row['baseline_s_per_page'] * 1000:>10.2f} "
            f"{row['read_document_s_per_page'] * 1000:>11.2f} {ratio:>6.2f} "
            f"{row['analyze_s_per_page'] * 1000:>14.2f} {analyze_ratio:>6.2f} {row['python_peak_mb']:>6.1f}"
        )


def summary(rows: list[dict]) -> dict:
    pages = sum(row["pages"] for row in rows)
    baseline = sum(row["baseline_s_per_page"] * row["pages"] for row in rows)
    reader = sum(row["read_document_s_per_page"] * row["pages"] for row in rows)
    analysis = sum(row["analyze_s"] for row in rows)
    labelled = sum(row["analyze_and_classify_s"] for row in rows)
    return {
        "files": len(rows),
        "pages": pages,
        "baseline_s_per_page": baseline / pages,
        "read_document_s_per_page": reader / pages,
        "analyze_s_per_page": analysis / pages,
        "analyze_over_raw": analysis / baseline,
        "analyze_and_classify_s_per_page": labelled / pages,
        "slowest_read_document_s": max(row["read_document_s"] for row in rows),
        "slowest_analyze_s_per_30_pages": max(row["analyze_s_per_page"] for row in rows) * 30,
        "max_python_peak_mb": max(row["python_peak_mb"] for row in rows),
        "process_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def sweep(root: Path) -> dict:
    """Read every document under the shared data once: what was found, what failed, how long it took."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() not in _DATA_FILE_SUFFIXES)
    found, errors = Counter(), []
    start = time.perf_counter()
    for path in files:
        try:
            extracted = read_document(path)
            found[f"{extracted.format} {extracted.encoding or ''}".strip()] += 1
        except InputError as error:
            errors.append(f"{path.relative_to(root)}: {error.problem}")
    seconds = time.perf_counter() - start
    print(f"\nsweep: {len(files)} files in {seconds:.1f} s; read: {dict(found)}; {len(errors)} refused:")
    for line in errors:
        print(f"  {line}")
    return {"files": len(files), "seconds": seconds, "read": dict(found), "refused": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per file; the best is kept")
    parser.add_argument("--sweep", action="store_true", help="also read every document in the shared data")
    parser.add_argument("--json", help="write the results to this JSON file")
    args = parser.parse_args()
    root = require_shared_data("wg-reports/pdf")
    rows = [measure(path, args.repeat) for path in pdf_files(root)]
    print_table(rows)
    totals = summary(rows)
    print(
        f"\n{totals['files']} PDFs, {totals['pages']} pages: raw pypdfium2 "
        f"{totals['baseline_s_per_page'] * 1000:.2f} ms/page, read_document "
        f"{totals['read_document_s_per_page'] * 1000:.2f} ms/page, analyze (read + detect + parse) "
        f"{totals['analyze_s_per_page'] * 1000:.2f} ms/page = {totals['analyze_over_raw']:.2f}x raw; "
        f"slowest analysis scaled to 30 pages {totals['slowest_analyze_s_per_30_pages']:.2f} s; with "
        f"classification of every recommendation {totals['analyze_and_classify_s_per_page'] * 1000:.2f} ms/page; slowest read "
        f"{totals['slowest_read_document_s']:.3f} s; Python peak {totals['max_python_peak_mb']:.1f} MB, "
        f"process peak RSS {totals['process_peak_rss_mb']:.0f} MB"
    )
    swept = sweep(root) if args.sweep else None
    write_json(
        args.json,
        {
            "benchmark": "ingest_speed",
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "pypdfium2": getattr(pdfium, "PYPDFIUM_INFO", None),
            "repeat": args.repeat,
            "summary": totals,
            "files": rows,
            "sweep": swept,
        },
    )


if __name__ == "__main__":
    main()
