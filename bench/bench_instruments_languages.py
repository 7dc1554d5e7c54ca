"""Benchmark: instruments cited in the same UN recommendation in six languages.

Data: ../shared/data/multilingual/uhri-6lang/all_annotations.jsonl (818 OHCHR Universal Human Rights Index
records, UPR and treaty-body recommendations, each with the official `en`, `fr`, `es`, `ru`, `ar` and `zh`
text of the same paragraph).

Gold is what the English extractor finds in the `en` text (its own figures are in bench_instruments.py):
the set of instrument ids, the (id, article) pairs and the action of each id's first mention. For every
other language the benchmark runs the same extractor on that language's text and scores, per split:
- exact: records whose set of ids equals the gold set (all records, and those with >= 1 gold id);
- id: micro precision / recall / F1 over (record, id);
- id+article: the same over (record, id, article), an id without article counting as (record, id, none);
- action: agreement with the gold action over the ids found correctly (all, and those whose gold action
  is not `cite`).

Honesty: records are split by their `symbol` (SHA-1 of the symbol, even first byte = dev, odd = test), so
paragraphs of one report never sit on both sides. Names were added from knowledge of the official texts and
from DEV failures only; `--failures` prints dev failures and never test ones.

Run:  .venv/bin/python bench/bench_instruments_languages.py [--json PATH] [--failures]
Data: ../shared/data relative to the repository root (override with UPR_SHARED_DATA); skips when absent.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import time

from _common import precision_recall, require_shared_data, shorten, write_json
from uprmonitor.classify.instruments import find_instruments

DATA_PATH = "multilingual/uhri-6lang/all_annotations.jsonl"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
SPLITS = ("dev", "test")


def split_of(symbol: str) -> str:
    """dev when the first byte of the symbol's SHA-1 is even, test when it is odd."""
    return "dev" if hashlib.sha1(symbol.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def clean(text: str | None) -> str:
    """One paragraph as a parser gives it: entities decoded ("&nbsp;") and the hard line breaks of the
    web pages (631 of the 818 Arabic texts have some) joined, since a line break ends a sentence for the
    action rule. Applied to every language, English included."""
    return " ".join(html.unescape(text or "").split())


def labels(text: str) -> dict[str, dict]:
    """id -> {articles, action}: action of the id's first mention, articles of all its mentions."""
    found: dict[str, dict] = {}
    for mention in find_instruments(clean(text)):
        entry = found.setdefault(mention.id, {"articles": [], "action": mention.action})
        entry["articles"] += [a for a in mention.article if a not in entry["articles"]]
    return found


def id_article_pairs(found: dict[str, dict]) -> set[tuple[str, str | None]]:
    return {(i, a) for i, entry in found.items() for a in (entry["articles"] or [None])}


class _Tally:
    """Counts for one language on one split."""

    def __init__(self) -> None:
        self.ids = {"found": 0, "expected": 0, "correct": 0}
        self.pairs = {"found": 0, "expected": 0, "correct": 0}
        self.records = self.exact = self.citing = self.exact_citing = 0
        self.action_checked = self.action_right = self.asked_checked = self.asked_right = 0

    def add(self, gold: dict[str, dict], found: dict[str, dict]) -> bool:
        """Count one record; True when the record is a failure (ids, articles or actions differ)."""
        exact = set(found) == set(gold)
        self.records += 1
        self.exact += exact
        self.citing += bool(gold)
        self.exact_citing += bool(gold) and exact
        _add(self.ids, set(found), set(gold))
        gold_pairs, found_pairs = id_article_pairs(gold), id_article_pairs(found)
        _add(self.pairs, found_pairs, gold_pairs)
        actions_agree = True
        for instrument_id in set(found) & set(gold):
            agree = found[instrument_id]["action"] == gold[instrument_id]["action"]
            actions_agree &= agree
            self.action_checked += 1
            self.action_right += agree
            if gold[instrument_id]["action"] != "cite":
                self.asked_checked += 1
                self.asked_right += agree
        return not (exact and gold_pairs == found_pairs and actions_agree)

    def result(self) -> dict:
        return {
            "records": self.records,
            "records_with_gold_instrument": self.citing,
            "exact_ids": _share(self.exact, self.records),
            "exact_ids_where_gold_cites": _share(self.exact_citing, self.citing),
            "id": precision_recall(**self.ids),
            "id_article": precision_recall(**self.pairs),
            "action_agreement": _share(self.action_right, self.action_checked),
            "action_agreement_where_gold_asks": _share(self.asked_right, self.asked_checked),
        }


def _add(counts: dict, found: set, expected: set) -> None:
    counts["found"] += len(found)
    counts["expected"] += len(expected)
    counts["correct"] += len(found & expected)


def _share(part: int, whole: int) -> dict:
    return {"count": part, "of": whole, "share": round(part / whole, 4) if whole else None}


def score(records: list[dict], show_failures: bool) -> dict:
    tallies = {(split, lang): _Tally() for split in SPLITS for lang in LANGUAGES}
    failures: list[str] = []
    for record in records:
        split = split_of(record["symbol"])
        gold = labels(record["en"])
        for lang in LANGUAGES:
            found = labels(record.get(lang) or "")
            failed = tallies[split, lang].add(gold, found)
            if failed and split == "dev" and show_failures:  # never test failures
                failures.append(_describe(record, lang, gold, found))
    result = {split: {lang: tallies[split, lang].result() for lang in LANGUAGES} for split in SPLITS}
    result["dev_failures"] = failures
    return result


def _describe(record: dict, lang: str, gold: dict, found: dict) -> str:
    def brief(entries: dict) -> str:
        return ", ".join(f"{i}{e['articles'] or ''}:{e['action']}" for i, e in sorted(entries.items())) or "-"

    return (f"[{lang}] {record['symbol']} #{record.get('numberInDocument')}\n"
            f"    gold  {brief(gold)}\n    found {brief(found)}\n    {shorten(clean(record[lang]), 400)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the result as JSON to this path")
    parser.add_argument("--failures", action="store_true", help="print the DEV failures (never the test ones)")
    args = parser.parse_args()
    data = require_shared_data(DATA_PATH)
    started = time.perf_counter()
    records = [json.loads(line) for line in (data / DATA_PATH).read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score(records, args.failures)
    result["seconds"] = round(time.perf_counter() - started, 1)
    _print(result, args.failures)
    write_json(args.json, result)


def _print(result: dict, show_failures: bool) -> None:
    for split in SPLITS:
        first = result[split][LANGUAGES[0]]
        print(f"{split}: {first['records']} records, {first['records_with_gold_instrument']} with >= 1 gold instrument (en)")
        print("  lang  exact(all)  exact(cites)  id P   id R   id F1  id+art F1  action  action(asked)")
        for lang in LANGUAGES:
            r = result[split][lang]
            print(f"  {lang:<4}  {_fmt(r['exact_ids'])}  {_fmt(r['exact_ids_where_gold_cites'])}  "
                  f"{r['id']['precision']:.3f}  {r['id']['recall']:.3f}  {r['id']['f1']:.3f}  "
                  f"{r['id_article']['f1']:.3f}      {_fmt(r['action_agreement'])}  {_fmt(r['action_agreement_where_gold_asks'])}")
    print(f"{result['seconds']} s")
    if show_failures:
        print(f"dev failures ({len(result['dev_failures'])}):")
        for failure in result["dev_failures"]:
            print(failure)


def _fmt(share: dict) -> str:
    return f"{share['share']:.3f}" if share["share"] is not None else "  -  "


if __name__ == "__main__":
    main()
