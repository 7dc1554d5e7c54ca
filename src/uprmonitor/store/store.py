"""The store: save analysed Documents and read them back, one transaction per import.

`Store.save` is idempotent by content hash: the same file analysed twice is stored once.
A Working Group report and its addendum (the State's responses) meet here: whichever is
stored second, the addendum's positions are applied to the report's recommendations.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from uprmonitor.errors import StoreError
from uprmonitor.model import LABEL_FIELDS, Document, Label, Recommendation, Section
from uprmonitor.store.database import create_store_engine, resolve_database_url, upgrade_schema
from uprmonitor.store.query import search_terms
from uprmonitor.store.schema import (
    ConcernRow,
    DocumentRow,
    LabelCorrectionRow,
    LabelRow,
    RecommendationRow,
    RecommendingStateRow,
    SectionRow,
)
from uprmonitor.structure.wg_addendum import apply_positions  # a report's own statement wins


@dataclass
class SaveResult:
    document_id: int
    created: bool  # False when the same content was already stored
    positions_applied: int = 0


@dataclass
class DocumentSummary:
    id: int
    source: str
    kind: str
    title: str | None
    state_under_review: str | None
    symbol: str | None
    year: int | None
    sections: int
    recommendations: int


class Store:
    def __init__(self, url: str | None = None):
        self.url = resolve_database_url(url)
        self.engine = create_store_engine(self.url)
        upgrade_schema(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def save(self, document: Document, *, replace: bool = False) -> SaveResult:
        """Store a document with everything in it, in one transaction.

        Already stored (same content hash): nothing changes unless `replace`, which swaps
        the old analysis for the new one atomically (same id is not kept: ids are new).
        """
        try:
            with self._sessions.begin() as session:
                existing = session.scalar(
                    select(DocumentRow).where(DocumentRow.content_hash == document.content_hash)
                )
                if existing is not None and not replace:
                    document.id = existing.id
                    return SaveResult(existing.id, created=False)
                if existing is not None:
                    session.delete(existing)
                    session.flush()
                row = _document_row(document)
                session.add(row)
                session.flush()
                applied = _link_report_and_addendum(session, row)
                _reattach_corrections(session, row)
                document.id = row.id
                return SaveResult(row.id, created=True, positions_applied=applied)
        except SQLAlchemyError as error:
            raise StoreError(f"could not store {document.source}: {error}") from error

    def delete(self, document_id: int) -> bool:
        with self._sessions.begin() as session:
            result = session.execute(delete(DocumentRow).where(DocumentRow.id == document_id))
            return result.rowcount > 0

    # -- reading -------------------------------------------------------------------------

    def find_by_hash(self, content_hash: str) -> int | None:
        with self._sessions() as session:
            return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash))

    def documents(self) -> list[DocumentSummary]:
        with self._sessions() as session:
            section_counts = _count_by_document(session, SectionRow)
            recommendation_counts = _count_by_document(session, RecommendationRow)
            rows = session.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
            return [
                DocumentSummary(
                    id=row.id,
                    source=row.source,
                    kind=row.kind,
                    title=row.title,
                    state_under_review=row.state_under_review,
                    symbol=row.symbol,
                    year=row.year,
                    sections=section_counts.get(row.id, 0),
                    recommendations=recommendation_counts.get(row.id, 0),
                )
                for row in rows
            ]

    def load(self, document_id: int) -> Document | None:
        with self._sessions() as session:
            row = session.scalar(
                select(DocumentRow)
                .where(DocumentRow.id == document_id)
                .options(
                    selectinload(DocumentRow.sections).selectinload(SectionRow.concerns),
                    selectinload(DocumentRow.recommendations).selectinload(RecommendationRow.states),
                    selectinload(DocumentRow.recommendations).selectinload(RecommendationRow.labels),
                )
            )
            if row is None:
                return None
            document = _document_model(row)
            _overlay_corrections(session, document.recommendations)
            return document

    def load_all(self, document_ids: list[int] | None = None) -> list[Document]:
        with self._sessions() as session:
            query = select(DocumentRow.id).order_by(DocumentRow.id)
            if document_ids:
                query = query.where(DocumentRow.id.in_(document_ids))
            ids = session.scalars(query).all()
        return [self.load(document_id) for document_id in ids]


    def recommendations_of_reviews(self, state_under_review: str) -> list[Recommendation]:
        """Every stored Working Group report recommendation made to this State, with its position."""
        with self._sessions() as session:
            query = (
                select(RecommendationRow)
                .join(DocumentRow)
                .where(DocumentRow.kind == "wg_report", DocumentRow.state_under_review == state_under_review)
                .options(selectinload(RecommendationRow.states))
                .order_by(RecommendationRow.id)
            )
            return [
                Recommendation(
                    id=row.id,
                    text=row.text,
                    paragraph=row.paragraph,
                    position=row.position,
                    recommending_states=[state.state for state in row.states],
                )
                for row in session.scalars(query)
            ]

    def embedding_cache(self, model: str):
        """The stored embeddings of one model, as a mapping the embedder can use as its cache."""
        from uprmonitor.store.embedding_cache import EmbeddingCache

        return EmbeddingCache(self.engine, model)

    def search(self, query: str, filters=None, *, limit: int = 20, offset: int = 0, semantic: bool = False):
        """Full-text search with filters and facet counts (see store/search.py). `semantic` makes it
        hybrid: the nearest recommendations by meaning join the text matches (those with a cached
        vector: every recommendation labelled by `upr analyze`), and all are ranked by text and meaning."""
        from uprmonitor.store.search import search

        embedder = self.cached_embedder() if semantic else None
        with self.engine.begin() as connection:  # the temporary table of matches lives in this connection
            vectors = self.vector_index(connection, embedder.name) if semantic else None
            return search(connection, query, filters, limit=limit, offset=offset, embedder=embedder, vectors=vectors)

    def vector_index(self, connection, model: str):
        """The vectors of the stored recommendations, built once and rebuilt when the store changes."""
        from uprmonitor.store.vectors import build_index, store_version

        cached = getattr(self, "_vector_index", None)
        if cached is None or cached.version != store_version(connection, model):
            cached = self._vector_index = build_index(connection, self.embedding_cache(model), model)
        return cached

    def cached_embedder(self, embedder=None):
        """The project's embedder (or `embedder`) with its vectors cached in this store."""
        if embedder is None:
            if getattr(self, "_embedder", None) is None:  # one per store: the model loads once
                from uprmonitor.classify.embeddings import Embedder

                self._embedder = Embedder()
            embedder = self._embedder
        embedder.cache = self.embedding_cache(embedder.name)
        return embedder

    # -- labels ------------------------------------------------------------------------------

    def replace_labels(self, labels_by_recommendation: dict[int, dict[str, list[Label]]]) -> None:
        """Swap the model's labels of stored recommendations (corrections are untouched), one transaction."""
        with self._sessions.begin() as session:
            for recommendation_id, labels in labels_by_recommendation.items():
                session.execute(
                    delete(LabelRow).where(
                        LabelRow.recommendation_id == recommendation_id, LabelRow.field.in_(list(labels))
                    )
                )
                session.add_all(_label_rows(labels, recommendation_id=recommendation_id))

    def correct_labels(
        self,
        recommendation_id: int,
        field: str,
        labels: list[str],
        *,
        author: str | None = None,
        note: str | None = None,
    ) -> CorrectionRecord:
        """Record a user's labels for one field of a recommendation; they win over the model from now on."""
        if field not in LABEL_FIELDS:
            raise StoreError(f"unknown label field {field!r}; use one of {', '.join(LABEL_FIELDS)}")
        with self._sessions.begin() as session:
            recommendation = session.get(RecommendationRow, recommendation_id)
            if recommendation is None:
                raise StoreError(f"no recommendation with id {recommendation_id}")
            current = _effective_labels(session, recommendation).get(field, [])
            correction = LabelCorrectionRow(
                recommendation_id=recommendation_id,
                text_hash=text_hash(recommendation.text),
                text=recommendation.text,
                field=field,
                labels=list(labels),
                previous=[label.label for label in current],
                author=author,
                note=note,
            )
            session.add(correction)
            session.flush()
            return _correction_record(correction)

    def corrections(self, field: str | None = None) -> list[CorrectionRecord]:
        """Every correction ever made, oldest first: the audit trail, and training data."""
        with self._sessions() as session:
            query = select(LabelCorrectionRow).order_by(LabelCorrectionRow.id)
            if field:
                query = query.where(LabelCorrectionRow.field == field)
            return [_correction_record(row) for row in session.scalars(query)]


