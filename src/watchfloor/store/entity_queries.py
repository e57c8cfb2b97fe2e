"""What the store says about entities: look-up by alias or name, and for one entity its totals,
its main counterparts and the documents that mention it, a page at a time. Counts are made in
SQL, so an entity in tens of thousands of events costs a few bounded queries."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.kb.normalize import fold
from watchfloor.store.db import Connection
from watchfloor.store.event_rows import EntitySummary

_TOP = "\U0010ffff"  # sorts after any folded alias: upper bound of a prefix range
_COUNTS = (
    "(SELECT count(*) FROM document_entities de WHERE de.entity_id = x.id),"
    " (SELECT count(*) FROM events v WHERE v.actor_id = x.id OR v.recipient_id = x.id) AS n"
)
# Every entity's events counted per side from the indexes that start with the party (an event
# with the entity on both sides counts once), then the documents counted for those listed only.
_BUSIEST = """
WITH n (id, events) AS (
    SELECT id, sum(c) FROM (
        SELECT actor_id AS id, count(*) AS c FROM events WHERE actor_id IS NOT NULL GROUP BY actor_id
        UNION ALL
        SELECT recipient_id, count(*) FROM events WHERE recipient_id IS NOT NULL GROUP BY recipient_id
        UNION ALL
        SELECT actor_id, -count(*) FROM events WHERE actor_id = recipient_id GROUP BY actor_id
    ) sides GROUP BY id
), top (id, events) AS (
    SELECT x.id, coalesce(n.events, 0) FROM entities x LEFT JOIN n ON n.id = x.id
    ORDER BY 2 DESC, x.name LIMIT ?
)
SELECT x.id, x.name, x.type, x.country, x.title, NULL,
       (SELECT count(*) FROM document_entities de WHERE de.entity_id = x.id), top.events
FROM top JOIN entities x ON x.id = top.id ORDER BY top.events DESC, x.name
"""
# Past this many documents, the latest are found by walking the publication-date index (a few
# steps each); below it, by sorting the entity's own documents.
_WALK_FROM = 5000


@dataclass(frozen=True)
class EntityTotals:
    as_actor: int  # events with the entity as actor
    as_recipient: int
    documents: int  # documents that mention it


@dataclass(frozen=True)
class CounterpartRow:
    id: int | None  # None: a party that did not resolve to an entity
    name: str
    country: str | None
    events: int
    as_recipient: int  # events where the entity acted on this counterpart
    as_actor: int  # events where this counterpart acted on the entity


@dataclass(frozen=True)
class DocumentRefRow:
    id: int
    name: str
    title: str | None
    published: str | None
    outlet: str | None
    events: int  # events of the document where the entity is a party


def lookup_entities(conn: Connection, query: str, limit: int = 20) -> list[EntitySummary]:
    """Entities one of whose aliases or whose name starts with `query` (folded), exact matches
    first, then those in most events; an empty query lists the entities in most events."""
    folded = fold(query)
    if not folded:
        rows = conn.execute(_BUSIEST, (limit,)).fetchall()
    else:
        sql = (
            "WITH matched (entity_id, form, exact) AS ("
            " SELECT entity_id, alias, folded = ? FROM entity_aliases WHERE folded >= ? AND folded < ?"
            " UNION ALL SELECT id, name, wf_fold(name) = ? FROM entities"
            " WHERE substr(wf_fold(name), 1, length(?)) = ?)"
            f" SELECT x.id, x.name, x.type, x.country, x.title, min(m.form), {_COUNTS}"
            " FROM matched m JOIN entities x ON x.id = m.entity_id GROUP BY x.id"
            " ORDER BY max(m.exact) DESC, n DESC, x.name LIMIT ?"
        )
        bound = (folded, folded, folded + _TOP, folded, folded, folded, limit)
        rows = conn.execute(sql, bound).fetchall()
    return [EntitySummary(*row) for row in rows]


def entity_totals(conn: Connection, entity_id: int) -> EntityTotals:
    row = conn.execute(
        "SELECT (SELECT count(*) FROM events WHERE actor_id = :id),"
        " (SELECT count(*) FROM events WHERE recipient_id = :id),"
        " (SELECT count(*) FROM document_entities WHERE entity_id = :id)",  # a row per document
        {"id": entity_id},
    ).fetchone()
    return EntityTotals(int(row[0]), int(row[1]), int(row[2]))


# Each event of the entity's gives one counterpart row: the other party, and which way it went.
# Resolved parties are read from indexes alone (their name and country are the entity's); only
# the events whose other party did not resolve are read for its name. Grouped first, so entity
# names are looked up for the counterparts shown only.
_COUNTERPARTS = """
WITH sides (cid, cname, ccountry, outgoing) AS (
    SELECT e.recipient_id, NULL, NULL, 1 FROM events e
    WHERE e.actor_id = :id AND e.recipient_id IS NOT NULL AND e.recipient_id != :id
    UNION ALL
    SELECT e.actor_id, NULL, NULL, 0 FROM events e
    WHERE e.recipient_id = :id AND e.actor_id IS NOT NULL AND e.actor_id != :id
    UNION ALL
    SELECT NULL, e.recipient, e.recipient_country, 1 FROM events e
    WHERE e.actor_id = :id AND e.recipient_id IS NULL AND e.recipient IS NOT NULL
    UNION ALL
    SELECT NULL, e.actor, e.actor_country, 0 FROM events e
    WHERE e.recipient_id = :id AND e.actor_id IS NULL AND e.actor IS NOT NULL
)
SELECT g.cid, coalesce(x.name, g.cname) AS name, coalesce(x.country, g.ccountry), g.n, g.outgoing,
       g.n - g.outgoing
FROM (
    SELECT cid, min(cname) AS cname, min(ccountry) AS ccountry, count(*) AS n, sum(outgoing) AS outgoing
    FROM sides GROUP BY cid, CASE WHEN cid IS NULL THEN wf_fold(cname) END
) g LEFT JOIN entities x ON x.id = g.cid
ORDER BY g.n DESC, name
LIMIT :limit
"""


def counterparts(conn: Connection, entity_id: int, limit: int) -> list[CounterpartRow]:
    """The parties the entity has most events with, either way, busiest first."""
    rows = conn.execute(_COUNTERPARTS, {"id": entity_id, "limit": limit})
    return [CounterpartRow(*row) for row in rows]


def entity_documents(
    conn: Connection, entity_id: int, total: int, limit: int, offset: int = 0
) -> list[DocumentRefRow]:
    """A page of the documents that mention the entity (`total` of them), latest first, each with
    the count of the entity's events in it."""
    mentions = "SELECT 1 FROM document_entities de WHERE de.document_id = d.id AND de.entity_id = :id"
    if total > _WALK_FROM:  # most documents qualify: walk the date index until the page is full
        latest = f"SELECT d.id FROM documents d WHERE EXISTS ({mentions})"
    else:
        latest = (
            "SELECT d.id FROM documents d"
            " WHERE d.id IN (SELECT document_id FROM document_entities WHERE entity_id = :id)"
        )
    sql = (
        "SELECT d.id, d.name, d.title, d.published, d.outlet,"
        " (SELECT count(*) FROM events e"
        "  WHERE e.document_id = d.id AND (e.actor_id = :id OR e.recipient_id = :id))"
        f" FROM ({latest} ORDER BY d.published DESC, d.id LIMIT :limit OFFSET :offset) page"
        " JOIN documents d ON d.id = page.id ORDER BY d.published DESC, d.id"
    )
    rows = conn.execute(sql, {"id": entity_id, "limit": limit, "offset": offset})
    return [DocumentRefRow(*row) for row in rows]
