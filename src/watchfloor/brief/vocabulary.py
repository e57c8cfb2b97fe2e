"""The brief's data files (`data/brief/`): how each PLOVER type is said (`phrases.yaml`), the topics a
brief can be limited to (`themes.yaml`) and the regions its sections are named after
(`regions.yaml`). Loaded once, checked against PLOVER; a bad entry raises ConfigError naming it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.kb import load_kb
from watchfloor.yaml_loader import YAMLError, safe_load

_PHRASE_KEYS = {"past", "perfect", "alone", "alone_perfect", "what", "state"}
_RECIPIENT_PART = re.compile(r"\s+(?:\w+\s+)?\{r\}")  # " with {r}", " {r}": dropped without recipient


@dataclass(frozen=True)
class Phrase:
    """How one act is said after its actor; `{r}` is the recipient and `{what}` the object."""

    past: str
    perfect: str
    alone: str
    alone_perfect: str
    what: str
    state: str = ""  # said when the recipient is a state ("expelled officials of {r}"), in both tenses

    def say(self, recipient: str | None, what: str | None, perfect: bool = False, state: bool = False) -> str:
        if recipient and state and self.state:
            form = self.state
        elif recipient:
            form = self.perfect if perfect else self.past
        else:
            form = self.alone_perfect if perfect else self.alone
        return form.replace("{r}", recipient or "").replace("{what}", what or self.what)


@dataclass(frozen=True)
class Act:
    """A PLOVER type's phrase, with overrides by mode and by trigger word."""

    phrase: Phrase
    modes: dict[str, Phrase] = field(default_factory=dict)
    triggers: dict[str, Phrase] = field(default_factory=dict)

    def phrase_for(self, mode: str | None, trigger: str | None) -> Phrase:
        word = (trigger or "").lower()
        for start, phrase in self.triggers.items():
            if word.startswith(start):
                return phrase
        return self.modes.get(mode or "", self.phrase)


@dataclass(frozen=True)
class Theme:
    name: str
    title: str
    types: tuple[str, ...]


@dataclass(frozen=True)
class Region:
    name: str
    countries: frozenset[str]
    continents: frozenset[str]


@dataclass(frozen=True)
class Vocabulary:
    acts: dict[str, Act]
    themes: dict[str, Theme]
    regions: tuple[Region, ...]


def data_path(name: str) -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "brief" / name))


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    return Vocabulary(
        _acts(data_path("phrases.yaml")),
        _themes(data_path("themes.yaml")),
        _regions(data_path("regions.yaml")),
    )


def _read(path: Path, key: str) -> Any:
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(raw, dict) or key not in raw:
        raise ConfigError(f"{path}: expected a mapping with {key!r}")
    return raw[key]


def _phrase(entry: Any, where: str, base: Phrase | None = None) -> Phrase:
    if (
        not isinstance(entry, dict)
        or set(entry) - _PHRASE_KEYS
        or not all(isinstance(v, str) and v.strip() for v in entry.values())
    ):
        raise ConfigError(f"{where}: expected text for some of {', '.join(sorted(_PHRASE_KEYS))}")
    text = {str(k): str(v) for k, v in entry.items()}
    if base is not None and "past" not in text:  # a mode or trigger changing only some parts
        return Phrase(
            base.past, text.get("perfect", base.perfect), text.get("alone", base.alone),
            text.get("alone_perfect", base.alone_perfect), text.get("what", base.what),
            text.get("state", base.state),
        )  # fmt: skip
    if "past" not in text:
        raise ConfigError(f"{where}: 'past' is required")
    past = text["past"]
    perfect = text.get("perfect", past)
    alone = text.get("alone", _RECIPIENT_PART.sub("", past))
    alone_perfect = text.get("alone_perfect", alone if "alone" in text else _RECIPIENT_PART.sub("", perfect))
    what = text.get("what", base.what if base else "")
    return Phrase(past, perfect, alone, alone_perfect, what, text.get("state", ""))


def _acts(path: Path) -> dict[str, Act]:
    kb = load_kb()
    raw = _read(path, "acts")
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: 'acts' must map PLOVER types to phrases")
    acts: dict[str, Act] = {}
    for code, entry in raw.items():
        where = f"{path}: {code}"
        plover = kb.check_plover(str(code), where=where)
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected a mapping")
        own = {k: v for k, v in entry.items() if k not in {"modes", "triggers"}}
        phrase = _phrase(own, where)
        modes = entry.get("modes") or {}
        triggers = entry.get("triggers") or {}
        if not isinstance(modes, dict) or not isinstance(triggers, dict):
            raise ConfigError(f"{where}: 'modes' and 'triggers' must be mappings")
        for mode in modes:
            kb.check_plover(plover.code, str(mode), where=where)
        acts[plover.code] = Act(
            phrase,
            {str(m): _phrase(p, f"{where}.modes.{m}", phrase) for m, p in modes.items()},
            {str(t).lower(): _phrase(p, f"{where}.triggers.{t}", phrase) for t, p in triggers.items()},
        )
    missing = sorted({t.code for t in kb.plover_types} - set(acts))
    if missing:
        raise ConfigError(f"{path}: no phrase for PLOVER type(s) {', '.join(missing)}")
    return acts


def _themes(path: Path) -> dict[str, Theme]:
    kb = load_kb()
    raw = _read(path, "themes")
    themes: dict[str, Theme] = {}
    for name, entry in (raw or {}).items():
        where = f"{path}: {name}"
        if not isinstance(entry, dict) or not isinstance(entry.get("types"), list) or not entry.get("title"):
            raise ConfigError(f"{where}: expected 'title' and a list of 'types'")
        types = tuple(kb.check_plover(str(t), where=where).code for t in entry["types"])
        themes[str(name).lower()] = Theme(str(name).lower(), str(entry["title"]), types)
    return themes


def _regions(path: Path) -> tuple[Region, ...]:
    raw = _read(path, "regions")
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: 'regions' must be a list")
    regions: list[Region] = []
    seen: dict[str, str] = {}
    for entry in raw:
        if (
            not isinstance(entry, dict)
            or not entry.get("name")
            or set(entry) - {"name", "countries", "continents"}
        ):
            raise ConfigError(f"{path}: {entry!r}: expected 'name' and 'countries' or 'continents'")
        name = str(entry["name"])
        countries = frozenset(str(c).upper() for c in entry.get("countries") or [])
        for code in countries:
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ConfigError(f"{path}: {name}: {code!r} is not an ISO3 code")
            if code in seen:
                raise ConfigError(f"{path}: {code} is in both {seen[code]} and {name}")
            seen[code] = name
        continents = frozenset(str(c).upper() for c in entry.get("continents") or [])
        regions.append(Region(name, countries, continents))
    return tuple(regions)