@dataclass
class CorrectionRecord:
    id: int
    recommendation_id: int | None
    text: str
    field: str
    labels: list[str]
    previous: list[str]
    author: str | None
    note: str | None
    created_at: datetime


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _correction_record(row: LabelCorrectionRow) -> CorrectionRecord:
    return CorrectionRecord(
        id=row.id,
        recommendation_id=row.recommendation_id,
        text=row.text,
        field=row.field,
        labels=list(row.labels),
        previous=list(row.previous or []),
        author=row.author,
        note=row.note,
        created_at=row.created_at,
    )


def _label_rows(labels: dict[str, list[Label]], recommendation_id: int | None = None) -> list[LabelRow]:
    rows = []
    for field, field_labels in labels.items():
        for ordinal, label in enumerate(field_labels):
            row = LabelRow(
                field=field,
                ordinal=ordinal,
                label=label.label,
                confidence=label.confidence,
                evidence=list(label.evidence),
                source=label.source,
                details=dict(label.details),
            )
            if recommendation_id is not None:
                row.recommendation_id = recommendation_id
            rows.append(row)
    return rows


def _labels_from_rows(rows: list[LabelRow]) -> dict[str, list[Label]]:
    labels: dict[str, list[Label]] = {}
    for row in rows:
        labels.setdefault(row.field, []).append(
            Label(
                label=row.label,
                confidence=row.confidence,
                evidence=list(row.evidence or []),
                source=row.source,
                details=dict(row.details or {}),
            )
        )
    return labels


