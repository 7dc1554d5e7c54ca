"""full-text search finds words inside Chinese text, and every form of a Spanish, French, Russian or Arabic word

Chinese is written without spaces, so the word-based index (FTS5 unicode61 / PostgreSQL's parser) saw a whole
clause as one word and a search for "酷刑" (torture) found nothing; and the index's stemmer is English, so
"пытки" did not find "пытками". Each recommendation now carries `search_terms` (store/query.py `search_terms`:
Chinese character pairs, Snowball stems of the other languages), and the index reads the text and those terms
together.

SQLite: the FTS5 table's content becomes a view joining both; triggers keep it in step as before.
PostgreSQL: the stored tsvector is computed from both.

Revision ID: 0004
Revises: 0003
"""

from importlib import import_module

import sqlalchemy as sa
from alembic import op

from uprmonitor.store.query import search_terms

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXED = "text || coalesce(char(10) || search_terms, '')"  # what the index reads, SQLite
SQLITE_UP = [
    "DROP TRIGGER IF EXISTS recommendations_fts_update",
    "DROP TRIGGER IF EXISTS recommendations_fts_delete",
    "DROP TRIGGER IF EXISTS recommendations_fts_insert",
    "DROP TABLE IF EXISTS recommendations_fts",
    f"CREATE VIEW recommendations_search AS SELECT id, {INDEXED} AS text FROM recommendations",
    """CREATE VIRTUAL TABLE recommendations_fts USING fts5(
        text, content='recommendations_search', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER recommendations_fts_insert AFTER INSERT ON recommendations BEGIN
        INSERT INTO recommendations_fts(rowid, text)
        VALUES (new.id, new.text || coalesce(char(10) || new.search_terms, '')); END""",
    """CREATE TRIGGER recommendations_fts_delete AFTER DELETE ON recommendations BEGIN
        INSERT INTO recommendations_fts(recommendations_fts, rowid, text)
        VALUES ('delete', old.id, old.text || coalesce(char(10) || old.search_terms, '')); END""",
    """CREATE TRIGGER recommendations_fts_update AFTER UPDATE OF text, search_terms ON recommendations BEGIN
        INSERT INTO recommendations_fts(recommendations_fts, rowid, text)
        VALUES ('delete', old.id, old.text || coalesce(char(10) || old.search_terms, ''));
        INSERT INTO recommendations_fts(rowid, text)
        VALUES (new.id, new.text || coalesce(char(10) || new.search_terms, '')); END""",
    "INSERT INTO recommendations_fts(recommendations_fts) VALUES ('rebuild')",
]
# Back to revision 0003's index (over `text` alone): drop what this revision made, then run 0003's statements.
_REVISION_0003 = import_module("uprmonitor.store.migrations.versions.0003_full_text_search")
SQLITE_DOWN = [*SQLITE_UP[:4], "DROP VIEW IF EXISTS recommendations_search", *_REVISION_0003.SQLITE_UP]
POSTGRES_UP = [
    "DROP INDEX IF EXISTS ix_recommendations_text_search",
    "ALTER TABLE recommendations DROP COLUMN IF EXISTS text_search",
    """ALTER TABLE recommendations ADD COLUMN text_search tsvector
        GENERATED ALWAYS AS (to_tsvector('english', text) || to_tsvector('simple', coalesce(search_terms, '')))
        STORED""",
    "CREATE INDEX ix_recommendations_text_search ON recommendations USING GIN (text_search)",
]
POSTGRES_DOWN = [*POSTGRES_UP[:2], *_REVISION_0003.POSTGRES_UP]


def _run_for_dialect(statements: dict[str, list[str]]) -> None:
    for statement in statements.get(op.get_bind().dialect.name, []):
        op.execute(sa.text(statement))


def _fill_search_terms() -> None:
    """Terms for the recommendations already stored (English text keeps NULL)."""
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT r.id, r.text, d.language FROM recommendations r JOIN documents d ON d.id = r.document_id")).fetchall()
    updates = [{"id": id_, "terms": terms} for id_, text, language in rows if (terms := search_terms(text, language))]
    if updates:
        connection.execute(sa.text("UPDATE recommendations SET search_terms = :terms WHERE id = :id"), updates)


def upgrade() -> None:
    op.add_column("recommendations", sa.Column("search_terms", sa.Text(), nullable=True))
    _fill_search_terms()
    _run_for_dialect({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})


def downgrade() -> None:
    _run_for_dialect({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})
    op.drop_column("recommendations", "search_terms")
