"""Events the news names instead of dating (`data/events/known_events.yaml`): "since the outset
of Russia's invasion of Ukraine" is since February 2022. Loaded once and validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Span

from watchfloor.data_files import read_data_file
from watchfloor.errors import ConfigError
from watchfloor.kb.loader import extra_dirs_from_env

FILE_NAME = "known_events.yaml"
KEYS = frozenset({"name", "date", "words"})
DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


@dataclass(frozen=True)
class KnownEvent:
    name: str
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    words: tuple[frozenset[str], ...]  # one word of each group names it


def known_events_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / FILE_NAME))


def load_known_events(path: Path | None = None) -> tuple[KnownEvent, ...]:
    """The package's list plus a `known_events.yaml` in each extra knowledge directory, or `path`'s."""
    if path is not None:
        return _load((path,))
    extras = (d / FILE_NAME for d in extra_dirs_from_env())
    return _load((known_events_path(), *(p for p in extras if p.is_file())))


def known_event_date(phrase: Span, before: str | None) -> str | None:
    """The date of the known event the phrase names ("the outset of Russia's invasion of
    Ukraine"), if it names one dated no later than `before` (the report's date, when known)."""
    words = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
    for event in load_known_events():
        if all(group & words for group in event.words) and (before is None or event.date <= before):
            return event.date
    return None


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> tuple[KnownEvent, ...]:
    events: list[KnownEvent] = []
    for path in paths:
        raw = read_data_file(path, "known events")
        if not isinstance(raw, list):
            raise ConfigError(f"{path}: expected a list of events, each with {', '.join(sorted(KEYS))}")
        events.extend(_event(path, n, entry) for n, entry in enumerate(raw, start=1))
    return tuple(events)


def _event(path: Path, number: int, entry: object) -> KnownEvent:
    where = f"{path}: event {number}"
    if not isinstance(entry, dict) or set(entry) != KEYS:
        raise ConfigError(f"{where}: expected the keys {', '.join(sorted(KEYS))}")
    name, date, groups = entry["name"], str(entry["date"]), entry["words"]
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: name: expected the event's name")
    if not DATE.fullmatch(date):
        raise ConfigError(f"{where} ({name}): date {date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    if not isinstance(groups, list) or not groups or not all(_is_group(g) for g in groups):
        raise ConfigError(f"{where} ({name}): words: expected a list of groups of lower-case words")
    return KnownEvent(name, date, tuple(frozenset(str(w) for w in g) for g in groups))


def _is_group(group: object) -> bool:
    return (
        isinstance(group, list)
        and bool(group)
        and all(isinstance(w, str) and w.strip() and w == w.lower() for w in group)
    )
