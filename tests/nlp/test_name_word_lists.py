"""The checks of `data/entities/name_words.yaml`: the words that read a name and its context."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.nlp import body_names, mentions, name_context, name_word_lists, outlets

GOOD = {
    "person_nouns": "[woman, journalist]",
    "portfolios": "[health, defence]",
    "bare_office_words": "[former]",
    "government_bodies": "[Ministry, Armed Forces]",
    "international_bodies": "[United Nations, U.N.]",
    "press": "[reporter]",
    "outlet_nouns": "[agency]",
    "inquiring": "[ask]",
    "speaking_to": "[tell]",
    "news_services": "[agency]",
    "news_service_words": "[news]",
}
# each moved list, as the module that uses it names it
ALIASES = {
    "portfolios": (name_context, "PORTFOLIOS"),
    "press": (outlets, "PRESS"),
    "outlet_nouns": (outlets, "OUTLET_NOUNS"),
    "inquiring": (outlets, "INQUIRING"),
    "speaking_to": (outlets, "SPEAKING_TO"),
    "news_services": (outlets, "NEWS_SERVICES"),
    "news_service_words": (outlets, "NEWS_SERVICE_WORDS"),
}


def written(tmp_path: Path, **changes: str | None) -> Path:
    """A file of the good lists with `changes` made (None leaves a list out)."""
    lists = {**GOOD, **changes}
    path = tmp_path / "name_words.yaml"
    path.write_text(
        "".join(f"{key}: {value}\n" for key, value in lists.items() if value is not None), encoding="utf-8"
    )
    return path


def test_the_shipped_file_has_every_list_and_the_modules_use_them() -> None:
    shipped = name_word_lists.load()
    assert set(name_word_lists.KEYS) == set(GOOD) and set(name_word_lists.NAMES) <= set(GOOD)
    assert all(isinstance(getattr(shipped, key), frozenset) and getattr(shipped, key) for key in GOOD)
    for key, (module, name) in ALIASES.items():
        assert getattr(module, name) == getattr(shipped, key), f"{module.__name__}.{name}"
    assert mentions.PORTFOLIOS is name_context.PORTFOLIOS and {"health", "defence"} <= mentions.PORTFOLIOS
    assert shipped.bare_office_words | {"the", "by", "as"} == name_context._BARE_OFFICE_WORDS
    assert {"spy", "traveller", "actress"} <= shipped.person_nouns and "tv" in outlets.PRESS
    assert {"Armed Forces", "House of Representatives"} <= shipped.government_bodies
    assert {"U.N.", "Internationale", "Organisation for", "TV"} <= shipped.international_bodies
    assert {"speak", "remark"} <= outlets.SPEAKING and "newswire" in outlets.OUTLET_NOUNS


def test_the_regexes_built_from_the_lists_match_as_the_written_ones_did() -> None:
    def description(pattern: re.Pattern[str], text: str) -> str | None:
        found = pattern.search(text)
        return found.group(1) if found else None

    after = name_context._APPOSITION.match(", a 22-year-old Iranian woman, was", 0)
    assert after is not None and after.group(1) == "22-year-old Iranian "
    assert name_context._APPOSITION.match(", an Iranian-American Journalist", 0) is not None
    assert name_context._APPOSITION.match(", a young Iranian womanizer", 0) is None
    assert description(name_context._DESCRIPTION_BEFORE, "former Russian spy ") == "former Russian "
    assert description(name_context._DESCRIPTION_BEFORE, "former Russian spymaster ") is None
    assert description(name_context._APPOSITION_BEFORE, "of a young Iranian woman, ") == "young Iranian "
    for government in ("the Foreign Affairs Ministry", "Iraqi Armed Forces"):
        assert body_names.GOVERNMENT_BODY.search(government), government
    for name in ("the ministry", "Armies"):
        assert not body_names.GOVERNMENT_BODY.search(name), name
    international = ("International Crisis Group", "Socialist Internationale", "European Union",
                     "U.N. Security Council", "Médecins Sans Frontières")  # fmt: skip
    for name in international:
        assert body_names.INTERNATIONAL_BODY.search(name), name
    for name in ("Internationals", "Europeans Party", "Organizations for Peace", "UNICEF"):
        assert not body_names.INTERNATIONAL_BODY.search(name), name  # (whole words, case kept)


def test_an_alternation_is_literal_and_longest_first() -> None:
    assert name_word_lists.alternation(["Europe", "U.N.", "European"]) == r"(?:European|Europe|U\.N\.)"
    assert re.fullmatch(name_word_lists.alternation(["U.N."]), "UXNX") is None


def test_a_good_file_is_read(tmp_path: Path) -> None:
    words = name_word_lists.load(written(tmp_path))
    assert words.person_nouns == {"woman", "journalist"} and words.bare_office_words == {"former"}
    assert words.government_bodies == {"Ministry", "Armed Forces"}
    assert words.international_bodies == {"United Nations", "U.N."} and words.news_service_words == {"news"}


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"person_nouns": "[woman, Spy]"}, "person_nouns: 'Spy'", "lower-case"),
        ({"portfolios": "health"}, "portfolios:", "expected a list of lemmas"),
        ({"press": "{reporter: 1}"}, "press:", "expected a list"),
        ({"outlets": "[agency]"}, "outlets", "unknown key"),
        ({"inquiring": "[ask, contact, ask]"}, "inquiring: 'ask'", "more than once"),
        ({"speaking_to": "[tell, '']"}, "speaking_to: ''", "one word"),
        ({"bare_office_words": "[then president]"}, "bare_office_words: 'then president'", "one word"),
        ({"news_services": "[agency, off]"}, "news_services: False", "not a word"),
        ({"person_nouns": None}, "person_nouns", "missing key"),
        ({"news_service_words": None}, "news_service_words", "missing key"),
        ({"government_bodies": "Ministry"}, "government_bodies:", "expected a list of names"),
        ({"government_bodies": "[Army, 'Armed  Forces']"}, "government_bodies: 'Armed  Forces'", "one space"),
        ({"government_bodies": "[' Senate']"}, "government_bodies: ' Senate'", "none around"),
        ({"international_bodies": "[UN, '']"}, "international_bodies: ''", "one space"),
        ({"international_bodies": "[NATO, 3]"}, "international_bodies: 3", "not a word"),
        ({"international_bodies": "[World, UN, World]"}, "international_bodies: 'World'", "more than once"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_file_and_field(
    tmp_path: Path, changes: dict[str, str | None], field: str, problem: str
) -> None:
    path = written(tmp_path, **changes)
    with pytest.raises(ConfigError) as refused:
        name_word_lists.load(path)
    message = str(refused.value)
    assert str(path) in message
    assert field in message
    assert problem in message


def test_a_file_that_is_no_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "name_words.yaml"
    path.write_text("- woman\n")
    with pytest.raises(ConfigError, match="expected a mapping"):
        name_word_lists.load(path)


def test_a_file_that_is_no_yaml_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "name_words.yaml"
    path.write_text("person_nouns: [woman\n")
    with pytest.raises(ConfigError, match="cannot read the name words") as refused:
        name_word_lists.load(path)
    assert str(path) in str(refused.value)
