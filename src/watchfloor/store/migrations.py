"""Versioned schema of the SQLite store. Append a migration; never edit a released one.

`PRAGMA user_version` holds the number of migrations applied; each runs in its own transaction.
"""

from __future__ import annotations

import sqlite3

from watchfloor.errors import StoreError

MIGRATIONS: list[str] = [
    # 1: documents, their notes and passages, and the full-text index over paragraphs.
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        published TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        outlet TEXT,
        url TEXT,
        lang TEXT,
        text TEXT NOT NULL,
        body_end INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents (published);
    CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        marker TEXT NOT NULL,
        url TEXT NOT NULL,
        raw TEXT NOT NULL,
        defanged INTEGER NOT NULL,
        foreign_domain INTEGER NOT NULL
    );
    CREATE INDEX citations_document ON citations (document_id, marker);
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'sentence')),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        section TEXT,
        markers TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX passages_document ON passages (document_id, kind, start);
    CREATE VIRTUAL TABLE paragraph_index USING fts5 (
        text,
        passage_id UNINDEXED,
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    """,
]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: str) -> None:
    """Bring the database at `path` up to the newest schema; refuse one newer than this code.

    The connection is in autocommit mode; each migration runs in its own write transaction and
    re-reads the version inside it, so two processes opening a new database do not collide.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{path}: schema version {current} is newer than this Watchfloor understands "
                    f"({len(MIGRATIONS)}); upgrade Watchfloor"
                )
            if current == len(MIGRATIONS):
                conn.execute("COMMIT")
                return
            for statement in _statements(MIGRATIONS[current]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows where each ends)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
