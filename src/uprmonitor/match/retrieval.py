"""Candidate retrieval for matching: BM25 over the targets, embedding cosine, and their fusion.

Lexical search finds the state recommendations that reuse the NGO's words; embeddings find the
paraphrases and the other languages. Neither alone is enough (BM25 cannot cross languages, a
small embedding model confuses "ratify X" with "implement X"), so both rankings are fused with
reciprocal rank fusion, which needs no tuning of score scales.

A source in another language than its English targets is also given an English *gloss* for BM25: each of its
words becomes its entry in the word list learned from UN translations, or else the targets' own word nearest to it
by embedding ("despenalizar" -> decriminalize, "difamación" -> defamation). It is what lets the cross-lingual
scorer see shared words, as the English one does.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from uprmonitor.structure.language import detect_language

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# "132.90 " in English, French, Spanish, Russian; "132-90", "31- " or "126-32 -" in Arabic; "33." glued to the text in
# Chinese, which puts no space after it; "126.31Intensify" from PDF text; and the matrices' own
# "Recommendation No. 33, para. 106:33." in front of the paragraph number.
_PARAGRAPH_NUMBER = re.compile(
    r"^\s*(?:recommendation\s+no\.?\s*\d+\s*,?\s*(?:para(?:graph)?\.?\s*\d+\s*)?[:.]?\s*)?"
    r"\(?(?:\d+(?:[.\-]\d+)+(?=[^\W\d_])|\d+(?:[.\-]\d+)*[\s.)\-:\u2013]+)",
    re.IGNORECASE)
# "(New Zealand);" or "(France) (Lithuania);" at the end of a WG-report line: who made it, not what it asks.
# Chinese uses full-width brackets and semicolon, Arabic its own semicolon.
# A bracket that starts with a digit is not a state: "resolution 1325 (2000)" keeps its year.
_TRAILING_STATES = re.compile(
    r"(?:\s*[(\uff08][^\d()\uff08\uff09][^()\uff08\uff09]{0,79}[)\uff09])+\s*[;.\u061b\uff1b\u3002]?\s*$")
# Words nearly every recommendation uses: they say nothing about which recommendation it is.
UPR_GENERIC = frozenset(
    "continue ensure take measures measure necessary further efforts effort strengthen step steps "
    "appropriate including particular particularly adopt effective effectively all state country "
    "national government consider possibility view relevant order also undertake pursue".split()
)
RRF_K = 60  # the constant of reciprocal rank fusion (Cormack et al. 2009); large k flattens the top
# A source word whose nearest target word is less similar than this gets no English word in the gloss. Single
# words embed with cosines of 0.85-0.90 to unrelated words and 0.92-0.96 to their translations; function words
# are skipped before (the word list's `common` words), so the cut only drops the worst guesses.
GLOSS_SIMILARITY = 0.85
_GLOSS_WORD = re.compile(r"[^\W\d_]{3,}")


def normalise_text(text: str) -> str:
    """The recommendation's ask alone: no paragraph number in front, no recommending states behind."""
    text = _PARAGRAPH_NUMBER.sub("", text.strip())
    return _TRAILING_STATES.sub("", text).strip(" ;\u061b\uff1b")


