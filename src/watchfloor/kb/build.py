"""From knowledge directories to checked records: parse, give ids, check codes and references."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_args

from watchfloor.errors import ConfigError
from watchfloor.kb.codes import PLOVER_TYPES, country_problem
from watchfloor.kb.files import FILES, RawEntry, entries, read_file, split_extensions
from watchfloor.kb.normalize import slug
from watchfloor.kb.plover_records import PloverType
from watchfloor.kb.records import (
    KbEntity,
    Organization,
    Person,
    PlaceVariant,
    Record,
    Site,
    State,
    Title,
    Weapon,
    WeaponFamily,
    WeaponKind,
)

R = TypeVar("R", bound=Record)

# section -> (model, namespace in which ids must be unique)
SECTIONS: dict[str, tuple[type[Record], str]] = {
    "states": (State, "state"),
    "organizations": (Organization, "organization"),
    "people": (Person, "person"),
    "families": (WeaponFamily, "weapon"),
    "weapons": (Weapon, "weapon"),
    "sites": (Site, "site"),
    "places": (PlaceVariant, "place"),
    "titles": (Title, "title"),
    "types": (PloverType, "plover"),
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class Parsed:
    """Every record read from the knowledge directories, before indexing."""

    records: dict[str, list[Any]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    origin: dict[tuple[str, str], RawEntry] = field(default_factory=dict)  # (namespace, id) -> entry
    assault_modes: dict[str, str] = field(default_factory=dict)  # weapon kind -> ASSAULT mode
    assault_modes_file: Path | None = None
    extensions: list[RawEntry] = field(default_factory=list)

    def of(self, section: str, model: type[R]) -> list[R]:
        return [r for r in self.records[section] if isinstance(r, model)]


def parse_directories(directories: list[Path]) -> Parsed:
    """Read every known file of every directory, in order, into one Parsed."""
    parsed = Parsed()
    for directory in directories:
        for file_name, sections in FILES.items():
            path = directory / file_name
            if not path.is_file():
                continue
            data = read_file(path)
            for section in sections:
                if section == "assault_modes":
                    _read_assault_modes(parsed, path, data.get(section))
                    continue
                new, extensions = split_extensions(entries(path, data, section))
                parsed.extensions += extensions
                for raw in new:
                    _add(parsed, raw)
    _apply_extensions(parsed)
    check_references(parsed)
    return parsed


def _read_assault_modes(parsed: Parsed, path: Path, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError(f"{path}: assault_modes must map a weapon kind to a PLOVER ASSAULT mode")
    for kind in value:
        if kind not in get_args(WeaponKind):
            raise ConfigError(f"{path}: assault_modes: {kind!r} is not a weapon kind")
    parsed.assault_modes.update(value)
    parsed.assault_modes_file = path


def _add(parsed: Parsed, raw: RawEntry) -> None:
    model, namespace = SECTIONS[raw.section]
    given = raw.data.get("id")
    if given is not None and (not isinstance(given, str) or not _ID.match(given)):
        raise raw.error(f"id {given!r} must be lower-case letters, digits and hyphens")
    record = raw.parse(model)
    if isinstance(record, State):
        record = record.model_copy(update={"id": record.iso3, "country": record.iso3})
    elif isinstance(record, PloverType):
        if record.code not in PLOVER_TYPES:
            raise raw.error(f"unknown PLOVER type {record.code!r}; PLOVER has {', '.join(PLOVER_TYPES)}")
    elif isinstance(record, KbEntity | PlaceVariant | Title) and not record.id:
        record = record.model_copy(update={"id": slug(record.name)})
    key = (namespace, record.ident())
    if key in parsed.origin:
        first = parsed.origin[key]
        raise raw.error(f"duplicate id {key[1]!r}: already used by {first.label} in {first.path}")
    _check_countries(raw, record)
    parsed.origin[key] = raw
    parsed.records[raw.section].append(record)


def _check_countries(raw: RawEntry, record: Record) -> None:
    codes: list[tuple[str, object]] = []
    if isinstance(record, State):
        codes.append(("iso3", record.iso3))
    elif isinstance(record, KbEntity | PlaceVariant) and record.country is not None:
        codes.append(("country", record.country))
    if isinstance(record, Site) and record.operator is not None:
        codes.append(("operator", record.operator))
    if isinstance(record, Person):
        codes += [(f"offices.{o.title!r}.country", o.country) for o in record.offices if o.country]
    for where, code in codes:
        problem = country_problem(code)
        if problem:
            raise raw.error(f"{where}: {problem}")


def _apply_extensions(parsed: Parsed) -> None:
    for raw in parsed.extensions:
        _, namespace = SECTIONS[raw.section]
        target_id = raw.data["extends"]
        key = (namespace, target_id)
        if key not in parsed.origin:
            raise raw.error(f"extends {target_id!r}, which no {raw.section} entry has as id")
        records = parsed.records[parsed.origin[key].section]
        position = next(i for i, r in enumerate(records) if r.ident() == target_id)
        target = records[position]
        update: dict[str, Any] = {}
        for name, values in raw.data.items():
            if name == "extends":
                continue
            if name not in type(target).model_fields:
                raise raw.error(f"{target_id!r} has no field {name!r} to extend")
            update[name] = (*getattr(target, name), *(v.strip() for v in values))
        records[position] = target.model_copy(update=update)


def check_references(parsed: Parsed) -> None:
    """Cross-file checks: parents, offices' organisations, weapon families, PLOVER references."""
    orgs = {o.id for o in parsed.of("organizations", Organization)}
    for org in parsed.of("organizations", Organization):
        if org.parent is not None and org.parent not in orgs:
            problem = f"parent {org.parent!r} is no organization id"
            raise _origin(parsed, "organization", org.id).error(problem)
    for person in parsed.of("people", Person):
        for office in person.offices:
            if office.org is not None and office.org not in orgs:
                raise _origin(parsed, "person", person.id).error(
                    f"office {office.title!r}: org {office.org!r} is no organization id"
                )
    family_ids = {f.id for f in parsed.of("families", WeaponFamily)}
    for weapon in parsed.of("weapons", Weapon):
        if weapon.family is not None and slug(weapon.family) not in family_ids:
            raise _origin(parsed, "weapon", weapon.id).error(
                f"family {weapon.family!r} is not listed under families"
            )
    _check_plover(parsed)


