"""The nouns that stand for an unnamed party (`data/events/party_nouns.yaml`): people, legislators,
parties, doers and the nouns that point back, and the lists that say whose such a party is, what it
may do and what a description points back to. Loaded once and validated."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.data_files import read_data_file
from watchfloor.errors import ConfigError

FILE_NAME = "party_nouns.yaml"


@dataclass(frozen=True)
class PartyNouns:
    """The file's lists, one field a key, in its order (each described in the file)."""

    people: frozenset[str]  # people of no state's organ ("protesters", "500 people")
    legislators: frozenset[str]  # members of a legislature ("lawmakers")
    parties: frozenset[str]  # the file's `parties` with `people` and `legislators`
    doers: frozenset[str]  # a deed noun's modifier that names its doer ("a migrant attack")
    definite_back: frozenset[str]  # "the country", "the group": a party named before
    # whose an unnamed party is (unnamed_parties.py)
    state_organs: frozenset[str]  # "the regime in Iran"
    businesses: frozenset[str]  # "eight companies based in the UAE"
    members: frozenset[str]  # "two members of Hamas"
    ships: frozenset[str]  # "a Norwegian-flagged tanker"
    allies_and_enemies: frozenset[str]  # "U.S. allies": another's
    domestic_organs: frozenset[str]  # "prosecutors charged him": the state there
    ruling_bodies: frozenset[str]  # "The army imposed a curfew"
    ruling_words: frozenset[str]  # modifiers that leave a ruling body named as such
    arms_and_strikes: frozenset[str]  # "army fighter jets struck"
    home_force_words: frozenset[str]  # "security forces"
    # what an unnamed party is (event_parties.py)
    against_the_state: frozenset[str]  # "rebel commanders": no organ of the state
    warships: frozenset[str]  # "21 Chinese warships"
    state_forces: frozenset[str]  # "Iranian police": may put down a protest
    # what a description points back to (party_reference.py)
    armed_back: frozenset[str]  # "the military": an armed force named
    non_state_back: frozenset[str]  # "the group": an armed group named
    state_bodies_back: frozenset[str]  # "the ministry": never an armed group
    kinds_of_group: frozenset[str]  # "the rebel group" points back as "the group"
    deeds_back: frozenset[str]  # "welcomed the decision": a deed told before (reaction_targets.py)
    # who stands for a party (party_senses.py)
    serving: frozenset[str]  # "police officers": the police
    envoys: frozenset[str]  # "diplomats from Argentina": Argentina


KEYS = tuple(field.name for field in fields(PartyNouns))  # all required


def party_nouns_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / FILE_NAME))


def load(path: Path | None = None) -> PartyNouns:
    """The lists of `path`, or of the package's file; cached per process."""
    return _load(path or party_nouns_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> PartyNouns:
    raw = read_data_file(path, "party nouns")
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping with the keys {', '.join(KEYS)}")
    unknown = sorted(str(key) for key in raw if key not in KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key {', '.join(unknown)} (expected {', '.join(KEYS)})")
    missing = [key for key in KEYS if key not in raw]
    if missing:
        raise ConfigError(f"{path}: missing key {', '.join(missing)}")
    lists = {key: _lemmas(raw[key], f"{path}: {key}") for key in KEYS}
    lists["parties"] |= lists["people"] | lists["legislators"]
    return PartyNouns(**lists)


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
