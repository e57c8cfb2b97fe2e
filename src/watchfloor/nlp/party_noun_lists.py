"""The nouns that stand for an unnamed party (`data/events/party_nouns.yaml`): people, legislators,
parties, doers and the nouns that point back. Loaded once and validated."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.yaml_loader import YAMLError, safe_load

FILE_NAME = "party_nouns.yaml"
KEYS = ("people", "legislators", "parties", "doers", "definite_back")


@dataclass(frozen=True)
class PartyNouns:
    people: frozenset[str]  # people of no state's organ ("protesters", "500 people")
    legislators: frozenset[str]  # members of a legislature ("lawmakers")
    parties: frozenset[str]  # the file's `parties` with `people` and `legislators`
    doers: frozenset[str]  # a deed noun's modifier that names its doer ("a migrant attack")
    definite_back: frozenset[str]  # "the country", "the group": a party named before


def party_nouns_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / FILE_NAME))


def load(path: Path | None = None) -> PartyNouns:
    """The lists of `path`, or of the package's file; cached per process."""
    return _load(path or party_nouns_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> PartyNouns:
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the party nouns ({exc})") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping with the keys {', '.join(KEYS)}")
    unknown = sorted(str(key) for key in raw if key not in KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key {', '.join(unknown)} (expected {', '.join(KEYS)})")
    missing = [key for key in KEYS if key not in raw]
    if missing:
        raise ConfigError(f"{path}: missing key {', '.join(missing)}")
    lists = {key: _lemmas(raw[key], f"{path}: {key}") for key in KEYS}
    return PartyNouns(
        people=lists["people"],
        legislators=lists["legislators"],
        parties=lists["parties"] | lists["people"] | lists["legislators"],
        doers=lists["doers"],
        definite_back=lists["definite_back"],
    )


def _lemmas(values: Any, where: str) -> frozenset[str]:
    """A list of one-word, lower-case lemmas, none twice."""
    if not isinstance(values, list):
        raise ConfigError(f"{where}: expected a list of lemmas, not {type(values).__name__}")
    for item in values:
        if not isinstance(item, str):  # (a bare yes, no, on or off is read as true or false: quote it)
            raise ConfigError(f"{where}: {item!r} is not a word (quote it)")
        if not item or item.split() != [item]:
            raise ConfigError(f"{where}: {item!r} should be one word, with no spaces")
        if item != item.lower():
            raise ConfigError(f"{where}: {item!r} should be lower-case (the lemma, as the parser gives it)")
    repeated = sorted(word for word, count in Counter(values).items() if count > 1)
    if repeated:
        raise ConfigError(f"{where}: {', '.join(map(repr, repeated))} listed more than once")
    return frozenset(values)
