"""The nouns that stand for an unnamed party (`data/events/party_nouns.yaml`): people, legislators,
parties, doers and the nouns that point back, and the lists that say whose such a party is, what it
may do and what a description points back to. Loaded once and validated."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.data_files import word_lists

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
    # what names no party (operation_names.py)
    operations: frozenset[str]  # "the Zapad-2025 exercise": the name is no party


KEYS = tuple(field.name for field in fields(PartyNouns))  # all required


def party_nouns_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "events" / FILE_NAME))


def load(path: Path | None = None) -> PartyNouns:
    """The lists of `path`, or of the package's file; cached per process."""
    return _load(path or party_nouns_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> PartyNouns:
    lists = word_lists(path, "party nouns", KEYS)
    lists["parties"] |= lists["people"] | lists["legislators"]
    return PartyNouns(**lists)
