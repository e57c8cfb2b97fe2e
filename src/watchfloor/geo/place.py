"""What the gazetteer returns (a Place) and what the caller tells it about the document."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

PlaceKind = Literal["country", "region", "city", "site"]
EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Place:
    """One resolved place (SCHEMA.md `places`): a point, its kind and its state."""

    name: str
    kind: PlaceKind
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    gazetteer_id: str  # "geonames:468082", "region:RU-TA", "state:IRN", "site:<kb id>"
    population: int = 0

    def distance_km(self, lat: float, lon: float) -> float:
        return distance_km(self.lat, self.lon, lat, lon)

    def __reduce__(self) -> tuple[type[Place], tuple[str, PlaceKind, float, float, str | None, str, int]]:
        # rebuilt by the constructor: unpickling many places (an index built in memory, sent to a
        # worker) takes a third of the time the dataclass's generic slot-by-slot state takes
        return (
            Place,
            (self.name, self.kind, self.lat, self.lon, self.country, self.gazetteer_id, self.population),
        )


@dataclass(frozen=True)
class PlaceContext:
    """What the document says about where it is.

    countries:    ISO alpha-3 -> weight: the states the document is about (the caller counts
                  mentions; only the ratios matter).
    hint_country: an explicit qualifier right after the name ("Gomel, Belarus"); see
                  `Gazetteer.find_qualifier`.
    """

    countries: Mapping[str, float] = field(default_factory=dict)
    hint_country: str | None = None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
