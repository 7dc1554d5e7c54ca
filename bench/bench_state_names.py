"""Recommending States read in six languages: the same WG-report recommendation in en/fr/es/ru/ar/zh (uhri-6lang).

Gold is what the existing English path reads: `wg_items.state_brackets` on the English text, its last bracket
of States. For every other language the last bracket of the text (fullwidth "（）" in Chinese; brackets right
before it joined, as the English path joins "(Maldives) (Portugal)") is read with
`find_states(content, in_prose=False)` ("finder") and, when that finds nothing, each part between commas with
`closest_state` as `wg_items.bracket_states` does for misspelt names ("+closest"); and with
`wg_items.bracket_states` itself ("bracket_states": the WG parser's reading, which also demands that nothing but
State names and separators fill the bracket). Per language: the share of records whose set of States equals
the gold, and precision / recall over State mentions; the same on "aligned" records (both texts carry the same
paragraph number: the data set sometimes pairs a recommendation with its neighbour).

Records are split by UN symbol (SHA-1 of the symbol even = dev, odd = test). Names come from knowledge of UN
forms and DEV failures only; test failures are counted, never printed.

    .venv/bin/python bench/bench_state_names.py [--json bench/out/state_names.json] [--show-dev-failures]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import require_shared_data, write_json  # noqa: E402
from uprmonitor.ingest import read_document  # noqa: E402
from uprmonitor.structure.states import closest_state, find_state_spans, find_states  # noqa: E402
from uprmonitor.structure.wg_items import bracket_states, state_brackets  # noqa: E402

DATA = Path("multilingual") / "uhri-6lang" / "upr_recommendations.jsonl"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
_FULLWIDTH = str.maketrans({"\uff08": "(", "\uff09": ")"})
_HTML_SPACE = re.compile(r"&nbsp;?|\u00a0")


def split_of(symbol: str) -> str:
    return "dev" if int(hashlib.sha1(symbol.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def _bracket_before(text: str, close: int) -> int | None:
    """Where the balanced bracket closing at `close` opens."""
    depth = 0
    for index in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            return index
    return None


def last_bracket(text: str) -> str | None:
    """Content of the last balanced (...) of the text: "(Bolivie (État plurinational de))" keeps its inner one.

    Brackets of States right before it with nothing but spaces, commas or semicolons between ("(Maldives)
    (Portugal)") join it, as `state_brackets` joins them on the English side.
    """
    text = _HTML_SPACE.sub(" ", text.translate(_FULLWIDTH))
    close = text.rfind(")")
    if close == -1:
        return None
    contents: list[str] = []
    while close != -1:
        opening = _bracket_before(text, close)
        if opening is None:
            break
        content = text[opening + 1 : close]
        if contents and not find_states(content, in_prose=False):
            break  # "(FGM), (South Sudan)": only brackets that name States join, as on the English side
        contents.insert(0, content)
        before = text[:opening].rstrip(" \t\r\n,;\u060c\u061b\u3001\uff0c\uff1b")
        close = len(before) - 1 if before.endswith(")") else -1
    return ", ".join(contents) if contents else None


_NUMBER = re.compile(r"^\D{0,40}?(\d+)\s*[.\-:]\s*(\d+)")


def paragraph_number(text: str) -> tuple[str, ...] | None:
    """("132", "90") for "132.90 ...", "132-90\\r\\n ..." or "97 - 10 - ..."; None when the text has none."""
    match = _NUMBER.match(text or "")
    return match.groups() if match else None


def aligned(record: dict, language: str) -> bool:
    """False when the two texts carry different paragraph numbers: the record pairs two recommendations."""
    english, other = paragraph_number(record["en"]), paragraph_number(record[language])
    return english is None or other is None or english == other


def gold_states(english: str) -> list[str] | None:
    brackets = state_brackets(english)
    return brackets[-1][2] if brackets else None


def read_with_finder(content: str) -> list[str]:
    return find_states(content, in_prose=False)


def read_with_closest(content: str) -> list[str]:
    found = find_states(content, in_prose=False)
    if found:
        return found
    parts = [closest_state(part.strip()) for part in re.split(r"[,;،、，]", content) if part.strip()]
    return list(dict.fromkeys(name for name in parts if name))


def read_as_the_parser_does(content: str) -> list[str]:
    return bracket_states(content) or []


METHODS = {
    "finder": read_with_finder,
    "+closest": read_with_closest,
    "bracket_states": read_as_the_parser_does,
}


def score(pairs: list[tuple[list[str], list[str]]]) -> dict:
    exact = sum(set(gold) == set(found) for gold, found in pairs)
    hits = sum(len(set(gold) & set(found)) for gold, found in pairs)
    found_total = sum(len(set(found)) for _, found in pairs)
    gold_total = sum(len(set(gold)) for gold, _ in pairs)
    return {
        "records": len(pairs),
        "exact": round(exact / len(pairs), 4) if pairs else None,
        "precision": round(hits / found_total, 4) if found_total else None,
        "recall": round(hits / gold_total, 4) if gold_total else None,
    }


def evaluate(records: list[dict]) -> tuple[dict, list[dict]]:
    results: dict = {}
    failures: list[dict] = []
    for method, read in METHODS.items():
        for split in ("dev", "test"):
            chosen = [r for r in records if r["split"] == split]
            for language in LANGUAGES:
                pairs, aligned_pairs = [], []
                for record in chosen:
                    content = last_bracket(record[language] or "")
                    found = read(content) if content is not None else []
                    pairs.append((record["gold"], found))
                    if aligned(record, language):
                        aligned_pairs.append((record["gold"], found))
                    if method == "+closest" and set(found) != set(record["gold"]):
                        failures.append(
                            {
                                "split": split,
                                "language": language,
                                "symbol": record["symbol"],
                                "aligned": aligned(record, language),
                                "bracket": content,
                                "gold": record["gold"],
                                "found": found,
                            }
                        )
                figures = {**score(pairs), "aligned": score(aligned_pairs)}
                results.setdefault(method, {}).setdefault(split, {})[language] = figures
    return results, failures


def load(path: Path) -> tuple[list[dict], int]:
    records, without_gold = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = gold_states(record["en"] or "")
        if not gold:
            without_gold += 1
            continue
        records.append({**record, "gold": gold, "split": split_of(record["symbol"])})
    return records, without_gold


def english_speed(root: Path, reports: int = 20, repeat: int = 3) -> dict | None:
    """Best-of-`repeat` seconds to find States in the prose of `reports` English WG reports, and in every short
    bracket of them read as a bracket of States: the English path must not slow down."""
    folder = root / "wg-reports" / "text"
    if not folder.is_dir():
        return None
    texts = [read_document(path).text for path in sorted(folder.glob("*.txt"))[:reports]]
    brackets = [content for text in texts for content in re.findall(r"\(([^()]{1,80})\)", text)]
    find_states("warm up"), find_states("warm up", in_prose=False)
    timings = {"prose": [], "brackets": []}
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            find_state_spans(text)
        timings["prose"].append(time.perf_counter() - started)
        started = time.perf_counter()
        for content in brackets:
            find_states(content, in_prose=False)
        timings["brackets"].append(time.perf_counter() - started)
    return {
        "reports": len(texts),
        "chars": sum(map(len, texts)),
        "brackets": len(brackets),
        "prose_seconds": round(min(timings["prose"]), 3),
        "brackets_seconds": round(min(timings["brackets"]), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the figures (and test failure counts) to this path")
    parser.add_argument("--show-dev-failures", action="store_true", help="print what DEV records get wrong")
    args = parser.parse_args(argv)
    path = require_shared_data(str(DATA)) / DATA
    started = time.perf_counter()
    records, without_gold = load(path)
    results, failures = evaluate(records)
    seconds = round(time.perf_counter() - started, 2)
    counts = {split: sum(r["split"] == split for r in records) for split in ("dev", "test")}
    print(
        f"{len(records)} records with an English bracket of States ({counts}); {without_gold} without; {seconds} s"
    )
    for method, by_split in results.items():
        for split, by_language in by_split.items():
            print(f"\n{method} / {split}")
            print(
                f"  {'lang':5} {'exact':>7} {'prec':>7} {'recall':>7}   aligned: {'n':>4} {'exact':>7} {'recall':>7}"
            )
            for language, f in by_language.items():
                a = f["aligned"]
                print(
                    f"  {language:5} {f['exact']:7.3f} {f['precision']:7.3f} {f['recall']:7.3f}            "
                    f"{a['records']:4d} {a['exact']:7.3f} {a['recall']:7.3f}"
                )
    dev_failures = [f for f in failures if f["split"] == "dev"]
    print(f"\nfailures (+closest): dev {len(dev_failures)}, test {len(failures) - len(dev_failures)}")
    if args.show_dev_failures:
        for failure in dev_failures:
            pairing = "" if failure["aligned"] else " [paragraph numbers differ]"
            print(
                f"  {failure['language']} {failure['symbol']}: {failure['bracket']!r} gold={failure['gold']} "
                f"found={failure['found']}{pairing}"
            )
    speed = english_speed(path.parents[2])
    if speed:
        print(
            f"English speed (best of 3): prose of {speed['reports']} WG reports ({speed['chars']:,} chars) "
            f"{speed['prose_seconds']} s; {speed['brackets']} brackets {speed['brackets_seconds']} s"
        )
    write_json(
        args.json,
        {
            "english_speed": speed,
            "records": len(records),
            "without_gold": without_gold,
            "splits": counts,
            "seconds": seconds,
            "results": results,
            "dev_failures": dev_failures,
            "test_failure_count": len(failures) - len(dev_failures),
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
