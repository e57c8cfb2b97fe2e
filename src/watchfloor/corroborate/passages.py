"""Near-duplicate paragraphs across documents: MinHash signatures kept in the store, an LSH index
over them in memory, and the `background` mark on a paragraph recycled from an earlier report.

The index is built from the stored signatures the first time a store is used in a process and
then kept up to date incrementally (see `_Index`); a count and maximum id check against the table
rebuilds it whenever the store changed behind its back (another process, a rolled-back write).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHashLSH  # type: ignore[import-untyped]

from watchfloor.corroborate.shingles import NUM_PERM, THRESHOLD, from_blob, long_enough, signature, to_blob
from watchfloor.corroborate.shingles import similarity as estimate


@dataclass
class _Index:
    lsh: MinHashLSH
    count: int = 0
    last_id: int = 0


_INDEXES: dict[str, _Index] = {}


def _state(conn: sqlite3.Connection) -> tuple[int, int]:
    count, last = conn.execute(
        "SELECT count(*), coalesce(max(passage_id), 0) FROM paragraph_signatures"
    ).fetchone()
    return int(count), int(last)


def _index(conn: sqlite3.Connection, path: str) -> _Index:
    """The LSH index of every stored signature, built or caught up as needed."""
    count, last = _state(conn)
    index = _INDEXES.get(path)
    if index is None or index.count > count or index.last_id > last:
        index = _INDEXES[path] = _Index(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM))
    if (index.count, index.last_id) != (count, last):
        rows = conn.execute(
            "SELECT passage_id, signature FROM paragraph_signatures WHERE passage_id > ? ORDER BY passage_id",
            (index.last_id,),
        ).fetchall()
        with index.lsh.insertion_session() as session:
            for passage_id, blob in rows:
                session.insert(int(passage_id), from_blob(blob))
        index.count += len(rows)
        index.last_id = int(rows[-1][0]) if rows else index.last_id
        if (index.count, index.last_id) != (count, last):  # ids below the last were added: start over
            del _INDEXES[path]
            return _index(conn, path)
    return index


def _order(conn: sqlite3.Connection, document_id: int) -> tuple[str, int]:
    """A document's place in time: publication date (else ingest time), then ingest order."""
    row = conn.execute(
        "SELECT coalesce(published, ingested_at), id FROM documents WHERE id = ?", (document_id,)
    )
    published, ident = row.fetchone()
    return str(published), int(ident)


def signatures_for(conn: sqlite3.Connection, document_id: int) -> list[tuple[int, LeanMinHash]]:
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
    return made


def mark_recycled(conn: sqlite3.Connection, path: str, document_id: int) -> int:
    """Compare a document's paragraphs with every other stored paragraph; mark the later copy of
    each near-duplicate pair as background linked to its earliest original. Returns the links made."""
    own = signatures_for(conn, document_id)
    index = _index(conn, path)
    this = _order(conn, document_id)
    links = 0
    for pid, sig in own:
        for other in index.lsh.query(sig):
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


def _link(conn: sqlite3.Connection, later: tuple[int, int], original: tuple[int, int], score: float) -> int:
    """Point `later` at `original` unless it already points at an earlier original."""
    current = conn.execute(
        "SELECT original_document_id FROM recycled_passages WHERE passage_id = ?", (later[0],)
    ).fetchone()
    if current is not None and _order(conn, int(current[0])) <= _order(conn, original[1]):
        return 0
    conn.execute(
        "INSERT OR REPLACE INTO recycled_passages"
        " (passage_id, document_id, original_passage_id, original_document_id, similarity)"
        " VALUES (?, ?, ?, ?, ?)",
        (later[0], later[1], original[0], original[1], round(score, 4)),
    )
    return 1


def forget(path: str) -> None:
    """Drop the in-memory index of a store (it is rebuilt from the stored signatures when next used)."""
    _INDEXES.pop(path, None)