def _check_plover(parsed: Parsed) -> None:
    types = parsed.of("types", PloverType)
    for plover_type in types:
        names = [m.name for m in plover_type.modes]
        duplicated = {n for n in names if names.count(n) > 1}
        if duplicated:
            problem = f"modes listed twice: {sorted(duplicated)}"
            raise _origin(parsed, "plover", plover_type.code).error(problem)
    if types:
        missing = [code for code in PLOVER_TYPES if code not in {t.code for t in types}]
        if missing:
            where = parsed.origin[("plover", types[0].code)].path
            raise ConfigError(f"{where}: PLOVER types missing: {', '.join(missing)}")
    assault = next((t for t in types if t.code == "ASSAULT"), None)
    modes = {m.name for m in assault.modes} if assault else set()
    for kind, mode in parsed.assault_modes.items():
        if mode not in modes:
            raise ConfigError(f"{parsed.assault_modes_file}: assault_modes: {kind}: {_unknown_mode(mode)}")
    for section in ("families", "weapons"):
        records = parsed.records[section]
        for position, weapon in enumerate(records):
            mode = weapon.assault_mode
            if mode is not None and mode not in modes:
                raise _origin(parsed, "weapon", weapon.id).error(f"assault_mode: {_unknown_mode(mode)}")
            if mode is None and weapon.kind in parsed.assault_modes:
                update = {"assault_mode": parsed.assault_modes[weapon.kind]}
                records[position] = weapon.model_copy(update=update)


def _unknown_mode(mode: str) -> str:
    return f"unknown PLOVER mode {mode!r} for ASSAULT (see plover.yaml)"


def _origin(parsed: Parsed, namespace: str, record_id: str) -> RawEntry:
    return parsed.origin[(namespace, record_id)]
