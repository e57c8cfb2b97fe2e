"""Storage behind one small interface (`Store`); `open_store` picks the implementation."""

from __future__ import annotations

from pathlib import Path

from watchfloor.store.base import (
    AddResult,
    DocumentStatus,
    SearchFilters,
    SearchHit,
    Store,
    StoredDocument,
    StoreStats,
)
from watchfloor.store.db import is_url, normalise_location
from watchfloor.store.records import DocumentStore
from watchfloor.store.sqlite import SQLiteStore

__all__ = [
    "AddResult",
    "DocumentStatus",
    "DocumentStore",
    "SQLiteStore",
    "SearchFilters",
    "SearchHit",
    "Store",
    "StoreStats",
    "StoredDocument",
    "open_store",
]


def open_store(location: Path | str) -> DocumentStore:
    """Open (creating and migrating if needed) the store at `location`: a SQLite file path, or a
    `postgresql://` URL for a PostgreSQL database (which must exist; its tables are made here)."""
    if is_url(location):
        from watchfloor.store.postgres import PostgresStore  # psycopg is loaded only when used

        return PostgresStore(normalise_location(location))
    return SQLiteStore(location)
