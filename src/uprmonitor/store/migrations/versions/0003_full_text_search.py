"""full-text search over recommendation texts

SQLite: an FTS5 table (Porter stemming, diacritics folded) kept in step by triggers.
PostgreSQL: a stored tsvector column (English stemming) with a GIN index.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE recommendations_fts USING fts5(
        text, content='recommendations', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER recommendations_fts_insert AFTER INSERT ON recommendations BEGIN
        INSERT INTO recommendations_fts(rowid, text) VALUES (new.id, new.text); END""",
    """CREATE TRIGGER recommendations_fts_delete AFTER DELETE ON recommendations BEGIN
        INSERT INTO recommendations_fts(recommendations_fts, rowid, text) VALUES ('delete', old.id, old.text); END""",
    """CREATE TRIGGER recommendations_fts_update AFTER UPDATE OF text ON recommendations BEGIN
        INSERT INTO recommendations_fts(recommendations_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO recommendations_fts(rowid, text) VALUES (new.id, new.text); END""",
    "INSERT INTO recommendations_fts(recommendations_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS recommendations_fts_update",
    "DROP TRIGGER IF EXISTS recommendations_fts_delete",
    "DROP TRIGGER IF EXISTS recommendations_fts_insert",
    "DROP TABLE IF EXISTS recommendations_fts",
]
POSTGRES_UP = [
    """ALTER TABLE recommendations ADD COLUMN text_search tsvector
        GENERATED ALWAYS AS (to_tsvector('english', text)) STORED""",
    "CREATE INDEX ix_recommendations_text_search ON recommendations USING GIN (text_search)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_recommendations_text_search",
    "ALTER TABLE recommendations DROP COLUMN IF EXISTS text_search",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(sa.text(statement))


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
