"""A saved watch: what it matches (entities, event types, countries, keywords, certainty, the
events' confidence) and how its alerts go out (an Atom feed, a webhook or an email; at once or in a
daily digest).

Certainty order, weakest first: possible < likely < attributed < asserted. A watch matches events
at or above its minimum. "denied" is outside the order: a denied event matches only a watch that
lists it explicitly (`include_denied`, the CLI's `--denied`), whatever its minimum.
A watch matches only events whose confidence is at least its `min_confidence` (by default the
confident ones: WATCHFLOOR_MIN_CONFIDENCE, else `settings.CONFIDENT`; 0 matches every event).
Within one criterion any value may match (OR); every criterion given must match (AND).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Literal

from watchfloor.errors import ConfigError
from watchfloor.settings import CONFIDENT, default_min_confidence
from watchfloor.urls import split_url

CERTAINTY_ORDER = ("possible", "likely", "attributed", "asserted")
Delivery = Literal["atom", "webhook", "email"]
Mode = Literal["immediate", "daily"]
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
EMAIL_PATTERN = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")


@dataclass(frozen=True)
class Watch:
    """A saved watch. `entities` are entity ids (digits) or names; `target` is the webhook URL or
    the email address (None for Atom)."""

    name: str
    entities: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    min_certainty: str = "possible"
    include_denied: bool = False
    delivery: Delivery = "atom"
    target: str | None = None
    mode: Mode = "immediate"
    min_confidence: float = CONFIDENT
    id: int | None = field(default=None, compare=False)

    def accepts_confidence(self, confidence: float) -> bool:
        return confidence >= self.min_confidence

    def accepts_certainty(self, certainty: str) -> bool:
        if certainty == "denied":
            return self.include_denied
        if certainty not in CERTAINTY_ORDER:
            return False
        return CERTAINTY_ORDER.index(certainty) >= CERTAINTY_ORDER.index(self.min_certainty)

    def accepts_text(self, text: str) -> bool:
        if not self.keywords:
            return True
        return any(re.search(rf"\b{re.escape(k)}\b", text, re.IGNORECASE) for k in self.keywords)

    def accepts_countries(self, actor_country: str | None, recipient_country: str | None) -> bool:
        return not self.countries or bool({actor_country, recipient_country} & set(self.countries))

    def accepts_type(self, event_type: str) -> bool:
        return not self.types or event_type in self.types


def make_watch(
    name: str,
    *,
    entities: list[str] | None = None,
    types: list[str] | None = None,
    countries: list[str] | None = None,
    keywords: list[str] | None = None,
    min_certainty: str = "possible",
    include_denied: bool = False,
    webhook: str | None = None,
    email: str | None = None,
    daily: bool = False,
    min_confidence: float | None = None,
) -> Watch:
    """Validate and normalise a watch as the CLI gives it (types and countries upper-cased);
    `min_confidence` None is the default (WATCHFLOOR_MIN_CONFIDENCE, else `settings.CONFIDENT`)."""
    if not NAME_PATTERN.match(name):
        raise ConfigError(f"watch name {name!r}: use 1-64 letters, digits, '.', '_' or '-'")
    if min_certainty not in CERTAINTY_ORDER:
        raise ConfigError(f"minimum certainty {min_certainty!r}: choose one of {', '.join(CERTAINTY_ORDER)}")
    if min_confidence is None:
        min_confidence = default_min_confidence()
    if not 0.0 <= min_confidence <= 1.0:
        raise ConfigError(f"minimum confidence {min_confidence}: give a number from 0 to 1")
    if webhook is not None and email is not None:
        raise ConfigError("a watch delivers one way: give --webhook, --email or --atom, not several")
    delivery: Delivery = "atom"
    target: str | None = None
    if webhook is not None:
        parts = split_url(webhook)
        if parts is None or parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ConfigError(f"webhook {webhook!r} is not an http(s) URL")
        delivery, target = "webhook", webhook
    elif email is not None:
        if not EMAIL_PATTERN.match(email):
            raise ConfigError(f"{email!r} is not an email address")
        delivery, target = "email", email
    return Watch(
        name=name,
        entities=_clean(entities),
        types=tuple(t.upper() for t in _clean(types)),
        countries=tuple(c.upper() for c in _clean(countries)),
        keywords=_clean(keywords),
        min_certainty=min_certainty,
        include_denied=include_denied,
        delivery=delivery,
        target=target,
        mode="daily" if daily else "immediate",
        min_confidence=min_confidence,
    )


def _clean(values: list[str] | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values or [] if v.strip()))


def watch_from_row(row: tuple[object, ...]) -> Watch:
    """A watch from `registry.WATCH_COLUMNS`, in that order."""
    wid, name, entities, types, countries, keywords, minimum, denied, delivery, target, mode, confidence = row
    return Watch(
        name=str(name),
        entities=tuple(json.loads(str(entities))),
        types=tuple(json.loads(str(types))),
        countries=tuple(json.loads(str(countries))),
        keywords=tuple(json.loads(str(keywords))),
        min_certainty=str(minimum),
        include_denied=bool(denied),
        delivery="webhook" if delivery == "webhook" else "email" if delivery == "email" else "atom",
        target=None if target is None else str(target),
        mode="daily" if mode == "daily" else "immediate",
        min_confidence=float(str(confidence)),
        id=int(str(wid)),
    )
