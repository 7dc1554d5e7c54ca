"""Full-text search over stored recommendations, with filters and facet counts.

SQLite uses the FTS5 index (Porter-stemmed, ranked by BM25); PostgreSQL its tsvector column
(English stemming, ranked by ts_rank_cd). Both read the same query language (store/query.py).

The text index is asked once per search; its matches go into a temporary table that the
filters, the page of hits and every facet count then join by primary key. Planners otherwise
tend to drive the query from the filtered tables and probe the text index row by row.

Facets count the FACET_SAMPLE best-ranked hits: exact for most searches, and for a very broad
one ("rights" matches a third of all recommendations) a ranked sample that keeps every search
fast; `SearchResult.facets_over` says how many hits the counts cover.

Semantic search (an `embedder`, and a `vectors` index of the stored recommendations) is hybrid:
the nearest recommendations by meaning join the text matches, even when they share no word with
the query, and the pool is ranked by reciprocal rank fusion of the text rank and the meaning rank.
Filters and facets apply to both kinds of hit alike.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Connection

from uprmonitor.store.query import parse_query, positive_terms, to_fts5, to_tsquery_parts

FACET_SAMPLE = 1000
FACETS = ("state_under_review", "cycle", "kind", "position", "recommending_state", "action_category", "issues", "themes")


@dataclass
class Filters:
    state: str | None = None  # State under review
    cycle: int | None = None
    theme: str | None = None  # a UHRI theme or a UPR Info issue label
    action_category: int | None = None
    position: str | None = None
    kind: str | None = None
    recommending_state: str | None = None


@dataclass
class Hit:
    recommendation_id: int
    document_id: int
    text: str
    paragraph: str | None
    position: str | None
    state_under_review: str | None
    recommending_states: list[str]
    source: str
    score: float
    by_meaning_only: bool = False  # found by meaning, shares no searched word (semantic search)


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    facets_over: int = 0  # how many of the best hits the facet counts cover (= total unless very broad)
    # With a vector index: (recommendations it covers, stored recommendations); the rest can only be
    # found by their words (stored without labels, e.g. `upr analyze --no-classify`).
    meaning_coverage: tuple[int, int] | None = None


SEMANTIC_POOL = 100  # best full-text hits re-ranked by meaning when an embedder is given
SEMANTIC_NEIGHBOURS = 100  # nearest recommendations by meaning added to the text matches
FILTERED_NEIGHBOURS = 1000  # more of them when filters will drop most
# A hit by meaning alone must be about as close to the query as the closest one: e5-small puts most
# texts within 0.75-0.90 of any short query, so the absolute cosine says little and a fixed top-k
# would let through 100 texts for a query that only has one real neighbour.
MEANING_MARGIN = 0.03
VECTOR_ONLY = -1e30  # the text score of a hit found by meaning alone: below every text match, on every backend
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al.); no score scaling to tune


def search(connection: Connection, query: str, filters: Filters | None = None, *, limit: int = 20,
           offset: int = 0, facet_limit: int = 10, embedder=None, vectors=None) -> SearchResult:
    """Full-text search; with an `embedder`, the best SEMANTIC_POOL hits are re-ranked by fusing the
    text rank with the embedding similarity to the query (reciprocal rank fusion), and with a
    `vectors` index (store/vectors.py) the nearest recommendations by meaning join the hits."""
    filters = filters or Filters()
    node = parse_query(query)
    connection.execute(text("CREATE TEMPORARY TABLE IF NOT EXISTS search_hits (id INTEGER PRIMARY KEY, score FLOAT)"))
    connection.execute(text("DELETE FROM search_hits"))
    keep = max(FACET_SAMPLE, limit + offset)
    question = _question_vector(embedder, " ".join(positive_terms(node)) or query) if embedder is not None else None
    neighbours = FILTERED_NEIGHBOURS if _has_filters(filters) else SEMANTIC_NEIGHBOURS
    if _has_filters(filters):
        _collect_filtered_matches(connection, node, filters)
        if _add_neighbours(connection, vectors, question, neighbours):
            _drop_filtered_out(connection, filters, only_found_by_meaning=True)
        total = connection.execute(text("SELECT count(*) FROM search_hits")).scalar()
        _keep_best(connection, keep)
    else:  # the index counts and ranks on its own; only the best hits are materialised
        total = _count_matches(connection, node)
        _collect_matches(connection, node, best=keep)
        total += _add_neighbours(connection, vectors, question, neighbours)
    if embedder is not None and offset + limit <= SEMANTIC_POOL:
        page = _semantic_page(connection, embedder, question, limit, offset)
    else:
        page = connection.execute(
            text("SELECT id, score FROM search_hits ORDER BY score DESC, id LIMIT :limit OFFSET :offset"),
            {"limit": limit, "offset": offset},
        ).all()
    return SearchResult(query=query, total=total, hits=_hits(connection, page),
                        facets=_facets(connection, facet_limit), facets_over=min(total, keep),
                        meaning_coverage=(vectors.coverage, vectors.recommendations) if vectors is not None else None)


@dataclass
class _Scored:
    id: int
    score: float


_question_vectors: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
QUESTION_CACHE_SIZE = 1024


def _question_vector(embedder, question: str) -> np.ndarray:
    """The query's vector: kept in this process (queries repeat), never written to the store."""
    key = (getattr(embedder, "name", type(embedder).__name__), question)
    if key in _question_vectors:
        _question_vectors.move_to_end(key)
        return _question_vectors[key]
    vector = embedder.embed([question], remember=False)[0]
    _question_vectors[key] = vector
    if len(_question_vectors) > QUESTION_CACHE_SIZE:
        _question_vectors.popitem(last=False)
    return vector


