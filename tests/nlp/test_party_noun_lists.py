"""The checks of `data/events/party_nouns.yaml`: the nouns that stand for an unnamed party."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.nlp import (
    event_evidence,
    event_parties,
    operation_names,
    party_noun_lists,
    party_reference,
    party_senses,
    reaction_targets,
    unnamed_parties,
)

GOOD = {
    "people": "[protester, villager]",
    "legislators": "[lawmaker]",
    "parties": "[militia, protester]",
    "doers": "[gunman]",
    "definite_back": "[group]",
    "state_organs": "[ministry]",
    "businesses": "[firm]",
    "members": "[member]",
    "ships": "[tanker]",
    "allies_and_enemies": "[ally]",
    "domestic_organs": "[police]",
    "ruling_bodies": "[junta]",
    "ruling_words": "[interim]",
    "arms_and_strikes": "[jet]",
    "home_force_words": "[security]",
    "against_the_state": "[rebel]",
    "warships": "[frigate]",
    "state_forces": "[troop]",
    "armed_back": "[army]",
    "non_state_back": "[militia]",
    "state_bodies_back": "[cabinet]",
    "kinds_of_group": "[jihadist]",
    "deeds_back": "[decision]",
    "serving": "[commando]",
    "envoys": "[envoy]",
    "operations": "[exercise]",
}
# each moved list, as the module that uses it names it
ALIASES = {
    "state_organs": (unnamed_parties, "STATE_ORGANS"),
    "businesses": (unnamed_parties, "BUSINESSES"),
    "members": (unnamed_parties, "MEMBERS"),
    "ships": (unnamed_parties, "SHIPS"),
    "allies_and_enemies": (unnamed_parties, "OTHERS"),
    "domestic_organs": (unnamed_parties, "DOMESTIC"),
    "ruling_bodies": (unnamed_parties, "RULING"),
    "ruling_words": (unnamed_parties, "RULING_WORDS"),
    "arms_and_strikes": (unnamed_parties, "ARMED_HEADS"),
    "home_force_words": (unnamed_parties, "HOME_FORCES"),
    "against_the_state": (event_parties, "AGAINST_THE_STATE"),
    "warships": (event_parties, "WARSHIPS"),
    "state_forces": (event_parties, "STATE_FORCE_NOUNS"),
    "armed_back": (party_reference, "ARMED"),
    "non_state_back": (party_reference, "NON_STATE"),
    "state_bodies_back": (party_reference, "STATE_BODIES"),
    "kinds_of_group": (party_reference, "KINDS_OF_GROUP"),
    "deeds_back": (reaction_targets, "DEEDS_BACK"),
    "serving": (party_senses, "SERVING"),
    "envoys": (party_senses, "ENVOYS"),
    "operations": (operation_names, "OPERATIONS"),
}


def written(tmp_path: Path, **changes: str | None) -> Path:
    """A file of the good lists with `changes` made (None leaves a list out)."""
    lists = {**GOOD, **changes}
    path = tmp_path / "party_nouns.yaml"
    path.write_text("".join(f"{key}: {value}\n" for key, value in lists.items() if value is not None))
    return path


def test_the_shipped_file_loads_and_party_nouns_take_in_people_and_legislators() -> None:
    shipped = party_noun_lists.load()
    assert "protester" in shipped.people and "mp" in shipped.legislators and "gunman" in shipped.doers
    assert event_evidence.PEOPLE_NOUNS <= event_evidence.PARTY_NOUNS
    assert event_evidence.LEGISLATOR_NOUNS <= event_evidence.PARTY_NOUNS
    assert {"villager", "senator", "frigate"} <= event_evidence.PARTY_NOUNS
    assert "senator" not in event_evidence.PEOPLE_NOUNS
    assert shipped.definite_back == event_evidence.DEFINITE_BACK
    assert isinstance(event_evidence.DOER_NOUNS, frozenset)


def test_the_shipped_file_has_every_list_and_the_modules_use_them() -> None:
    shipped = party_noun_lists.load()
    assert set(party_noun_lists.KEYS) == set(GOOD)
    assert all(isinstance(getattr(shipped, key), frozenset) and getattr(shipped, key) for key in GOOD)
    for key, (module, name) in ALIASES.items():
        assert getattr(module, name) == getattr(shipped, key), f"{module.__name__}.{name}"
    assert {"tanker", "dhow"} <= unnamed_parties.SHIPS and "exiled" in event_parties.AGAINST_THE_STATE
    assert "guerrilla" in party_reference.KINDS_OF_GROUP and "delegation" in party_senses.ENVOYS
    assert "official" not in unnamed_parties.DOMESTIC  # (often the speakers of another state)
    assert unnamed_parties.SHIPS | event_parties.WARSHIPS <= event_parties.SPEECHLESS
    assert party_reference.ARMED | {"junta"} <= party_reference.RULERS


def test_a_good_file_is_read_with_the_parties_as_the_union(tmp_path: Path) -> None:
    nouns = party_noun_lists.load(written(tmp_path))
    assert nouns.people == {"protester", "villager"}
    assert nouns.parties == {"militia", "protester", "villager", "lawmaker"}
    assert nouns.doers == {"gunman"} and nouns.definite_back == {"group"}
    assert nouns.ships == {"tanker"} and nouns.envoys == {"envoy"} and nouns.ruling_words == {"interim"}


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"people": "[protester, Villager]"}, "people: 'Villager'", "lower-case"),
        ({"doers": "gunman"}, "doers:", "expected a list"),
        ({"doers": "{gunman: 1}"}, "doers:", "expected a list"),
        ({"nouns": "[crowd]"}, "nouns", "unknown key"),
        ({"parties": "[militia, gang, militia]"}, "parties: 'militia'", "more than once"),
        ({"legislators": "[lawmaker, '']"}, "legislators: ''", "one word"),
        ({"legislators": "[member of parliament]"}, "legislators: 'member of parliament'", "one word"),
        ({"definite_back": "[group, no]"}, "definite_back: False", "not a word"),
        ({"definite_back": None}, "definite_back", "missing key"),
        ({"envoys": None}, "envoys", "missing key"),
        ({"state_organs": "[ministry, Ministry]"}, "state_organs: 'Ministry'", "lower-case"),
        ({"kinds_of_group": "[armed group]"}, "kinds_of_group: 'armed group'", "one word"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_file_and_field(
    tmp_path: Path, changes: dict[str, str | None], field: str, problem: str
) -> None:
    path = written(tmp_path, **changes)
    with pytest.raises(ConfigError) as refused:
        party_noun_lists.load(path)
    message = str(refused.value)
    assert str(path) in message
    assert field in message
    assert problem in message


def test_a_file_that_is_no_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "party_nouns.yaml"
    path.write_text("- protester\n")
    with pytest.raises(ConfigError, match="expected a mapping"):
        party_noun_lists.load(path)
