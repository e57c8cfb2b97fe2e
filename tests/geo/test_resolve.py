"""Resolution on the real data: spellings, kinds, context, junk, qualifiers."""

from __future__ import annotations

import pytest

from watchfloor.geo import Gazetteer, PlaceContext, distance_km

KM = 161.0  # the usual geoparsing yardstick (SCHEMA.md)

DEIR_EZ_ZOR = (35.336, 40.141)
YELABUGA = (55.757, 52.054)
GOMEL = (52.434, 30.975)
KYIV = (50.450, 30.524)
HODEIDAH = (14.798, 42.954)
ALBU_KAMAL = (34.452, 40.918)
TARTUS = (34.889, 35.887)
LATAKIA = (35.519, 35.779)
MOSUL = (36.340, 43.130)
ERBIL = (36.191, 44.009)
ISFAHAN = (32.657, 51.677)
QOM = (34.640, 50.876)


@pytest.mark.parametrize(
    ("name", "point"),
    [
        ("Deir ez-Zor", DEIR_EZ_ZOR),
        ("Deir-ez-Zor", DEIR_EZ_ZOR),
        ("Dayr az Zawr", DEIR_EZ_ZOR),
        ("Deir al-Zour", DEIR_EZ_ZOR),
        ("Deir Ezzor", DEIR_EZ_ZOR),
        ("Yelabuga", YELABUGA),
        ("Alabuga", YELABUGA),
        ("Elabuga", YELABUGA),
        ("Gomel", GOMEL),
        ("Homyel", GOMEL),
        ("Homyel'", GOMEL),
        ("Kyiv", KYIV),
        ("Kiev", KYIV),
        ("Hodeidah", HODEIDAH),
        ("Al Hudaydah", HODEIDAH),
        ("al-Hudaydah", HODEIDAH),
        ("Albu Kamal", ALBU_KAMAL),
        ("Abu Kamal", ALBU_KAMAL),
        ("Al Bukamal", ALBU_KAMAL),
        ("Tartus", TARTUS),
        ("Tartous", TARTUS),
        ("Latakia", LATAKIA),
        ("Lattakia", LATAKIA),
        ("Mosul", MOSUL),
        ("Erbil", ERBIL),
        ("Arbil", ERBIL),
        ("Isfahan", ISFAHAN),
        ("Esfahan", ISFAHAN),
        ("Qom", QOM),
        ("Qum", QOM),
    ],
)
def test_spellings_resolve_to_the_place(gazetteer: Gazetteer, name: str, point: tuple[float, float]) -> None:
    place = gazetteer.resolve(name)
    assert place is not None, name
    assert place.distance_km(*point) <= KM, place


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Tatarstan", "region", "RUS"),
        ("Republic of Tatarstan", "region", "RUS"),
        ("Sistan and Baluchestan", "region", "IRN"),
        ("Sistan-Baluchistan", "region", "IRN"),
        ("Khuzestan", "region", "IRN"),
        ("Kharkiv Oblast", "region", "UKR"),
        ("Kharkiv region", "region", "UKR"),
        ("Deir ez-Zor Governorate", "region", "SYR"),
        ("Kurdistan Region", "region", "IRQ"),
        ("Crimea", "region", "UKR"),
        ("Texas", "region", "USA"),
        ("Jordan", "country", "JOR"),
        ("Georgia", "country", "GEO"),
        ("US", "country", "USA"),
        ("Palestine", "country", "PSE"),
        ("Kharkiv", "city", "UKR"),  # a bare name of a region's seat means the city
        ("Homs", "city", "SYR"),
        ("Gaza", "city", "PSE"),
        ("Gaza Strip", "region", "PSE"),
        ("al-Tanf", "site", "SYR"),
    ],
)
def test_kinds(gazetteer: Gazetteer, name: str, kind: str, country: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None, name
    assert (place.kind, place.country) == (kind, country), place


def test_country_by_code(gazetteer: Gazetteer) -> None:
    jordan = gazetteer.country("jor")
    assert jordan is not None and jordan.kind == "country" and jordan.gazetteer_id == "state:JOR"
    assert gazetteer.country("XYZ") is None


@pytest.mark.parametrize(
    ("name", "countries", "expected"),
    [
        ("Tripoli", {"LBN": 3.0, "SYR": 1.0}, "LBN"),
        ("Tripoli", {"LBY": 2.0, "EGY": 1.0}, "LBY"),
        ("Homs", {"SYR": 1.0}, "SYR"),
        ("Homs", {"LBY": 1.0}, "LBY"),  # Al Khums, which English also writes Homs
        ("Georgia", {"USA": 5.0}, "USA"),  # the US state when the United States dominate
        ("Georgia", {"USA": 1.0, "GEO": 1.0}, "GEO"),
        ("Georgia", {"RUS": 4.0, "USA": 1.0}, "GEO"),
        ("Damascus", {"USA": 1.0, "SYR": 1.0}, "SYR"),
    ],
)
def test_context_decides(gazetteer: Gazetteer, name: str, countries: dict[str, float], expected: str) -> None:
    place = gazetteer.resolve(name, PlaceContext(countries=countries))
    assert place is not None and place.country == expected, place


def test_hint_country_filters(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Tripoli", PlaceContext(hint_country="LBN"))
    assert place is not None and place.country == "LBN"
    # a hint that matches nothing is ignored rather than trusted
    place = gazetteer.resolve("Tehran", PlaceContext(hint_country="BRA"))
    assert place is not None and place.country == "IRN"


@pytest.mark.parametrize(
    "name", ["Of", "Mobile", "Reading", "Bashar", "Nice", "us", "Xqzzyv", "", "  ", "the"]
)
def test_junk_names_resolve_to_nothing(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.resolve(name) is None
    assert gazetteer.resolve(name, PlaceContext(countries={"IRN": 3.0, "SYR": 1.0})) is None


@pytest.mark.parametrize(
    "name",
    ["Middle East", "the Levant", "Africa", "Europe", "Red Sea", "Persian Gulf", "West", "Caucasus"],
)
def test_areas_larger_than_a_country_and_seas_are_not_places(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.resolve(name, PlaceContext(countries={"USA": 1.0, "IRN": 1.0})) is None


@pytest.mark.parametrize("name", ["White House", "Hamas", "Pentagon", "Russians", "Iranian"])
def test_names_of_other_entities_are_not_towns(gazetteer: Gazetteer, name: str) -> None:
    """Organisations, people and demonyms the knowledge base knows do not become towns that
    share their name (White House, Tennessee; Casablanca, whose name means it)."""
    assert gazetteer.resolve(name, PlaceContext(countries={"USA": 1.0, "IRN": 1.0})) is None


def test_possessives_and_loose_spellings(gazetteer: Gazetteer) -> None:
    ukraine = gazetteer.resolve("Ukraine's")
    assert ukraine is not None and ukraine.country == "UKR" and ukraine.kind == "country"
    assert gazetteer.resolve("Ukraines") is None  # no skeleton look-alike (Kearns, Cairns, Korea)


def test_a_region_called_by_its_own_name_is_not_its_seat(gazetteer: Gazetteer) -> None:
    donbas = gazetteer.resolve("Donbas")
    assert donbas is not None and donbas.kind == "region" and donbas.country == "UKR"
    england = gazetteer.resolve("England", PlaceContext(countries={"USA": 1.0}))
    assert england is not None and england.gazetteer_id == "region:GB-ENG"


def test_a_capital_outweighs_a_small_town_in_the_documents_country(gazetteer: Gazetteer) -> None:
    vienna = gazetteer.resolve("Vienna", PlaceContext(countries={"USA": 1.0, "IRN": 1.0}))
    assert vienna is not None and vienna.country == "AUT"


def test_word_like_names_resolve_in_their_country(gazetteer: Gazetteer) -> None:
    mobile = gazetteer.resolve("Mobile", PlaceContext(countries={"USA": 1.0}))
    assert mobile is not None and mobile.country == "USA"
    of = gazetteer.resolve("Of", PlaceContext(hint_country="TUR"))
    assert of is not None and of.country == "TUR"


def test_historical_alternate_names_do_not_beat_a_great_city(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("Alexandria", PlaceContext(countries={"IRN": 1.0}))
    assert place is not None and place.country == "EGY"


def test_a_small_town_known_by_another_name_needs_its_country_to_be_the_documents(
    gazetteer: Gazetteer,
) -> None:
    # "Kashmir" is an alternate name of Cashmere, Washington: in a report on India and Pakistan
    # that names the United States once, the region is meant, which is no place
    south_asia = PlaceContext(countries={"IND": 5.0, "PAK": 5.0, "USA": 1.0})
    assert gazetteer.resolve("Kashmir", south_asia) is None
    cashmere = gazetteer.resolve("Kashmir", PlaceContext(countries={"USA": 5.0}))
    assert cashmere is not None and cashmere.country == "USA"  # a report on the United States may mean it


def test_candidates_lists_every_reading(gazetteer: Gazetteer) -> None:
    found = gazetteer.candidates("Tripoli")
    assert {p.country for p in found} >= {"LBY", "LBN"}
    assert found[0].country == "LBY"
    assert len({p.gazetteer_id for p in found}) == len(found)
    assert gazetteer.candidates("Xqzzyv") == []


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Drones are assembled in Gomel, Belarus, since 2023.", "Gomel", "BLR"),
        ("the plant in Yelabuga, Tatarstan, Russia, makes drones", "Yelabuga", "RUS"),
        ("the plant in Yelabuga, Tatarstan makes drones", "Yelabuga", "RUS"),
        ("a port in Tripoli, Lebanon.", "Tripoli", "LBN"),
        ("Paris, Texas", "Paris", "USA"),
        ("Tehran, Iran's capital, hosted", "Tehran", "IRN"),
        ("Iran, Russia, and China signed", "Iran", None),
        ("Iran, Russia and China signed", "Iran", None),
        ("Iran, Russia, China", "Iran", None),
        ("visits to Tehran, Moscow and Minsk", "Tehran", None),
        ("Gomel and Minsk", "Gomel", None),
        ("Gomel, which lies", "Gomel", None),
    ],
)
def test_find_qualifier(gazetteer: Gazetteer, text: str, mention: str, expected: str | None) -> None:
    end = text.index(mention) + len(mention)
    assert gazetteer.find_qualifier(text, end) == expected


def test_qualifier_as_hint(gazetteer: Gazetteer) -> None:
    text = "a port in Tripoli, Lebanon."
    hint = gazetteer.find_qualifier(text, text.index("Tripoli") + len("Tripoli"))
    place = gazetteer.resolve("Tripoli", PlaceContext(countries={"LBY": 1.0}, hint_country=hint))
    assert place is not None and place.country == "LBN"


def test_distance() -> None:
    assert distance_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.2)
    assert distance_km(*GOMEL, *GOMEL) == 0.0
