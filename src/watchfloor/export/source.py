"""The export's reading side: events passing the filters, streamed in text order in batches, and
the documents, entities and places they refer to, looked up as they are needed.

Nothing here holds more than one batch of events and one document at a time; what the writers
keep across documents (which entities were already written) grows with the entities, not with the
events. The connection refuses writes (`PRAGMA query_only`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from watchfloor.export.filters import ExportFilters, where_clause
from watchfloor.store.db import Connection
from watchfloor.store.queries import EVENT_COLUMNS, EventRow, StoreQueries, event_row

BATCH = 500
EPOCH = "1970-01-01T00:00:00+00:00"
Tick = Callable[[int], None]


@dataclass(frozen=True)
class ExportEvent:
    row: EventRow
    position: int  # the event's place in its document's extraction
    document_key: str  # the hash of the document's text: with `position`, a key no store changes


@dataclass(frozen=True)
class NoteLink:
    marker: str
    url: str  # made usable ("tass dot ru" -> tass.ru)
    raw: str  # as the note wrote it
    defanged: bool
    foreign: bool


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    key: str
    name: str
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    outlet: str | None
    url: str | None
    lang: str | None
    ingested_at: str
    notes: tuple[NoteLink, ...]


@dataclass(frozen=True)
class EntityInfo:
    id: int
    key: str
    kb_key: str | None
    name: str
    type: str
    country: str | None
    title: str | None
    aliases: tuple[str, ...]
    first_seen: str  # earliest ingest time of a document that names it


@dataclass(frozen=True)
class PlaceInfo:
    id: int
    gazetteer_id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None
    first_seen: str


class ExportSource:
    """Read-only access to one store for one export; close it when done."""

    def __init__(self, queries: StoreQueries, filters: ExportFilters, location: str = "") -> None:
        self.queries = queries
        self.location = location  # the store's path or URL, for what reads it through a store
        self.conn: Connection = queries.conn
        self.filters = filters
        self._where, self._params = where_clause(filters)

    @classmethod
    def open(cls, db_path: Path | str, filters: ExportFilters) -> ExportSource:
        return cls(StoreQueries.open(db_path), filters, str(db_path))

    def close(self) -> None:
        self.queries.close()

    def count(self) -> int:
        sql = f"SELECT count(*) FROM events e {self._where}"
        return int(self.conn.execute(sql, self._params).fetchone()[0])

    def events(self, tick: Tick | None = None) -> Iterator[ExportEvent]:
        """Every event passing the filters, document by document in text order."""
        sql = (
            f"SELECT {EVENT_COLUMNS}, e.position, d.key FROM events e"
            f" JOIN documents d ON d.id = e.document_id {self._where} ORDER BY e.document_id, e.position"
        )
        cursor = self.conn.execute(sql, self._params)
        while batch := cursor.fetchmany(BATCH):
            citations = self.queries.event_citations([int(r[0]) for r in batch])
            for row in batch:
                yield ExportEvent(event_row(row[:-2], citations.get(int(row[0]), ())), row[-2], row[-1])
            if tick is not None:
                tick(len(batch))

    def by_document(self, tick: Tick | None = None) -> Iterator[tuple[DocumentInfo, list[ExportEvent]]]:
        """The events grouped by their document, with the document."""
        for document_id, events in groupby(self.events(tick), key=lambda e: e.row.document_id):
            document = self.document(document_id)
            if document is not None:
                yield document, list(events)

    def document(self, document_id: int) -> DocumentInfo | None:
        row = self.conn.execute(
            "SELECT id, key, name, title, published, authors, outlet, url, lang, ingested_at"
            " FROM documents WHERE id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            return None
        notes = tuple(
            NoteLink(marker, url, raw, bool(defanged), bool(foreign))
            for marker, url, raw, defanged, foreign in self.conn.execute(
                "SELECT marker, url, raw, defanged, foreign_domain FROM citations"
                " WHERE document_id = ? ORDER BY position",
                (document_id,),
            )
        )
        authors = tuple(str(a) for a in json.loads(row[5] or "[]"))
        id_, key, name, title, published, _, outlet, url, lang, ingested_at = row
        return DocumentInfo(id_, key, name, title, published, authors, outlet, url, lang, ingested_at, notes)

    def document_ids(self) -> Iterator[int]:
        """Every document with a stored extraction, in id order."""
        cursor = self.conn.execute("SELECT id FROM documents WHERE extracted_at IS NOT NULL ORDER BY id")
        while batch := cursor.fetchmany(BATCH):
            yield from (int(r[0]) for r in batch)

    def entity(self, entity_id: int) -> EntityInfo | None:
        row = self.conn.execute(
            "SELECT x.id, x.key, x.kb_key, x.name, x.type, x.country, x.title,"
            " (SELECT min(d.ingested_at) FROM document_entities de JOIN documents d ON d.id = de.document_id"
            "  WHERE de.entity_id = x.id) FROM entities x WHERE x.id = ?",
            (entity_id,),
        ).fetchone()
        if row is None:
            return None
        aliases = tuple(
            str(a)
            for (a,) in self.conn.execute(
                "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,)
            )
            if a != row[3]
        )
        id_, key, kb_key, name, type_, country, title, first = row
        return EntityInfo(id_, key, kb_key, name, type_, country, title, aliases, first or EPOCH)

    def place(self, place_id: int) -> PlaceInfo | None:
        row = self.conn.execute(
            "SELECT p.id, p.gazetteer_id, p.name, p.kind, p.lat, p.lon, p.country,"
            " (SELECT min(d.ingested_at) FROM document_places dp JOIN documents d ON d.id = dp.document_id"
            "  WHERE dp.place_id = p.id) FROM places p WHERE p.id = ?",
            (place_id,),
        ).fetchone()
        if row is None:
            return None
        id_, gazetteer_id, name, kind, lat, lon, country, first = row
        return PlaceInfo(id_, gazetteer_id, name, kind, lat, lon, country, first or EPOCH)

    def surfaces(self, document_id: int, entity_id: int) -> list[str]:
        """The forms a document used for an entity."""
        rows = self.conn.execute(
            "SELECT DISTINCT surface FROM mentions WHERE document_id = ? AND entity_id = ? ORDER BY surface",
            (document_id, entity_id),
        )
        return [str(r[0]) for r in rows]

    def event_positions(self, document_id: int) -> set[int]:
        """Positions of the document's events that pass the filters."""
        where = self._where + (" AND" if self._where else "WHERE") + " e.document_id = ?"
        sql = f"SELECT e.position FROM events e {where}"
        return {int(r[0]) for r in self.conn.execute(sql, [*self._params, document_id])}

    def document_ids_with_events(self) -> Iterator[int]:
        sql = f"SELECT DISTINCT e.document_id FROM events e {self._where} ORDER BY e.document_id"
        cursor = self.conn.execute(sql, self._params)
        while batch := cursor.fetchmany(BATCH):
            yield from (int(r[0]) for r in batch)


def party_ids(event: EventRow) -> list[int]:
    """The entities an event names as actor, recipient and source."""
    ids = (event.actor_id, event.recipient_id, event.source_id)
    return list(dict.fromkeys(i for i in ids if i is not None))
