"""Text features shared by the classifiers: cleaning, hashed TF-IDF blocks, lead-phrase, specificity and verb-object cues.

Everything is built from hashing (no fitted vocabulary), so a model file only needs the hash
settings, the IDF of the hashed columns seen in training and the weights: no pickle, and the
scoring is rebuilt identically at load time by `FeatureSpace.from_config`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00ad": None})
# "That Ghana take ..." / "That the Government of X consider ..." (modal phrasing in older reports):
# the State's name carries no information on the action, and it hides the leading verb.
_THAT_PREFIX = re.compile(r"^(?i:that)\s+(?:(?i:the)\s+)?(?:(?i:government|authorities|state)\s+(?:of\s+)?)?"
                          r"(?:[A-Z][\w'\-]*\.?\s+(?:(?:and|of|the)\s+)*)*(?:(?i:should|shall|must|would)\s+)?")
_LEADING_NOISE = re.compile(r"^[\s\d.()\-\u2022*:;,]+")
_WORD = re.compile(r"[a-z][a-z'\-]*|\d+")

# Specificity cues: a recommendation naming a precise act (a law, an article, a treaty, a date)
# is "specific action" (5) rather than "general action" (4).
_CUES = {
    "year": re.compile(r"\b(?:19|20)\d\d\b"),
    "number": re.compile(r"\b\d+\b"),
    "deadline": re.compile(r"\b(?:by|before|until|within)\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|\w+\s+(?:years?|months?))\b"),
    "article": re.compile(r"\b(?:article|articles|art\.|paragraph|section)\s+\d", re.IGNORECASE),
    "named_law": re.compile(r"\b(?:law|act|code|decree|bill|ordinance)\s+(?:no\.?\s*\d|on\s+[a-z])|\b[A-Z][a-z]+\s+(?:Act|Code|Law)\b"),
    "treaty": re.compile(r"\b(?:optional protocol|convention|covenant|statute|OP-?[A-Z]+|ICCPR|ICESCR|CEDAW|CAT|CRC|CRPD|ICRMW|CPED|ILO)\b", re.IGNORECASE),
    "capitalised_name": re.compile(r"(?<![.;:]\s)(?<!^)\b[A-Z][a-z]+(?:\s+(?:of|on|for|and|the)?\s*[A-Z][a-z]+){2,}"),
    "acronym": re.compile(r"\b[A-Z]{2,}\b"),
    "quoted": re.compile(r"[\"']\w"),
    "not": re.compile(r"\b(?:not|no longer|refrain|cease|stop)\b", re.IGNORECASE),
}
# Leading-verb cues: "consider" + gerund is a considering action (3), "continue" a continuing one (2),
# two verbs joined by "and" often mix categories.
_CUES.update({
    "consider_gerund": re.compile(r"^(?:\w+\s+){0,2}consider(?:s|ing)?\s+(?:\w+\s+){0,2}\w+ing\b", re.IGNORECASE),
    "continue": re.compile(r"^(?:\w+\s+){0,2}(?:continue|pursue|maintain|keep|persevere|persist|sustain)\b", re.IGNORECASE),
    "two_verbs": re.compile(r"^\w+\s+(?:\w+\s+){0,6}?(?:and|,)\s+(?:to\s+)?(?:ratify|adopt|implement|ensure|establish|take|"
                           r"consider|continue|strengthen|provide|develop|promote|guarantee|investigate|bring|prosecute|"
                           r"amend|repeal|abolish|enact|extend|accede|sign|set|create|increase|improve|review|make|put|"
                           r"raise|allow|combat|protect|respect|redouble|intensify|step|seek|share|undertake)\b",
                           re.IGNORECASE),
})


def clean(text: str) -> str:
    """One recommendation reduced to what the classifiers read: NFKC, straight quotes, no "That <State>" prefix."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    text = " ".join(text.split())
    text = _LEADING_NOISE.sub("", text)
    if text[:5].lower() == "that ":
        text = _THAT_PREFIX.sub("", text, count=1)
    return text


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def cue_tokens(text: str) -> list[str]:
    """Lead-phrase tokens (first 1–3 words) and cue flags, as pseudo-words for one hashed block."""
    lowered = text.lower()
    tokens = words(lowered)
    features = [f"lead{n}=" + "_".join(tokens[:n]) for n in (1, 2, 3) if len(tokens) >= n]
    features += [f"cue={name}" for name, pattern in _CUES.items() if pattern.search(text)]
    features.append(f"len={min(len(tokens) // 10, 6)}")
    return features


