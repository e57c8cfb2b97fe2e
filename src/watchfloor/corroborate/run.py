"""Corroborate what ingest stored: each document compared with the others once, in its own write
transaction (so an interrupted run resumes where it stopped).

Ingest corroborates each document it has just written (`corroborate_document_of`: indexed, flat
cost) and, once per run, catches up on any document a crash left behind (`corroborate_store`:
one scan of the documents, not one per document).
"""

from __future__ import annotations

from watchfloor.corroborate import passages
from watchfloor.corroborate.clusters import update_clusters
from watchfloor.store.db import Connection


def _pending(conn: Connection) -> list[tuple[int, bool]]:
    """Documents never corroborated, and those corroborated before their extraction was stored.

    Found through indexes alone: `extracted_at` sits after each document's text, so reading it
    for every document would read the whole archive; it is read for these candidates only."""
    candidates = [
        int(r[0])
        for r in conn.execute(
            "SELECT d.id FROM documents d WHERE NOT EXISTS"
            " (SELECT 1 FROM corroborated c WHERE c.document_id = d.id)"
            " UNION SELECT document_id FROM corroborated WHERE extracted = 0"
        )
    ]
    pending = []
    for document_id in sorted(candidates):
        row = conn.execute(
            "SELECT d.extracted_at IS NOT NULL, c.extracted FROM documents d"
            " LEFT JOIN corroborated c ON c.document_id = d.id WHERE d.id = ?",
            (document_id,),
        ).fetchone()
        if row is not None and (row[1] is None or (row[1] == 0 and row[0])):
            pending.append((document_id, bool(row[0])))
    return pending


def corroborate_document(conn: Connection, document_id: int, extracted: bool) -> None:
    """Mark the document's recycled paragraphs and re-cluster its events' blocks, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        passages.mark_recycled(conn, document_id)
        if extracted:
            update_clusters(conn, document_id)
        conn.execute(
            "INSERT INTO corroborated (document_id, extracted) VALUES (?, ?)"
            " ON CONFLICT (document_id) DO UPDATE SET extracted = excluded.extracted",
            (document_id, int(extracted)),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def corroborate_pending(conn: Connection) -> int:
    """Corroborate every stored document that is not yet; returns how many were done. `conn` must
    be in autocommit mode (as the store's is)."""
    pending = _pending(conn)
    for document_id, extracted in pending:
        corroborate_document(conn, document_id, extracted)
    return len(pending)


def _conn(store: object) -> Connection | None:
    conn = getattr(store, "conn", None)
    return conn if isinstance(conn, Connection) else None


def corroborate_store(store: object) -> int:
    """Corroborate what a SQLite store holds and has not compared yet (a store of another kind is
    left alone). Returns how many documents were done."""
    conn = _conn(store)
    return 0 if conn is None else corroborate_pending(conn)


def corroborate_document_of(store: object, document_id: int) -> bool:
    """The ingest hook: corroborate one just-written document unless it already is (as extracted
    as it is now). Returns whether it was done."""
    conn = _conn(store)
    if conn is None:
        return False
    row = conn.execute(
        "SELECT d.extracted_at IS NOT NULL, c.extracted FROM documents d"
        " LEFT JOIN corroborated c ON c.document_id = d.id WHERE d.id = ?",
        (document_id,),
    ).fetchone()
    if row is None or (row[1] is not None and (row[1] or not row[0])):
        return False
    corroborate_document(conn, document_id, bool(row[0]))
    return True
