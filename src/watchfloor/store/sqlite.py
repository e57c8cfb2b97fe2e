"""The embedded store: one SQLite file in WAL mode, each document written in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from watchfloor.errors import StoreError
from watchfloor.store.base import SearchFilters, SearchHit
from watchfloor.store.migrations import migrate
from watchfloor.store.paragraph_search import search_paragraphs
from watchfloor.store.records import DocumentStore


class SQLiteStore(DocumentStore):
    """Documents, their notes and passages, a full-text index, and what extraction found in them
    (entities, places, events), in one SQLite file."""

    conn: sqlite3.Connection

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            migrate(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as a Watchfloor database ({exc})") from exc

    def search(self, query: str, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Paragraphs matching `query`, best first (BM25), each with a highlighted snippet."""
        return search_paragraphs(self.conn, query, filters or SearchFilters())
