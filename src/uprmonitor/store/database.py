"""Opening the store: SQLite in the user's data folder by default, any SQLAlchemy URL otherwise.

The schema is brought to the latest Alembic revision whenever a store is opened, so a user never
runs migrations by hand and an older database is upgraded in place.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from uprmonitor.errors import StoreError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DATABASE_URL_ENV = "UPR_DATABASE_URL"


def default_database_url() -> str:
    """`UPR_DATABASE_URL` if set, else a SQLite file in the per-user data folder."""
    if os.environ.get(DATABASE_URL_ENV):
        return os.environ[DATABASE_URL_ENV]
    folder = Path(user_data_dir("uprmonitor", appauthor=False))
    return f"sqlite:///{folder / 'upr.db'}"


def resolve_database_url(url_or_path: str | None) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as a SQLite file)."""
    if not url_or_path:
        return default_database_url()
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{Path(url_or_path).expanduser().resolve()}"


def create_store_engine(url: str) -> Engine:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as error:
        raise StoreError(f"cannot open database {url!r}: {error}") from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # cascades rely on it
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (web, CLI) do not block an import
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # configparser treats "%" as interpolation; URLs carry it (escaped socket paths, passwords)
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade_schema(engine: Engine) -> None:
    """Run pending migrations; a no-op (one cheap query) when the schema is current."""
    config = alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    try:
        with engine.begin() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            if current == head:
                return
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as error:
        raise StoreError(f"cannot prepare database {engine.url!r}: {error}") from error
