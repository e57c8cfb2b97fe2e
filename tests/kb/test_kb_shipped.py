"""The shipped knowledge base loads clean, covers what it promises and answers the key look-ups."""

from __future__ import annotations

import pycountry
import pytest

from watchfloor.kb import (
    DATA_DIR,
    NON_ISO_COUNTRIES,
    PLOVER_TYPES,
    KnowledgeBase,
    Organization,
    Person,
    Site,
    State,
    Weapon,
    WeaponFamily,
    clear_cache,
    load_kb,
)
from watchfloor.kb.files import FILES


def test_every_knowledge_file_loads_without_error() -> None:
    """REQUIRED: loading checks every file for malformed entries, duplicate ids, a name pointing at
    two entities, unknown PLOVER types or modes and invalid country codes; any of them fails here."""
    clear_cache()
    kb = load_kb(DATA_DIR, extra=())
    for file_name in FILES:
        assert (DATA_DIR / file_name).is_file(), f"{file_name} is missing from the package"
    assert kb.directories == (DATA_DIR.resolve(),)


def test_every_country_code_is_iso_or_allowed(kb: KnowledgeBase) -> None:
    iso = {c.alpha_3 for c in pycountry.countries} | set(NON_ISO_COUNTRIES)
    codes = [s.iso3 for s in kb.states]
    codes += [e.country for e in (*kb.organizations, *kb.people, *kb.weapons, *kb.sites) if e.country]
    codes += [p.country for p in kb.place_variants]
    codes += [o.country for p in kb.people for o in p.offices if o.country]
    assert not [code for code in codes if code not in iso]


def test_states_cover_the_un_the_four_others_and_the_flag_states_in_free_association(
    kb: KnowledgeBase,
) -> None:
    assert len(kb.states) == 199
    for code in ("PSE", "XKX", "TWN", "VAT", "COK", "NIU", "USA", "RUS", "IRN", "SYR", "BLR", "PRK", "TUR"):
        assert kb.state(code) is not None, code
    assert kb.state("RUS").name == "Russia"  # type: ignore[union-attr]
    assert kb.state("PRK").name == "North Korea"  # type: ignore[union-attr]
    assert kb.state("TUR").name == "Turkey"  # type: ignore[union-attr]


def test_plover_has_its_sixteen_types_and_quads(kb: KnowledgeBase) -> None:
    assert tuple(t.code for t in kb.plover_types) == PLOVER_TYPES
    assault = kb.plover_type("assault")
    assert assault is not None and assault.quad == "material_conflict"
    assert assault.mode("drone") is not None
    consult = kb.plover_type("CONSULT")
    assert consult is not None and {m.name for m in consult.modes} >= {"visit", "phone", "multilateral"}
    assert kb.plover_type("AGREE").quad == "verbal_cooperation"  # type: ignore[union-attr]


def test_loading_is_cached() -> None:
    # how long loading takes is printed by `watchfloor bench`, not asserted here
    clear_cache()
    first = load_kb()
    assert load_kb() is first
    clear_cache()
    assert load_kb() is not first


def test_tehran_is_a_metonym_of_iran(kb: KnowledgeBase) -> None:
    [match] = kb.matches("Tehran")
    assert isinstance(match.entity, State) and match.entity.iso3 == "IRN"
    assert match.via == "metonym"


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("Iranian", "IRN"), ("Iranians", "IRN"), ("Belarussian", "BLR"), ("American", "USA"), ("Russo", "RUS")],
)
def test_demonyms(kb: KnowledgeBase, word: str, iso3: str) -> None:
    assert kb.demonym(word) == iso3
    assert [e.country for e in kb.lookup(word)] == [iso3]


@pytest.mark.parametrize("surface", ["the Kremlin", "Kremlin", "Moscow"])
def test_kremlin_and_moscow_stand_for_russia(kb: KnowledgeBase, surface: str) -> None:
    [entity] = kb.lookup(surface)
    assert isinstance(entity, State) and entity.iso3 == "RUS"


@pytest.mark.parametrize("surface", ["US", "U.S.", "the United States", "America", "Washington"])
def test_united_states_forms(kb: KnowledgeBase, surface: str) -> None:
    assert [e.country for e in kb.lookup(surface)] == ["USA"]


