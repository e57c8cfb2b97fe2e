"""Which events a question asks for (`EventFilters`) and their SQL: WHERE clauses over events
aliased `e`, every value a bound parameter. Parties are matched by entity id, alias or name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from watchfloor.kb.normalize import fold
from watchfloor.store.map_grid import BBox

_ID = re.compile(r"[0-9]{1,18}")  # an entity given by its row id rather than a name


@dataclass(frozen=True)
class EventFilters:
    """Optional limits on events; `actor`, `recipient` and `entity` (either party) take an entity id
    or a name or alias; `country` is either party's; `since`/`until` bound the event's date;
    `min_confidence` keeps events whose confidence is at least that (None or 0: every event).
    A list of events holds at most `limit` of them, after skipping `offset` (paging)."""

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
    offset: int = 0


Required = Literal["place", "date", "dyad"]
REQUIRED: dict[Required, str] = {
    "place": "e.place_id IS NOT NULL",
    "date": "e.date IS NOT NULL",
    "dyad": "e.actor_id IS NOT NULL AND e.recipient_id IS NOT NULL",
}


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
