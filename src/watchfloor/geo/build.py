"""Building the gazetteer's index from its sources, in an order that lets later ones join earlier
ones: states, regions, GeoNames places, then the knowledge base's sites and place spellings (a
spelling of a region or of a GeoNames place is added to it rather than made a place of its own),
and last the seats of regions (their namesake towns), which get the seat bonus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from watchfloor.geo.cities import CityRecord, capitals, country_populations
from watchfloor.geo.index import PlaceIndex
from watchfloor.geo.names import bare_of_key, exact_key
from watchfloor.geo.place import Place
from watchfloor.geo.regions import Region
from watchfloor.geo.scoring import (
    BIG_CITY,
    PRIOR_COUNTRY,
    PRIOR_REGION,
    PRIOR_SITE,
    PRIOR_VARIANT,
    SEAT_BONUS,
    city_base,
    is_namesake,
)
from watchfloor.kb import KnowledgeBase

SKELETON_POPULATION = 10_000  # smaller towns are not matched by skeleton (too many look-alikes)
RegionNames = dict[tuple[str | None, str], int]  # (country, exact key of a name) -> region number


@dataclass
class BuiltIndex:
    """The index and what the gazetteer keeps beside it."""

    index: PlaceIndex = field(default_factory=PlaceIndex)
    states: dict[str, Place] = field(default_factory=dict)  # ISO alpha-3 -> the state's place
    notable: set[int] = field(default_factory=set)  # capitals and cities of a million


def build_index(kb: KnowledgeBase, regions: Iterable[Region], cities: Iterable[CityRecord]) -> BuiltIndex:
    built = BuiltIndex()
    add_states(built, kb)
    region_names: RegionNames = {}
    for region in regions:
        number = built.index.add(region.place, PRIOR_REGION, region.names)
        region_names.update({(region.place.country, exact_key(n)): number for n in region.names})
    wanted = {v.geonameid for v in kb.place_variants if v.kind == "city" and v.geonameid}
    city_numbers = add_cities(built, cities, kb, wanted)
    add_sites(built.index, kb)
    add_variants(built.index, kb, region_names, city_numbers)
    mark_seats(built.index, region_names)
    return built


def add_states(built: BuiltIndex, kb: KnowledgeBase) -> None:
    populations = country_populations()
    for state in kb.states:
        place = Place(
            state.name,
            "country",
            state.lat,
            state.lon,
            state.iso3,
            f"state:{state.iso3}",
            populations.get(state.iso3, 0),
        )
        names = [state.name, *state.aliases, *state.ambiguous_aliases]
        if state.official_name:
            names.append(state.official_name)
        built.index.add(place, PRIOR_COUNTRY, names, fuzzy=False)  # states are not misspelt
        built.states[state.iso3] = place


def add_cities(
    built: BuiltIndex, cities: Iterable[CityRecord], kb: KnowledgeBase, wanted: set[int]
) -> dict[int, int]:
    """Index the GeoNames places; returns the numbers of those whose ids are `wanted`."""
    seats = set(capitals()) | {(s.iso3, exact_key(s.capital)) for s in kb.states if s.capital}
    numbers: dict[int, int] = {}
    for city in cities:
        capital = (city.country or "", city.key) in seats
        place = Place(
            city.name, "city", city.lat, city.lon, city.country, f"geonames:{city.geonameid}", city.population
        )
        base = city_base(city.population, capital)
        fuzzy = city.population >= SKELETON_POPULATION
        number = built.index.add_keys(place, base, (city.key,), city.alternate_keys, fuzzy)
        if capital or city.population >= BIG_CITY:
            built.notable.add(number)
        if city.geonameid in wanted:
            numbers[city.geonameid] = number
    return numbers


def add_sites(index: PlaceIndex, kb: KnowledgeBase) -> None:
    for site in kb.sites:
        place = Place(site.name, "site", site.lat, site.lon, site.country, f"site:{site.id}")
        index.add(place, PRIOR_SITE, [site.name, *site.aliases, *site.ambiguous_aliases])


def add_variants(
    index: PlaceIndex, kb: KnowledgeBase, region_names: RegionNames, city_numbers: dict[int, int]
) -> None:
    """The knowledge base's place spellings: added to the region or GeoNames place they name, or,
    for a place neither has, indexed as a place of their own."""
    for variant in kb.place_variants:
        names = [variant.name, *variant.variants]
        if variant.kind == "city" and variant.geonameid in city_numbers:
            index.add_names(city_numbers[variant.geonameid], names)
            continue
        if variant.kind == "region":
            keys = [(variant.country, exact_key(n)) for n in names]
            known = next((region_names[k] for k in keys if k in region_names), None)
            if known is not None:
                index.add_names(known, names)
                continue
        ident = f"geonames:{variant.geonameid}" if variant.geonameid else f"place:{variant.id}"
        place = Place(variant.name, variant.kind, variant.lat, variant.lon, variant.country, ident)
        index.add(place, PRIOR_VARIANT, names)


def mark_seats(index: PlaceIndex, region_names: RegionNames) -> None:
    """Give each region's namesake town (its seat, as a rule: Herat, Kharkiv) the seat bonus."""
    places, seats = index.places, set()
    for (_, key), region in region_names.items():
        towns = [n for n in index.numbers(bare_of_key(key)[0]) if is_namesake(places[n], places[region])]
        if towns:
            seats.add(max(towns, key=lambda n: places[n].population))
    for number in seats:
        index.base[number] += SEAT_BONUS
