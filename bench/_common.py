"""Helpers shared by the benchmarks: find ../shared/data, skip cleanly, write JSON, normalise text.

Benchmarks import this as `from _common import ...` (they run as scripts from `bench/`) or as
`bench._common` from the repo root.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from pathlib import Path

# bench/ -> repo root -> its parent, which holds shared/data next to the repo.
_DEFAULT_SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _configured_shared_data() -> Path:
    configured = os.environ.get("UPR_SHARED_DATA")
    return Path(configured) if configured else _DEFAULT_SHARED_DATA


def shared_data_dir() -> Path | None:
    """The real-data folder (env UPR_SHARED_DATA overrides), or None when it is absent."""
    path = _configured_shared_data()
    return path if path.is_dir() else None


def skip(msg: str) -> None:
    """Print a clear skip message and exit 0, so a missing data set never fails a run."""
    print(f"skipped: {msg}")
    sys.exit(0)


def require_shared_data(*relative: str) -> Path:
    """The shared data dir, skipping the benchmark when it or any of `relative` paths is missing."""
    root = shared_data_dir()
    if root is None:
        skip(f"{_configured_shared_data()} not found (set UPR_SHARED_DATA to point elsewhere)")
    for rel in relative:
        if not (root / rel).exists():
            skip(f"{root / rel} not found")
    return root


def write_json(path: str | Path | None, obj) -> None:
    """Write a benchmark result as pretty JSON (no-op when path is None)."""
    if path is None:
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"wrote {path}")


_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00ad": None,
    }
)
_NON_WORD = re.compile(r"[^\w]+")


def normalize_for_match(text: str) -> str:
    """Text reduced to what two extractions of the same sentence share.

    NFKC (ligatures, full-width forms), straight quotes and dashes, soft hyphens removed,
    lower case, and every run of punctuation/space collapsed to one space — so line wrapping,
    curly quotes, a trailing full stop or a missing space after a comma do not count as a
    difference, while any changed, missing or extra word does.
    """
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).casefold()
    return _NON_WORD.sub(" ", text).strip()


def precision_recall(found: int, expected: int, correct: int) -> dict:
    """Precision, recall and F1 from counts (1.0 when both sides are empty)."""
    precision = correct / found if found else (1.0 if not expected else 0.0)
    recall = correct / expected if expected else (1.0 if not found else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "found": found,
        "expected": expected,
        "correct": correct,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


# --- matching extracted recommendations against a reference list ----------------------------

_TRAILING_BRACKETS = re.compile(r"(?:\s*[;.,]?\s*\((?:[^()]|\([^()]*\))*\))+\s*[;.,]?\s*$")
MATCH_THRESHOLD = 0.95


def recommendation_key(text: str) -> str:
    """The text used to match a recommendation: trailing "(State, State)" groups dropped, then normalised.

    Both sides go through the same function, so a reference text that still carries its
    recommending states ("Ratify X (Chile);") meets a parser's clean text ("Ratify X").
    """
    return normalize_for_match(_TRAILING_BRACKETS.sub("", text or ""))


def similarity(a: str, b: str) -> float:
    """Character-level similarity of two keys (difflib ratio, 1.0 = identical)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def match_recommendations(
    ours: list, reference: list, key=recommendation_key, threshold: float = MATCH_THRESHOLD
):
    """One-to-one pairs (our index, reference index, similarity).

    A pair matches when the keys are identical or their similarity is >= threshold (so a
    missing space or one changed letter in either extraction does not count as a miss, while a
    truncated, merged or different recommendation does). Identical keys pair first, then the
    remaining pairs greedily by best similarity.
    """
    our_keys = [key(item) for item in ours]
    ref_keys = [key(item) for item in reference]
    pairs, used_ours, used_ref = [], set(), set()
    by_key: dict[str, list[int]] = {}
    for index, text in enumerate(our_keys):
        by_key.setdefault(text, []).append(index)
    for ref_index, text in enumerate(ref_keys):
        candidates = [i for i in by_key.get(text, []) if i not in used_ours]
        if candidates:
            pairs.append((candidates[0], ref_index, 1.0))
            used_ours.add(candidates[0])
            used_ref.add(ref_index)
    scored = []
    for ref_index, ref_text in enumerate(ref_keys):
        if ref_index in used_ref:
            continue
        for our_index, our_text in enumerate(our_keys):
            if (
                our_index in used_ours
                or abs(len(our_text) - len(ref_text)) > (1 - threshold) * max(len(ref_text), 1) * 2
            ):
                continue
            score = similarity(our_text, ref_text)
            if score >= threshold:
                scored.append((score, our_index, ref_index))
    for score, our_index, ref_index in sorted(scored, reverse=True):
        if our_index not in used_ours and ref_index not in used_ref:
            pairs.append((our_index, ref_index, round(score, 4)))
            used_ours.add(our_index)
            used_ref.add(ref_index)
    return sorted(pairs, key=lambda pair: pair[1])


def set_precision_recall(pairs: list[tuple[set, set]]) -> dict:
    """Micro precision/recall of predicted sets against reference sets, over all pairs."""
    found = sum(len(predicted) for predicted, _ in pairs)
    expected = sum(len(reference) for _, reference in pairs)
    correct = sum(len(predicted & reference) for predicted, reference in pairs)
    result = precision_recall(found, expected, correct)
    result["exact_sets"] = sum(predicted == reference for predicted, reference in pairs)
    result["pairs"] = len(pairs)
    return result


def shorten(text: str, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