def _add_neighbours(connection: Connection, vectors, question, k: int) -> int:
    """Put the `k` nearest recommendations by meaning among the hits; returns how many were new."""
    if vectors is None or question is None:
        return 0
    nearest = vectors.nearest(question, k)
    if not nearest:
        return 0
    nearest = [(identifier, cosine) for identifier, cosine in nearest if cosine >= nearest[0][1] - MEANING_MARGIN]
    present = {row.id for row in connection.execute(
        text(f"SELECT id FROM search_hits WHERE id IN ({', '.join(str(int(i)) for i, _ in nearest)})"))}
    new = [{"id": identifier, "score": VECTOR_ONLY} for identifier, _ in nearest if identifier not in present]
    if new:
        connection.execute(text("INSERT INTO search_hits (id, score) VALUES (:id, :score)"), new)
    return len(new)


def _semantic_page(connection: Connection, embedder, question, limit: int, offset: int) -> list[_Scored]:
    hits_with_text = "SELECT h.id, r.text FROM search_hits h JOIN recommendations r ON r.id = h.id "
    text_pool = connection.execute(
        _from_hits(connection, hits_with_text + "WHERE h.score > :vector_only ORDER BY h.score DESC, h.id LIMIT :pool"),
        {"pool": SEMANTIC_POOL, "vector_only": VECTOR_ONLY},
    ).all()
    meaning_only = connection.execute(
        _from_hits(connection, hits_with_text + "WHERE h.score <= :vector_only ORDER BY h.id"),
        {"vector_only": VECTOR_ONLY},
    ).all()
    pool = text_pool + meaning_only
    if not pool:
        return []
    vectors = embedder.embed([row.text for row in pool])
    order = np.argsort(-(vectors @ question), kind="stable")
    by_meaning = {pool[index].id: rank for rank, index in enumerate(order)}
    text_rank = {row.id: rank for rank, row in enumerate(text_pool)}
    fused = [
        _Scored(row.id, (1 / (RRF_K + text_rank[row.id]) if row.id in text_rank else 0.0)
                + 1 / (RRF_K + by_meaning[row.id]))
        for row in pool
    ]
    fused.sort(key=lambda hit: (-hit.score, hit.id))
    return fused[offset : offset + limit]


def _match_sql(connection: Connection, node) -> tuple[str, str, dict]:
    """(FROM … WHERE clause, score expression, parameters) of the text query for this database."""
    if connection.dialect.name == "postgresql":
        parameters: list[str] = []
        tsquery = to_tsquery_parts(node, parameters)
        values = {f"q{i}": value for i, value in enumerate(parameters)}
        return f"FROM recommendations WHERE text_search @@ {tsquery}", f"ts_rank_cd(text_search, {tsquery})", values
    # FTS5's rank is bm25(), lower for better matches; negated so that every backend sorts descending
    return "FROM recommendations_fts WHERE recommendations_fts MATCH :match", "-rank", {"match": to_fts5(node)}


