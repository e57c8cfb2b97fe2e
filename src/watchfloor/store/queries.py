"""Read-only questions the web workspace asks the SQLite store: events by type, party, country,
date and certainty; full-text search narrowed by those events; entity look-up by alias.

Every value a user typed reaches SQLite as a bound parameter; search text goes through the store's
own FTS query builder (`to_fts_query`), so no input is ever syntax. `StoreQueries` owns one
connection that refuses writes (`PRAGMA query_only`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from watchfloor.errors import StoreError
from watchfloor.kb.normalize import fold
from watchfloor.store.base import SearchFilters, SearchHit
from watchfloor.store.map_grid import BBox, Cell, map_cells
from watchfloor.store.paragraph_search import search_paragraphs

Scope = Literal["passage", "document"]
_ID = re.compile(r"[0-9]{1,18}")  # an entity given by its row id rather than a name
_TOP = "\U0010ffff"  # sorts after any folded alias: upper bound of a prefix range
MMAP_BYTES = 1 << 30  # address space, not memory: the OS pages in what is read


@dataclass(frozen=True)
class EventFilters:
    """Optional limits on events; `actor`, `recipient` and `entity` (either party) take an entity id
    or a name or alias; `country` is either party's; `since`/`until` bound the event's date;
    `min_confidence` keeps events whose confidence is at least that (None or 0: every event)."""

    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    entity: str | None = None
    country: str | None = None
    certainty: str | None = None
    since: str | None = None
    until: str | None = None
    document_id: int | None = None
    limit: int = 200
    actor_country: str | None = None
    recipient_country: str | None = None
    min_confidence: float | None = None
    bbox: BBox | None = None  # only events whose place lies in this viewport


@dataclass(frozen=True)
class EventCitationRow:
    marker: str
    url: str | None  # None: the sentence's marker has no note
    defanged: bool
    foreign: bool


@dataclass(frozen=True)
class EventRow:
    id: int
    document_id: int
    document_name: str
    document_title: str | None
    published: str | None
    type: str
    mode: str | None
    actor: str | None
    actor_id: int | None
    actor_country: str | None
    recipient: str | None
    recipient_id: int | None
    recipient_country: str | None
    date: str | None
    place: str | None
    place_id: int | None
    certainty: str
    source: str | None
    source_id: int | None
    trigger: str
    quantity: str | None
    start: int
    end: int
    text: str
    confidence: float
    markers: tuple[str, ...]
    citations: tuple[EventCitationRow, ...] = ()


@dataclass(frozen=True)
class EntitySummary:
    id: int
    name: str
    type: str
    country: str | None
    title: str | None
    matched: str | None  # the alias or name the look-up matched
    documents: int
    events: int


Required = Literal["place", "date", "dyad"]
_REQUIRED: dict[Required, str] = {
    "place": "e.place_id IS NOT NULL",
    "date": "e.date IS NOT NULL",
    "dyad": "e.actor_id IS NOT NULL AND e.recipient_id IS NOT NULL",
}


@dataclass(frozen=True)
class PlaceRow:
    id: int
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None


@dataclass(frozen=True)
class DyadRow:
    """Events of one type from one entity to another."""

    actor_id: int
    recipient_id: int
    type: str
    count: int


EVENT_COLUMNS = (
    "e.id, e.document_id, d.name, d.title, d.published, e.type, e.mode, e.actor, e.actor_id,"
    " e.actor_country, e.recipient, e.recipient_id, e.recipient_country, e.date, e.place, e.place_id,"
    " e.certainty, e.source, e.source_id, e.trigger, e.quantity, e.start, e.end, e.text, e.confidence,"
    " e.markers"
)


def party_condition(id_column: str, name_column: str, ref: str) -> tuple[str, list[Any]]:
    """SQL (over trusted column names) and parameters matching an event party to `ref`: an entity
    id, or any entity with that alias or name, or an unlinked party of that name."""
    ref = ref.strip()
    if _ID.fullmatch(ref):
        return f"{id_column} = ?", [int(ref)]
    sql = (
        f"({id_column} IN (SELECT entity_id FROM entity_aliases WHERE folded = ?)"
        f" OR {id_column} IN (SELECT id FROM entities WHERE wf_fold(name) = ?)"
        f" OR wf_fold({name_column}) = ?)"
    )
    folded = fold(ref)
    return sql, [folded, folded, folded]


def event_conditions(filters: EventFilters, dates: bool = True) -> tuple[list[str], list[Any]]:
    """WHERE clauses over events aliased `e`; dates only when `dates` (search bounds documents)."""
    where: list[str] = []
    params: list[Any] = []
    if filters.type:
        where.append("e.type = ?")
        params.append(filters.type.strip().upper())
    if filters.certainty:
        where.append("e.certainty = ?")
        params.append(filters.certainty.strip().lower())
    if filters.country:
        where.append("(e.actor_country = ? OR e.recipient_country = ?)")
        params.extend([filters.country.strip().upper()] * 2)
    for ref, columns in (
        (filters.actor, [("e.actor_id", "e.actor")]),
        (filters.recipient, [("e.recipient_id", "e.recipient")]),
        (filters.entity, [("e.actor_id", "e.actor"), ("e.recipient_id", "e.recipient")]),
    ):
        if ref and ref.strip():
            parts = [party_condition(id_column, name, ref) for id_column, name in columns]
            where.append("(" + " OR ".join(sql for sql, _ in parts) + ")")
            params.extend(p for _, ps in parts for p in ps)
    for code, column in (
        (filters.actor_country, "e.actor_country"),
        (filters.recipient_country, "e.recipient_country"),
    ):
        if code and code.strip():
            where.append(f"{column} = ?")
            params.append(code.strip().upper())
    if filters.min_confidence:  # "+": most events pass, so the confidence index would only slow the plan
        where.append("+e.confidence >= ?")
        params.append(filters.min_confidence)
    if filters.bbox is not None:
        box_sql, box_params = filters.bbox.condition()
        where.append(f"e.place_id IN (SELECT p.id FROM places p WHERE {box_sql})")
        params.extend(box_params)
    if filters.document_id is not None:
        where.append("e.document_id = ?")
        params.append(filters.document_id)
    if dates and filters.since:
        where.append("e.date >= ?")
        params.append(filters.since.strip())
    if dates and filters.until:
        where.append("substr(e.date, 1, length(?)) <= ?")  # inclusive: until 2023 keeps 2023-12-31
        params.extend([filters.until.strip()] * 2)
    return where, params


class StoreQueries:
    """Read-only queries over one store; open with `StoreQueries.open(path)`, then `close()`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.create_function("wf_fold", 1, _fold_or_none, deterministic=True)

    @classmethod
    def open(cls, path: Path | str) -> StoreQueries:
        """A connection usable from any one thread at a time, that never creates a file."""
        location = Path(path).resolve()
        if not location.is_file():
            raise StoreError(f"{path}: no store here (ingest something first, or point --db at one)")
        conn = sqlite3.connect(
            f"{location.as_uri()}?mode=rw", uri=True, timeout=30.0, check_same_thread=False
        )
        conn.execute("PRAGMA query_only = ON")
        # Pages read through the OS's cache without copying (a web request opens its own connection,
        # so SQLite's page cache would start cold every time): random reads of a large store stay cheap.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    def events(
        self, filters: EventFilters, in_text_order: bool = False, require: tuple[Required, ...] = ()
    ) -> list[EventRow]:
        """Events that pass `filters`, by date (undated last) or, with `in_text_order`, as the
        documents tell them; `require` keeps only those with a place, a date or both parties
        resolved to entities."""
        where, params = event_conditions(filters)
        where.extend(_REQUIRED[r] for r in require)
        if in_text_order:
            rows = self._event_rows(where, params, "e.document_id, e.position", filters.limit)
        else:  # dated by date, then undated: two queries, so an index on date can give the order
            dated, dated_params = [*where, "e.date IS NOT NULL"], params
            if filters.country and filters.country.strip():  # either side's index, each in date order
                ids = self._dated_ids_by_country(filters, require)
                dated, dated_params = ["e.id IN (SELECT value FROM json_each(?))"], [json.dumps(ids)]
            rows = self._event_rows(dated, dated_params, "e.date, d.published, e.id", filters.limit)
            if len(rows) < filters.limit and "date" not in require:
                rows += self._event_rows(
                    [*where, "e.date IS NULL"], params, "d.published, e.id", filters.limit - len(rows)
                )
        citations = self.event_citations([int(r[0]) for r in rows])
        return [event_row(row, citations.get(int(row[0]), ())) for row in rows]

    def _dated_ids_by_country(self, filters: EventFilters, require: tuple[Required, ...]) -> list[int]:
        """The ids among which the first `filters.limit` dated events of a country are: the first of
        each side (actor's country, recipient's) by date, with the ties of the last date."""
        where, params = event_conditions(replace(filters, country=None))
        where = [*where, *(_REQUIRED[r] for r in require), "e.date IS NOT NULL"]
        code = (filters.country or "").strip().upper()
        ids: set[int] = set()
        for column in ("e.actor_country", "e.recipient_country"):
            side = " AND ".join([*where, f"{column} = ?"])
            rows = self.conn.execute(
                f"SELECT e.id, e.date FROM events e WHERE {side} ORDER BY e.date LIMIT ?",
                [*params, code, filters.limit],
            ).fetchall()
            ids.update(int(r[0]) for r in rows)
            if len(rows) == filters.limit:
                ties = f"SELECT e.id FROM events e WHERE {side} AND e.date = ?"
                ids.update(int(r[0]) for r in self.conn.execute(ties, [*params, code, rows[-1][1]]))
        return sorted(ids)

    def _event_rows(self, where: list[str], params: list[Any], order: str, limit: int) -> list[Any]:
        sql = (
            f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id"
            f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ?"
        )
        return self.conn.execute(sql, [*params, limit]).fetchall()

    def places(self, place_ids: list[int]) -> dict[int, PlaceRow]:
        """The places with these ids, by id."""
        sql = (
            "SELECT id, name, kind, lat, lon, country FROM places"
            " WHERE id IN (SELECT value FROM json_each(?))"
        )
        return {int(r[0]): PlaceRow(*r) for r in self.conn.execute(sql, (json.dumps(place_ids),))}

    def dyads(self, filters: EventFilters, pairs: int | None = None, min_count: int = 1) -> list[DyadRow]:
        """Counts of the events passing `filters` whose both parties are entities, per actor,
        recipient and type (`filters.limit` is ignored); with `pairs`, only those of the busiest
        that many (actor, recipient) pairs with at least `min_count` events."""
        where, params = event_conditions(filters)
        where.append(_REQUIRED["dyad"])
        conditions = " AND ".join(where)
        if pairs is None:
            sql = (
                "SELECT e.actor_id, e.recipient_id, e.type, count(*) FROM events e"
                f" WHERE {conditions} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
            )
            return [DyadRow(*row) for row in self.conn.execute(sql, params)]
        sql = (  # the busiest pairs (read in index order: events_dyad_ids), then their types
            "WITH top (a, r) AS (SELECT e.actor_id, e.recipient_id FROM events e"
            f" WHERE {conditions} GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY count(*) DESC, 1, 2 LIMIT ?)"
            " SELECT e.actor_id, e.recipient_id, e.type, count(*) FROM top"
            f" JOIN events e ON e.actor_id = top.a AND e.recipient_id = top.r WHERE {conditions}"
            " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        )
        rows = self.conn.execute(sql, [*params, min_count, pairs, *params])
        return [DyadRow(*row) for row in rows]

    def map_cells(self, filters: EventFilters, zoom: int) -> list[Cell]:
        """The events passing `filters` that have a place, counted per grid cell of `zoom`."""
        where, params = event_conditions(filters)
        return map_cells(self.conn, [*where, _REQUIRED["place"]], params, zoom)

    def entity_summaries(self, entity_ids: list[int]) -> dict[int, tuple[str, str, str | None]]:
        """Name, type and country of each of these entities, by id."""
        sql = "SELECT id, name, type, country FROM entities WHERE id IN (SELECT value FROM json_each(?))"
        rows = self.conn.execute(sql, (json.dumps(entity_ids),))
        return {int(r[0]): (str(r[1]), str(r[2]), r[3]) for r in rows}

    def event_citations(self, event_ids: list[int]) -> dict[int, tuple[EventCitationRow, ...]]:
        found: dict[int, list[EventCitationRow]] = {}
        if not event_ids:
            return {}
        sql = (
            "SELECT ec.event_id, ec.marker, ec.url, coalesce(max(c.defanged), 0),"
            " coalesce(max(c.foreign_domain), 0)"
            " FROM event_citations ec JOIN events e ON e.id = ec.event_id"
            " LEFT JOIN citations c"
            " ON c.document_id = e.document_id AND c.marker = ec.marker AND c.url = ec.url"
            " WHERE ec.event_id IN (SELECT value FROM json_each(?))"
            " GROUP BY ec.event_id, ec.position ORDER BY ec.event_id, ec.position"
        )
        for event_id, marker, url, defanged, foreign in self.conn.execute(sql, (json.dumps(event_ids),)):
            found.setdefault(event_id, []).append(
                EventCitationRow(marker, url, bool(defanged), bool(foreign))
            )
        return {k: tuple(v) for k, v in found.items()}

    def search(
        self, query: str, filters: SearchFilters, events: EventFilters | None = None, scope: Scope = "passage"
    ) -> list[SearchHit]:
        """Paragraphs matching `query`, best first, as `Store.search` finds them; with event
        filters, only those whose paragraph (or, with scope "document", whose document) tells an
        event that passes them (the event filters' dates are ignored: `filters` bounds the
        documents' publication dates)."""
        extra_where: list[str] = []
        extra_params: list[object] = []
        if events is not None:
            event_where, event_params = event_conditions(events, dates=False)
            if event_where:
                if scope == "passage":
                    event_where = ["e.start >= p.start", "e.end <= p.end", *event_where]
                extra_where.append(
                    "EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND "
                    + " AND ".join(event_where)
                    + ")"
                )
                extra_params.extend(event_params)
        return search_paragraphs(self.conn, query, filters, extra_where, extra_params)

    def lookup_entities(self, query: str, limit: int = 20) -> list[EntitySummary]:
        """Entities one of whose aliases or whose name starts with `query` (folded), exact matches
        first, then those in most events; an empty query lists the entities in most events."""
        counts = (
            "(SELECT count(*) FROM document_entities de WHERE de.entity_id = x.id),"
            " (SELECT count(*) FROM events v WHERE v.actor_id = x.id OR v.recipient_id = x.id) AS n"
        )
        folded = fold(query)
        if not folded:
            sql = f"SELECT x.id, x.name, x.type, x.country, x.title, NULL, {counts} FROM entities x"
            rows = self.conn.execute(f"{sql} ORDER BY n DESC, x.name LIMIT ?", (limit,)).fetchall()
        else:
            sql = (
                "WITH matched (entity_id, form, exact) AS ("
                " SELECT entity_id, alias, folded = ? FROM entity_aliases WHERE folded >= ? AND folded < ?"
                " UNION ALL SELECT id, name, wf_fold(name) = ? FROM entities"
                " WHERE substr(wf_fold(name), 1, length(?)) = ?)"
                f" SELECT x.id, x.name, x.type, x.country, x.title, min(m.form), {counts}"
                " FROM matched m JOIN entities x ON x.id = m.entity_id GROUP BY x.id"
                " ORDER BY max(m.exact) DESC, n DESC, x.name LIMIT ?"
            )
            bound = (folded, folded, folded + _TOP, folded, folded, folded, limit)
            rows = self.conn.execute(sql, bound).fetchall()
        return [EntitySummary(*row) for row in rows]


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else fold(value)


@lru_cache(maxsize=4096)
def _markers(stored: str) -> tuple[str, ...]:
    """A stored marker list (a few distinct values repeat across millions of events)."""
    return tuple(json.loads(stored))


def event_row(row: tuple[Any, ...], citations: tuple[EventCitationRow, ...]) -> EventRow:
    fields = (*row[:-1], _markers(row[-1]), citations)
    return EventRow(*fields)
