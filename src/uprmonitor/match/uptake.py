"""Uptake: which state recommendations carry each NGO recommendation, graded, with totals.

`match_uptake(sources, targets)` retrieves candidates with hybrid search (BM25 + embeddings, fused),
scores each candidate pair with the calibrated scorer, grades it same / close / related and drops
the rest. A source counts as *taken up* when at least one target is `same` or `close`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from uprmonitor.match.retrieval import Retrieval, content_words, language_of, ranks, retrieve, stem, tokens
from uprmonitor.match.scorer import PairContext, Scorer, load_scorer, pair_features
from uprmonitor.model import Recommendation

TAKEN_UP = ("same", "close")
POOL_SIZE = 40  # candidates the scorer re-ranks per source: wide enough for every paraphrase we saw


@dataclass
class Candidate:
    target: Recommendation
    score: float  # probability-like, 0-1
    grade: str  # same | close | related
    shared_words: list[str] = field(default_factory=list)


@dataclass
class SourceMatch:
    source: Recommendation
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def taken_up(self) -> bool:
        return any(candidate.grade in TAKEN_UP for candidate in self.candidates)


@dataclass
class UptakeResult:
    sources: list[SourceMatch]
    summary: dict


def match_uptake(sources: list[Recommendation], targets: list[Recommendation], top_k: int = 10,
                 embedder=None) -> UptakeResult:
    """Rank and grade `targets` for every recommendation in `sources`.

    `embedder` defaults to the project's shared multilingual embedder; pass any object with
    `embed(texts, kind)` returning normalised vectors.
    """
    if embedder is None:
        from uprmonitor.classify.embeddings import default_embedder

        embedder = default_embedder()
    found = retrieve([s.text for s in sources], [t.text for t in targets], embedder=embedder)
    matches = [SourceMatch(source, score_candidates(found, row, source, targets, top_k))
               for row, source in enumerate(sources)]
    return UptakeResult(sources=matches, summary=summarise(matches))


def score_candidates(found: Retrieval, row: int, source: Recommendation, targets: list[Recommendation],
                     top_k: int) -> list[Candidate]:
    """Score the retrieval pool of one source; keep the `top_k` best that earn a grade."""
    gloss = found.glosses[row] if found.glosses else None
    candidates = [Candidate(targets[column], round(score, 4), grade,
                            shared_words(source.text, targets[column].text, gloss))
                  for column, score, grade in rerank(found, row, source.text, [t.text for t in targets]) if grade]
    return candidates[:top_k]


def rerank(found: Retrieval, row: int, source: str, targets: list[str],
           pool: int = POOL_SIZE, scorer: Scorer | None = None) -> list[tuple[int, float, str | None]]:
    """(target index, score, grade or None) for the source's `pool` best candidates, best score first; `scorer`
    defaults to the shipped one for the pair of languages (another is for evaluating a retrained one)."""
    source_language = language_of(source)
    scorer = scorer or load_scorer(scorer_name(source_language, found.target_language))
    language = source_language if source_language != "en" else found.target_language  # the pair's other language
    scored = []
    for column, features in pool_features(found, row, source, targets, pool):
        raw = scorer.raw_score(features)
        score = scorer.calibrated(raw, language)
        scored.append((raw, column, score, scorer.grade(score)))
    # Calibration is flat in places: the raw score keeps the model's order there.
    return [(column, score, grade) for raw, column, score, grade in sorted(scored, key=lambda item: (-item[2], -item[0]))]


def scorer_name(source_language: str, target_language: str) -> str:
    """Which trained scorer grades a pair of texts in these languages.

    English pairs have the monolingual scorer, which reads shared words; a pair across languages, or within
    one other language, has a student of it that reads the embedding only. The two students differ because
    cosines run higher within a language than across two, so one calibration cannot serve both.
    """
    if source_language != target_language:
        return "crosslingual"
    return "monolingual" if source_language == "en" else "samelanguage"


def pool_features(found: Retrieval, row: int, source: str, targets: list[str], pool: int = POOL_SIZE):
    """(target index, features) for the source's retrieval pool, in fused order."""
    cosine, bm25 = found.cosine[row], found.bm25[row]
    adjusted = found.adjusted[row] if found.adjusted is not None else cosine
    cosine_order, cosine_rank, csls_rank = np.argsort(-cosine, kind="stable"), ranks(cosine), ranks(adjusted)
    best_bm25 = float(bm25.max()) if len(bm25) else 0.0
    for column in found.top(row, pool):
        others = [c for c in cosine_order[:2] if c != column]
        context = PairContext(cosine=float(cosine[column]), cosine_rank=int(cosine_rank[column]),
                              best_other_cosine=float(cosine[others[0]]) if others else 0.0,
                              bm25=float(bm25[column]), best_bm25=best_bm25, csls=float(adjusted[column]),
                              csls_rank=int(csls_rank[column]))
        yield column, pair_features(source, targets[column], context)


def shared_words(source: str, target: str, gloss: list[tuple[str, str]] | None = None) -> list[str]:
    """The source's own words (as written) whose stems the target also uses, in source order. With the source's
    English `gloss` (another language than the target's), its words whose English word the target uses come
    first, as "difamación (defamation)"."""
    target_words = content_words(target)
    glossed = list(dict.fromkeys(f"{word} ({english})" for word, english in gloss or []
                                 if any(key in target_words for key in tokens(english))))
    shared = content_words(source) & target_words
    seen, words = set(), []
    for word in re.findall(r"[^\W_]+", source):
        key = stem(word.lower())
        if key in shared and key not in seen:
            seen.add(key)
            words.append(word)
    return glossed + [word for word in words if not any(entry.startswith(f"{word} (") for entry in glossed)]


def summarise(matches: list[SourceMatch]) -> dict:
    """Totals for the whole document and per source section."""
    sections: dict[str, list[SourceMatch]] = {}
    for match in matches:
        sections.setdefault(match.source.section or "", []).append(match)
    return {**totals(matches), "sections": {name: totals(group) for name, group in sections.items()}}


def totals(matches: list[SourceMatch]) -> dict:
    taken = [m for m in matches if m.taken_up]
    targets = {id(c.target): c.target for m in taken for c in m.candidates if c.grade in TAKEN_UP}
    states = sorted({state for target in targets.values() for state in target.recommending_states})
    positions = Counter(target.position or "unknown" for target in targets.values())
    return {"sources": len(matches), "taken_up": len(taken), "states": states,
            "positions": dict(sorted(positions.items())), "text": describe(len(matches), len(taken), states, positions)}


def describe(total: int, taken: int, states: list[str], positions: Counter) -> str:
    """'9 of 12 taken up by 14 states; 2 supported, 7 noted' (positions of the matched state recommendations)."""
    text = f"{taken} of {total} taken up by {len(states)} state{'s' if len(states) != 1 else ''}"
    if positions:
        text += "; " + ", ".join(f"{count} {position}" for position, count in sorted(positions.items()))
    return text
