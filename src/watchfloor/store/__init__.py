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
from watchfloor.store.sqlite import SQLiteStore

__all__ = [
    "AddResult",
    "DocumentStatus",
    "SQLiteStore",
    "SearchFilters",
    "SearchHit",
    "Store",
    "StoreStats",
    "StoredDocument",
    "open_store",
]


def open_store(location: Path | str) -> SQLiteStore:
    """Open (creating and migrating if needed) the store at `location`, a SQLite file path."""
    return SQLiteStore(location)
