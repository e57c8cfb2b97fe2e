"""The checks of `data/events/party_nouns.yaml`: the nouns that stand for an unnamed party."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.nlp import event_evidence, party_noun_lists

GOOD = {
    "people": "[protester, villager]",
    "legislators": "[lawmaker]",
    "parties": "[militia, protester]",
    "doers": "[gunman]",
    "definite_back": "[group]",
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


def test_a_good_file_is_read_with_the_parties_as_the_union(tmp_path: Path) -> None:
    nouns = party_noun_lists.load(written(tmp_path))
    assert nouns.people == {"protester", "villager"}
    assert nouns.parties == {"militia", "protester", "villager", "lawmaker"}
    assert nouns.doers == {"gunman"} and nouns.definite_back == {"group"}


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
