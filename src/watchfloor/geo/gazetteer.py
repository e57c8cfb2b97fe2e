"""The gazetteer: one index over states, regions, cities, named sites and place spellings.

    from watchfloor.geo import PlaceContext, load_gazetteer
    gazetteer = load_gazetteer()
    gazetteer.resolve("Tripoli", PlaceContext(countries={"LBN": 3, "SYR": 1}))  # Tripoli, Lebanon
    gazetteer.resolve("Gomel", PlaceContext(hint_country="BLR"))

Sources: the knowledge base's states (names, aliases; the point is the capital's), sites and
place spellings (merged into the region or GeoNames place they name); `data/geo/regions.yaml`
(first-level divisions the GeoNames city files lack, US states included); GeoNames' populated
places of 1,000 people or more (cities.py).

`resolve` is meant for spans already labelled as places (GPE, LOC, FAC): it chooses among the
places a name can mean (scoring.py). It refuses what is not a place: areas larger than a country,
seas and directions ("Middle East", "Red Sea"), demonyms, and towns that merely share the name of
a person, organisation or weapon the knowledge base knows ("White House", "Hamas"); and it refuses
a town whose name is more often an English word or a person's name ("Of", "Mobile", "Reading",
"Bashar") unless its country is in the document or given as a qualifier.

Built by `load_gazetteer` (5.5-6.5 s; see cities.py) once into an SQLite file in the user's
cache (cache.py), which later processes open in milliseconds and read by name (stored.py). A warm
`resolve` takes 1.5-3 microseconds for a name seen before (matches are memoised per name, the
document's countries applied at each call) and about 18 microseconds for a new one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from watchfloor.cache import cached
from watchfloor.geo.build import BuiltIndex, build_index
from watchfloor.geo.cities import CityRecord, load_cities
from watchfloor.geo.index import Match, NameLookup
from watchfloor.geo.names import Hint, bare, exact_key
from watchfloor.geo.place import Place, PlaceContext
from watchfloor.geo.qualifier import find_qualifier as _find_qualifier
from watchfloor.geo.regions import Region, load_regions
from watchfloor.geo.scoring import (
    CONTEXT_BONUS,
    KIND_HINT_BONUS,
    MAIN_COUNTRY,
    MIN_POPULATION,
    MIN_POPULATION_ALTERNATE,
    kind_bonus,
    namesakes,
    normalise,
)
from watchfloor.geo.stored import StoredGazetteer, open_index, write_index
from watchfloor.geo.words import english_words, person_name_parts, wider_areas
from watchfloor.kb import KnowledgeBase, load_kb

MEMO_SIZE = 100_000  # names whose matches are kept between calls
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class _Found:
    """The places a name matches, best static score first, and what the name itself says."""

    matches: tuple[Match, ...]
    scores: tuple[float, ...]  # kind prior + population + standing + match quality
    word_like: bool
    kind_hint: Hint


class Gazetteer:
    """Places by name, and the one a name most likely means in a document."""

    def __init__(
        self,
        kb: KnowledgeBase,
        regions: Iterable[Region],
        cities: Iterable[CityRecord],
        words: frozenset[str] = frozenset(),
        wider: frozenset[str] = frozenset(),
        built: BuiltIndex | StoredGazetteer | None = None,
    ) -> None:
        self._kb = kb
        self._words = words | person_name_parts(kb)
        self._wider = wider
        self._memo: dict[str, _Found] = {}
        built = built or build_index(kb, regions, cities)
        self._index: NameLookup = built.index
        self._states: Mapping[str, Place] = built.states
        self._notable: Container[int] = built.notable

    # --- queries -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._index)

    def country(self, iso3: str) -> Place | None:
        """The state with this ISO alpha-3 code."""
        return self._states.get(iso3.upper())

    def is_word_like(self, name: str) -> bool:
        """Whether a name is more often an English word or a person's name than a place."""
        return exact_key(name) in self._words or bare(name)[0] in self._words

    def candidates(self, name: str) -> list[Place]:
        """Every place the name can mean, most likely first when nothing is known of the document."""
        name = _POSSESSIVE.sub("", name.strip())
        matches = self._index.lookup(name, allow_fuzzy=not self.is_word_like(name))
        matches.sort(key=lambda m: -(self._index.base[m.index] + m.bonus))
        seen: set[str] = set()
        out: list[Place] = []
        for match in matches:
            place = self._index.places[match.index]
            if place.gazetteer_id not in seen:
                seen.add(place.gazetteer_id)
                out.append(place)
        return out

    def resolve(self, name: str, context: PlaceContext | None = None) -> Place | None:
        """The place a name (a span labelled as a place) most likely means, or None."""
        found = self._looked_up(name)
        if not found.matches:
            return None
        places = self._index.places
        weights = normalise(context.countries) if context is not None else {}
        hint = context.hint_country.upper() if context is not None and context.hint_country else None
        pairs = zip(found.matches, found.scores, strict=True)
        if hint is not None:
            hinted = [
                (m, s)
                for m, s in zip(found.matches, found.scores, strict=True)
                if places[m.index].country == hint
            ]
            if hinted:
                pairs = zip([m for m, _ in hinted], [s for _, s in hinted], strict=True)
            else:
                hint = None
        ceiling = CONTEXT_BONUS + (KIND_HINT_BONUS if found.kind_hint else 0.0)
        best: Place | None = None
        best_score = -math.inf
        for match, score in pairs:  # highest static score first
            if score + ceiling <= best_score:
                break
            place = places[match.index]
            weight = weights.get(place.country, 0.0) if place.country else 0.0
            # a town known by another name ("Kashmir" for Cashmere, Washington) counts as abroad
            # unless its country is one of the document's main ones
            abroad = weight == 0.0 or (not match.primary and weight < MAIN_COUNTRY)
            outside = place.kind == "city" and hint is None and abroad
            if outside and not self._credible(match, found.word_like, weights):
                continue
            score += CONTEXT_BONUS * weight + kind_bonus(place, found.kind_hint)
            if score > best_score:
                best, best_score = place, score
        return best

    def _looked_up(self, name: str) -> _Found:
        """What a name matches, independent of the document (memoised)."""
        found = self._memo.get(name)
        if found is not None:
            return found
        surface = _POSSESSIVE.sub("", name.strip())  # "Ukraine's"
        key, (stripped, kind_hint) = exact_key(surface), bare(surface)
        other_entity, demonym = self._kb_reading(surface)
        if key in self._wider or stripped in self._wider or demonym:
            return self._remember(name, _Found((), (), True, kind_hint))
        word_like = self.is_word_like(surface)
        matches = self._index.lookup(surface, allow_fuzzy=not word_like)
        if other_entity:  # a person, an organisation or a weapon: only a curated place will do
            variant = self._kb.place_variant(surface)
            curated = f"geonames:{variant.geonameid}" if variant and variant.geonameid else None
            places = self._index.places
            matches = [
                m
                for m in matches
                if places[m.index].kind != "city" or places[m.index].gazetteer_id == curated
            ]
        if kind_hint is None:
            matches = namesakes(self._index.places, matches)
        if any(m.primary and not m.fuzzy and m.index in self._notable for m in matches):
            # a capital or a city of a million named so outranks places that merely have the name
            # among GeoNames' alternate (often historical) names: Alexandria is not Mashhad
            matches = [m for m in matches if m.primary]
        base = self._index.base
        matches.sort(key=lambda m: -(base[m.index] + m.bonus))
        found = _Found(tuple(matches), tuple(base[m.index] + m.bonus for m in matches), word_like, kind_hint)
        return self._remember(name, found)

    def _remember(self, name: str, found: _Found) -> _Found:
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[name] = found
        return found

    def _kb_reading(self, name: str) -> tuple[bool, bool]:
        """What the knowledge base makes of a name: (a person, organisation or weapon's name, as
        "White House", "Hamas", "Shahed": only a curated place will do, not a town that shares it;
        only a demonym, as "Russians": no place at all)."""
        matches = self._kb.matches(name)
        other = any(m.entity.category in ("person", "organization", "weapon") for m in matches)
        demonym = bool(matches) and all(m.via == "demonym" for m in matches)
        return other, demonym

    def _credible(self, match: Match, word_like: bool, weights: dict[str, float]) -> bool:
        """Whether a town outside the document's countries may be meant without more evidence."""
        if match.index in self._notable and (match.primary or not word_like):
            return True
        if word_like or match.fuzzy:
            return False
        if not weights:
            return True
        population = self._index.places[match.index].population
        return population >= (MIN_POPULATION if match.primary else MIN_POPULATION_ALTERNATE)

    def find_qualifier(self, text: str, end: int) -> str | None:
        """ISO alpha-3 of a ", Country" or ", Region[, Country]" qualifier right after `end`."""
        return _find_qualifier(self, text, end)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer over the package's data, once per process; its index is built once into the
    user's cache (cache.py) and then read from there (stored.py)."""
    kb = load_kb()

    def build() -> BuiltIndex:
        return build_index(kb, load_regions(), load_cities())

    found = cached("gazetteer", ".sqlite", open_index, build, write_index)
    return Gazetteer(kb, (), (), english_words(), wider_areas(), built=found)


def find_qualifier(text: str, end: int) -> str | None:
    """ISO alpha-3 of the qualifier after a place mention ending at `end` ("Gomel, Belarus" ->
    "BLR"; "Yelabuga, Tatarstan, Russia" -> "RUS"), or None; uses the shared gazetteer."""
    return load_gazetteer().find_qualifier(text, end)
