"""Stakeholder attribution in OHCHR summaries of stakeholders' submissions (A/HRC/WG.6/N/XXX/3).

Over the summaries in ../shared/data/pre-session-docs (JSON, PDF text with a blank line between
pages) and Slovenia's three /3 documents (pdftotext .txt, and the original PDFs as a cross-check
through uprmonitor.ingest.read_document), it reports per document and in total:

  paragraphs       numbered paragraphs found (and whether they run 1..N without a gap)
  recommendations  attributed recommendations extracted
  coverage         share of sentences containing "recommended" / "urged" / "called on|upon" that
                   produced at least one recommendation
  precision        on a fixed-seed sample of 30 recommendations (those whose "document#paragraph#
                   ordinal" keys hash lowest with the seed) hand-checked against the source:
                   a recommendation is correct when both its stakeholder code(s) and its text
                   boundaries (start and end of the recommended action) are right. The verdicts are
                   recorded below by document/paragraph/ordinal only (no text from the data).

    python bench/bench_stakeholders.py [--show-sample] [--json bench/out/stakeholders.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.ingest import read_document  # noqa: E402
from uprmonitor.ingest.text_reader import read_text  # noqa: E402
from uprmonitor.model import ExtractedText  # noqa: E402
from uprmonitor.structure.un_documents import (  # noqa: E402
    paragraph_numbers,
    parse_stakeholder_summary,
    parse_un_report,
    split_sentences,
)

SAMPLE_SIZE = 30
SAMPLE_SEED = 20261125
RECOMMENDING_VERB = re.compile(r"\b(?:recommended|urged|called\s+(?:on|upon))\b")
SLOVENIA_REPORTS = ("slovenia/cycle1/extracted/g0916919.txt", "slovenia/cycle2/extracted/g1413493.txt",
                    "slovenia/cycle3/extracted/g1923444.txt", "slovenia/cycle2/extracted/g1414064.txt",
                    "slovenia/cycle3/extracted/g1925890.txt")  # /1 and /2 (cycle 1's /2 text is a stub)
SLOVENIA_PDFS = {
    "slovenia/cycle1/extracted/g0917008.txt": "slovenia/1stcyycleunoriginal/g0917008.pdf",
    "slovenia/cycle2/extracted/g1409727.txt": "slovenia/2ndcycleunoriginal/g1409727.pdf",
    "slovenia/cycle3/extracted/g1924226.txt": "slovenia/3rdcycleunoriginal/g1924226.pdf",
}

# Hand-checked verdicts for the fixed-seed sample, keyed "document#paragraph#ordinal in paragraph":
# "ok" = stakeholder and text boundaries right; "code" = wrong stakeholder; "text" = wrong start/end.
# Checked on 2026-11-25 by reading each paragraph in the source file.
JUDGEMENTS: dict[str, str] = {
    "pre-session-docs/UPR-BRA-C4-S41-3.json#13#0": "ok",
    "pre-session-docs/UPR-BRA-C4-S41-3.json#23#0": "ok",
    "pre-session-docs/UPR-BRA-C4-S41-3.json#28#1": "ok",
    "pre-session-docs/UPR-BRA-C4-S41-3.json#3#0": "ok",
    "pre-session-docs/UPR-BRA-C4-S41-3.json#4#0": "ok",
    "pre-session-docs/UPR-BRA-C4-S41-3.json#67#0": "ok",
    "pre-session-docs/UPR-BRA-C4-S41-3.json#9#0": "ok",
    "pre-session-docs/UPR-CRI-C4-S47-3.json#53#0": "ok",
    "pre-session-docs/UPR-CRI-C4-S47-3.json#57#0": "ok",
    "pre-session-docs/UPR-CRI-C4-S47-3.json#71#0": "ok",
    "pre-session-docs/UPR-CRI-C4-S47-3.json#87#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#21#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#28#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#33#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#39#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#47#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#48#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#48#1": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#56#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#58#0": "ok",
    "pre-session-docs/UPR-FRA-C4-S43-3.json#75#0": "ok",
    "pre-session-docs/UPR-UKR-C3-S28-3.json#69#0": "ok",
    "pre-session-docs/record_0002.json#7#0": "ok",
    "pre-session-docs/record_0008.json#12#0": "ok",
    "slovenia/cycle1/extracted/g0917008.txt#16#1": "ok",
    "slovenia/cycle1/extracted/g0917008.txt#29#1": "ok",
    "slovenia/cycle1/extracted/g0917008.txt#45#0": "ok",
    "slovenia/cycle1/extracted/g0917008.txt#45#1": "ok",
    "slovenia/cycle2/extracted/g1409727.txt#14#0": "ok",
    "slovenia/cycle3/extracted/g1924226.txt#51#0": "ok",
}


def summaries(root: Path, kinds: tuple[str, ...] = ("stakeholder_summary",)) -> list[tuple[str, ExtractedText]]:
    """(name, extracted text) of every distinct document of `kinds`: JSON first, then Slovenia's .txt."""
    found, seen = [], set()
    for path in sorted((root / "pre-session-docs").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(record, list) or record.get("doc_type") not in kinds:
            continue  # all_samples.json repeats the record_*.json files
        if record["_id"] in seen:
            continue
        seen.add(record["_id"])
        # The JSON text is the PDF's text with a blank line between pages: make those page breaks.
        text = record["text"].replace("\n\n", "\f")
        found.append((f"pre-session-docs/{path.name}", read_text(text, path.name)))
    slovenian = SLOVENIA_PDFS if "stakeholder_summary" in kinds else SLOVENIA_REPORTS
    for relative in slovenian:
        if (root / relative).exists():
            found.append((relative, read_document(root / relative)))
    return found


def report_checks(root: Path) -> list[dict]:
    """National reports (/1) and UN compilations (/2): do the numbered paragraphs run 1..N without a gap?"""
    results = []
    for name, extracted in summaries(root, ("national_report", "un_compilation")):
        structure = parse_un_report(extracted)
        numbers = [int(number) for number in paragraph_numbers(extracted)]
        results.append({
            "document": name,
            "symbol": structure.metadata.get("symbol"),
            "paragraphs": len(numbers),
            "paragraphs_contiguous": numbers == list(range(1, len(numbers) + 1)),
            "sections": len(structure.sections),
            "recommendations": len(structure.recommendations),
        })
    return results


def measure(name: str, extracted: ExtractedText) -> tuple[dict, list[dict]]:
    structure = parse_stakeholder_summary(extracted)
    paragraphs = [int(number) for number in paragraph_numbers(extracted)]
    texts = [r.text for r in structure.recommendations]
    verb_sentences = covered = 0
    for section in structure.sections:
        for concern in section.concerns:
            for sentence in split_sentences(concern):
                if RECOMMENDING_VERB.search(sentence):
                    verb_sentences += 1
                    covered += any(text in sentence for text in texts)
    ordinals: dict[str, int] = {}
    rows = []
    for recommendation in structure.recommendations:
        ordinal = ordinals.get(recommendation.paragraph, 0)
        ordinals[recommendation.paragraph] = ordinal + 1
        rows.append({"key": f"{name}#{recommendation.paragraph}#{ordinal}", "stakeholder": recommendation.stakeholder,
                     "text": recommendation.text, "page": recommendation.page})
    result = {
        "document": name,
        "symbol": structure.metadata.get("symbol"),
        "state": structure.metadata.get("state_under_review"),
        "paragraphs": len(paragraphs),
        "paragraphs_contiguous": paragraphs == list(range(1, len(paragraphs) + 1)),
        "recommendations": len(structure.recommendations),
        "unattributed": sum(1 for r in structure.recommendations if not r.stakeholder),
        "verb_sentences": verb_sentences,
        "covered_sentences": covered,
    }
    return result, rows


def sample_keys(rows: list[dict]) -> list[dict]:
    """The fixed sample: the rows whose keys hash lowest with the seed. A parser change that adds or drops
    a recommendation elsewhere leaves the rest of the sample (and its recorded verdicts) in place."""
    def rank(row: dict) -> str:
        return hashlib.sha256(f"{SAMPLE_SEED}:{row['key']}".encode()).hexdigest()

    return sorted(rows, key=rank)[:SAMPLE_SIZE]


def sample_precision(rows: list[dict], show: bool) -> dict:
    sample = sample_keys(rows)
    verdicts = [JUDGEMENTS.get(row["key"]) for row in sample]
    if show:
        for row, verdict in zip(sample, verdicts, strict=True):
            print(f"  {row['key']} [{verdict or 'unjudged'}] p{row['page']} {row['stakeholder']!r}: {row['text']}")
    judged = [v for v in verdicts if v]
    correct = judged.count("ok")
    return {
        "sample": len(sample),
        "judged": len(judged),
        "correct": correct,
        "wrong_code": judged.count("code"),
        "wrong_text": judged.count("text"),
        "precision": round(correct / len(judged), 3) if judged else None,
        "keys": [row["key"] for row in sample],
    }


def pdf_cross_check(root: Path) -> list[dict]:
    """The same Slovenian summaries read from the original PDFs: do both routes agree?"""
    checks = []
    for text_path, pdf_path in SLOVENIA_PDFS.items():
        if not (root / text_path).exists() or not (root / pdf_path).exists():
            continue
        from_text = parse_stakeholder_summary(read_document(root / text_path)).recommendations
        from_pdf = parse_stakeholder_summary(read_document(root / pdf_path)).recommendations
        same = {(r.paragraph, r.stakeholder, r.text) for r in from_text} & {
            (r.paragraph, r.stakeholder, r.text) for r in from_pdf}
        checks.append({"pdf": pdf_path, "from_txt": len(from_text), "from_pdf": len(from_pdf), "identical": len(same)})
    return checks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the results as JSON to this path")
    parser.add_argument("--show-sample", action="store_true", help="print the sampled recommendations to check")
    args = parser.parse_args()
    root = require_shared_data("pre-session-docs")

    per_document, rows = [], []
    for name, extracted in summaries(root):
        result, document_rows = measure(name, extracted)
        per_document.append(result)
        rows.extend(document_rows)
    if not per_document:
        print("skipped: no stakeholder summaries found")
        return

    print(f"{'document':46} {'symbol':22} {'paras':>5} {'recs':>5} {'unattr':>6} {'cover':>9}")
    for r in per_document:
        gap = "" if r["paragraphs_contiguous"] else "*"
        print(f"{r['document'][-46:]:46} {r['symbol'] or '-':22} {r['paragraphs']:>4}{gap:1} {r['recommendations']:>5} "
              f"{r['unattributed']:>6} {r['covered_sentences']:>4}/{r['verb_sentences']:<4}")
    totals = {key: sum(r[key] for r in per_document)
              for key in ("paragraphs", "recommendations", "unattributed", "verb_sentences", "covered_sentences")}
    totals["documents"] = len(per_document)
    totals["coverage"] = round(totals["covered_sentences"] / totals["verb_sentences"], 4)
    print(f"total: {totals['documents']} summaries, {totals['paragraphs']} paragraphs, "
          f"{totals['recommendations']} recommendations ({totals['unattributed']} without a stakeholder), "
          f"coverage {totals['covered_sentences']}/{totals['verb_sentences']} = {totals['coverage']:.1%}")

    precision = sample_precision(rows, args.show_sample)
    if precision["judged"]:
        print(f"hand-checked sample (seed {SAMPLE_SEED}): {precision['correct']}/{precision['judged']} correct "
              f"= {precision['precision']:.1%} ({precision['wrong_code']} wrong stakeholder, "
              f"{precision['wrong_text']} wrong boundaries)")
    if precision["judged"] < precision["sample"]:
        print(f"note: {precision['sample'] - precision['judged']} sampled recommendations have no recorded "
              "verdict (the parser changed the sample); run with --show-sample and re-check them")

    reports = report_checks(root)
    contiguous = sum(r["paragraphs_contiguous"] for r in reports)
    print(f"national reports and compilations: {len(reports)} documents, {sum(r['paragraphs'] for r in reports)} "
          f"paragraphs, numbering contiguous in {contiguous}/{len(reports)}, "
          f"{sum(r['recommendations'] for r in reports)} recommendations (from the compilations)")

    cross = pdf_cross_check(root)
    for check in cross:
        print(f"pdf cross-check {check['pdf']}: txt {check['from_txt']}, pdf {check['from_pdf']}, "
              f"identical {check['identical']}")

    write_json(args.json, {"documents": per_document, "totals": totals, "sample": precision,
                           "reports": reports, "pdf_cross_check": cross})


if __name__ == "__main__":
    main()