# The object of the leading verb tells general from specific action ("adopt a comprehensive LAW" is 5,
# "adopt MEASURES" or "take STEPS" is 4). Without a tagger, the object's head is taken as the last
# word before the first preposition, conjunction or "that" after the verb (determiners and adjectives
# come before the head in English noun phrases).
_OBJECT_END = frozenset("""to that which who whom whose where when in on at for of with by from into against within without
among between through under over about as and or but nor so such including inter alia particular particularly
especially notably namely regarding concerning relating related aimed towards toward before after during until if
whether while than also is are be been being was were has have had""".split())
_PARTICLES = frozenset({"up", "down", "out", "forward", "ahead"})  # "step up efforts", "carry out a study"
_MAX_OBJECT_WORDS = 6


def verb_and_object(tokens: list[str]) -> tuple[str, str] | None:
    """(leading verb, head of its object) of a cleaned recommendation's words, e.g. ("adopt", "law")."""
    if not tokens:
        return None
    verb, i = tokens[0], 1
    if i < len(tokens) and tokens[i] in _PARTICLES:
        verb, i = f"{verb}_{tokens[i]}", i + 1
    phrase = []
    while i < len(tokens) and tokens[i] not in _OBJECT_END and len(phrase) < _MAX_OBJECT_WORDS:
        phrase.append(tokens[i])
        i += 1
    # no object ("ensure that ...", "call on ..."): the word that follows stands for it
    head = phrase[-1] if phrase else (tokens[i] if i < len(tokens) else "none")
    return verb, head


def object_tokens(text: str) -> list[str]:
    """Pseudo-words for the leading verb's object: `obj=law`, `vobj=adopt_law`."""
    found = verb_and_object(words(text))
    if found is None:
        return []
    verb, head = found
    return [f"obj={head}", f"vobj={verb}_{head}"]


def cue_match(name: str, text: str) -> str | None:
    """The part of `text` that fired cue `name` (used to show evidence)."""
    pattern = _CUES.get(name)
    match = pattern.search(text) if pattern else None
    return match.group(0) if match else None


def _block_vectorizer(kind: str, n_features: int) -> HashingVectorizer:
    common = dict(n_features=n_features, alternate_sign=False, norm=None, dtype=np.float32)
    if kind == "word":
        return HashingVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True,
                                 token_pattern=r"(?u)\b\w+\b", **common)
    if kind == "char":
        return HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, **common)
    if kind == "cues":
        return HashingVectorizer(analyzer=cue_tokens, lowercase=False, **common)
    if kind == "object":
        return HashingVectorizer(analyzer=object_tokens, lowercase=False, **common)
    raise ValueError(f"unknown feature block {kind!r}")


@dataclass
class Block:
    """One hashed feature block: counts -> sublinear tf × idf -> l2 row norm, scaled by `weight`."""

    kind: str
    n_features: int
    weight: float = 1.0
    idf: np.ndarray | None = None  # dense float32, one value per hashed column

    def counts(self, texts: list[str]) -> sp.csr_matrix:
        return _block_vectorizer(self.kind, self.n_features).transform(texts).tocsr()

    def fit(self, texts: list[str]) -> Block:
        counts = self.counts(texts)
        document_frequency = np.bincount(counts.indices, minlength=self.n_features)
        n = counts.shape[0]
        # scikit-learn's smooth idf: unseen columns get the largest value.
        self.idf = (np.log((1 + n) / (1 + document_frequency)) + 1).astype(np.float32)
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        matrix = self.counts(texts)
        # sublinear tf × idf, scaled in place (a diagonal-matrix product would allocate n_features).
        matrix.data = (1 + np.log(matrix.data)) * self.idf[matrix.indices]
        return normalize(matrix) * self.weight


class FeatureSpace:
    """The concatenation of hashed blocks; `config()`/`from_config` round-trip it through JSON + arrays."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks

    @classmethod
    def default(cls) -> FeatureSpace:
        return cls([Block("word", 2**18), Block("char", 2**19), Block("cues", 2**12), Block("object", 2**14, 0.5)])

    @property
    def n_features(self) -> int:
        return sum(block.n_features for block in self.blocks)

    def fit(self, texts: list[str]) -> FeatureSpace:
        cleaned = [clean(text) for text in texts]
        for block in self.blocks:
            block.fit(cleaned)
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        cleaned = [clean(text) for text in texts]
        return sp.hstack([block.transform(cleaned) for block in self.blocks], format="csr")

    def offsets(self) -> list[int]:
        return list(np.cumsum([0] + [block.n_features for block in self.blocks]))

    def config(self) -> list[dict]:
        return [{"kind": b.kind, "n_features": b.n_features, "weight": b.weight} for b in self.blocks]

    def idf_arrays(self) -> dict[str, np.ndarray]:
        return {f"idf_{i}": block.idf.astype(np.float16) for i, block in enumerate(self.blocks)}

    @classmethod
    def from_config(cls, config: list[dict], arrays) -> FeatureSpace:
        blocks = [Block(item["kind"], int(item["n_features"]), float(item["weight"]),
                        np.asarray(arrays[f"idf_{i}"], dtype=np.float32)) for i, item in enumerate(config)]
        return cls(blocks)
