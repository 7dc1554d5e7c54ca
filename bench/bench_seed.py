"""Seed benchmark: parse the project's seed NGO submission and check its structure.

The seed (../shared/data/seed/000_235891b4fbc0d5f3.txt) is plain text extracted from a PDF: the bullets
were lost (blank lines stand where they were) and the lines are hard-wrapped. Read by hand, it has 6
thematic sections, each with a concern paragraph, and 12 recommendations. The expected boundaries are kept
below as the first and last few words of each recommendation (not whole sentences).

    python bench/bench_seed.py [--runs 20] [--json results/bench_seed.json]

Exits 0 with "skipped: …" when the shared data is absent, 1 when a check fails.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import normalize_for_match, require_shared_data, write_json  # noqa: E402
from uprmonitor.model import Block, ExtractedText  # noqa: E402
from uprmonitor.structure.ngo_submission import parse_ngo_submission  # noqa: E402

SEED = "seed/000_235891b4fbc0d5f3.txt"

EXPECTED_HEADINGS = [
    "EQUALITY AND NON-DISCRIMINATION",
    "FREEDOM OF EXPRESSION",
    "FREEDOM OF ASSOCIATION",
    "FREEDOM OF PEACEFUL ASSEMBLY",
    "FREEDOM OF RELIGION AND CONSCIENCE",
    "ELECTION RIGHTS",
]
# (section index, first words, last words) of each recommendation, in document order.
EXPECTED_RECOMMENDATIONS = [
    (0, "Introduce a definition", "victims of discrimination."),
    (1, "Decriminalize libel and insult", "civil defamation suits."),
    (1, "Ensure that harsh penalties", "fair trial standards."),
    (1, "Put an end to", "blocking of websites."),
    (1, "Take adequate measures", "other fundamental rights."),
    (2, "Abolish compulsory state registration", "for unregistered activities."),
    (2, "Bring all legal provisions", "groups or individuals."),
    (3, "Review legislation and practice", "on organizing assemblies."),
    (4, "Amend the law on", "with religious doctrines."),
    (4, "Stop persecuting religious groups", "religious activities."),
    (5, "Ensure that legislation and", "with international standards."),
    (5, "Grant independent observers", "the electoral process."),
]
# First words of each section's concern paragraph: they must be concerns, never recommendations.
EXPECTED_CONCERN_STARTS = [
    "Kazakhstan lacks specific",
    "The new Criminal Code",
    "As previously, state",
    "The right to freedom",
    "The new law on",
    "The country\u2019s electoral system",
]


def read_seed(path: Path) -> tuple[ExtractedText, str]:
    """Through the project's reader when it exists; else the file's lines as Blocks (UTF-8)."""
    try:
        from uprmonitor.ingest import read_document
    except ImportError:
        lines = path.read_text(encoding="utf-8").split("\n")
        return ExtractedText.from_blocks(path.name, "txt", [Block(line) for line in lines]), "lines (fallback)"
    return read_document(path), "read_document"


def _starts(text: str, words: str) -> bool:
    return normalize_for_match(text).startswith(normalize_for_match(words))


def _ends(text: str, words: str) -> bool:
    return normalize_for_match(text).endswith(normalize_for_match(words))


def check_structure(extracted: ExtractedText, structure) -> list[tuple[str, bool, str]]:
    """(check name, passed, detail) for every check on one parse."""
    checks = []
    headings = [section.heading for section in structure.sections]
    checks.append(("6 sections with the expected headings", headings == EXPECTED_HEADINGS, str(headings)))
    recs = structure.recommendations
    checks.append(("exactly 12 recommendations", len(recs) == len(EXPECTED_RECOMMENDATIONS), f"found {len(recs)}"))
    for number, (section_index, first, last) in enumerate(EXPECTED_RECOMMENDATIONS, start=1):
        rec = recs[number - 1] if number <= len(recs) else None
        ok = (
            rec is not None
            and _starts(rec.text, first)
            and _ends(rec.text, last)
            and rec.section == EXPECTED_HEADINGS[section_index]
        )
        detail = f"{rec.text[:40]!r} … {rec.text[-30:]!r} in {rec.section!r}" if rec else "missing"
        checks.append((f"recommendation {number} boundaries and section", ok, detail))
    spans_ok = all(
        normalize_for_match(extracted.text[rec.start : rec.end]) == normalize_for_match(rec.text) for rec in recs
    )
    checks.append(("start/end offsets cover each recommendation's source text", spans_ok, ""))
    clean_ok = all("\n" not in rec.text and "  " not in rec.text for rec in recs)
    checks.append(("recommendation texts are de-wrapped", clean_ok, ""))
    for section, expected_start in zip(structure.sections, EXPECTED_CONCERN_STARTS, strict=False):
        ok = len(section.concerns) == 1 and _starts(section.concerns[0], expected_start)
        checks.append((f"concern paragraph in {section.heading}", ok, f"{len(section.concerns)} concern(s)"))
    leaked = [rec.text[:40] for rec in recs if any(_starts(rec.text, c) for c in EXPECTED_CONCERN_STARTS)]
    checks.append(("no concern taken as a recommendation", not leaked, str(leaked)))
    title_ok = bool(structure.title) and not structure.title.endswith("*") and "KAZAKHSTANI" in structure.title
    checks.append(("title found, footnote star stripped", title_ok, repr(structure.title)))
    meta = structure.metadata
    checks.append(("state_under_review = Kazakhstan", meta.get("state_under_review") == "Kazakhstan", str(meta)))
    checks.append(("language = en", meta.get("language") == "en", ""))
    return checks


def _fingerprint(structure) -> str:
    return json.dumps(dataclasses.asdict(structure), sort_keys=True, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="parses to compare for determinism")
    parser.add_argument("--json", metavar="PATH", help="write the result as JSON")
    args = parser.parse_args(argv)

    path = require_shared_data(SEED) / SEED
    extracted, reader = read_seed(path)
    timings, fingerprints, structure = [], set(), None
    for _ in range(args.runs):
        started = time.perf_counter()
        structure = parse_ngo_submission(extracted)
        timings.append(time.perf_counter() - started)
        fingerprints.add(_fingerprint(structure))

    checks = check_structure(extracted, structure)
    checks.append((f"deterministic over {args.runs} runs", len(fingerprints) == 1, f"{len(fingerprints)} distinct"))
    for name, ok, detail in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f"  [{detail}]" if detail and not ok else ""))
    passed = sum(ok for _, ok, _ in checks)
    median_ms = statistics.median(timings) * 1000
    print(f"\n{passed}/{len(checks)} checks passed; reader: {reader}; "
          f"{len(structure.sections)} sections, {len(structure.recommendations)} recommendations; "
          f"parse time median {median_ms:.2f} ms over {args.runs} runs")  # fmt: skip
    write_json(
        args.json,
        {
            "benchmark": "bench_seed",
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "document": SEED,
            "reader": reader,
            "runs": args.runs,
            "checks": [{"name": n, "passed": ok, "detail": d} for n, ok, d in checks],
            "passed": passed,
            "total": len(checks),
            "sections": len(structure.sections),
            "recommendations": len(structure.recommendations),
            "parse_ms_median": round(median_ms, 3),
        },
    )
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
