from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import ConfigError
from watchfloor.nlp.triggers import Lexicon, load_lexicon


def test_the_shipped_lexicon_loads_and_covers_every_plover_type() -> None:
    lexicon = load_lexicon()
    types = {t.type for triggers in (*lexicon.verbs.values(), *lexicon.nouns.values()) for t in triggers}
    assert len(types) == 16
    assert lexicon.verbs["sign"][0].type == "AGREE"
    assert lexicon.verbs["draw down"][0].type == "RETREAT"
    assert lexicon.nouns["airstrike"][0].mode == "aerial"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("GREET:\n  verbs: [hug]\n", "unknown PLOVER type 'GREET'"),
        ("ASSAULT:\n  verbs: [shell]\n  modes:\n    laser: [shell]\n", "unknown PLOVER mode 'laser'"),
        ("AGREE:\n  verbs: sign\n", "expected a list of words"),
        ("AGREE:\n  verb: [sign]\n", "expected keys"),
        ("AGREE: [sign\n", "cannot read the trigger lexicon"),
        ("- AGREE\n", "expected a mapping"),
    ],
)
def test_a_malformed_lexicon_is_refused_with_the_file_and_the_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(content)
    with pytest.raises(ConfigError) as caught:
        load_lexicon(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_an_analyst_extends_the_lexicon_from_an_extra_directory(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "triggers.yaml").write_text("SANCTION:\n  verbs: [blacklist, delist]\n")
    monkeypatch.setenv("WATCHFLOOR_KB_EXTRA", str(tmp_path))
    lexicon = load_lexicon()
    assert lexicon.verbs["delist"][0].type == "SANCTION"
    assert lexicon.verbs["sign"][0].type == "AGREE"  # the shipped lexicon is still there


def accepted(tmp_path: Path, text: str) -> Lexicon:
    """The lexicon of a file of `text`, which is accepted."""
    good = tmp_path / "good.yaml"
    good.write_text(text)
    return load_lexicon(good)


def refused(tmp_path: Path, text: str, problem: str) -> None:
    """A lexicon file of `text` is refused with an error naming `problem`."""
    bad = tmp_path / "triggers.yaml"
    bad.write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_lexicon(bad)


def test_a_conditional_inverse_word_needs_its_objects(tmp_path: Path) -> None:
    refused(
        tmp_path,
        "ASSAULT:\n  verbs: [strike, destroy]\n  inverse_on: [destroy]\n",
        r"ASSAULT\.inverse_on: needs `inverse_objects`",
    )
    refused(
        tmp_path,
        "ASSAULT:\n  verbs: [strike]\n  inverse_on: [destroy]\n  inverse_objects: [drone]\n",
        r"ASSAULT\.inverse_on: destroy not among its verbs or nouns",
    )
    refused(
        tmp_path,
        "ASSAULT:\n  verbs: [destroy]\n  inverse_on: [destroy]\n  inverse_objects: [cruise missile]\n",
        r"ASSAULT\.inverse_objects: one word each",
    )
    lexicon = accepted(
        tmp_path,
        "ASSAULT:\n  verbs: [strike, destroy]\n  inverse_on: [destroy]\n  inverse_objects: [drone]\n",
    )
    assert lexicon.inverse_objects["ASSAULT"] == frozenset({"drone"})


def test_a_word_that_is_the_type_only_with_its_objects_is_one_of_its_inverse_on_words(tmp_path: Path) -> None:
    refused(
        tmp_path,
        "ASSAULT:\n  verbs: [strike, intercept]\n  inverse_only: [intercept]\n",
        r"ASSAULT\.inverse_only: intercept not among its inverse_on words",
    )
    lexicon = accepted(
        tmp_path,
        "ASSAULT:\n  verbs: [intercept]\n  inverse_on: [intercept]\n  inverse_objects: [drone]\n"
        "  inverse_only: [intercept]\n",
    )
    assert lexicon.inverse_only["ASSAULT"] == frozenset({"intercept"})


def test_an_idiom_pairs_one_of_the_types_verbs_with_an_object_noun(tmp_path: Path) -> None:
    refused(
        tmp_path,
        "COERCE:\n  verbs: [seize, take]\n  idioms: [hold place]\n",
        r"triggers\.yaml: COERCE\.idioms: 'hold place' should be",
    )
    refused(
        tmp_path,
        "COERCE:\n  verbs: [take]\n  idioms: [take the stage]\n",
        r"COERCE\.idioms: 'take the stage'",
    )
    lexicon = accepted(tmp_path, "COERCE:\n  verbs: [take]\n  idioms: [take effect]\n")
    assert lexicon.idioms["COERCE"] == frozenset({("take", "effect")})


def test_a_lasting_noun_is_one_of_the_types_nouns(tmp_path: Path) -> None:
    refused(
        tmp_path,
        "ASSAULT:\n  nouns: [attack]\n  lasting: [war]\n",
        r"triggers\.yaml: ASSAULT\.lasting: war not among its nouns",
    )
    lexicon = accepted(tmp_path, "ASSAULT:\n  nouns: [attack, war]\n  lasting: [war]\n")
    assert lexicon.lasting == frozenset({"war"})


@pytest.mark.parametrize(
    ("key", "kind", "own", "word"),
    [("mutual", "ASSAULT", "strike", "clash"), ("joint", "COOPERATE", "cooperate", "help")],
)
def test_a_mutual_or_joint_word_is_one_of_the_types_own(
    tmp_path: Path, key: str, kind: str, own: str, word: str
) -> None:
    refused(
        tmp_path,
        f"{kind}:\n  verbs: [{own}]\n  {key}: [{word}]\n",
        rf"{kind}\.{key}: {word} not among its verbs or nouns",
    )
    lexicon = accepted(tmp_path, f"{kind}:\n  verbs: [{own}, {word}]\n  {key}: [{word}]\n")
    assert getattr(lexicon, key)[kind] == frozenset({word})


def test_an_official_word_is_another_types_word(tmp_path: Path) -> None:
    refused(
        tmp_path,
        "ACCUSE:\n  verbs: [accuse]\n  official: [picket]\n",
        r"ACCUSE\.official: 'picket' is no type's verb or noun",
    )
    lexicon = accepted(
        tmp_path, "PROTEST:\n  verbs: [protest]\nACCUSE:\n  verbs: [accuse]\n  official: [protest]\n"
    )
    assert [t.type for t in lexicon.verbs["protest"]] == ["PROTEST"]  # its own reading stays
    assert [t.type for t in lexicon.official["protest"]] == ["ACCUSE"]


def test_a_reading_by_object_pairs_a_verb_with_an_object(tmp_path: Path) -> None:
    refused(
        tmp_path,
        "ASSAULT:\n  verbs: [target]\nSANCTION:\n  verbs: [sanction]\n  by_object: [target]\n",
        r"SANCTION\.by_object: 'target' should be a verb and its object's head noun",
    )
    lexicon = accepted(
        tmp_path,
        "ASSAULT:\n  verbs: [target]\nSANCTION:\n  verbs: [sanction]\n"
        "  by_object: [target firm, target finance network]\n",
    )
    assert [t.type for t in lexicon.by_object[("target", "finance network")]] == ["SANCTION"]
    assert [t.type for t in lexicon.verbs["target"]] == ["ASSAULT"]  # its own reading stays
    # a verb that is no trigger alone reads by its object ("dropped bombs on", not "dropped a bid")
    (tmp_path / "second").mkdir()  # (another file: lexicons are loaded once per path)
    lexicon = accepted(tmp_path / "second", "ASSAULT:\n  verbs: [strike]\n  by_object: [drop bomb]\n")
    assert [t.type for t in lexicon.by_object[("drop", "bomb")]] == ["ASSAULT"]
    assert "drop" not in lexicon.verbs


def test_recipient_prepositions_are_words(tmp_path: Path) -> None:
    refused(  # (YAML reads a bare on as true)
        tmp_path,
        "MOBILIZE:\n  verbs: [deploy]\n  recipient_preps: [to, on]\n",
        r"MOBILIZE\.recipient_preps: expected a list of words",
    )
    preps = load_lexicon().verbs["deploy"][0].recipient_preps
    assert "on" in preps and "off" in preps


def test_a_commanding_idiom_takes_every_other_types_noun(tmp_path: Path) -> None:
    refused(
        tmp_path,
        "AGREE:\n  verbs: [sign]\n  idioms: [order **]\n",
        r"AGREE\.idioms: 'order \*\*' should be one of its verbs",
    )
    lexicon = accepted(
        tmp_path,
        "AGREE:\n  verbs: [order]\n  nouns: [purchase]\n  idioms: [order **]\n"
        "RETREAT:\n  nouns: [release, purchase]\n",
    )
    # (a noun of its own type too is no command: "ordered the purchase of ...")
    assert lexicon.idioms["AGREE"] == frozenset({("order", "release")})
