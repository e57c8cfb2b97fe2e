"""One set of event filters for every route: dates, type, parties, countries, certainty and
confidence, declared once (`event_query`, the API's dependency, which also gives the OpenAPI
description its parameter names) and read into one `EventQuery`. Pages read the same names
leniently (`page_query`): a page never fails on what a user typed, where the API answers 422."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Annotated

from fastapi import Depends, Query, Request

from watchfloor.errors import WatchfloorError
from watchfloor.settings import parse_confidence
from watchfloor.store.queries import EventFilters

TEXT_FIELDS = (
    "since",
    "until",
    "type",
    "actor",
    "recipient",
    "entity",
    "country",
    "actor_country",
    "recipient_country",
    "certainty",
)

Since = Annotated[str | None, Query(description="On or after this ISO date prefix (2023, 2023-07).")]
Until = Annotated[str | None, Query(description="On or before this ISO date prefix, inclusive.")]
EventType = Annotated[str | None, Query(alias="type", description="PLOVER event type, e.g. ASSAULT.")]
Party = Annotated[str | None, Query(description="An entity id, or a name or alias.")]
Either = Annotated[str | None, Query(description="An entity id, name or alias: either party.")]
Country = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 of the actor or the recipient.")]
CountryOf = Annotated[str | None, Query(description="ISO 3166-1 alpha-3 of this party.")]
Certainty = Annotated[str | None, Query(description="asserted, attributed, likely, denied, ...")]
MinConfidence = Annotated[
    float | None,
    Query(
        ge=0.0,
        le=1.0,
        description="Only events whose confidence is at least this. The map and the network show"
        " confident events by default (0.3, or WATCHFLOOR_MIN_CONFIDENCE); 0 shows all.",
    ),
]


@dataclass(frozen=True)
class EventQuery:
    """The filters a request gave, blank ones as None; `min_confidence` None: the route's default."""

    since: str | None = None
    until: str | None = None
    type: str | None = None
    actor: str | None = None
    recipient: str | None = None
    entity: str | None = None
    country: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    certainty: str | None = None
    min_confidence: float | None = None

    def events(self, limit: int = 200, default_confidence: float | None = None) -> EventFilters:
        """The store's filters; `default_confidence` stands in when no minimum was asked for."""
        values = {name: getattr(self, name) for name in TEXT_FIELDS}
        chosen = default_confidence if self.min_confidence is None else self.min_confidence
        return EventFilters(**values, limit=limit, min_confidence=chosen)

    def form(self) -> dict[str, str]:
        """The values a page's form shows again (blank for unset)."""
        return {name: getattr(self, name) or "" for name in TEXT_FIELDS}

    def params(self) -> dict[str, str]:
        """The query string of these filters (unset ones left out), for links to other routes."""
        out = {name: str(value) for name, value in asdict(self).items() if value is not None}
        if self.min_confidence is not None:
            out["min_confidence"] = f"{self.min_confidence:g}"
        return out

    def with_confidence(self, default: float) -> EventQuery:
        return self if self.min_confidence is not None else replace(self, min_confidence=default)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip() or None


def event_query(
    since: Since = None,
    until: Until = None,
    event_type: EventType = None,
    actor: Party = None,
    recipient: Party = None,
    entity: Either = None,
    country: Country = None,
    actor_country: CountryOf = None,
    recipient_country: CountryOf = None,
    certainty: Certainty = None,
    min_confidence: MinConfidence = None,
) -> EventQuery:
    """The API's filters: any text is accepted; a confidence outside [0, 1] is a 422."""
    return EventQuery(
        since=_clean(since),
        until=_clean(until),
        type=_clean(event_type),
        actor=_clean(actor),
        recipient=_clean(recipient),
        entity=_clean(entity),
        country=_clean(country),
        actor_country=_clean(actor_country),
        recipient_country=_clean(recipient_country),
        certainty=_clean(certainty),
        min_confidence=min_confidence,
    )


def lenient_confidence(typed: str) -> float | None:
    """A page's confidence field: None (the page's default) when empty or not a number in [0, 1]."""
    try:
        return parse_confidence(typed.strip(), "min_confidence") if typed.strip() else None
    except WatchfloorError:
        return None


def page_query(request: Request) -> EventQuery:
    """The same filters read from a page's query string, never failing."""
    given = request.query_params
    values = {name: _clean(given.get(name)) for name in TEXT_FIELDS}
    return EventQuery(**values, min_confidence=lenient_confidence(given.get("min_confidence", "")))


Filters = Annotated[EventQuery, Depends(event_query)]
PageFilters = Annotated[EventQuery, Depends(page_query)]
