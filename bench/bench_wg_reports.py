"""Benchmark: recommendations extracted from the 2008-2012 WG reports against UPR Info's database.

Reads ../shared/data/wg-reports/text (Mac Roman, CR line ends) and
../shared/data/upr-info/recommendations_sessions_01-17.csv, relative to the repository root (override with the
environment variable UPR_SHARED_DATA). Each report is compared with the UPR Info rows of the SAME review: the UPR
session named in the report's A/HRC/WG.6/N symbols and the State under review.

One text match is used everywhere (`texts_match`): both texts are lower-cased, quotes and punctuation dropped,
a leading "that <State>" / "recommends" / "to" removed, stop words ignored; they match when at least
THRESHOLD of the shorter text's distinct words occur in the longer one. UPR Info edits texts lightly ("That
Algeria take ..." becomes "Take ...") and repeats a text once per recommending State, so a row counts as found
when ANY extracted recommendation of its review matches it.

Run:  .venv/bin/python bench/bench_wg_reports.py [--json PATH] [--show-missed N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from uprmonitor.model import Block, ExtractedText
from uprmonitor.structure.states import canonical_state
from uprmonitor.structure.wg_report import parse_wg_report

THRESHOLD = 0.8
# A second, stricter look: a found row whose match also shares most of its words both ways (no long blob that
# merely contains it). Reported as recall_close; it is not used for any other figure.
CLOSE = 0.5
STOP_WORDS = frozenset(
    "a an and as at be by for from in into is it its of on or that the their this to with".split()
)
_LEADING = re.compile(r"^(?:it\s+)?(?:also\s+)?(?:recommends?|recommended)?\s*(?:that\s+)?")


def shared_data() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "data"
    return Path(os.environ.get("UPR_SHARED_DATA", default))


def load_report(path: Path) -> ExtractedText:
    """The project's reader when present; otherwise decode the Mac Roman text ourselves, one Block a line."""
    try:
        from uprmonitor.ingest import read_document  # written by another part of the project
    except ImportError:
        read_document = None
    if read_document is not None:
        return read_document(path)
    text = path.read_bytes().decode("mac_roman").replace("\r\n", "\n").replace("\r", "\n")
    return ExtractedText.from_blocks(path.name, "txt", [Block(line) for line in text.split("\n")])


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"`]", "", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def words(text: str, reviewed: str) -> frozenset[str]:
    """Distinct content words of a recommendation, without its leading 'that <State>' / 'to'."""
    plain = _LEADING.sub("", _plain(text))
    for subject in (_plain(reviewed), "the state", "the government", "the country"):
        if subject and plain.startswith(subject + " "):
            plain = plain[len(subject) + 1 :]
            break
    plain = re.sub(r"^to\s+", "", plain)
    return frozenset(w for w in plain.split() if w not in STOP_WORDS)


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if not shorter:
        return 0.0
    return len(shorter & longer) / len(shorter)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def texts_match(a: frozenset[str], b: frozenset[str]) -> bool:
    return containment(a, b) >= THRESHOLD


@dataclass
class Review:
    name: str
    session: int | None
    state: str | None
    year: int | None
    rows: list[dict] = field(default_factory=list)
    extracted: list = field(default_factory=list)
    found: int = 0
    found_close: int = 0  # found rows whose best match is also close in length (Jaccard >= CLOSE)
    matched_extracted: int = 0
    state_checked: int = 0
    state_right: int = 0
    position_checked: int = 0
    position_right: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / len(self.rows) if self.rows else 0.0


