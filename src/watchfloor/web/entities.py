"""One entity across the store: its names, its events as actor and as recipient by date, the
parties it deals with most, and the documents that mention it."""

from __future__ import annotations

from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web.convert import event_out
from watchfloor.web.schemas import CounterpartOut, DocumentRefOut, EntityOut

MAX_EVENTS = 200  # each way, the first by date: the timeline and search page through the rest
MAX_DOCUMENTS = 200  # the latest
TOP_COUNTERPARTS = 12

# Each event of the entity's gives one counterpart row: the other party, and which way it went;
# grouped first, so the entity names are looked up for the counterparts shown only.
_COUNTERPARTS = """
SELECT g.cid, coalesce(x.name, g.cname) AS name, g.ccountry, g.n, g.outgoing, g.n - g.outgoing
FROM (
    SELECT cid, min(cname) AS cname, min(ccountry) AS ccountry, count(*) AS n, sum(outgoing) AS outgoing
    FROM (
        SELECT e.recipient_id AS cid, e.recipient AS cname, e.recipient_country AS ccountry, 1 AS outgoing
        FROM events e
        WHERE e.actor_id = :id AND e.recipient IS NOT NULL AND coalesce(e.recipient_id, -1) != :id
        UNION ALL
        SELECT e.actor_id, e.actor, e.actor_country, 0
        FROM events e
        WHERE e.recipient_id = :id AND e.actor IS NOT NULL AND coalesce(e.actor_id, -1) != :id
    )
    GROUP BY coalesce(cid, wf_fold(cname))
) g LEFT JOIN entities x ON x.id = g.cid
ORDER BY g.n DESC, name
LIMIT :limit
"""

# The latest documents first; the count of the entity's events only for those shown.
_DOCUMENTS = """
SELECT d.id, d.name, d.title, d.published, d.outlet,
       (SELECT count(*) FROM events e
        WHERE e.document_id = d.id AND (e.actor_id = :id OR e.recipient_id = :id))
FROM (
    SELECT d.id FROM documents d
    WHERE d.id IN (SELECT document_id FROM document_entities WHERE entity_id = :id)
    ORDER BY d.published DESC, d.id
    LIMIT :limit
) latest JOIN documents d ON d.id = latest.id
ORDER BY d.published DESC, d.id
"""


def entity_detail(queries: StoreQueries, entity_id: int) -> EntityOut | None:
    conn = queries.conn
    row = conn.execute(
        "SELECT id, key, kb_key, name, type, country, title FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if row is None:
        return None
    _, key, kb_key, name, type_, country, title = row
    aliases = [
        str(r[0])
        for r in conn.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY folded", (entity_id,)
        )
    ]
    as_actor = queries.events(EventFilters(actor=str(entity_id), limit=MAX_EVENTS))
    as_recipient = queries.events(EventFilters(recipient=str(entity_id), limit=MAX_EVENTS))
    counterparts = [
        CounterpartOut(id=cid, name=cname, country=ccountry, events=n, as_recipient=out, as_actor=back)
        for cid, cname, ccountry, n, out, back in conn.execute(
            _COUNTERPARTS, {"id": entity_id, "limit": TOP_COUNTERPARTS}
        )
    ]
    documents = [
        DocumentRefOut(id=d, name=n, title=t, published=p, outlet=o, events=e)
        for d, n, t, p, o, e in conn.execute(_DOCUMENTS, {"id": entity_id, "limit": MAX_DOCUMENTS})
    ]
    return EntityOut(
        id=entity_id,
        key=key,
        kb_key=kb_key,
        name=name,
        type=type_,
        country=country,
        title=title,
        aliases=aliases,
        as_actor=[event_out(e) for e in as_actor],
        as_recipient=[event_out(e) for e in as_recipient],
        counterparts=counterparts,
        documents=documents,
    )