def _latest_corrections(session: Session, recommendation_ids: list[int]) -> dict[tuple[int, str], LabelCorrectionRow]:
    if not recommendation_ids:
        return {}
    query = (
        select(LabelCorrectionRow)
        .where(LabelCorrectionRow.recommendation_id.in_(recommendation_ids))
        .order_by(LabelCorrectionRow.id)
    )
    return {(row.recommendation_id, row.field): row for row in session.scalars(query)}  # later ones win


def _user_labels(correction: LabelCorrectionRow) -> list[Label]:
    return [Label(label=label, confidence=1.0, source="user") for label in correction.labels]


def _overlay_corrections(session: Session, recommendations: list[Recommendation]) -> None:
    latest = _latest_corrections(session, [rec.id for rec in recommendations])
    for rec in recommendations:
        for field in LABEL_FIELDS:
            if (correction := latest.get((rec.id, field))) is not None:
                rec.labels[field] = _user_labels(correction)


def _effective_labels(session: Session, recommendation: RecommendationRow) -> dict[str, list[Label]]:
    labels = _labels_from_rows(recommendation.labels)
    for (_, field), correction in _latest_corrections(session, [recommendation.id]).items():
        labels[field] = _user_labels(correction)
    return labels


def _reattach_corrections(session: Session, document: DocumentRow) -> None:
    """Corrections of an earlier analysis of this text find their recommendation again."""
    by_hash = {text_hash(rec.text): rec.id for rec in document.recommendations}
    orphans = session.scalars(
        select(LabelCorrectionRow).where(
            LabelCorrectionRow.recommendation_id.is_(None), LabelCorrectionRow.text_hash.in_(list(by_hash))
        )
    )
    for correction in orphans:
        correction.recommendation_id = by_hash[correction.text_hash]


def _count_by_document(session: Session, table) -> dict[int, int]:
    query = select(table.document_id, func.count()).group_by(table.document_id)
    return dict(session.execute(query).all())


