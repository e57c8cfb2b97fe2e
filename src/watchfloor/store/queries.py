"""Read-only questions the web workspace asks the SQLite store: events by type, party, country,
date and certainty; full-text search narrowed by those events; entity look-up by alias.

Every value a user typed reaches SQLite as a bound parameter; search text goes through the store's
own FTS query builder (`to_fts_query`), so no input is ever syntax. `StoreQueries` owns one
connection that refuses writes (`PRAGMA query_only`). The filters and their SQL live in
`event_filters`, the rows in `event_rows`; they are re-exported here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from watchfloor.errors import StoreError
from watchfloor.kb.normalize import fold
from watchfloor.store.base import SearchFilters, SearchHit
from watchfloor.store.connections import connect
from watchfloor.store.db import Connection, is_url
from watchfloor.store.entity_queries import lookup_entities
from watchfloor.store.event_filters import REQUIRED, EventFilters, Required, event_conditions, party_condition
from watchfloor.store.event_rows import (
    EVENT_COLUMNS,
    DyadRow,
    EntitySummary,
    EventCitationRow,
    EventRow,
    PlaceRow,
    event_row,
)
from watchfloor.store.map_grid import Cell, map_cells
from watchfloor.store.paragraph_search import search_paragraphs

__all__ = [
    "EVENT_COLUMNS",
    "DyadRow",
    "EntitySummary",
    "EventCitationRow",
    "EventFilters",
    "EventRow",
    "PlaceRow",
    "Required",
    "Scope",
    "StoreQueries",
    "event_conditions",
    "event_row",
    "party_condition",
]

Scope = Literal["passage", "document"]
MMAP_BYTES = 1 << 30  # address space, not memory: the OS pages in what is read
# An ISO date prefix has at least its year; `length` (not `IS NOT NULL`) also keeps the planner off
# the date index when no date bound is asked for, so it counts from a covering index instead.
DATED = "length(e.date) >= 4"


class StoreQueries:
    """Read-only queries over one store; open with `StoreQueries.open(path)`, then `close()`."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        if isinstance(conn, sqlite3.Connection):  # PostgreSQL has its own (data/postgres/0002)
            conn.create_function("wf_fold", 1, _fold_or_none, deterministic=True)

    @classmethod
    def open(cls, path: Path | str) -> StoreQueries:
        """A connection usable from any one thread at a time, that never creates a file."""
        if is_url(path):
            return cls(connect(path, read_only=True))
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
        documents tell them, `filters.limit` of them from `filters.offset`; `require` keeps only
        those with a place, a date or both parties resolved to entities."""
        where, params = event_conditions(filters)
        where.extend(REQUIRED[r] for r in require)
        limit, offset = filters.limit, filters.offset
        if in_text_order:
            rows = self._event_rows(where, params, "e.document_id, e.position", limit, offset)
        else:  # dated by date, then undated: two queries, so an index on date can give the order
            dated, dated_params = [*where, "e.date IS NOT NULL"], params
            if filters.country and filters.country.strip():  # either side's index, each in date order
                ids = self._dated_ids_by_country(filters, require)
                dated, dated_params = ["e.id IN (SELECT value FROM json_each(?))"], [json.dumps(ids)]
            rows = self._event_rows(dated, dated_params, "e.date, d.published, e.id", limit, offset)
            if len(rows) < limit and "date" not in require:
                skip = 0  # the undated skipped: those of the offset beyond the dated events
                if offset and not rows:
                    skip = max(0, offset - self.count(filters, (*require, "date")))
                rows += self._event_rows(
                    [*where, "e.date IS NULL"], params, "d.published, e.id", limit - len(rows), skip
                )
        citations = self.event_citations([int(r[0]) for r in rows])
        return [event_row(row, citations.get(int(row[0]), ())) for row in rows]

    def _dated_ids_by_country(self, filters: EventFilters, require: tuple[Required, ...]) -> list[int]:
        """The ids among which the dated events of a country's page are: the first `offset +
        limit` of each side (actor's country, recipient's) by date, with the ties of the last date."""
        where, params = event_conditions(replace(filters, country=None))
        where = [*where, *(REQUIRED[r] for r in require), "e.date IS NOT NULL"]
        code = (filters.country or "").strip().upper()
        wanted = filters.offset + filters.limit
        ids: set[int] = set()
        for column in ("e.actor_country", "e.recipient_country"):
            side = " AND ".join([*where, f"{column} = ?"])
            rows = self.conn.execute(
                f"SELECT e.id, e.date FROM events e WHERE {side} ORDER BY e.date LIMIT ?",
                [*params, code, wanted],
            ).fetchall()
            ids.update(int(r[0]) for r in rows)
            if len(rows) == wanted:
                ties = f"SELECT e.id FROM events e WHERE {side} AND e.date = ?"
                ids.update(int(r[0]) for r in self.conn.execute(ties, [*params, code, rows[-1][1]]))
        return sorted(ids)

    def _event_rows(
        self, where: list[str], params: list[Any], order: str, limit: int, offset: int = 0
    ) -> list[Any]:
        sql = (
            f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id"
            f" {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        return self.conn.execute(sql, [*params, limit, offset]).fetchall()

    def count(self, filters: EventFilters, require: tuple[Required, ...] = ()) -> int:
        """How many events pass `filters` and have what `require` asks (limit and offset aside)."""
        where, params = event_conditions(filters)
        where.extend(REQUIRED[r] for r in require)
        sql = f"SELECT count(*) FROM events e {'WHERE ' + ' AND '.join(where) if where else ''}"
        return int(self.conn.execute(sql, params).fetchone()[0])

    def dated_counts(self, filters: EventFilters, size: int) -> list[tuple[str, str, int]]:
        """Dated events passing `filters` counted in SQL per date prefix of `size` characters (4 by
        year, 7 by month, 10 by day) and per type: (prefix, type, events) rows, to be added up (a
        prefix and type may come in more than one row). A date less precise than `size` keeps its
        own, shorter prefix."""
        where, params = event_conditions(filters)
        conditions = " AND ".join([*where, DATED])
        if event_conditions(replace(filters, type=None, since=None, until=None))[0]:
            sql = (
                "SELECT substr(e.date, 1, ?), e.type, count(*) FROM events e"
                f" WHERE {conditions} GROUP BY 1, 2"
            )
        elif size >= 10:  # only type and dates asked for: the counts kept per type and day (migration 9)
            kept = "SELECT e.date, e.type, e.events FROM event_date_counts e"
            sql = f"{kept} WHERE {conditions} AND e.events > 0"
            return [(str(d), str(t), int(n)) for d, t, n in self.conn.execute(sql, params)]
        else:  # the same counts, merged into months or years
            sql = (
                "SELECT substr(e.date, 1, ?), e.type, sum(e.events) FROM event_date_counts e"
                f" WHERE {conditions} AND e.events > 0 GROUP BY 1, 2"
            )
        return [(str(p), str(t), int(n)) for p, t, n in self.conn.execute(sql, [size, *params])]

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
        where.append(REQUIRED["dyad"])
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
        return map_cells(self.conn, [*where, REQUIRED["place"]], params, zoom)

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
        """Entities whose alias or name starts with `query` (see `entity_queries`)."""
        return lookup_entities(self.conn, query, limit)


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else fold(value)
