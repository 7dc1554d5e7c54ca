"""Persistence: SQLite by default, any SQLAlchemy URL (PostgreSQL) through the same code."""

from uprmonitor.store.database import default_database_url, resolve_database_url
from uprmonitor.store.store import DocumentSummary, SaveResult, Store

__all__ = ["DocumentSummary", "SaveResult", "Store", "default_database_url", "resolve_database_url"]