def _count_matches(connection: Connection, node) -> int:
    where, _, parameters = _match_sql(connection, node)
    return connection.execute(text(f"SELECT count(*) {where}"), parameters).scalar()


def _collect_matches(connection: Connection, node, best: int | None = None) -> None:
    where, score, parameters = _match_sql(connection, node)
    identifier = "id" if connection.dialect.name == "postgresql" else "rowid"
    ranked = f" ORDER BY {score} DESC LIMIT {int(best)}" if best else ""
    if best and connection.dialect.name == "sqlite":
        ranked = f" ORDER BY rank LIMIT {int(best)}"  # FTS5 sorts its own rank fastest
    connection.execute(text(f"INSERT INTO search_hits (id, score) SELECT {identifier}, {score} {where}{ranked}"), parameters)


def _keep_best(connection: Connection, keep: int) -> None:
    """Only the `keep` best text matches stay; hits found by meaning alone all stay (there are few)."""
    connection.execute(
        text("DELETE FROM search_hits WHERE score > :vector_only AND id NOT IN "
             "(SELECT id FROM (SELECT id FROM search_hits ORDER BY score DESC, id LIMIT :keep) AS best)"),
        {"keep": keep, "vector_only": VECTOR_ONLY},
    )


def _has_filters(filters: Filters) -> bool:
    return any(value is not None for value in vars(filters).values())


def _filter_conditions(filters: Filters) -> tuple[list[str], dict]:
    """SQL conditions on `r` (recommendations) and `d` (documents), with their parameters."""
    conditions, parameters = [], {}
    for column, value in (("d.state_under_review", filters.state), ("d.cycle", filters.cycle),
                          ("d.kind", filters.kind), ("r.position", filters.position)):
        if value is not None:
            name = f"p{len(parameters)}"
            conditions.append(f"{column} = :{name}")
            parameters[name] = value
    for fields, value in ((("action_category",), filters.action_category), (("themes", "issues"), filters.theme)):
        if value is not None:
            name = f"p{len(parameters)}"
            field_list = ", ".join(f"'{field}'" for field in fields)
            conditions.append(
                f"EXISTS (SELECT 1 FROM labels l WHERE l.recommendation_id = r.id AND l.field IN ({field_list}) "
                f"AND l.label = :{name})"
            )
            parameters[name] = str(value)
    if filters.recommending_state is not None:
        conditions.append(
            "EXISTS (SELECT 1 FROM recommending_states s WHERE s.recommendation_id = r.id AND s.state = :rs)"
        )
        parameters["rs"] = filters.recommending_state
    return conditions, parameters


def _collect_filtered_matches(connection: Connection, node, filters: Filters) -> None:
    """Text matches that pass the filters, in one statement: the text index drives, each match is
    checked by key, and only the survivors are written (a broad word can match 40,000 rows)."""
    conditions, parameters = _filter_conditions(filters)
    if connection.dialect.name == "postgresql":
        match_parameters: list[str] = []
        tsquery = to_tsquery_parts(node, match_parameters)
        match_parameters = {f"q{i}": value for i, value in enumerate(match_parameters)}
        sql = (f"INSERT INTO search_hits (id, score) SELECT r.id, ts_rank_cd(r.text_search, {tsquery}) "
               "FROM recommendations r JOIN documents d ON d.id = r.document_id "
               f"WHERE r.text_search @@ {tsquery} AND {' AND '.join(conditions)}")
    else:
        match_parameters = {"match": to_fts5(node)}
        sql = ("INSERT INTO search_hits (id, score) SELECT f.rowid, -f.rank FROM recommendations_fts f "
               "CROSS JOIN recommendations r ON r.id = f.rowid CROSS JOIN documents d ON d.id = r.document_id "
               f"WHERE recommendations_fts MATCH :match AND {' AND '.join(conditions)}")
    connection.execute(text(sql), parameters | match_parameters)


