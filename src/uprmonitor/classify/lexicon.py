"""A word list from French, Spanish, Russian, Arabic and Chinese UN wording to English, for the issues model.

UPR Info issues turn on content words ("tortura", "пыток", "التعذيب", "酷刑" → torture). The English issues
model knows those words in English only, so a non-English text is also given to it as the English words of
its own words, looked up here, and its answer is averaged with the multilingual head's
(`multilingual.py`). The list is learned, not written: `bench/train_lexicon.py` pairs words that keep
appearing together in the official translations of the same UN paragraph (uhri-6lang, one half of the
documents), by the Dice coefficient. Chinese is read as overlapping character pairs (it has no spaces);
Arabic words lose the prefixes "و", "ب", "ل" and the article "ال".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

MODELS_DIR = Path(__file__).with_name("models")
NAME = "lexicon"
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_PREFIX = re.compile(r"^(?:و)?(?:ب|ل)?(?:ال)?")
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def units(text: str, language: str | None) -> list[tuple[str, str]]:
    """(key, word as written) of each unit the lexicon is keyed by, in text order: lower-cased words of three
    letters or more; character pairs in Chinese; Arabic words keyed without their glued prefixes."""
    if language == "zh":
        return [(run[i : i + 2], run[i : i + 2]) for run in _CJK.findall(text) for i in range(len(run) - 1)]
    found = [(word.lower(), word) for word in _WORD.findall(text)]
    if language == "ar":
        found = [(_ARABIC_PREFIX.sub("", key), word) for key, word in found]
    return [(key, word) for key, word in found if len(key) > 2]


def words(text: str, language: str | None) -> list[str]:
    return [key for key, _ in units(text, language)]


class Lexicon:
    def __init__(self, entries: dict[str, dict[str, str]], weight: float, meta: dict | None = None):
        self.entries = entries  # language -> {word: English word}
        self.weight = weight  # share of the English model in the fused issue probabilities
        self.meta = meta or {}

    @classmethod
    def load(cls, directory: Path = MODELS_DIR) -> Lexicon:
        data = json.loads((directory / f"{NAME}.json").read_text(encoding="utf-8"))
        return cls(data["entries"], float(data["weight"]), {k: v for k, v in data.items() if k != "entries"})

    def save(self, directory: Path = MODELS_DIR) -> None:
        data = {**self.meta, "weight": self.weight, "entries": self.entries}
        (directory / f"{NAME}.json").write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                                encoding="utf-8")

    def pairs(self, text: str, language: str | None) -> list[tuple[str, str]]:
        """(word as written, English word) for each word of `text` the list knows, each word once."""
        table = self.entries.get(language or "", {})
        return list(dict.fromkeys((word, table[key]) for key, word in units(text, language) if key in table))

    def english_words(self, text: str, language: str | None) -> str:
        return " ".join(english for _, english in self.pairs(text, language))

    def common(self, language: str | None) -> frozenset[str]:
        """The language's function words and boilerplate (keys as `units` gives them), learned with the list."""
        return frozenset(self.meta.get("common", {}).get(language or "", ()))


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    return Lexicon.load()
