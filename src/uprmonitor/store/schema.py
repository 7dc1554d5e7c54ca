"""Database tables (SQLAlchemy 2 ORM). Alembic migrations in store/migrations/ create them.

One row per stored Document; Sections, Concerns, Recommendations and each recommendation's
recommending states hang off it and are deleted with it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    source: Mapped[str] = mapped_column(String(1000))
    format: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    state_under_review: Mapped[str | None] = mapped_column(String(200), index=True)
    symbol: Mapped[str | None] = mapped_column(String(100), index=True)
    session: Mapped[int | None] = mapped_column(Integer)
    cycle: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(16))
    pages: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)  # kept so every span can be shown in context
    extra: Mapped[dict] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    sections: Mapped[list[SectionRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="SectionRow.ordinal"
    )
    recommendations: Mapped[list[RecommendationRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="RecommendationRow.ordinal"
    )


class SectionRow(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str | None] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer, default=1)
    page: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[DocumentRow] = relationship(back_populates="sections")
    concerns: Mapped[list[ConcernRow]] = relationship(
        back_populates="section", cascade="all, delete-orphan", order_by="ConcernRow.ordinal"
    )


class ConcernRow(Base):
    __tablename__ = "concerns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    section: Mapped[SectionRow] = relationship(back_populates="concerns")


class RecommendationRow(Base):
    __tablename__ = "recommendations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    ordinal: Mapped[int] = mapped_column(Integer)
    section: Mapped[str | None] = mapped_column(Text)  # heading, denormalised for exports
    paragraph: Mapped[str | None] = mapped_column(String(32), index=True)
    text: Mapped[str] = mapped_column(Text)
    # What the full-text index reads besides `text`: Chinese character pairs, stems of other languages
    # (query.search_terms).
    search_terms: Mapped[str | None] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(String(16), index=True)
    stakeholder: Mapped[str | None] = mapped_column(String(200))
    page: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    themes: Mapped[list] = mapped_column(JSON, default=list)
    affected_persons: Mapped[list] = mapped_column(JSON, default=list)
    sdgs: Mapped[list] = mapped_column(JSON, default=list)

    document: Mapped[DocumentRow] = relationship(back_populates="recommendations")
    section_ref: Mapped[SectionRow | None] = relationship()
    states: Mapped[list[RecommendingStateRow]] = relationship(
        back_populates="recommendation", cascade="all, delete-orphan", order_by="RecommendingStateRow.ordinal"
    )
    labels: Mapped[list[LabelRow]] = relationship(
        back_populates="recommendation", cascade="all, delete-orphan", order_by="LabelRow.ordinal"
    )


class RecommendingStateRow(Base):
    """One row per (recommendation, recommending state), so "all recommendations by Norway" is an index scan."""

    __tablename__ = "recommending_states"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(200))

    recommendation: Mapped[RecommendationRow] = relationship(back_populates="states")


Index("ix_recommending_states_state", RecommendingStateRow.state)


class LabelRow(Base):
    """A classifier's (or the source document's) label on a recommendation."""

    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(32))  # one of model.LABEL_FIELDS
    ordinal: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300))
    confidence: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(16), default="model")
    details: Mapped[dict] = mapped_column(JSON, default=dict)

    recommendation: Mapped[RecommendationRow] = relationship(back_populates="labels")


Index("ix_labels_recommendation_field", LabelRow.recommendation_id, LabelRow.field)
Index("ix_labels_field_label", LabelRow.field, LabelRow.label)


class LabelCorrectionRow(Base):
    """A user's correction of one label field. Kept for good: it wins over the model and is training data.

    The recommendation's text and its hash are kept too, so a correction outlives a re-analysis of its
    document (it is re-attached by text) and can feed training even after the document is gone.
    """

    __tablename__ = "label_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendations.id", ondelete="SET NULL"), index=True
    )
    text_hash: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(32))
    labels: Mapped[list] = mapped_column(JSON)
    previous: Mapped[list] = mapped_column(JSON, default=list)
    author: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


class EmbeddingRow(Base):
    """Cache of text embeddings, so nothing is embedded twice (key: sha1 of the text, model name)."""

    __tablename__ = "embeddings"

    text_hash: Mapped[str] = mapped_column(String(40), primary_key=True)
    model: Mapped[str] = mapped_column(String(100), primary_key=True)
    dim: Mapped[int] = mapped_column(Integer)
    vector: Mapped[bytes] = mapped_column(LargeBinary)
