"""Reading known entities to import into the knowledge base: FollowTheMoney entities (JSON Lines,
as OpenSanctions and Aleph export them) or a STIX 2.1 bundle (identities, threat-actors,
intrusion-sets, locations). A record that cannot be used gives one line naming it and why."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pycountry

from watchfloor.errors import InputError

Category = Literal["person", "organization", "place"]
FTM_ORG_KINDS = {"Company": "company", "PublicBody": "government", "Organization": "grouping"}
FTM_UNSUPPORTED_NOTE = "only Person, Organization, Company, PublicBody, LegalEntity and Address are imported"


@dataclass
class Imported:
    """One entity to add: a person, an organisation or a place (with coordinates)."""

    category: Category
    name: str
    origin: str  # "FILE line 3" or "FILE identity--…", for messages
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # ISO 3166-1 alpha-3
    kind: str | None = None  # organisation kind, or place kind (city, region)
    lat: float | None = None
    lon: float | None = None


def iso3(code: object) -> str | None:
    """ISO alpha-3 from an alpha-2 (FtM, STIX) or alpha-3 code; None when unknown."""
    if not isinstance(code, str) or not code.strip():
        return None
    code = code.strip().upper()
    if code in {"XK", "XKX"}:
        return "XKX"
    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
    return None if found is None else str(found.alpha_3)


def read_entities(path: Path) -> tuple[list[Imported], list[str]]:
    """The entities in a FtM JSON Lines file or a STIX 2.1 bundle, and one problem line per record
    left out."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot be read ({exc})") from exc
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict) and whole.get("type") == "bundle":
        return _stix(path, whole)
    return _ftm(path, text)


def _ftm(path: Path, text: str) -> tuple[list[Imported], list[str]]:
    found: list[Imported] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc.msg}); neither a STIX bundle nor FtM JSON Lines")
            continue
        if not isinstance(data, dict) or not isinstance(data.get("properties"), dict):
            problems.append(f"{where}: not a FollowTheMoney entity (no schema and properties)")
            continue
        props: dict[str, list[Any]] = data["properties"]
        schema = data.get("schema")
        given = props.get("name", []) + (props.get("full", []) if schema == "Address" else [])
        names = [n.strip() for n in given if isinstance(n, str) and n.strip()]
        if not names:
            problems.append(f"{where}: {schema} entity {data.get('id')!r} has no name; skipped")
            continue
        aliases = [a for a in (*names[1:], *props.get("alias", [])) if isinstance(a, str) and a.strip()]
        countries = [c for p in ("country", "nationality", "jurisdiction") for c in props.get(p, [])]
        country = next((iso3(c) for c in countries if iso3(c)), None)
        entity = Imported("person", names[0], where, aliases, country)
        if schema == "Person":
            found.append(entity)
        elif schema in FTM_ORG_KINDS or schema == "LegalEntity":
            entity.category, entity.kind = "organization", FTM_ORG_KINDS.get(str(schema), "grouping")
            found.append(entity)
        elif schema == "Address":
            _place(entity, props.get("latitude", [None])[0], props.get("longitude", [None])[0], problems)
            if entity.lat is not None:
                found.append(entity)
        else:
            problems.append(f"{where}: schema {schema!r} is not imported ({FTM_UNSUPPORTED_NOTE})")
    return found, problems


def _place(entity: Imported, lat: object, lon: object, problems: list[str]) -> None:
    entity.category, entity.kind = "place", entity.kind or "city"
    try:
        entity.lat, entity.lon = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        problems.append(f"{entity.origin}: place {entity.name!r} has no latitude and longitude; skipped")
        entity.lat = entity.lon = None
        return
    if entity.country is None:
        problems.append(f"{entity.origin}: place {entity.name!r} has no country; skipped")
        entity.lat = entity.lon = None


def _stix(path: Path, bundle: dict[str, Any]) -> tuple[list[Imported], list[str]]:
    objects = [o for o in bundle.get("objects", []) if isinstance(o, dict)]
    by_id = {o.get("id"): o for o in objects}
    located: dict[str, str] = {}  # party id -> ISO3, from located-at / originates-from relationships
    for rel in (o for o in objects if o.get("type") == "relationship"):
        target = by_id.get(rel.get("target_ref"), {})
        if (
            rel.get("relationship_type") in {"located-at", "originates-from"}
            and target.get("type") == "location"
        ):
            code = iso3(target.get("country"))
            if code:
                located.setdefault(str(rel.get("source_ref")), code)
    found: list[Imported] = []
    problems: list[str] = []
    for obj in objects:
        kind = obj.get("type")
        where = f"{path} {obj.get('id')}"
        if kind not in {"identity", "threat-actor", "intrusion-set", "location"}:
            continue
        name = obj.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: {kind} has no name; skipped")
            continue
        aliases = [a for a in obj.get("aliases", []) if isinstance(a, str)]
        country = iso3(obj.get("country")) or located.get(str(obj.get("id")))
        entity = Imported("organization", name.strip(), where, aliases, country, "grouping")
        if kind == "identity":
            identity_class = obj.get("identity_class")
            if identity_class == "individual":
                entity.category, entity.kind = "person", None
            elif identity_class not in {"organization", "group"}:
                problems.append(f"{where}: identity class {identity_class!r} is not imported; skipped")
                continue
        elif kind == "threat-actor":
            types = obj.get("threat_actor_types", [])
            entity.kind = "military" if "nation-state" in types else "militia"
        elif kind == "location":
            entity.kind = "region" if obj.get("region") and not obj.get("city") else "city"
            _place(entity, obj.get("latitude"), obj.get("longitude"), problems)
            if entity.lat is None:
                continue
        found.append(entity)
    return found, problems
