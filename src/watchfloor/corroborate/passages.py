"""Near-duplicate paragraphs across documents: MinHash signatures and their LSH bands kept in the
store (`bands.py`), and the `background` mark on a paragraph recycled from an earlier report.

Candidates are found by an indexed look-up of the paragraph's bands, so the cost per document stays
flat however many paragraphs the store holds, and nothing is held in memory between documents.
"""

from __future__ import annotations

from datasketch import LeanMinHash  # type: ignore[import-untyped]

from watchfloor.corroborate.bands import backfill, candidates, store_bands
from watchfloor.corroborate.shingles import THRESHOLD, from_blob, long_enough, signature, to_blob
from watchfloor.corroborate.shingles import similarity as estimate
from watchfloor.store.db import Connection


def _order(conn: Connection, document_id: int) -> tuple[str, int]:
    """A document's place in time: publication date (else ingest time), then ingest order."""
    row = conn.execute(
        "SELECT coalesce(published, ingested_at), id FROM documents WHERE id = ?", (document_id,)
    )
    published, ident = row.fetchone()
    return str(published), int(ident)


def signatures_for(conn: Connection, document_id: int) -> list[tuple[int, LeanMinHash]]:
    """Compute and store the signatures of a document's long paragraphs (once)."""
    stored = conn.execute(
        "SELECT passage_id, signature FROM paragraph_signatures WHERE document_id = ?", (document_id,)
    ).fetchall()
    if stored:
        return [(int(pid), from_blob(blob)) for pid, blob in stored]
    (text,) = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    made: list[tuple[int, LeanMinHash]] = []
    for pid, start, end in conn.execute(
        "SELECT id, start, end FROM passages WHERE document_id = ? AND kind = 'paragraph' ORDER BY id",
        (document_id,),
    ).fetchall():
        if long_enough(text[start:end]):
            made.append((int(pid), signature(text[start:end])))
    conn.executemany(
        "INSERT INTO paragraph_signatures (passage_id, document_id, signature) VALUES (?, ?, ?)",
        [(pid, document_id, to_blob(sig)) for pid, sig in made],
    )
    store_bands(conn, made)
    return made


def mark_recycled(conn: Connection, document_id: int) -> int:
    """Compare a document's paragraphs with every other stored paragraph; mark the later copy of
    each near-duplicate pair as background linked to its earliest original. Returns the links made."""
    backfill(conn)
    own = signatures_for(conn, document_id)
    this = _order(conn, document_id)
    links = 0
    for pid, sig in own:
        for other in sorted(candidates(conn, sig)):
            row = conn.execute(
                "SELECT document_id, signature FROM paragraph_signatures WHERE passage_id = ?", (other,)
            ).fetchone()
            if row is None or int(row[0]) == document_id:
                continue
            score = estimate(sig, from_blob(row[1]))
            if score < THRESHOLD:
                continue
            other_doc = int(row[0])
            if _order(conn, other_doc) < this:
                links += _link(conn, (pid, document_id), (int(other), other_doc), score)
            else:
                links += _link(conn, (int(other), other_doc), (pid, document_id), score)
    return links


def _link(conn: Connection, later: tuple[int, int], original: tuple[int, int], score: float) -> int:
    """Point `later` at `original` unless it already points at an earlier original."""
    current = conn.execute(
        "SELECT original_document_id FROM recycled_passages WHERE passage_id = ?", (later[0],)
    ).fetchone()
    if current is not None and _order(conn, int(current[0])) <= _order(conn, original[1]):
        return 0
    conn.execute(
        "INSERT INTO recycled_passages"
        " (passage_id, document_id, original_passage_id, original_document_id, similarity)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (passage_id) DO UPDATE SET document_id = excluded.document_id,"
        " original_passage_id = excluded.original_passage_id,"
        " original_document_id = excluded.original_document_id, similarity = excluded.similarity",
        (later[0], later[1], original[0], original[1], round(score, 4)),
    )
    return 1