def _document_row(document: Document) -> DocumentRow:
    row = DocumentRow(
        content_hash=document.content_hash,
        source=document.source,
        format=document.format,
        kind=document.kind,
        title=document.title,
        state_under_review=document.state_under_review,
        symbol=document.symbol,
        session=document.session,
        cycle=document.cycle,
        year=document.year,
        language=document.language,
        pages=document.pages,
        text=document.text,
        extra=document.extra or {},
    )
    section_rows: dict[str | None, SectionRow] = {}
    for ordinal, section in enumerate(document.sections):
        section_row = SectionRow(
            ordinal=ordinal,
            heading=section.heading,
            level=section.level,
            page=section.page,
            start=section.start,
            end=section.end,
            concerns=[ConcernRow(ordinal=i, text=text) for i, text in enumerate(section.concerns)],
        )
        row.sections.append(section_row)
        section_rows.setdefault(section.heading, section_row)
    for ordinal, recommendation in enumerate(document.recommendations):
        row.recommendations.append(_recommendation_row(ordinal, recommendation, section_rows, document.language))
    return row


def _recommendation_row(
    ordinal: int, recommendation: Recommendation, section_rows: dict[str | None, SectionRow],
    language: str | None = None,
) -> RecommendationRow:
    return RecommendationRow(
        ordinal=ordinal,
        section=recommendation.section,
        section_ref=section_rows.get(recommendation.section) if recommendation.section else None,
        paragraph=recommendation.paragraph,
        text=recommendation.text,
        search_terms=search_terms(recommendation.text, language),
        position=recommendation.position,
        stakeholder=recommendation.stakeholder,
        page=recommendation.page,
        start=recommendation.start,
        end=recommendation.end,
        themes=list(recommendation.themes),
        affected_persons=list(recommendation.affected_persons),
        sdgs=list(recommendation.sdgs),
        states=[
            RecommendingStateRow(ordinal=i, state=state)
            for i, state in enumerate(recommendation.recommending_states)
        ],
        labels=_label_rows(recommendation.labels),
    )


def _document_model(row: DocumentRow) -> Document:
    return Document(
        id=row.id,
        source=row.source,
        content_hash=row.content_hash,
        format=row.format,
        kind=row.kind,
        text=row.text,
        title=row.title,
        state_under_review=row.state_under_review,
        symbol=row.symbol,
        session=row.session,
        cycle=row.cycle,
        year=row.year,
        language=row.language,
        pages=row.pages,
        extra=dict(row.extra or {}),
        sections=[
            Section(
                id=section.id,
                heading=section.heading,
                level=section.level,
                concerns=[concern.text for concern in section.concerns],
                page=section.page,
                start=section.start,
                end=section.end,
            )
            for section in row.sections
        ],
        recommendations=[
            Recommendation(
                id=rec.id,
                text=rec.text,
                section=rec.section,
                paragraph=rec.paragraph,
                recommending_states=[state.state for state in rec.states],
                position=rec.position,
                stakeholder=rec.stakeholder,
                page=rec.page,
                start=rec.start,
                end=rec.end,
                themes=list(rec.themes or []),
                affected_persons=list(rec.affected_persons or []),
                sdgs=list(rec.sdgs or []),
                labels=_labels_from_rows(rec.labels),
            )
            for rec in row.recommendations
        ],
    )


def _link_report_and_addendum(session: Session, row: DocumentRow) -> int:
    """Apply an addendum's positions to its report, whichever of the two was stored last."""
    if row.kind == "wg_addendum":
        report_symbol = (row.extra or {}).get("report_symbol")
        reports = _documents_by(session, kind="wg_report", symbol=report_symbol)
        return sum(apply_positions(report.recommendations, row.extra.get("positions", {})) for report in reports)
    if row.kind == "wg_report" and row.symbol:
        addenda = session.scalars(select(DocumentRow).where(DocumentRow.kind == "wg_addendum")).all()
        return sum(
            apply_positions(row.recommendations, addendum.extra.get("positions", {}))
            for addendum in addenda
            if (addendum.extra or {}).get("report_symbol") == row.symbol
        )
    return 0


def _documents_by(session: Session, *, kind: str, symbol: str | None) -> list[DocumentRow]:
    if not symbol:
        return []
    query = select(DocumentRow).where(DocumentRow.kind == kind, DocumentRow.symbol == symbol)
    return list(session.scalars(query).all())


