"""One entity across the store: its names, its events as actor and as recipient by date, the
parties it deals with most, and the documents that mention it."""

from __future__ import annotations

from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web.convert import event_out
from watchfloor.web.schemas import CounterpartOut, DocumentRefOut, EntityOut

MAX_EVENTS = 1_000
TOP_COUNTERPARTS = 12

# Each event of the entity's gives one counterpart row: the other party, and which way it went.
_COUNTERPARTS = """
SELECT cid, min(cname), min(ccountry), count(*), sum(outgoing), count(*) - sum(outgoing)
FROM (
    SELECT e.recipient_id AS cid, coalesce(x.name, e.recipient) AS cname,
           e.recipient_country AS ccountry, 1 AS outgoing
    FROM events e LEFT JOIN entities x ON x.id = e.recipient_id
    WHERE e.actor_id = :id AND e.recipient IS NOT NULL AND coalesce(e.recipient_id, -1) != :id
    UNION ALL
    SELECT e.actor_id, coalesce(x.name, e.actor), e.actor_country, 0
    FROM events e LEFT JOIN entities x ON x.id = e.actor_id
    WHERE e.recipient_id = :id AND e.actor IS NOT NULL AND coalesce(e.actor_id, -1) != :id
)
GROUP BY coalesce(cid, wf_fold(cname))
ORDER BY count(*) DESC, min(cname)
LIMIT :limit
"""

_DOCUMENTS = """
SELECT d.id, d.name, d.title, d.published, d.outlet,
       (SELECT count(*) FROM events e
        WHERE e.document_id = d.id AND (e.actor_id = :id OR e.recipient_id = :id))
FROM documents d
WHERE d.id IN (SELECT document_id FROM document_entities WHERE entity_id = :id)
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
        for d, n, t, p, o, e in conn.execute(_DOCUMENTS, {"id": entity_id})
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
