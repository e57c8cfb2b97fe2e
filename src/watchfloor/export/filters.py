"""What an export covers: the event filters shared by the CLI and the web, and their SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from watchfloor.brief.stories import CERTAINTY_STRENGTH
from watchfloor.errors import ConfigError
from watchfloor.store.queries import EventFilters, event_conditions

# Weakest first: --min-certainty C keeps C and every stance stronger than it (the brief's order).
CERTAINTY_ORDER: tuple[str, ...] = tuple(reversed(CERTAINTY_STRENGTH))


@dataclass(frozen=True)
class ExportFilters:
    """Optional limits on the exported events. `since`/`until` bound the event's date (ISO
    prefixes, inclusive); `entity` is an entity id, name or alias, either party; `country` is
    either party's ISO3; `min_certainty` keeps that stance and stronger ones; `min_confidence`
    keeps events whose confidence is at least this (0-1)."""

    since: str | None = None
    until: str | None = None
    type: str | None = None
    country: str | None = None
    entity: str | None = None
    min_certainty: str | None = None
    min_confidence: float | None = None
    # what the web pages filter on besides (an exact stance, one party, one party's state)
    certainty: str | None = None
    actor: str | None = None
    recipient: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None

    def __post_init__(self) -> None:
        if self.min_certainty is not None and self.min_certainty.strip().lower() not in CERTAINTY_ORDER:
            raise ConfigError(
                f"minimum certainty {self.min_certainty!r}: choose one of {', '.join(CERTAINTY_ORDER)}"
            )
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"minimum confidence {self.min_confidence}: give a number from 0 to 1")

    @property
    def any(self) -> bool:
        """Whether any filter is set (without one, an export covers every document)."""
        return any(v is not None and v != "" for v in self.__dict__.values())

    def certainties(self) -> tuple[str, ...] | None:
        """The stances kept, or None for all."""
        if self.min_certainty is None:
            return None
        start = CERTAINTY_ORDER.index(self.min_certainty.strip().lower())
        return CERTAINTY_ORDER[start:]

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None and v != ""}


def where_clause(filters: ExportFilters) -> tuple[str, list[Any]]:
    """The WHERE clause (possibly empty) over events aliased `e`, and its parameters."""
    base = EventFilters(
        type=filters.type,
        country=filters.country,
        entity=filters.entity,
        since=filters.since,
        until=filters.until,
        certainty=filters.certainty,
        actor=filters.actor,
        recipient=filters.recipient,
        actor_country=filters.actor_country,
        recipient_country=filters.recipient_country,
    )
    where, params = event_conditions(base)
    kept = filters.certainties()
    if kept is not None:
        where.append(f"e.certainty IN ({', '.join('?' for _ in kept)})")
        params.extend(kept)
    if filters.min_confidence is not None:
        where.append("e.confidence >= ?")
        params.append(filters.min_confidence)
    return ("WHERE " + " AND ".join(where)) if where else "", params
