"""Arabic and Chinese attribution readers on real UN prose: treaty bodies' recommendations in six languages.

No Arabic or Chinese pre-session document (/1, /2, /3) is in ../shared/data, so the readers of
`uprmonitor.structure.un_documents_scripts` are measured on the nearest real text there is: the treaty-body
paragraphs of multilingual/uhri-6lang/all_annotations.jsonl ("The Committee recommends that the State party
…", "توصي اللجنة الدولة الطرف بأن …", "委员会建议缔约国…"), the same paragraph in each language.

For each paragraph it asks whether English says the Committee recommends, urges, calls upon, encourages or
requests something, and whether the Arabic and the Chinese reader find at least one recommendation in the
same paragraph; it reports the agreement, the share attributed to the Committee, and the share whose text
still opens with the addressee ("الدولة الطرف", "缔约国": the ask's start was missed).

    python bench/bench_un_documents_ar_zh.py [--json bench/out/un_documents_ar_zh.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.structure.un_documents import split_sentences  # noqa: E402
from uprmonitor.structure.un_documents_scripts import ARABIC, CHINESE, attributor_for  # noqa: E402

SOURCE = "multilingual/uhri-6lang/all_annotations.jsonl"
ENGLISH_ASK = re.compile(
    r"\bthe\s+Committee,?\s+(?:[^.;]{0,200}?,\s+)?(?:also\s+|further\s+|strongly\s+|again\s+|therefore\s+)*"
    r"(?:recommends|urges|calls\s+(?:up)?on|encourages|requests|reiterates\s+its\s+(?:previous\s+)?recommendation)\b",
    re.IGNORECASE,
)
# The paragraph's heading and number before the text ("…15- ", "…21.委员会"): cut, as the layout reader does.
PARAGRAPH_NUMBER = re.compile(r"^.{0,160}?\d{1,3}\s*[-.．]\s*(?=\D)", re.S)
ADDRESSEE_FIRST = {"ar": re.compile(r"(?:ال)?دولة\s+(?:ال)?طرف"), "zh": re.compile(r"缔约国")}


def read_paragraphs(root: Path) -> list[dict]:
    rows = [json.loads(line) for line in (root / SOURCE).open(encoding="utf-8")]
    return [row for row in rows if not row.get("is_upr") and row.get("en") and row.get("ar") and row.get("zh")]


def attributions(text: str, language: str) -> list[tuple[list[str], str]]:
    """(codes, recommended text) of every recommendation the reader finds in one paragraph."""
    wording = ARABIC if language == "ar" else CHINESE
    text = PARAGRAPH_NUMBER.sub("", " ".join(text.split()) if language == "ar" else re.sub(r"\s+", "", text), 1)
    reader = attributor_for(wording, {})
    found = []
    for sentence in split_sentences(text, language):
        reader.remember(sentence)
        found.extend((clause.codes, sentence[clause.start : clause.end]) for clause in reader.clauses(sentence, None))
    return found


def measure(paragraphs: list[dict]) -> dict:
    results: dict = {"paragraphs": len(paragraphs)}
    english = [bool(ENGLISH_ASK.search(row["en"])) for row in paragraphs]
    results["english_with_committee_ask"] = sum(english)
    for language in ("ar", "zh"):
        found = [attributions(row[language], language) for row in paragraphs]
        both = sum(e and bool(f) for e, f in zip(english, found, strict=True))
        missed = sum(e and not f for e, f in zip(english, found, strict=True))
        extra = sum(f != [] and not e for e, f in zip(english, found, strict=True))
        clauses = [clause for paragraph in found for clause in paragraph]
        committee = sum(codes == ["Committee"] for codes, _ in clauses)
        addressee_first = sum(bool(ADDRESSEE_FIRST[language].match(text)) for _, text in clauses)
        results[language] = {
            "found_where_english_asks": both, "missed": missed, "found_where_english_does_not": extra,
            "recall": round(both / max(1, sum(english)), 3), "recommendations": len(clauses),
            "attributed_to_committee": committee, "text_opening_with_addressee": addressee_first,
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the results as JSON to this path")
    args = parser.parse_args()
    root = require_shared_data(SOURCE)
    results = measure(read_paragraphs(root))
    print(f"treaty-body paragraphs with en, ar and zh text: {results['paragraphs']}; "
          f"English says the Committee recommends/urges/…: {results['english_with_committee_ask']}")
    for language in ("ar", "zh"):
        r = results[language]
        print(f"{language}: found in {r['found_where_english_asks']} of those (recall {r['recall']:.1%}), "
              f"missed {r['missed']}, found where English has none {r['found_where_english_does_not']}; "
              f"{r['recommendations']} recommendations, {r['attributed_to_committee']} to the Committee, "
              f"{r['text_opening_with_addressee']} still opening with the addressee")
    write_json(args.json, results)


if __name__ == "__main__":
    main()
