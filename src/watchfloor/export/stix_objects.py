"""STIX 2.1 objects built with `stix2`: the Watchfloor identity, the extension definition that
declares the `watchfloor-event` object, parties, places, outlets, authors, reports and events.

Every id is deterministic (see `ids`), and so are `created` and `modified` (the time the first
document behind an object was ingested), so the same store exports the same objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from stix2 import v21
from stix2.properties import (
    FloatProperty,
    IntegerProperty,
    ListProperty,
    ReferenceProperty,
    StringProperty,
)

from watchfloor import __version__
from watchfloor.export.ids import absolute_url, alpha2, author_uuid, outlet_uuid, stable_uuid
from watchfloor.export.source import DocumentInfo, EntityInfo, NoteLink, PlaceInfo
from watchfloor.kb.loader import load_kb
from watchfloor.kb.records import Organization, Site

CREATED = "2024-01-01T00:00:00Z"  # of the two objects that describe Watchfloor itself
WATCHFLOOR_ID = f"identity--{stable_uuid('identity', 'watchfloor')}"
EXTENSION_ID = f"extension-definition--{stable_uuid('extension', 'watchfloor-event', '1')}"
EVENT_TYPE = "watchfloor-event"
PARTY_TYPES = ["identity", "threat-actor", "intrusion-set", "location"]
# ICD 203 words on the DNI scale of STIX 2.1 (appendix A); asserted and attributed are no estimate
DNI_WORDS = {
    "almost_certain": "Almost Certain / Nearly Certain",
    "likely": "Likely / Probable",
    "possible": "Roughly Even Chance / Roughly Even Odds",
    "unlikely": "Unlikely / Improbable",
    "denied": "Almost No Chance / Remote",
}
_CYBER = re.compile(r"\b(APT ?\d+|hackers?|hacking group|cyber)\b", re.IGNORECASE)
EXTENSION_SCHEMA = (
    "A PLOVER event read from one sentence of a report. Properties: name; plover_type (one of "
    "PLOVER's 16 types) and plover_mode; date (ISO 8601 prefix: 2023, 2023-07 or 2023-07-31) and "
    "date_precision (year, month, day); certainty (the author's stance: asserted, attributed, "
    "almost_certain, likely, possible, unlikely, denied) and certainty_dni (the ICD 203 word's value "
    "on STIX's DNI scale, for estimative stances); confidence (0-100: how strongly the text supports "
    "the extraction); attributed_source and attributed_source_ref (who the claim is attributed to); "
    "actor, actor_country, actor_ref, recipient, recipient_country, recipient_ref (names, ISO 3166-1 "
    "alpha-3, refs); place and location_ref; sentence, sentence_start, sentence_end (character span "
    "in the document); trigger; quantity; report_ref; external_references (the sentence's notes)."
)


@v21.CustomObject(
    EVENT_TYPE,
    [
        ("name", StringProperty(required=True)),
        ("plover_type", StringProperty(required=True)),
        ("plover_mode", StringProperty()),
        ("date", StringProperty()),
        ("date_precision", StringProperty()),
        ("certainty", StringProperty(required=True)),
        ("certainty_dni", IntegerProperty(min=0, max=100)),
        ("extraction_confidence", FloatProperty(min=0.0, max=1.0)),
        ("attributed_source", StringProperty()),
        ("attributed_source_ref", ReferenceProperty(valid_types=PARTY_TYPES, spec_version="2.1")),
        ("actor", StringProperty()),
        ("actor_country", StringProperty()),
        ("actor_ref", ReferenceProperty(valid_types=PARTY_TYPES, spec_version="2.1")),
        ("recipient", StringProperty()),
        ("recipient_country", StringProperty()),
        ("recipient_ref", ReferenceProperty(valid_types=PARTY_TYPES, spec_version="2.1")),
        ("place", StringProperty()),
        ("location_ref", ReferenceProperty(valid_types=["location"], spec_version="2.1")),
        ("sentence", StringProperty(required=True)),
        ("sentence_start", IntegerProperty(min=0)),
        ("sentence_end", IntegerProperty(min=0)),
        ("trigger", StringProperty()),
        ("quantity", StringProperty()),
        ("report_ref", ReferenceProperty(valid_types=["report"], spec_version="2.1")),
        ("document_name", StringProperty()),
        ("note_markers", ListProperty(StringProperty)),
    ],
    extension_name=EXTENSION_ID,
)
class _WatchfloorEvent:
    """A PLOVER event, as a new STIX object declared by the extension definition."""


WatchfloorEvent: Callable[..., Any] = _WatchfloorEvent  # built by stix2 from the property list


def timestamp(value: str) -> str:
    """A stored ISO time or date prefix as a STIX timestamp (UTC)."""
    value = value.strip()
    if len(value) <= 10:
        value = (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]
        return f"{value}T00:00:00Z"
    return value[:19].replace(" ", "T") + "Z"


def watchfloor_objects() -> list[Any]:
    """The identity that creates every object, and the extension definition of events."""
    identity = v21.Identity(
        id=WATCHFLOOR_ID,
        name="Watchfloor",
        identity_class="system",
        description=f"Watchfloor {__version__}: events, entities and places read from OSINT reports.",
        created=CREATED,
        modified=CREATED,
    )
    extension = v21.ExtensionDefinition(
        id=EXTENSION_ID,
        created_by_ref=WATCHFLOOR_ID,
        name="Watchfloor PLOVER event",
        description="PLOVER events with their stance, date precision and provenance sentence.",
        schema=EXTENSION_SCHEMA,
        version="1.0.0",
        extension_types=["new-sdo"],
        created=CREATED,
        modified=CREATED,
    )
    return [identity, extension]


def party_object(entity: EntityInfo, uuid: str) -> Any:
    """A party as fits: a cyber group an intrusion-set, an armed force or militia a threat-actor,
    a known site a location, a person an individual identity, any other body or state an
    organisation identity; its id is `<type>--<uuid>`."""
    common: dict[str, Any] = {
        "name": entity.name,
        "created": timestamp(entity.first_seen),
        "modified": timestamp(entity.first_seen),
        "created_by_ref": WATCHFLOOR_ID,
    }
    kind = _org_kind(entity)
    aliases = list(entity.aliases) or None
    if entity.type == "ORG" and _CYBER.search(" ".join((entity.name, *entity.aliases))):
        return v21.IntrusionSet(id=f"intrusion-set--{uuid}", **common, aliases=aliases)
    if entity.type == "ORG" and kind in {"military", "militia"}:
        actor_types = ["nation-state"] if kind == "military" and entity.country else ["unknown"]
        return v21.ThreatActor(
            id=f"threat-actor--{uuid}", **common, aliases=aliases, threat_actor_types=actor_types
        )
    site = _site(entity) if entity.type == "FAC" else None
    if site is not None:
        return v21.Location(
            id=f"location--{uuid}",
            **common,
            latitude=site.lat,
            longitude=site.lon,
            **_country(entity.country),
        )
    identity_class = {"PERSON": "individual", "ORG": "organization", "GPE": "organization"}.get(
        entity.type, "unknown"
    )
    description = f"{entity.type}" + (f", {entity.country}" if entity.country else "")
    description += f", {entity.title}" if entity.title else ""
    return v21.Identity(
        id=f"identity--{uuid}", **common, identity_class=identity_class, description=description
    )


def _kb_record(entity: EntityInfo) -> Any:
    if not entity.kb_key:
        return None
    category, _, ident = entity.kb_key.partition(":")
    return load_kb().entity(category, ident)  # type: ignore[arg-type]


def _org_kind(entity: EntityInfo) -> str | None:
    record = _kb_record(entity)
    return record.kind if isinstance(record, Organization) else None


def _site(entity: EntityInfo) -> Site | None:
    record = _kb_record(entity)
    return record if isinstance(record, Site) else None


def _country(iso3: str | None) -> dict[str, str]:
    code = alpha2(iso3)
    return {"country": code} if code else {}


def location_object(place: PlaceInfo, object_id: str) -> Any:
    return v21.Location(
        id=object_id,
        name=place.name,
        latitude=place.lat,
        longitude=place.lon,
        description=f"{place.kind} (gazetteer id {place.gazetteer_id})",
        created=timestamp(place.first_seen),
        modified=timestamp(place.first_seen),
        created_by_ref=WATCHFLOOR_ID,
        **_country(place.country),
    )


def outlet_object(document: DocumentInfo) -> Any | None:
    if not document.outlet:
        return None
    return v21.Identity(
        id=f"identity--{outlet_uuid(document.outlet)}",
        name=document.outlet,
        identity_class="organization",
        description="Outlet that published reports",
        created=CREATED,
        modified=CREATED,
    )


def author_objects(document: DocumentInfo) -> list[Any]:
    return [
        v21.Identity(
            id=f"identity--{author_uuid(name)}",
            name=name,
            identity_class="individual",
            description="Author of reports",
            created=CREATED,
            modified=CREATED,
        )
        for name in dict.fromkeys(a for a in document.authors if a.strip())
    ]


def document_references(document: DocumentInfo) -> list[dict[str, str]]:
    """The document's own URL (when it has one), then every note URL."""
    own = []
    if document.url:
        own.append({"source_name": document.outlet or "document", "url": absolute_url(document.url)[0]})
    return own + note_references(document.notes)


def note_references(notes: list[NoteLink] | tuple[NoteLink, ...]) -> list[dict[str, str]]:
    """External references to note URLs; defanged and foreign-domain ones say so."""
    refs = []
    for note in notes:
        url, assumed = absolute_url(note.url)
        flags = ["no scheme in the source; http:// assumed"] if assumed else []
        if note.defanged:
            flags.append(f"defanged in the source as {note.raw!r}; made usable")
        if note.foreign:
            flags.append("marked in the source as a foreign-domain link")
        ref = {"source_name": f"note {note.marker}", "url": url}
        if flags:
            ref["description"] = "; ".join(flags)
        refs.append(ref)
    return refs
