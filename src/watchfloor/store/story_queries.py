"""What a drafted brief reads from the store: the events reported in a period (by the date of the
document that reports them), each with the event cluster it belongs to and whether its paragraph
was recycled from an earlier report; and the titles and places its sentences name."""

from __future__ import annotations

import json
from dataclasses import dataclass

from watchfloor.store.db import dialect
from watchfloor.store.queries import EVENT_COLUMNS, EventRow, StoreQueries, event_row, party_condition

# The day a document reports: its publication date, else the day it was ingested.
REPORT_DATE = "coalesce(d.published, substr(d.ingested_at, 1, 10))"


@dataclass(frozen=True)
class ReportedFilters:
    """Which events a brief covers: reported between `since` and `until` (inclusive ISO prefixes;
    `until` None is open), with either party one of `parties` (entity ids or names), either
    party's country one of `countries`, the type one of `types` (any, where empty), and a confidence
    of at least `min_confidence`."""

    since: str
    until: str | None = None
    parties: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    min_confidence: float = 0.0


@dataclass(frozen=True)
class EventFacts:
    """Corroboration facts of one event: its cluster (None when it has none), how many documents and
    independent outlets report the cluster, when it was first reported, whether the event's
    paragraph is background recycled from an earlier report, and whether its sentence opens its
    paragraph (where reports state their news; the sentences after it give detail)."""

    cluster_id: int | None
    documents: int
    independent: int
    first_reported: str
    recycled: bool
    opens_paragraph: bool


def reported_events(queries: StoreQueries, filters: ReportedFilters) -> list[EventRow]:
    """The events of documents reported in the period that pass the filters, by report date."""
    # the first condition only narrows (through the publication-date index) what the second decides
    where = ["(d.published >= ? OR d.published IS NULL)", f"{REPORT_DATE} >= ?"]
    params: list[object] = [filters.since, filters.since]
    if filters.until:
        where.append(f"substr({REPORT_DATE}, 1, length(?)) <= ?")
        params.extend([filters.until, filters.until])
    if filters.parties:
        parts = [
            party_condition(id_column, name_column, ref)
            for ref in filters.parties
            for id_column, name_column in (("e.actor_id", "e.actor"), ("e.recipient_id", "e.recipient"))
        ]
        where.append("(" + " OR ".join(sql for sql, _ in parts) + ")")
        params.extend(p for _, ps in parts for p in ps)
    if filters.countries:
        where.append(
            "(e.actor_country IN (SELECT value FROM json_each(?))"
            " OR e.recipient_country IN (SELECT value FROM json_each(?)))"
        )
        params.extend([json.dumps(list(filters.countries))] * 2)
    if filters.min_confidence > 0:
        where.append("e.confidence >= ?")
        params.append(filters.min_confidence)
    if filters.types:
        where.append("e.type IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(filters.types)))
    sql = (
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id"
        f" WHERE {' AND '.join(where)} ORDER BY {REPORT_DATE}, e.document_id, e.position"
    )
    rows = queries.conn.execute(sql, params).fetchall()
    citations = queries.event_citations([int(r[0]) for r in rows])
    return [event_row(row, citations.get(int(row[0]), ())) for row in rows]


def event_facts(queries: StoreQueries, event_ids: list[int]) -> dict[int, EventFacts]:
    """Cluster, corroboration and background facts of each of these events, by event id."""
    sql = f"""
        SELECT e.id, m.cluster_id, coalesce(c.documents, 1), coalesce(c.independent, 1),
               coalesce((SELECT min(coalesce(d2.published, substr(d2.ingested_at, 1, 10)))
                         FROM event_cluster_members m2 JOIN events e2 ON e2.id = m2.event_id
                         JOIN documents d2 ON d2.id = e2.document_id
                         WHERE m2.cluster_id = m.cluster_id), {REPORT_DATE}),
               EXISTS (SELECT 1 FROM recycled_passages r JOIN passages p ON p.id = r.passage_id
                       WHERE r.document_id = e.document_id AND p.start <= e.start AND e.end <= p.end),
               EXISTS (SELECT 1 FROM passages p WHERE p.document_id = e.document_id
                       AND p.kind = 'paragraph' AND p.start = e.start)
        FROM events e JOIN documents d ON d.id = e.document_id
        LEFT JOIN event_cluster_members m ON m.event_id = e.id
        LEFT JOIN event_clusters c ON c.id = m.cluster_id
        WHERE e.id IN (SELECT value FROM json_each(?))
    """
    found: dict[int, EventFacts] = {}
    for event_id, cluster_id, documents, independent, first, recycled, opens in queries.conn.execute(
        sql, (json.dumps(event_ids),)
    ):
        found[int(event_id)] = EventFacts(
            None if cluster_id is None else int(cluster_id), int(documents), int(independent), str(first),
            bool(recycled), bool(opens),
        )  # fmt: skip
    return found


def entity_titles(queries: StoreQueries, entity_ids: list[int]) -> dict[int, str]:
    """The office titles of those of these entities that have one ("President"), by id."""
    sql = (
        "SELECT id, title FROM entities WHERE title IS NOT NULL AND title != ''"
        " AND id IN (SELECT value FROM json_each(?))"
    )
    return {int(i): str(t) for i, t in queries.conn.execute(sql, (json.dumps(entity_ids),))}


@dataclass(frozen=True)
class EntityKind:
    """An entity's type, whether it is a state (a knowledge-base state, or a name the store holds
    as a country), and its knowledge-base key (None when the knowledge base does not know it)."""

    type: str
    state: bool
    kb_key: str | None


def entity_kinds(queries: StoreQueries, entity_ids: list[int]) -> dict[int, EntityKind]:
    """The kind of each of these entities, by id."""
    sql = (
        "SELECT x.id, x.type, x.kb_key LIKE 'state:%' OR EXISTS (SELECT 1 FROM places p"
        " WHERE p.kind = 'country' AND wf_fold(p.name) = wf_fold(x.name)), x.kb_key"
        " FROM entities x WHERE x.id IN (SELECT value FROM json_each(?))"
    )
    rows = queries.conn.execute(sql, (json.dumps(entity_ids),))
    return {int(i): EntityKind(str(t), bool(state), key) for i, t, state, key in rows}


def place_and_outlet_names(queries: StoreQueries) -> tuple[frozenset[str], frozenset[str]]:
    """Every name the store holds for a place other than a country (its name and the forms the
    documents wrote), and every outlet's name, as they are written. These names come only with
    new documents, and reading them scans every mention: they are read once per store file and
    newest document, then kept."""
    conn = queries.conn
    if dialect(conn) == "sqlite":
        where = "SELECT file FROM pragma_database_list WHERE name = 'main'"
    else:  # the database on its server
        where = (
            "SELECT current_database() || '@' || coalesce(host(inet_server_addr()), '')"
            " || ':' || inet_server_port()"
        )
    location = str(conn.execute(where).fetchone()[0])
    key = (location, conn.execute("SELECT max(id) FROM documents").fetchone()[0])
    found = _NAMES.get(key)
    if found is None:
        places = conn.execute(
            "SELECT name FROM places WHERE kind != 'country' UNION SELECT m.surface FROM place_mentions m"
            " JOIN places p ON p.id = m.place_id WHERE p.kind != 'country'"
        )
        outlets = conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")
        found = frozenset(str(r[0]) for r in places), frozenset(str(r[0]) for r in outlets)
        if len(_NAMES) >= 8:  # a few stores at most in one process (tests open many)
            _NAMES.clear()
        _NAMES[key] = found
    return found


_NAMES: dict[tuple[str, int | None], tuple[frozenset[str], frozenset[str]]] = {}
