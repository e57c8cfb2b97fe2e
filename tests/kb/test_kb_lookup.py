"""How surface forms are matched: folding, acronyms, plurals, possessives, compounds, prefixes."""

from __future__ import annotations

import pytest

from watchfloor.kb import KnowledgeBase, fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shahed-136", "Shahed 136"),
        ("Shahed-136", "shahed136"),
        ("Deir-ez-Zor", "Deir ez Zor"),
        ("Sana’a", "Sana'a"),
        ("Sana'a", "Sanaa"),
        ("the Kremlin", "Kremlin"),
        ("The Kremlin", "KREMLIN"),
        ("Ḩamāh", "Hamah"),
        ("Türkiye", "Turkiye"),
        ("Iran–Russia", "Iran-Russia"),
    ],
)
def test_fold_ignores_what_it_should(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(("a", "b"), [("U.S.", "US"), ("Theodore", "odore"), ("Su-35", "Su-25")])
def test_fold_keeps_what_it_should(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_short_acronyms_need_capitals(kb: KnowledgeBase) -> None:
    assert [e.country for e in kb.lookup("US")] == ["USA"]
    assert kb.lookup("us") == []
    assert kb.lookup("who") == [] and kb.lookup("WHO") != []
    assert kb.title("pm") is None and kb.title("PM") is not None
    # longer acronyms and names stay case-insensitive
    assert kb.lookup("irgc") == kb.lookup("IRGC")
    assert kb.lookup("Nato") == kb.lookup("NATO")


def test_plural_weapons_and_possessives(kb: KnowledgeBase) -> None:
    assert [e.name for e in kb.lookup("Su-35s")] == ["Su-35"]
    assert [e.name for e in kb.lookup("Shahed-136s")] == ["Shahed-136"]
    assert [e.name for e in kb.lookup("F-35s")] == ["F-35"]
    assert [e.name for e in kb.lookup("s-300")] == ["S-300"]
    assert [e.name for e in kb.lookup("Iran's")] == ["Iran"]
    assert [e.name for e in kb.lookup("Russia’s")] == ["Russia"]
    assert kb.lookup("Irans") == []  # the plural rule is for weapons only


def test_compound_adjectives(kb: KnowledgeBase) -> None:
    assert kb.countries_in("Russo-Iranian") == ["RUS", "IRN"]
    assert kb.countries_in("Iran-Russia") == ["IRN", "RUS"]
    assert kb.countries_in("Sino-Russian") == ["CHN", "RUS"]
    assert kb.countries_in("Iranian") == []
    assert kb.countries_in("Shahed-136") == []


def test_shared_demonyms_are_ambiguous(kb: KnowledgeBase) -> None:
    assert kb.demonym("Korean") is None
    assert {e.country for e in kb.lookup("Korean")} == {"PRK", "KOR"}
    assert kb.demonym("North Korean") == "PRK"


def test_longest_match_prefers_the_longer_name(kb: KnowledgeBase) -> None:
    found, words = kb.longest_match("IRGC Quds Force commander Esmail Qaani")
    assert words == 3 and found[0].entity.id == "irgc-qf"
    assert kb.longest_match("nothing known here") == ([], 0)


def test_longest_title(kb: KnowledgeBase) -> None:
    found = kb.longest_title("Defense and Armed Forces Logistics Minister Mohammad Reza Ashtiani")
    assert found is not None and found[1] == 6
    rank = kb.longest_title("Brigadier General Esmail Qaani")
    assert rank is not None and (rank[0].kind, rank[1]) == ("rank", 2)


def test_ambiguous_ministries_list_every_candidate(kb: KnowledgeBase) -> None:
    countries = {m.entity.country for m in kb.matches("Foreign Ministry")}
    assert {"IRN", "RUS", "SYR", "USA"} <= countries
    assert {m.via for m in kb.matches("Foreign Ministry")} == {"ambiguous_alias"}
    [iran] = kb.lookup("Iranian Foreign Ministry")
    assert iran.country == "IRN"


def test_entity_by_id_and_plover_check(kb: KnowledgeBase) -> None:
    assert kb.entity("organization", "irgc") is not None
    assert kb.entity("state", "IRN") is kb.state("irn")
    assert kb.check_plover("CONSULT", "visit").code == "CONSULT"
