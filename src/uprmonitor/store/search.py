"""Full-text search over stored recommendations, with filters and facet counts.

SQLite uses the FTS5 index (Porter-stemmed, ranked by BM25); PostgreSQL its tsvector column
(English stemming, ranked by ts_rank_cd). Both read the same query language (store/query.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from uprmonitor.store.query import parse_query, to_fts5, to_tsquery_parts
from uprmonitor.store.schema import DocumentRow, LabelRow, RecommendationRow, RecommendingStateRow

FACETS = ("state_under_review", "cycle", "position", "kind", "action_category", "recommending_state", "issues", "themes")


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


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def search(session: Session, query: str, filters: Filters | None = None, *, limit: int = 20, offset: int = 0,
           facet_limit: int = 10) -> SearchResult:
    filters = filters or Filters()
    matches = _matching_ids(session, query)  # (recommendation id, rank score) subquery, higher is better
    filtered = _apply_filters(select(matches.c.id, matches.c.score).join(
        RecommendationRow, RecommendationRow.id == matches.c.id
    ).join(DocumentRow, DocumentRow.id == RecommendationRow.document_id), filters).subquery("filtered")
    total = session.scalar(select(func.count()).select_from(filtered))
    page = session.execute(
        select(filtered.c.id, filtered.c.score).order_by(filtered.c.score.desc(), filtered.c.id).limit(limit).offset(offset)
    ).all()
    return SearchResult(
        query=query,
        total=total,
        hits=_hits(session, page),
        facets=_facets(session, select(filtered.c.id), facet_limit),
    )


def _matching_ids(session: Session, query: str):
    node = parse_query(query)
    if session.get_bind().dialect.name == "postgresql":
        parameters: list[str] = []
        tsquery = to_tsquery_parts(node, parameters)
        statement = text(
            f"SELECT id, ts_rank_cd(text_search, {tsquery}) AS score FROM recommendations "
            f"WHERE text_search @@ {tsquery}"
        ).bindparams(*(bindparam(f"q{i}", value) for i, value in enumerate(parameters)))
    else:
        # bm25() is lower for better matches; negated so that every backend sorts descending
        statement = text(
            "SELECT rowid AS id, -bm25(recommendations_fts) AS score FROM recommendations_fts "
            "WHERE recommendations_fts MATCH :match"
        ).bindparams(match=to_fts5(node))
    return statement.columns(id=RecommendationRow.id.type, score=RecommendationRow.id.type).subquery("matches")


def _apply_filters(statement, filters: Filters):
    if filters.state:
        statement = statement.where(DocumentRow.state_under_review == filters.state)
    if filters.cycle:
        statement = statement.where(DocumentRow.cycle == filters.cycle)
    if filters.kind:
        statement = statement.where(DocumentRow.kind == filters.kind)
    if filters.position:
        statement = statement.where(RecommendationRow.position == filters.position)
    if filters.action_category:
        statement = statement.where(_has_label("action_category", str(filters.action_category)))
    if filters.theme:
        statement = statement.where(_has_label(("themes", "issues"), filters.theme))
    if filters.recommending_state:
        statement = statement.where(
            select(RecommendingStateRow.id)
            .where(RecommendingStateRow.recommendation_id == RecommendationRow.id,
                   RecommendingStateRow.state == filters.recommending_state)
            .exists()
        )
    return statement


def _has_label(fields: str | tuple[str, ...], value: str):
    fields = (fields,) if isinstance(fields, str) else fields
    return (
        select(LabelRow.id)
        .where(LabelRow.recommendation_id == RecommendationRow.id, LabelRow.field.in_(fields), LabelRow.label == value)
        .exists()
    )


def _hits(session: Session, page) -> list[Hit]:
    if not page:
        return []
    scores = {row.id: float(row.score) for row in page}
    rows = session.execute(
        select(RecommendationRow, DocumentRow)
        .join(DocumentRow, DocumentRow.id == RecommendationRow.document_id)
        .where(RecommendationRow.id.in_(list(scores)))
    ).all()
    states = _states_of(session, list(scores))
    by_id = {
        rec.id: Hit(
            recommendation_id=rec.id,
            document_id=doc.id,
            text=rec.text,
            paragraph=rec.paragraph,
            position=rec.position,
            state_under_review=doc.state_under_review,
            recommending_states=states.get(rec.id, []),
            source=doc.source,
            score=scores[rec.id],
        )
        for rec, doc in rows
    }
    return [by_id[row.id] for row in page]


def _states_of(session: Session, ids: list[int]) -> dict[int, list[str]]:
    states: dict[int, list[str]] = {}
    query = (
        select(RecommendingStateRow.recommendation_id, RecommendingStateRow.state)
        .where(RecommendingStateRow.recommendation_id.in_(ids))
        .order_by(RecommendingStateRow.recommendation_id, RecommendingStateRow.ordinal)
    )
    for recommendation_id, state in session.execute(query):
        states.setdefault(recommendation_id, []).append(state)
    return states


def _facets(session: Session, ids, limit: int) -> dict[str, list[tuple[str, int]]]:
    ids = ids.scalar_subquery() if hasattr(ids, "scalar_subquery") else ids
    in_result = RecommendationRow.id.in_(ids)
    document_facet = {
        "state_under_review": DocumentRow.state_under_review,
        "cycle": DocumentRow.cycle,
        "kind": DocumentRow.kind,
    }
    facets = {}
    for name, column in document_facet.items():
        facets[name] = _count(session, select(column, func.count()).join(
            RecommendationRow, RecommendationRow.document_id == DocumentRow.id
        ).where(in_result).group_by(column), limit)
    facets["position"] = _count(
        session, select(RecommendationRow.position, func.count()).where(in_result).group_by(RecommendationRow.position),
        limit,
    )
    facets["recommending_state"] = _count(
        session,
        select(RecommendingStateRow.state, func.count())
        .where(RecommendingStateRow.recommendation_id.in_(ids))
        .group_by(RecommendingStateRow.state),
        limit,
    )
    for label_field in ("action_category", "issues", "themes"):
        facets[label_field] = _count(
            session,
            select(LabelRow.label, func.count())
            .where(LabelRow.recommendation_id.in_(ids), LabelRow.field == label_field)
            .group_by(LabelRow.label),
            limit,
        )
    return facets


def _count(session: Session, statement, limit: int) -> list[tuple[str, int]]:
    rows = [(value, count) for value, count in session.execute(statement) if value is not None]
    rows.sort(key=lambda row: (-row[1], str(row[0])))
    return [(str(value), count) for value, count in rows[:limit]]
