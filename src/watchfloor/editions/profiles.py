"""Brief profiles: a saved brief (actors, countries, topics, minimum event confidence, how many
takeaways) with the weekdays it is published on. Checked as `watchfloor brief` checks its options,
so a mistyped country or topic is refused when the profile is saved, not on the morning it runs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from watchfloor.brief import BriefRequest, make_request
from watchfloor.editions.weekdays import WEEKDAYS, covered_since, parse_weekdays
from watchfloor.errors import ConfigError
from watchfloor.settings import CONFIDENT
from watchfloor.store.db import Connection, Cursor, integrity_errors
from watchfloor.watch.model import NAME_PATTERN
from watchfloor.watch.registry import now

# The products use confident events by default (DESIGN.md, `settings.CONFIDENT`); a profile may ask
# for more or less.
DEFAULT_MIN_CONFIDENCE = CONFIDENT
COLUMNS = "id, name, title, actors, countries, topics, min_confidence, weekdays, takeaways"


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO3, as `make_request` resolved them
    topics: tuple[str, ...] = ()
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    weekdays: str = WEEKDAYS  # Monday-first mask, "MTWTF.."
    takeaways: int = 5
    id: int | None = field(default=None, compare=False)

    def request(self, day: date) -> BriefRequest:
        """The brief of the edition of `day`: the reports since the previous publication day."""
        return make_request(
            covered_since(self.weekdays, day).isoformat(), day.isoformat(), self.actors, self.countries,
            self.topics, self.takeaways, self.min_confidence,
        )  # fmt: skip


def make_profile(
    name: str,
    *,
    title: str | None = None,
    actors: list[str] | None = None,
    countries: list[str] | None = None,
    topics: list[str] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    weekdays: str = "mon-fri",
    takeaways: int = 5,
) -> Profile:
    """A profile from the command's options, validated (names, countries, topics, confidence)."""
    if not NAME_PATTERN.match(name):
        raise ConfigError(f"profile name {name!r}: use 1-64 letters, digits, '.', '_' or '-'")
    mask = parse_weekdays(weekdays)
    checked = make_request(
        date.today().isoformat(), None, actors or [], countries or [], topics or [], takeaways, min_confidence
    )
    return Profile(
        name, (title or "").strip() or name, checked.actors, checked.countries, checked.topics,
        checked.min_confidence, mask, checked.takeaways,
    )  # fmt: skip


def add_profile(conn: Connection, profile: Profile) -> Profile:
    try:
        cursor = conn.execute(
            "INSERT INTO brief_profiles (name, title, actors, countries, topics, min_confidence, weekdays,"
            " takeaways, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                profile.name, profile.title, json.dumps(list(profile.actors)),
                json.dumps(list(profile.countries)), json.dumps(list(profile.topics)),
                profile.min_confidence, profile.weekdays, profile.takeaways, now(),
            ),
        )  # fmt: skip
    except integrity_errors() as exc:
        raise ConfigError(f"a brief profile named {profile.name!r} exists already") from exc
    return _row(conn.execute(f"SELECT {COLUMNS} FROM brief_profiles WHERE id = ?", (cursor.lastrowid,)))


def find_profile(conn: Connection, name: str) -> Profile | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM brief_profiles WHERE name = ?", (name,)).fetchone()
    return None if row is None else _profile(tuple(row))


def get_profile(conn: Connection, name: str) -> Profile:
    """The profile of that name, or an error that says how to see the profiles there are."""
    profile = find_profile(conn, name)
    if profile is None:
        known = ", ".join(p.name for p in list_profiles(conn)) or "none yet"
        raise ConfigError(
            f"no brief profile named {name!r} (profiles: {known};"
            " add one with `watchfloor brief profile add`)"
        )
    return profile


def list_profiles(conn: Connection) -> list[Profile]:
    rows = conn.execute(f"SELECT {COLUMNS} FROM brief_profiles ORDER BY name").fetchall()
    return [_profile(tuple(r)) for r in rows]


def remove_profile(conn: Connection, name: str) -> bool:
    """Delete the profile with its editions and subscribers; False when there is none."""
    return conn.execute("DELETE FROM brief_profiles WHERE name = ?", (name,)).rowcount > 0


def _row(cursor: Cursor) -> Profile:
    return _profile(tuple(cursor.fetchone()))


def _profile(row: tuple[object, ...]) -> Profile:
    pid, name, title, actors, countries, topics, minimum, weekdays, takeaways = row
    return Profile(
        str(name), str(title), tuple(json.loads(str(actors))), tuple(json.loads(str(countries))),
        tuple(json.loads(str(topics))), float(str(minimum)), str(weekdays), int(str(takeaways)),
        id=int(str(pid)),
    )  # fmt: skip
