"""How candidates are weighed: one additive score, the highest wins.

    score = kind prior + log10(population) + capital or seat + name match + document countries

- Kind prior: a state's name beats a town named like it ("Jordan" the country, not a town in
  Hong Kong); the knowledge base's sites and place spellings, being curated, beat GeoNames towns;
  a region beats a town, unless the region is only named by its bare name and the town is its
  namesake seat ("Kharkiv" the city, "Kharkiv Oblast" the region; see `namesakes`).
- Standing: a national capital (CAPITAL_BONUS) or a region's seat (SEAT_BONUS).
- Name match: the place's own name beats one of GeoNames' alternate names; a match found only
  once articles or division words were dropped, or only by skeleton, costs a little (index.py).
- A division word in the name ("Kharkiv Oblast", "Homs Governorate") favours the region, "City"
  favours the city.
- Document countries add up to CONTEXT_BONUS, in proportion to their weight over the heaviest
  one: enough for Tripoli (Lebanon) to beat Tripoli (Libya) in a text about Lebanon, and for the
  US state to beat the country Georgia only when the United States clearly dominate, not enough
  for Vienna, Virginia, to beat the capital of Austria.

A town outside the document's countries must also be credible on its own (gazetteer.py): a
capital or a city of a million, or MIN_POPULATION people (MIN_POPULATION_ALTERNATE when matched
by an alternate name), and not word-like. A town matched only by an alternate name is held to
that unless its country is one of the document's main ones (MAIN_COUNTRY).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from watchfloor.geo.index import Match, Rows
from watchfloor.geo.names import Hint
from watchfloor.geo.place import Place

PRIOR_COUNTRY = 12.0
PRIOR_VARIANT = 11.0  # a place spelling of the knowledge base
PRIOR_SITE = 10.0
PRIOR_REGION = 8.5
CAPITAL_BONUS = 3.0
SEAT_BONUS = 1.5  # the namesake town of a region: its seat, as a rule (Herat, Kharkiv, Homs)
KIND_HINT_BONUS = 5.0
CONTEXT_BONUS = 4.5

BIG_CITY = 1_000_000  # a city this big (or a capital) needs no context even for a word-like name
MIN_POPULATION = 10_000  # a city outside the document's countries, matched by its own name
MIN_POPULATION_ALTERNATE = 200_000  # ... matched by one of GeoNames' alternate names
MAIN_COUNTRY = 0.5  # a country weighing this much of the heaviest is one of the document's own
NAMESAKE_KM = 350.0
NAMESAKE_POPULATION = 10_000


def city_base(population: int, capital: bool) -> float:
    return math.log10(population + 1) + (CAPITAL_BONUS if capital else 0.0)


def is_namesake(city: Place, region: Place) -> bool:
    """Whether a town could be the seat a region is named after: same country, near, sizeable."""
    return (
        city.kind == "city"
        and city.country == region.country
        and city.population >= NAMESAKE_POPULATION
        and city.distance_km(region.lat, region.lon) <= NAMESAKE_KM
    )


def normalise(countries: Mapping[str, float]) -> dict[str, float]:
    """Country weights scaled so that the heaviest is 1; non-positive weights dropped."""
    top = max((w for w in countries.values() if w > 0), default=0.0)
    if top <= 0:
        return {}
    return {code.upper(): w / top for code, w in countries.items() if w > 0}


def kind_bonus(place: Place, hint: Hint) -> float:
    if hint is None:
        return 0.0
    return KIND_HINT_BONUS if place.kind == hint else 0.0


def namesakes(places: Rows[Place], matches: list[Match]) -> list[Match]:
    """Drop a region named only by its bare name when a sizeable town of that name lies in the same
    country near it: "Kharkiv" or "Homs" means the city, "Kharkiv Oblast" the region (and a region
    called by one of its own names, "Donbas", stays)."""
    cities = [places[m.index] for m in matches if places[m.index].kind == "city"]
    if not cities:
        return matches
    kept = []
    for match in matches:
        place = places[match.index]
        if place.kind == "region" and match.bare and any(is_namesake(c, place) for c in cities):
            continue
        kept.append(match)
    return kept