def test_irgc_is_an_iranian_military_organization(kb: KnowledgeBase) -> None:
    for surface in ("IRGC", "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guards Corps"):
        [org] = kb.lookup(surface)
        assert isinstance(org, Organization)
        assert (org.id, org.country, org.kind, org.type) == ("irgc", "IRN", "military", "ORG")
    [quds] = kb.lookup("Quds Force")
    assert isinstance(quds, Organization) and quds.parent == "irgc"


def test_shahed_kamikaze_drones_resolve_to_the_shahed_family(kb: KnowledgeBase) -> None:
    family = kb.weapon_family("Shahed kamikaze drones")
    assert isinstance(family, WeaponFamily)
    assert (family.name, family.country, family.kind, family.assault_mode) == (
        "Shahed",
        "IRN",
        "drone",
        "drone",
    )
    found, words = kb.longest_match("Shahed kamikaze drones")
    assert words == 3 and found[0].entity is family
    found, words = kb.longest_match("Shahed attack drones struck Kyiv")
    assert words == 1 and found[0].entity is family
    [shahed136] = kb.lookup("Shahed-136")
    assert isinstance(shahed136, Weapon) and kb.family_of(shahed136) is family
    assert shahed136 in kb.members(family)


def test_site_coordinates(kb: KnowledgeBase) -> None:
    tanf = kb.site("al-Tanf")
    assert isinstance(tanf, Site)
    assert (tanf.country, tanf.operator, tanf.type) == ("SYR", "USA", "FAC")
    assert tanf.lat == pytest.approx(33.50, abs=0.05) and tanf.lon == pytest.approx(38.66, abs=0.05)
    alabuga = kb.site("Alabuga Special Economic Zone")
    assert alabuga is not None and alabuga.country == "RUS"
    assert alabuga.lat == pytest.approx(55.8, abs=0.1) and alabuga.lon == pytest.approx(52.2, abs=0.1)


def test_people_surnames_and_transliterations(kb: KnowledgeBase) -> None:
    for surface in ("Abdollahian", "Amirabdollahian", "Hossein Amir Abdollahian"):
        [person] = kb.lookup(surface)
        assert person.name == "Hossein Amir Abdollahian" and person.country == "IRN"
    for surface in ("Ashtiani", "Gharaei Ashtiani", "Mohammad Reza Ashtiani"):
        [person] = kb.lookup(surface)
        assert person.name == "Mohammad Reza Gharaei Ashtiani"
    assert {p.name for p in kb.lookup("Raeisi")} == {"Ebrahim Raisi"}
    shared = kb.matches("Bagheri")
    assert {m.entity.name for m in shared} == {"Mohammad Bagheri", "Ali Bagheri Kani"}
    assert {m.via for m in shared} == {"ambiguous_alias"}


def test_offices_by_date(kb: KnowledgeBase) -> None:
    [raisi] = kb.lookup("Raisi")
    assert isinstance(raisi, Person)
    office = raisi.office_on("2023-07-31")
    assert office is not None and (office.title, office.country) == ("President", "IRN")
    assert raisi.office_on("2025") is None
    [khrenin] = kb.lookup("Khrenin")
    assert isinstance(khrenin, Person) and khrenin.rank == "Lieutenant General"
    assert khrenin.office_on("2023-07").org == "belarus-mod"  # type: ignore[union-attr]


def test_place_variants_and_titles(kb: KnowledgeBase) -> None:
    deir = kb.place_variant("Deir-ez-Zor")
    assert deir is not None and (deir.name, deir.country, deir.kind) == ("Deir ez-Zor", "SYR", "city")
    tatarstan = kb.place_variant("Tatarstan")
    assert tatarstan is not None and tatarstan.kind == "region" and tatarstan.country == "RUS"
    assert kb.title("Foreign Affairs Minister").name == "Foreign Minister"  # type: ignore[union-attr]
    assert kb.title("Brig. Gen.").kind == "rank"  # type: ignore[union-attr]
    assert kb.title("Defense and Armed Forces Logistics Minister").kind == "office"  # type: ignore[union-attr]
