"""What an analyst asks a brief for: a period, and optionally actors, countries and topics. Checked
here, so a mistyped date, country or topic is a clear error before the store is read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from watchfloor.brief.vocabulary import load_vocabulary
from watchfloor.errors import ConfigError
from watchfloor.kb import load_kb
from watchfloor.settings import CONFIDENT, default_min_confidence

_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class BriefRequest:
    since: str  # ISO date or prefix: the first report day covered
    until: str | None = None  # inclusive; None: up to the newest report
    actors: tuple[str, ...] = ()  # entity ids or names, either party
    countries: tuple[str, ...] = ()  # ISO3, either party
    topics: tuple[str, ...] = ()  # theme names or PLOVER types, as given
    types: tuple[str, ...] = ()  # the PLOVER types the topics stand for
    takeaways: int = 5
    max_stories: int = 60  # stories in the sections, most significant first
    min_confidence: float = CONFIDENT  # events below this confidence are left out


def make_request(
    since: str,
    until: str | None = None,
    actors: Sequence[str] = (),
    countries: Sequence[str] = (),
    topics: Sequence[str] = (),
    takeaways: int = 5,
    min_confidence: float | None = None,
) -> BriefRequest:
    """A checked request; `min_confidence` None is the default (WATCHFLOOR_MIN_CONFIDENCE, else
    `settings.CONFIDENT`), 0 keeps every event."""
    since = _iso(since, "--since")
    until = _iso(until, "--until") if until else None
    if until is not None and until < since[: len(until)]:
        raise ConfigError(f"--until {until} is before --since {since}")
    if takeaways < 1:
        raise ConfigError("--takeaways must be at least 1")
    if min_confidence is None:
        min_confidence = default_min_confidence()
    if not 0.0 <= min_confidence <= 1.0:
        raise ConfigError(f"--min-confidence {min_confidence}: give a number from 0 to 1")
    codes = tuple(_country(c) for c in countries if c.strip())
    types: list[str] = []
    for topic in (t.strip() for t in topics if t.strip()):
        types.extend(t for t in _topic_types(topic) if t not in types)
    return BriefRequest(
        since, until, tuple(a.strip() for a in actors if a.strip()), codes,
        tuple(t.strip() for t in topics if t.strip()), tuple(types), takeaways,
        min_confidence=min_confidence,
    )  # fmt: skip


def _iso(value: str, option: str) -> str:
    value = value.strip()
    match = _ISO_PREFIX.match(value)
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in match.groups())
        date(year, month, day)
    except ValueError:
        raise ConfigError(f"{option} {value!r}: give a date as YYYY-MM-DD, YYYY-MM or YYYY") from None
    return value


def _country(value: str) -> str:
    """An ISO3 code, from the code itself or any name the knowledge base gives the state (name,
    alias, demonym, capital as metonym)."""
    kb = load_kb()
    text = value.strip()
    if kb.state(text) is not None:
        return text.upper()
    codes = {e.id for e in kb.lookup(text) if e.category == "state"}
    if len(codes) == 1:
        return codes.pop()
    if not codes:
        raise ConfigError(f"--country {value!r}: not a state the knowledge base knows (use ISO3, e.g. IRN)")
    raise ConfigError(f"--country {value!r}: names several states ({', '.join(sorted(codes))}); use ISO3")


def _topic_types(topic: str) -> tuple[str, ...]:
    vocabulary = load_vocabulary()
    theme = vocabulary.themes.get(topic.lower())
    if theme is not None:
        return theme.types
    plover = load_kb().plover_type(topic)
    if plover is not None:
        return (plover.code,)
    names = ", ".join(sorted(vocabulary.themes))
    raise ConfigError(f"--topic {topic!r}: use a theme ({names}) or a PLOVER type such as AID")