def load_labels(path: Path) -> dict[tuple[int, str], list[dict]]:
    labels: dict[tuple[int, str], list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            state = canonical_state(row["state_under_review"])
            if state and row["session"].isdigit():
                labels[(int(row["session"]), state)].append(row)
    return labels


def score_review(review: Review) -> None:
    reviewed = review.state or ""
    extracted = [(rec, words(rec.text, reviewed)) for rec in review.extracted]
    matched_ids: set[int] = set()
    for row in review.rows:
        row_words = words(row["text"], reviewed)
        matches = [
            (containment(row_words, w), i) for i, (_, w) in enumerate(extracted) if texts_match(row_words, w)
        ]
        if not matches:
            review.missed.append(row["text"])
            continue
        review.found += 1
        review.found_close += any(jaccard(row_words, extracted[i][1]) >= CLOSE for _, i in matches)
        matched_ids.update(i for _, i in matches)
        _score_state_and_position(review, row, [extracted[i][0] for _, i in sorted(matches, reverse=True)])
    review.matched_extracted = len(matched_ids)


def _score_state_and_position(review: Review, row: dict, matches: list) -> None:
    state = canonical_state(row["recommending_state"])
    if state:
        review.state_checked += 1
        review.state_right += any(state in rec.recommending_states for rec in matches)
    same_state = [rec for rec in matches if state in rec.recommending_states] or matches
    best = same_state[0]
    response = row["response"].strip().lower()
    if response in ("supported", "noted") and best.position in ("supported", "noted"):
        review.position_checked += 1
        review.position_right += best.position == response


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def summarise(reviews: list[Review]) -> dict:
    def totals(selected: list[Review]) -> dict:
        rows = sum(len(r.rows) for r in selected)
        extracted = sum(len(r.extracted) for r in selected)
        return {
            "reviews": len(selected),
            "rows": rows,
            "found": sum(r.found for r in selected),
            "recall_close": _ratio(sum(r.found_close for r in selected), rows),
            "recall": _ratio(sum(r.found for r in selected), rows),
            "extracted": extracted,
            "precision": _ratio(sum(r.matched_extracted for r in selected), extracted),
            "state_accuracy": _ratio(
                sum(r.state_right for r in selected), sum(r.state_checked for r in selected)
            ),
            "position_accuracy": _ratio(
                sum(r.position_right for r in selected), sum(r.position_checked for r in selected)
            ),
            "position_checked": sum(r.position_checked for r in selected),
        }

    sessions = sorted({r.session for r in reviews})
    return {
        "overall": totals(reviews),
        "sessions_1_6": totals([r for r in reviews if r.session <= 6]),
        "per_session": {s: totals([r for r in reviews if r.session == s]) for s in sessions},
        "worst": [
            {"review": r.name, "session": r.session, "recall": round(r.recall, 3), "rows": len(r.rows),
             "extracted": len(r.extracted), "precision": _ratio(r.matched_extracted, len(r.extracted))}
            for r in sorted(reviews, key=lambda r: (r.recall, -len(r.rows)))[:10]
        ],
    }  # fmt: skip


def score_files(paths: list[Path], labels: dict) -> tuple[list[Review], list[str]]:
    """Parse each report and score it against the UPR Info rows of its (session, State under review)."""
    reviews, unlabelled = [], []
    for path in paths:
        structure = parse_wg_report(load_report(path))
        meta = structure.metadata
        key = (meta.get("session"), meta.get("state_under_review"))
        if key not in labels:
            unlabelled.append(f"{path.name} {key}")
            continue
        review = Review(path.stem, key[0], key[1], meta.get("year"), labels[key], structure.recommendations)
        score_review(review)
        reviews.append(review)
    return reviews, unlabelled


def run(data: Path, show_missed: int) -> dict | None:
    texts = data / "wg-reports" / "text"
    labels_path = data / "upr-info" / "recommendations_sessions_01-17.csv"
    if not texts.is_dir() or not labels_path.is_file():
        print(f"skipped: {texts} or {labels_path} not found")
        return None
    started = time.perf_counter()
    labels = load_labels(labels_path)
    reviews, unlabelled = score_files(sorted(texts.glob("*.txt")), labels)
    result = summarise(reviews)
    result["unlabelled_reports"] = unlabelled
    _print(result, reviews, show_missed)
    # The same reviews read from the original PDFs (page furniture, hard-wrapped lines).
    pdf_reviews, pdf_unlabelled = score_files(sorted((data / "wg-reports" / "pdf").glob("*.pdf")), labels)
    if pdf_reviews:
        result["pdf"] = summarise(pdf_reviews)["overall"]
        result["pdf"]["per_review"] = {r.name: round(r.recall, 3) for r in pdf_reviews}
        result["pdf"]["unlabelled_reports"] = pdf_unlabelled
        print(f"\nPDF originals: {result['pdf']}")
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["threshold"] = THRESHOLD
    print(f"time: {result['seconds']} s")
    return result


def _print(result: dict, reviews: list[Review], show_missed: int) -> None:
    header = (
        f"{'':>12} {'reviews':>7} {'rows':>6} {'recall':>7} {'close':>7} {'extr':>6} {'prec':>7} {'state':>7} "
        f"{'posit':>7}"
    )
    print(header)
    for label, figures in [("overall", result["overall"]), ("sess 1-6", result["sessions_1_6"])] + [
        (f"session {s}", f) for s, f in result["per_session"].items()
    ]:
        print(
            f"{label:>12} {figures['reviews']:>7} {figures['rows']:>6} {figures['recall']:>7.3f} "
            f"{figures['recall_close']:>7.3f} "
            f"{figures['extracted']:>6} {figures['precision']:>7.3f} {figures['state_accuracy']:>7.3f} "
            f"{figures['position_accuracy']:>7.3f}"
        )
    print("\nworst reviews:")
    by_name = {r.name: r for r in reviews}
    for worst in result["worst"]:
        print(f"  {worst}")
        for text in by_name[worst["review"]].missed[:show_missed]:
            print(f"      missed: {text[:150]}")
    print(f"\nreports without UPR Info rows for their (session, State): {result['unlabelled_reports']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument(
        "--show-missed", type=int, default=2, help="missed UPR Info rows shown per worst review"
    )
    args = parser.parse_args(argv)
    result = run(shared_data(), args.show_missed)
    if result is not None and args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
