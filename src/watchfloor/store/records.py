"""What the SQLite and PostgreSQL stores share: writing a document in one transaction and reading
documents, extractions and counts back, in SQL both dialects run (`store/db.py`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, Self

from watchfloor.models import Citation, Document, Layout, Passage
from watchfloor.nlp.types import Extraction
from watchfloor.store.base import (
    AddResult,
    DocumentStatus,
    SearchFilters,
    SearchHit,
    StoredDocument,
    StoreStats,
)
from watchfloor.store.db import Connection
from watchfloor.store.extractions import read_extraction, write_extraction

_DOCUMENT_COLUMNS = (
    "id, key, name, source, format, title, published, authors, outlet, url, lang, text, body_end, ingested_at"
)


class DocumentStore:
    """Documents, their notes and passages, and what extraction found in them, over `conn`;
    subclasses open the connection and search."""

    conn: Connection
    path: str  # the store's location, as messages name it

    # -- writing ---------------------------------------------------------------------------

    def add_document(
        self, document: Document, layout: Layout, extraction: Extraction | None = None
    ) -> AddResult:
        """Store `document` with its layout and extraction, all in one transaction.

        The same text stored before is left as it was; only an extraction it lacks (it was stored
        without one, e.g. before schema version 2) is added.
        """
        key = document.key
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT id, extracted_at FROM documents WHERE key = ?", (key,)).fetchone()
            if row is not None:
                document_id, extracted = int(row[0]), False
                if row[1] is None and extraction is not None:
                    write_extraction(conn, document_id, extraction, self._citations(document_id))
                    self._mark_extracted(document_id)
                    extracted = True
                conn.execute("COMMIT")
                return AddResult(document_id, key, created=False, extracted=extracted)
            document_id = self._insert(document, layout, key)
            if extraction is not None:
                write_extraction(conn, document_id, extraction, layout.citations)
                self._mark_extracted(document_id)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return AddResult(document_id, key, created=True, extracted=extraction is not None)

    def _mark_extracted(self, document_id: int) -> None:
        self.conn.execute(
            "UPDATE documents SET extracted_at = ? WHERE id = ?",
            (datetime.now(UTC).isoformat(timespec="seconds"), document_id),
        )

    def _insert(self, document: Document, layout: Layout, key: str) -> int:
        conn = self.conn
        cursor = conn.execute(
            "INSERT INTO documents (key, name, source, format, title, published, authors, outlet, url,"
            " lang, text, body_end, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                document.name,
                document.source,
                document.format,
                document.title,
                document.published,
                json.dumps(document.authors),
                document.outlet,
                document.url,
                document.lang,
                document.text,
                layout.body_end,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        document_id = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT INTO citations (document_id, position, marker, url, raw, defanged, foreign_domain)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (document_id, i, c.marker, c.url, c.raw, int(c.defanged), int(c.foreign))
                for i, c in enumerate(layout.citations)
            ],
        )
        for passage in layout.passages:
            cursor = conn.execute(
                "INSERT INTO passages (document_id, kind, start, end, section, markers)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    document_id,
                    passage.kind,
                    passage.start,
                    passage.end,
                    passage.section,
                    json.dumps(list(passage.markers)),
                ),
            )
            if passage.kind == "paragraph":
                conn.execute(
                    "INSERT INTO paragraph_index (text, passage_id) VALUES (?, ?)",
                    (document.text[passage.start : passage.end], cursor.lastrowid),
                )
        return document_id

    # -- reading ---------------------------------------------------------------------------

    def has_document(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE key = ?", (key,)).fetchone() is not None

    def document_status(self, key: str) -> DocumentStatus | None:
        row = self.conn.execute("SELECT id, extracted_at FROM documents WHERE key = ?", (key,)).fetchone()
        return None if row is None else DocumentStatus(int(row[0]), row[1] is not None)

    def document_ids(self) -> list[int]:
        return [int(r[0]) for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def get_document(self, document_id: int) -> StoredDocument | None:
        row = self.conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            return None
        stored = _stored_document(row)
        stored.citations = self._citations(document_id)
        stored.passages = [
            Passage(kind=r[0], start=r[1], end=r[2], section=r[3], markers=tuple(json.loads(r[4])))
            for r in self.conn.execute(
                "SELECT kind, start, end, section, markers FROM passages WHERE document_id = ? ORDER BY id",
                (document_id,),
            )
        ]
        return stored

    def _citations(self, document_id: int) -> list[Citation]:
        return [
            Citation(marker=r[0], url=r[1], raw=r[2], defanged=bool(r[3]), foreign=bool(r[4]))
            for r in self.conn.execute(
                "SELECT marker, url, raw, defanged, foreign_domain FROM citations"
                " WHERE document_id = ? ORDER BY position",
                (document_id,),
            )
        ]

    def get_extraction(self, document_id: int) -> Extraction | None:
        """What extraction found in the document, exactly as it was stored; None if it was not."""
        row = self.conn.execute("SELECT extracted_at FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        self.conn.execute("BEGIN")  # one consistent snapshot across the tables read
        try:
            return read_extraction(self.conn, document_id)
        finally:
            self.conn.execute("COMMIT")

    def event_type_counts(self) -> list[tuple[str, int]]:
        rows = self.conn.execute("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
        return [(str(t), int(n)) for t, n in rows]

    def stats(self) -> StoreStats:
        count = self._count
        return StoreStats(
            documents=count("documents"),
            passages=count("passages"),
            citations=count("citations"),
            entities=count("entities"),
            places=count("places"),
            events=count("events"),
        )

    def _count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def search(self, query: str, filters: SearchFilters | None = None) -> list[SearchHit]:
        raise NotImplementedError  # each backend searches with its own full-text machinery

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stored_document(row: tuple[Any, ...]) -> StoredDocument:
    (doc_id, key, name, source, fmt, title, published, authors, outlet, url, lang, text, body_end, at) = row
    document = Document(
        text=text,
        source=source,
        name=name,
        format=fmt,
        title=title,
        published=published,
        authors=json.loads(authors),
        outlet=outlet,
        url=url,
        lang=lang,
    )
    return StoredDocument(id=doc_id, key=key, document=document, body_end=body_end, ingested_at=at)
