"""One entity across the store: its names, its first events as actor and as recipient by date
with how many there are in all, the parties it deals with most, and a page of the documents that
mention it. Every list is bounded; the totals are counted in SQL, and the timeline (linked from
the page) pages through all of the entity's events."""

from __future__ import annotations

from watchfloor.store.entity_queries import counterparts, entity_documents, entity_totals
from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web.convert import event_out
from watchfloor.web.schemas import CounterpartOut, DocumentRefOut, EntityOut

EVENTS_SHOWN = 50  # each way, the first by date
DOCUMENTS_SHOWN = 50  # a page, the latest first
TOP_COUNTERPARTS = 12


def entity_detail(
    queries: StoreQueries,
    entity_id: int,
    events: int = EVENTS_SHOWN,
    documents: int = DOCUMENTS_SHOWN,
    documents_offset: int = 0,
) -> EntityOut | None:
    """The entity with its first `events` events each way and `documents` of the documents that
    mention it from `documents_offset`; None when there is no such entity."""
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
    totals = entity_totals(conn, entity_id)
    as_actor = queries.events(EventFilters(actor=str(entity_id), limit=events)) if totals.as_actor else []
    as_recipient = (
        queries.events(EventFilters(recipient=str(entity_id), limit=events)) if totals.as_recipient else []
    )
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
        as_actor_total=totals.as_actor,
        as_recipient_total=totals.as_recipient,
        counterparts=[
            CounterpartOut.model_validate(c, from_attributes=True)
            for c in counterparts(conn, entity_id, TOP_COUNTERPARTS)
        ],
        documents=[
            DocumentRefOut.model_validate(d, from_attributes=True)
            for d in entity_documents(conn, entity_id, totals.documents, documents, documents_offset)
        ],
        documents_total=totals.documents,
        documents_offset=documents_offset,
    )
