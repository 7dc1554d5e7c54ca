"""4th-cycle Working Group report drafts (DOCX) through read_document + parse_wg_report.

For every DOCX in ../shared/data/wg-draft-docx: recommendation count, distinct paragraph numbers,
how many carry recommending states, positions, and a spot check (first / middle / last). The
truth is counted independently with python-docx: body paragraphs that are auto-numbered (w:numPr,
directly or through their style) or start with a typed "6.12" number, and that end like a UPR
recommendation, i.e. with a bracket then ";" or "." ("… (Chile);"). The expected number of each is
rendered from numbering.xml (lvlText with its start value, counted per list and level).

    .venv/bin/python bench/bench_docx_drafts.py [--json PATH]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

from _common import require_shared_data, shorten, write_json  # noqa: E402
from uprmonitor.ingest import read_document  # noqa: E402
from uprmonitor.structure.wg_report import parse_wg_report  # noqa: E402

_TYPED_NUMBER = re.compile(r"^\s*(\d{1,3}\.\d{1,3})\.?\s")
_ENDS_LIKE_RECOMMENDATION = re.compile(r"\)\s*[;.]?\s*$")


def _num_pr(paragraph, styles_num):
    """(numId, ilvl) of a paragraph's automatic numbering, from itself or its style, or None."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    if num_pr is not None and num_pr.numId is not None:
        return num_pr.numId.val, num_pr.ilvl.val if num_pr.ilvl is not None else 0
    style_id = p_pr.pStyle.val if p_pr is not None and p_pr.pStyle is not None else None
    return styles_num.get(style_id)


def _style_numbering(document) -> dict:
    numbering = {}
    for style in document.styles.element.findall(qn("w:style")):
        num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id = num_pr.find(qn("w:numId")) if num_pr is not None else None
        if num_id is not None:
            ilvl = num_pr.find(qn("w:ilvl"))
            numbering[style.get(qn("w:styleId"))] = (
                int(num_id.get(qn("w:val"))),
                int(ilvl.get(qn("w:val"))) if ilvl is not None else 0,
            )
    return numbering


def _level_formats(document) -> dict:
    """(numId, ilvl) -> (lvlText, start) for every list of the document."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
    formats = {}
    for num in root.findall(qn("w:num")):
        definition = abstract.get(num.find(qn("w:abstractNumId")).get(qn("w:val")))
        for level in definition.findall(qn("w:lvl")) if definition is not None else []:
            text = level.find(qn("w:lvlText"))
            start = level.find(qn("w:start"))
            formats[(int(num.get(qn("w:numId"))), int(level.get(qn("w:ilvl"))))] = (
                text.get(qn("w:val")) if text is not None else "",
                int(start.get(qn("w:val"))) if start is not None else 1,
            )
    return formats


def _render(formats: dict, num_id: int, ilvl: int, count: int) -> str:
    """The number Word shows for the count-th item of a list level (parents at their start value)."""
    text, start = formats.get((num_id, ilvl), ("", 1))
    rendered = text.replace(f"%{ilvl + 1}", str(start + count))
    for level in range(ilvl):
        rendered = rendered.replace(f"%{level + 1}", str(formats.get((num_id, level), ("", 1))[1]))
    return rendered.rstrip(".")


def independent_truth(path: Path) -> dict:
    """Count the recommendation paragraphs of a draft with python-docx alone."""
    document = docx.Document(str(path))
    styles_num, formats = _style_numbering(document), _level_formats(document)
    counters: collections.Counter = collections.Counter()
    numbers, numbered_paragraphs = [], 0
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        auto = _num_pr(paragraph, styles_num)
        typed = _TYPED_NUMBER.match(text)
        number = None
        if auto:
            num_id, ilvl = int(auto[0]), int(auto[1])
            number = _render(formats, num_id, ilvl, counters[(num_id, ilvl)])
            counters[(num_id, ilvl)] += 1
            numbered_paragraphs += 1
        elif typed:
            number = typed.group(1)
            numbered_paragraphs += 1
        if number and _ENDS_LIKE_RECOMMENDATION.search(text):
            numbers.append(number)
    return {
        "numbered_paragraphs": numbered_paragraphs,
        "recommendations": len(numbers),
        "distinct_numbers": len(set(numbers)),
        "numbers": numbers,
    }


def evaluate(path: Path) -> dict:
    started = time.perf_counter()
    structure = parse_wg_report(read_document(path))
    seconds = time.perf_counter() - started
    recommendations = structure.recommendations
    truth = independent_truth(path)
    ours = [r.paragraph for r in recommendations]
    spot = (
        [recommendations[i] for i in sorted({0, len(recommendations) // 2, len(recommendations) - 1})]
        if recommendations
        else []
    )
    return {
        "file": path.name,
        "seconds": round(seconds, 3),
        "recommendations": len(recommendations),
        "distinct_paragraphs": len(set(ours)),
        "with_states": sum(bool(r.recommending_states) for r in recommendations),
        "positions": dict(collections.Counter(str(r.position) for r in recommendations)),
        "metadata": structure.metadata,
        "truth": {k: v for k, v in truth.items() if k != "numbers"},
        "count_agrees": len(recommendations) == truth["recommendations"],
        "numbers_agree": sorted(set(ours)) == sorted(set(truth["numbers"])),
        # a paragraph merging several states' recommendations ("… (Ireland); … (Netherlands);") is
        # split by the parser, as UPR Info does, so the counts then differ by design
        "split_paragraphs": {p: n for p, n in collections.Counter(ours).items() if n > 1},
        "truth_first_last": [truth["numbers"][0], truth["numbers"][-1]] if truth["numbers"] else [],
        "spot_check": [
            {
                "paragraph": r.paragraph,
                "text": shorten(r.text, 80),
                "states": r.recommending_states,
                "position": r.position,
            }
            for r in spot
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the results as JSON to this path")
    args = parser.parse_args(argv)
    folder = require_shared_data("wg-draft-docx") / "wg-draft-docx"
    results = [evaluate(path) for path in sorted(folder.glob("*.docx"))]
    print(
        f"{'file':58} {'ours':>5} {'dist':>5} {'states':>6} {'truth':>5} {'numbers':>7}  positions / split paragraphs"
    )
    for r in results:
        print(
            f"{r['file'][:58]:58} {r['recommendations']:5} {r['distinct_paragraphs']:5} {r['with_states']:6} "
            f"{r['truth']['recommendations']:5} {'same' if r['numbers_agree'] else 'DIFFER':>7}  "
            f"{r['positions']} {r['split_paragraphs'] or ''}"
        )
    for r in results:
        print(
            f"\n{r['file']}  ({r['seconds']} s)  truth numbers {r['truth_first_last']}  metadata {r['metadata']}"
        )
        for item in r["spot_check"]:
            print(f"   {item['paragraph']}: {item['text']}  {item['states']}  [{item['position']}]")
    agreeing = sum(r["numbers_agree"] for r in results)
    exact_count = sum(r["count_agrees"] for r in results)
    print(
        f"\n{agreeing}/{len(results)} drafts: the set of paragraph numbers equals the independent count's; "
        f"{exact_count}/{len(results)} also have exactly one recommendation per numbered paragraph"
    )
    write_json(
        args.json,
        {
            "benchmark": "docx_drafts",
            "date": time.strftime("%Y-%m-%d"),
            "agreeing": agreeing,
            "exact_count": exact_count,
            "files": len(results),
            "results": results,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
