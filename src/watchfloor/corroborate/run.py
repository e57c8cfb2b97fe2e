"""Corroborate what ingest stored: every document not yet compared with the others, in id order,
each in its own write transaction (so an interrupted run resumes where it stopped)."""

from __future__ import annotations

import sqlite3

from watchfloor.corroborate import passages
from watchfloor.corroborate.clusters import update_clusters


def _pending(conn: sqlite3.Connection) -> list[tuple[int, bool]]:
    rows = conn.execute(
        "SELECT d.id, d.extracted_at IS NOT NULL FROM documents d"
        " LEFT JOIN corroborated c ON c.document_id = d.id"
        " WHERE c.document_id IS NULL OR (c.extracted = 0 AND d.extracted_at IS NOT NULL) ORDER BY d.id"
    ).fetchall()
    return [(int(r[0]), bool(r[1])) for r in rows]


def corroborate_document(conn: sqlite3.Connection, path: str, document_id: int, extracted: bool) -> None:
    """Mark the document's recycled paragraphs and re-cluster its events' blocks, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        passages.mark_recycled(conn, path, document_id)
        if extracted:
            update_clusters(conn, document_id)
        conn.execute(
            "INSERT OR REPLACE INTO corroborated (document_id, extracted) VALUES (?, ?)",
            (document_id, int(extracted)),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        passages.forget(path)  # the in-memory index may hold what was rolled back
        raise


def corroborate_pending(conn: sqlite3.Connection, path: str) -> int:
    """Corroborate every stored document that is not yet; returns how many were done.

    `conn` must be in autocommit mode (as the store's is); `path` names the store's file and keys
    the in-memory LSH index.
    """
    pending = _pending(conn)
    for document_id, extracted in pending:
        corroborate_document(conn, path, document_id, extracted)
    return len(pending)


def corroborate_store(store: object) -> int:
    """The ingest hook: corroborate what a SQLite store holds and has not compared yet (a store of
    another kind is left alone). Returns how many documents were done."""
    conn, path = getattr(store, "conn", None), getattr(store, "path", None)
    if not isinstance(conn, sqlite3.Connection) or not isinstance(path, str):
        return 0
    return corroborate_pending(conn, path if path != ":memory:" else f":memory:{id(conn)}")
