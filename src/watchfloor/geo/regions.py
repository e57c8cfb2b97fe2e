"""First-level divisions from `data/geo/regions.yaml`, checked when loaded.

Every problem raises ConfigError naming the file, the entry and what is wrong: an unknown key, a
missing field, a latitude or longitude out of range, an ISO 3166-2 code pycountry does not know,
a code of another country than the entry's `country`, an entry with both or neither of `code`
and `id`, a code or id used twice, or one name given to two regions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from watchfloor.errors import ConfigError
from watchfloor.geo.cities import alpha3_of
from watchfloor.geo.names import exact_key
from watchfloor.geo.place import Place
from watchfloor.kb.codes import country_problem
from watchfloor.yaml_loader import YAMLError, safe_load

REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "geo" / "regions.yaml"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class RegionEntry(BaseModel):
    """One entry of regions.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    code: str | None = None  # ISO 3166-2
    id: str | None = None  # for a region without an ISO 3166-2 code
    country: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    names: tuple[str, ...] = ()

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the name is blank")
        return value.strip()

    @field_validator("names")
    @classmethod
    def _names(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v.strip() for v in values):
            raise ValueError("a name in the list is empty")
        return tuple(v.strip() for v in values)

    @property
    def ident(self) -> str:
        return self.code or self.id or ""

    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.names)

    def place(self) -> Place:
        return Place(self.name, "region", self.lat, self.lon, self.country, f"region:{self.ident}")


@dataclass(frozen=True)
class Region:
    """A checked region: its place and every name it goes by."""

    place: Place
    names: tuple[str, ...]


def code_problem(code: str, country: str) -> str | None:
    """Why an ISO 3166-2 code is unusable for a region of `country`, or None."""
    subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    if subdivision is None:
        return f"code {code!r} is not an ISO 3166-2 code"
    owner = alpha3_of().get(subdivision.country_code)
    if owner != country:
        return f"code {code!r} belongs to {owner}, not to country {country}"
    return None


def _entry_problem(entry: RegionEntry) -> str | None:
    problem = country_problem(entry.country)
    if problem:
        return f"country: {problem}"
    if (entry.code is None) == (entry.id is None):
        return "give either code (ISO 3166-2) or, for a region without one, id"
    if entry.code is not None:
        return code_problem(entry.code, entry.country)
    if entry.id is not None and not _ID.match(entry.id):
        return f"id {entry.id!r} must be lower-case letters, digits and hyphens"
    return None


def parse_regions(data: object, path: Path) -> list[Region]:
    """Check the content of a regions file and return its regions."""
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"regions"}:
        raise ConfigError(f"{path}: the file must be a mapping with one key, regions")
    items = data.get("regions") or []
    if not isinstance(items, list):
        raise ConfigError(f"{path}: regions must be a list of entries")
    regions: list[Region] = []
    idents: dict[str, str] = {}
    owners: dict[str, str] = {}  # exact key -> ident
    for number, item in enumerate(items, start=1):
        label = f"{path}: regions entry #{number}"
        if not isinstance(item, dict):
            raise ConfigError(f"{label}: must be a mapping, got {item!r}")
        if isinstance(item.get("name"), str):
            label += f" {item['name']!r}"
        try:
            entry = RegionEntry.model_validate(item)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'entry'}: {e['msg']}" for e in exc.errors()
            )
            raise ConfigError(f"{label}: {problems}") from None
        problem = _entry_problem(entry)
        if problem:
            raise ConfigError(f"{label}: {problem}")
        if entry.ident in idents:
            raise ConfigError(f"{label}: {entry.ident!r} is already used by {idents[entry.ident]!r}")
        idents[entry.ident] = entry.name
        for name in entry.all_names():
            key = exact_key(name)
            if not key:
                raise ConfigError(f"{label}: name {name!r} folds to nothing")
            other = owners.setdefault(key, entry.ident)
            if other != entry.ident:
                raise ConfigError(f"{label}: name {name!r} already names region {other!r}")
        regions.append(Region(entry.place(), entry.all_names()))
    return regions


def read_regions(path: Path) -> list[Region]:
    """The regions of one file (ConfigError when it is unreadable or malformed)."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = safe_load(handle)
    except YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    return parse_regions(data, path)


@lru_cache(maxsize=4)
def load_regions(path: Path = REGIONS_FILE) -> tuple[Region, ...]:
    """The package's regions (or those of `path`), read once per process."""
    return tuple(read_regions(path))
