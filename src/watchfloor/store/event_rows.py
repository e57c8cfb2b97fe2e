"""The rows read questions answer with: events (with their provenance and note URLs), places,
dyad counts and entity summaries, and the columns an event row is read from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


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


@lru_cache(maxsize=4096)
def _markers(stored: str) -> tuple[str, ...]:
    """A stored marker list (a few distinct values repeat across millions of events)."""
    return tuple(json.loads(stored))


def event_row(row: tuple[Any, ...], citations: tuple[EventCitationRow, ...]) -> EventRow:
    """An `EventRow` from a row of `EVENT_COLUMNS` and the event's citations."""
    fields = (*row[:-1], _markers(row[-1]), citations)
    return EventRow(*fields)
