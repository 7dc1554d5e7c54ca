"""The search box's language: words, "exact phrases", AND / OR / NOT (or a leading -), parentheses.

Words next to each other must all match (AND). Operators are written in capitals so that the
words "and", "or", "not" in a query stay words. The parsed query is rendered for SQLite FTS5 or
PostgreSQL's tsquery, so both stores understand the same searches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from uprmonitor.errors import UPRError


class QueryError(UPRError):
    pass


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False


@dataclass(frozen=True)
class Not:
    operand: object


@dataclass(frozen=True)
class And:
    operands: tuple


@dataclass(frozen=True)
class Or:
    operands: tuple


_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"|(?P<open>\()|(?P<close>\))|(?P<word>[^\s()"]+)')
_WORD_CHARS = re.compile(r"\w+", re.UNICODE)
# Words too common to search for on their own (PostgreSQL's English configuration drops them too);
# inside "a phrase" they are kept.
STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their this to with".split()
)


def parse_query(query: str):
    tokens = _tokens(query)
    if not tokens:
        raise QueryError("the search query is empty")
    parser = _Parser(tokens)
    node = parser.expression()
    if parser.position != len(tokens):
        raise QueryError(f"unexpected {tokens[parser.position][1]!r} in the query")
    if not _has_positive(node):
        raise QueryError("a query needs at least one word to find, not only words to exclude")
    return node


def _tokens(query: str) -> list[tuple[str, str]]:
    tokens = []
    for match in _TOKEN.finditer(query):
        if match.group("phrase") is not None:
            words = " ".join(_WORD_CHARS.findall(match.group("phrase")))
            if words:
                tokens.append(("phrase", words))
        elif match.group("open"):
            tokens.append(("open", "("))
        elif match.group("close"):
            tokens.append(("close", ")"))
        else:
            word = match.group("word")
            if word in ("AND", "OR", "NOT"):
                tokens.append((word, word))
            elif word.startswith("-") and len(word) > 1:
                tokens.append(("NOT", "-"))
                tokens.extend(("word", part) for part in _WORD_CHARS.findall(word[1:]) if part.lower() not in STOP_WORDS)
            else:
                tokens.extend(("word", part) for part in _WORD_CHARS.findall(word) if part.lower() not in STOP_WORDS)
    return tokens


class _Parser:
    """expression := and ("OR" and)* ; and := unary (["AND"] unary)* ; unary := "NOT" unary | atom"""

    def __init__(self, tokens):
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position][0] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expression(self):
        operands = [self.conjunction()]
        while self.peek() == "OR":
            self.take()
            operands.append(self.conjunction())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def conjunction(self):
        operands = [self.unary()]
        while self.peek() in ("AND", "NOT", "word", "phrase", "open"):
            if self.peek() == "AND":
                self.take()
            operands.append(self.unary())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def unary(self):
        kind = self.peek()
        if kind == "NOT":
            self.take()
            return Not(self.unary())
        if kind == "open":
            self.take()
            node = self.expression()
            if self.peek() != "close":
                raise QueryError("a parenthesis is not closed in the query")
            self.take()
            return node
        if kind in ("word", "phrase"):
            _, text = self.take()
            return Term(text, phrase=kind == "phrase")
        found = "the end of the query" if kind is None else repr(self.tokens[self.position][1])
        raise QueryError(f"expected a word or a phrase, found {found}")


def _has_positive(node) -> bool:
    if isinstance(node, Term):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(_has_positive(operand) for operand in node.operands)
    return all(_has_positive(operand) for operand in node.operands)


# Chinese (and Japanese kanji) runs: written without spaces, so a word index sees a whole clause as one word.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# The index's own stemmer (Porter) is English; these languages get Snowball stems of their own.
_SNOWBALL = {"es": "spanish", "fr": "french", "ru": "russian", "ar": "arabic"}
_SCRIPT_LANGUAGES = ((re.compile(r"[\u0400-\u04ff]"), ("ru",)), (re.compile(r"[\u0600-\u06ff]"), ("ar",)))


@lru_cache(maxsize=len(_SNOWBALL))
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL[language])


def search_terms(text: str, language: str | None = None) -> str | None:
    """What the full-text index reads besides the text itself, or None when nothing.

    - Chinese is written without spaces: every pair of neighbouring characters, the length most Chinese words
      have ("酷刑" torture, "儿童" children), in text order (a longer word is found as a phrase of pairs), and
      characters that stand alone;
    - a text in Spanish, French, Russian or Arabic (`language`): the Snowball stem of each word that differs
      from the word ("пытки", "пытками" -> "пытк"; "niños" -> "niñ"), so that a search finds every form.
    """
    terms = []
    for run in _CJK_RUN.findall(text or ""):
        terms += [run[i : i + 2] for i in range(len(run) - 1)] if len(run) > 1 else [run]
    if language in _SNOWBALL and text:
        words = [word.lower() for word in _WORD_CHARS.findall(text) if not word.isdigit()]
        terms += [stem for word, stem in zip(words, _stemmer(language).stemWords(words), strict=True) if stem != word]
    return " ".join(terms) if terms else None


def _stems(word: str) -> list[str]:
    """The stems a query word may have been indexed under, in the languages its script allows."""
    languages = next((langs for script, langs in _SCRIPT_LANGUAGES if script.search(word)), ("es", "fr"))
    lowered = word.lower()
    return sorted({stem for lang in languages if (stem := _stemmer(lang).stemWord(lowered)) != lowered})


def _cjk_query(text: str) -> tuple[str, bool] | None:
    """(space-separated index terms, is a single character) for a query word written in Chinese, else None."""
    if not _CJK_RUN.search(text):
        return None
    parts = []
    for piece in re.split(f"({_CJK_RUN.pattern})", text):
        if _CJK_RUN.fullmatch(piece):
            parts.append(search_terms(piece))
        elif piece.strip():
            parts.append(piece.strip())
    single = len(parts) == 1 and len(text.strip()) == 1
    return " ".join(parts), single


def to_fts5(node) -> str:
    """FTS5 MATCH syntax. Every word is quoted, so punctuation in it is never read as syntax. A Chinese word
    becomes the phrase of its character pairs; a single character, the prefix of one."""
    if isinstance(node, Term):
        cjk = _cjk_query(node.text)
        if cjk is not None:
            terms, single = cjk
            return '"' + terms.replace('"', '""') + '"' + (" *" if single else "")
        stems = [] if node.phrase else _stems(node.text)
        quoted = ['"' + term.replace('"', '""') + '"' for term in (node.text, *stems)]
        return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(operand) for operand in node.operands) + ")"
    if isinstance(node, And):
        positives = [to_fts5(op) for op in node.operands if not isinstance(op, Not)]
        negatives = [to_fts5(op.operand) for op in node.operands if isinstance(op, Not)]
        expression = "(" + " AND ".join(positives) + ")"
        for negative in negatives:  # FTS5's NOT is binary: "a NOT b"
            expression = f"({expression} NOT {negative})"
        return expression
    raise QueryError("NOT needs something to exclude from: add a word to find")


def to_tsquery_parts(node, parameters: list[str]) -> str:
    """PostgreSQL tsquery SQL built from plainto/phraseto_tsquery calls; values go in `parameters`."""
    if isinstance(node, Term):
        cjk = _cjk_query(node.text)
        if cjk is not None:
            terms, single = cjk
            if single:  # a prefix query: the one character is safe to put in the tsquery text
                parameters.append(terms + ":*")
                return f"to_tsquery('simple', :q{len(parameters) - 1})"
            parameters.append(terms)
            return f"phraseto_tsquery('simple', :q{len(parameters) - 1})"
        parameters.append(node.text)
        function = "phraseto_tsquery" if node.phrase else "plainto_tsquery"
        query = f"{function}('english', :q{len(parameters) - 1})"
        for stem in [] if node.phrase else _stems(node.text):
            parameters.append(stem)
            query += f" || plainto_tsquery('simple', :q{len(parameters) - 1})"
        return f"({query})"
    if isinstance(node, Not):
        return f"(!! {to_tsquery_parts(node.operand, parameters)})"
    joiner = " || " if isinstance(node, Or) else " && "
    return "(" + joiner.join(to_tsquery_parts(operand, parameters) for operand in node.operands) + ")"


def positive_terms(node) -> list[str]:
    """The words and phrases a query asks for (not those it excludes): what it means, for an embedder."""
    if isinstance(node, Term):
        return [node.text]
    if isinstance(node, Not):
        return []
    return [term for operand in node.operands for term in positive_terms(operand)]