def _drop_filtered_out(connection: Connection, filters: Filters, only_found_by_meaning: bool = False) -> None:
    conditions, parameters = _filter_conditions(filters)
    scope = f" WHERE h.score <= {VECTOR_ONLY}" if only_found_by_meaning else ""
    kept = f"SELECT r.id FROM search_hits h JOIN recommendations r ON r.id = h.id JOIN documents d ON d.id = r.document_id " \
           f"WHERE {' AND '.join(conditions)}"
    connection.execute(
        _from_hits(connection, f"DELETE FROM search_hits WHERE id IN (SELECT h.id FROM search_hits h{scope}) "
                               f"AND id NOT IN ({kept})"),
        parameters,
    )


def _hits(connection: Connection, page) -> list[Hit]:
    if not page:
        return []
    scores = {row.id: float(row.score) for row in page}
    ids = ", ".join(str(int(identifier)) for identifier in scores)  # integers from our own table
    rows = connection.execute(
        text(
            "SELECT r.id, r.document_id, r.text, r.paragraph, r.position, d.state_under_review, d.source "
            f"FROM recommendations r JOIN documents d ON d.id = r.document_id WHERE r.id IN ({ids})"
        )
    ).all()
    states: dict[int, list[str]] = {}
    for recommendation_id, state in connection.execute(
        text(f"SELECT recommendation_id, state FROM recommending_states WHERE recommendation_id IN ({ids}) "
             "ORDER BY recommendation_id, ordinal")
    ):
        states.setdefault(recommendation_id, []).append(state)
    meaning_only = {identifier for (identifier,) in connection.execute(
        text(f"SELECT id FROM search_hits WHERE score <= :vector_only AND id IN ({ids})"), {"vector_only": VECTOR_ONLY})}
    by_id = {
        row.id: Hit(row.id, row.document_id, row.text, row.paragraph, row.position, row.state_under_review,
                    states.get(row.id, []), row.source, scores[row.id], row.id in meaning_only)
        for row in rows
    }
    return [by_id[row.id] for row in page]


# Three reads cover every facet: one row per hit for the document and position facets, one per
# recommending state, one per label; counting happens here (eight GROUP BY queries cost twice as much).
_FACT_ROWS_SQL = ("SELECT d.state_under_review, d.cycle, d.kind, r.position FROM search_hits h "
                  "JOIN recommendations r ON r.id = h.id JOIN documents d ON d.id = r.document_id")
_STATE_ROWS_SQL = "SELECT s.state FROM search_hits h JOIN recommending_states s ON s.recommendation_id = h.id"
_LABEL_ROWS_SQL = ("SELECT l.field, l.label FROM search_hits h JOIN labels l ON l.recommendation_id = h.id "
                   "WHERE l.field IN ('action_category', 'issues', 'themes')")


def _facets(connection: Connection, limit: int) -> dict[str, list[tuple[str, int]]]:
    counters = {name: Counter() for name in FACETS}
    for state, cycle, kind, position in connection.execute(_from_hits(connection, _FACT_ROWS_SQL)):
        for name, value in (("state_under_review", state), ("cycle", cycle), ("kind", kind), ("position", position)):
            counters[name][value] += 1
    counters["recommending_state"].update(state for (state,) in connection.execute(_from_hits(connection, _STATE_ROWS_SQL)))
    for field_name, label in connection.execute(_from_hits(connection, _LABEL_ROWS_SQL)):
        counters[field_name][label] += 1
    return {name: _top(counters[name].items(), limit) for name in FACETS}


def _from_hits(connection: Connection, sql: str):
    """SQLite knows nothing of the temporary table's size and would scan the big tables first;
    its CROSS JOIN keeps the written order: the (few) hits drive, the rest is looked up by key."""
    if connection.dialect.name == "sqlite":
        sql = sql.replace(" JOIN ", " CROSS JOIN ")
    return text(sql)


def _top(rows, limit: int) -> list[tuple[str, int]]:
    counted = [(value, count) for value, count in rows if value is not None]
    counted.sort(key=lambda row: (-row[1], str(row[0])))
    return [(str(value), count) for value, count in counted[:limit]]