def stem(word: str) -> str:
    """A light English suffix stripper so that 'ratify/ratification', 'journalist/journalists' meet."""
    for suffix, keep in (("ications", 2), ("ication", 2), ("ations", 3), ("ation", 3), ("ings", 4),
                         ("ing", 4), ("ies", 3), ("ied", 3), ("ed", 4), ("es", 4), ("s", 3), ("y", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return word[: -len(suffix)]
    return word


_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}")


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed words without stop words: what BM25 indexes. Chinese, written without spaces,
    is read as overlapping character pairs (as the search index does), not as one 'word' per clause."""
    text = _CJK_RUN.sub(lambda run: " " + character_pairs(run.group()) + " ", normalise_text(text).lower())
    return [stem(word) for word in _TOKEN.findall(text) if word not in ENGLISH_STOP_WORDS]


def character_pairs(run: str) -> str:
    return " ".join(run[i : i + 2] for i in range(len(run) - 1))


_GENERIC_STEMS = frozenset(stem(word) for word in UPR_GENERIC)


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """The words that carry the ask: tokens minus the phrases every recommendation shares."""
    return frozenset(word for word in tokens(text) if word not in _GENERIC_STEMS and not word.isdigit())


class BM25:
    """Okapi BM25 over a small collection (one review's recommendations: hundreds of texts)."""

    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.docs = [Counter(tokens(doc)) for doc in documents]
        lengths = np.array([sum(doc.values()) for doc in self.docs], dtype=float)
        self.norm = k1 * (1 - b + b * lengths / max(lengths.mean(), 1.0)) if len(self.docs) else lengths
        frequency = Counter(word for doc in self.docs for word in doc)
        n = len(self.docs)
        self.idf = {word: math.log(1 + (n - df + 0.5) / (df + 0.5)) for word, df in frequency.items()}

    def scores(self, query: str) -> np.ndarray:
        result = np.zeros(len(self.docs))
        for word in set(tokens(query)):
            idf = self.idf.get(word)
            if idf is None:
                continue
            tf = np.array([doc.get(word, 0) for doc in self.docs], dtype=float)
            result += idf * tf * (self.k1 + 1) / (tf + self.norm)
        return result


def ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each item when sorted by descending score (ties keep input order)."""
    order = np.argsort(-scores, kind="stable")
    result = np.empty(len(scores), dtype=int)
    result[order] = np.arange(1, len(scores) + 1)
    return result


def rrf(*rank_lists: np.ndarray, k: int = RRF_K) -> np.ndarray:
    """Reciprocal rank fusion of several rankings of the same items."""
    return sum(1.0 / (k + rank) for rank in rank_lists)


@dataclass
class Retrieval:
    """Per source x target: BM25 score, embedding cosine, and the fused score (all sources at once)."""

    bm25: np.ndarray  # (sources, targets)
    cosine: np.ndarray  # (sources, targets); zeros when no embedder was used
    fused: np.ndarray  # (sources, targets)
    adjusted: np.ndarray | None = None  # cosine after CSLS hubness correction (see `csls`)
    target_language: str = "en"  # the language the targets are written in, from all of them at once
    glosses: list[list[tuple[str, str]]] | None = None  # per source, (word as written, English word): `word_glosses`

    def exclude(self, row: int, column: int) -> None:
        """Take `column` out of `row`'s candidates (a text must not be its own match)."""
        self.cosine[row, column], self.bm25[row, column], self.fused[row, column] = -1.0, 0.0, -np.inf
        if self.adjusted is not None:
            self.adjusted[row, column] = -np.inf

    def top(self, row: int, k: int) -> list[int]:
        return [int(i) for i in np.argsort(-self.fused[row], kind="stable")[:k]]


def retrieve(sources: list[str], targets: list[str], embedder=None, mode: str = "hybrid",
             lexicon=None) -> Retrieval:
    """Score every source against every target; `mode` is hybrid, bm25 or embeddings (for baselines).

    In hybrid mode a source that is not in English, or targets that are not, are ranked by CSLS-corrected
    cosine alone: BM25 built for English only adds noise there, and hubness is what hurts cross-lingual
    ranking most.
    Across languages the targets are also embedded a second time with the e5 "passage:" prefix and
    the two CSLS similarities averaged: two views of each target disagree on different errors
    (measured on uhri-6lang: Arabic recall@1 0.919 -> 0.949, Chinese 0.979 -> 0.981).
    """
    target_language = targets_language(targets)
    index = BM25(targets)
    queries, glosses = sources, None
    if embedder is not None and target_language == "en" and not all(is_english(text) for text in sources):
        glosses = word_glosses(sources, targets, embedder, lexicon)
        queries = [gloss_query(text, pairs) for text, pairs in zip(sources, glosses, strict=True)]
    bm25 = np.stack([index.scores(text) for text in queries]) if sources else np.zeros((0, len(targets)))
    cosine = np.zeros_like(bm25)
    adjusted = cosine
    if embedder is not None and sources and targets:
        source_vectors = embedder.embed([normalise_text(t) for t in sources], kind="query")
        target_texts = [normalise_text(t) for t in targets]
        cosine = source_vectors @ embedder.embed(target_texts, kind="query").T
        adjusted = csls(cosine)
        if mode == "hybrid" and not all(is_english(text) for text in sources):
            adjusted = (adjusted + csls(source_vectors @ embedder.embed(target_texts, kind="passage").T)) / 2
    if mode == "bm25" or embedder is None:
        fused = bm25 + 1e-6 * cosine  # cosine breaks ties where BM25 finds no shared word
    elif mode == "embeddings":
        fused = cosine.copy()
    else:
        lexical = target_language == "en"
        fused = np.stack([rrf(ranks(b), ranks(c)) if lexical and is_english(text) else a
                          for text, b, c, a in zip(sources, bm25, cosine, adjusted, strict=True)]) \
            if len(bm25) else bm25
    return Retrieval(bm25=bm25, cosine=cosine, fused=fused, adjusted=adjusted, target_language=target_language,
                     glosses=glosses)


def gloss_query(text: str, pairs: list[tuple[str, str]] | None) -> str:
    """English sources as they are; others as their English words, then as written (numbers, acronyms and
    Latin-script names match as they are)."""
    return f"{' '.join(english for _, english in pairs)} {text}" if pairs else text


def word_glosses(sources: list[str], targets: list[str], embedder, lexicon=None) -> list[list[tuple[str, str]]]:
    """Per source, (its word as written, an English word) in source order; [] for English sources.

    A word the learned word list knows (`classify/lexicon.py`, `lexicon` or the shipped one) takes its entry
    there; any other word the targets' own word nearest to it by embedding, if it is close enough. Function
    words are skipped; Chinese words are its character pairs, Arabic ones lose their glued prefixes.
    """
    from uprmonitor.classify.lexicon import shipped_lexicon, units

    lexicon = lexicon or shipped_lexicon()
    languages = [language_of(text) for text in sources]
    forms = [{} if language == "en" else first_forms(units(normalise_text(text), language), lexicon.common(language))
             for text, language in zip(sources, languages, strict=True)]
    known = {language: lexicon.entries.get(language, {}) for language in set(languages)}
    # Every word takes part in the nearness test, known ones too: "sanciones" must outbid "sin" for "sanctions".
    nearest = nearest_target_words(sorted({key for words in forms for key in words}), targets, embedder)
    return [[(word, known[language].get(key) or nearest[key]) for key, word in words.items()
             if key in known[language] or key in nearest]
            for language, words in zip(languages, forms, strict=True)]


def first_forms(found: list[tuple[str, str]], skip: frozenset[str]) -> dict[str, str]:
    """{key: the word as first written} for each (key, word) not in `skip`, in the order of first occurrence."""
    forms: dict[str, str] = {}
    for key, word in found:
        if key not in skip:
            forms.setdefault(key, word)
    return forms


def nearest_target_words(words: list[str], targets: list[str], embedder) -> dict[str, str]:
    """{word: the targets' English word nearest to it by embedding}, kept where the two are each other's nearest
    (of all the words glossed together) and close enough. Mutual nearness keeps a "hub" word, close to
    everything, from standing in for every word it happens to be nearest to ("todos", "umbral" -> online)."""
    vocabulary = sorted({word.lower() for text in targets for word in _GLOSS_WORD.findall(normalise_text(text))}
                        - ENGLISH_STOP_WORDS)
    if not words or not vocabulary:
        return {}
    similarity = embedder.embed(words, kind="query") @ embedder.embed(vocabulary, kind="query").T
    best, back = similarity.argmax(axis=1), similarity.argmax(axis=0)
    return {word: vocabulary[best[i]] for i, word in enumerate(words)
            if back[best[i]] == i and similarity[i, best[i]] >= GLOSS_SIMILARITY}


def targets_language(targets: list[str]) -> str:
    """The language of a set of targets, read from up to 100 of them together (one text can be too short)."""
    return detect_language(" ".join(targets[:100])) or "en"


def language_of(text: str) -> str:
    return "en" if is_english(text) else detect_language(text)


@lru_cache(maxsize=8192)
def is_english(text: str) -> bool:
    return detect_language(text) in (None, "en")


def csls(cosine: np.ndarray, k: int = 10) -> np.ndarray:
    """Cross-domain similarity local scaling: 2cos(x, y) - r(x) - r(y), r = mean cosine to k nearest.

    Some texts (short, generic ones) sit close to everything and win too many queries ("hubs");
    subtracting each side's neighbourhood density removes that advantage. It matters most across
    languages, where all cosines are lower and hubs dominate (Conneau et al., 2018).
    """
    k_rows, k_cols = min(k, cosine.shape[1]), min(k, cosine.shape[0])
    if not k_rows or not k_cols:
        return cosine.copy()
    row_density = -np.sort(-cosine, axis=1)[:, :k_rows].mean(axis=1, keepdims=True)
    column_density = -np.sort(-cosine, axis=0)[:k_cols, :].mean(axis=0, keepdims=True)
    return 2 * cosine - row_density - column_density


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
NUMBER_BONUS = 0.05  # per shared number: a year or a resolution number rarely repeats by chance


def shared_number_bonus(queries: list[str], targets: list[str]) -> np.ndarray:
    """NUMBER_BONUS x how many numbers each query shares with each target (digits survive translation)."""
    query_numbers = [set(_NUMBER.findall(text)) for text in queries]
    target_numbers = [set(_NUMBER.findall(text)) for text in targets]
    return NUMBER_BONUS * np.array([[len(q & t) for t in target_numbers] for q in query_numbers], dtype=float)
