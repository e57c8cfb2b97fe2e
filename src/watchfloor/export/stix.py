"""STIX 2.1 export: one bundle, written object by object as the events stream past.

Per document: a `report` (published date, the document URL and every note URL as external
references), the outlet's and authors' identities, the parties of its events (identity,
threat-actor or intrusion-set), their places (`location`), one `watchfloor-event` per event and a
`relationship` from actor to recipient (`targets` or `related-to`, see `relationship_type`). Objects shared by
documents are written once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from stix2 import v21
from stix2.confidence.scales import dni_to_value

from watchfloor.export.ids import (
    date_precision,
    document_uuid,
    entity_uuid,
    event_uuid,
    place_uuid,
    stable_uuid,
)
from watchfloor.export.source import DocumentInfo, ExportEvent, ExportSource, Tick
from watchfloor.export.stix_objects import (
    DNI_WORDS,
    WATCHFLOOR_ID,
    WatchfloorEvent,
    author_objects,
    document_references,
    location_object,
    note_references,
    outlet_object,
    party_object,
    timestamp,
    watchfloor_objects,
)
from watchfloor.store.queries import EventRow

TARGETING = {"ASSAULT", "COERCE", "THREATEN"}
UNIQUE = {"watchfloor-event", "relationship", "report"}  # one per event or document: never repeated


class _Bundle:
    """What the bundle has written so far: object ids by entity and place, to write each once."""

    def __init__(self, source: ExportSource) -> None:
        self.source = source
        self.entities: dict[int, str | None] = {}
        self.places: dict[int, str | None] = {}
        self.written: set[str] = set()

    def new(self, obj: Any) -> bool:
        if obj.id in self.written:
            return False
        self.written.add(obj.id)
        return True

    def entity(self, entity_id: int | None, out: list[Any]) -> str | None:
        if entity_id is None:
            return None
        if entity_id not in self.entities:
            info = self.source.entity(entity_id)
            obj = None if info is None else party_object(info, entity_uuid(info.key))
            if obj is not None:
                out.append(obj)
            self.entities[entity_id] = None if obj is None else str(obj.id)
        return self.entities[entity_id]

    def place(self, place_id: int | None, out: list[Any]) -> str | None:
        if place_id is None:
            return None
        if place_id not in self.places:
            info = self.source.place(place_id)
            obj = (
                None if info is None else location_object(info, f"location--{place_uuid(info.gazetteer_id)}")
            )
            if obj is not None:
                out.append(obj)
            self.places[place_id] = None if obj is None else str(obj.id)
        return self.places[place_id]


def stix_chunks(source: ExportSource, tick: Tick | None = None) -> Iterator[str]:
    """The bundle as text, a few objects at a time."""
    bundle_id = f"bundle--{stable_uuid('bundle', json.dumps(source.filters.as_dict(), sort_keys=True))}"
    yield f'{{"type": "bundle", "id": "{bundle_id}", "objects": [\n'
    state = _Bundle(source)
    separator = ""
    for obj in watchfloor_objects():
        yield separator + obj.serialize()
        separator = ",\n"
    for document, events in source.by_document(tick):
        objects = _document_objects(state, document, events)
        text = ",\n".join(obj.serialize() for obj in objects if obj.type in UNIQUE or state.new(obj))
        if text:
            yield separator + text
    yield "\n]}\n"


def _document_objects(state: _Bundle, document: DocumentInfo, events: list[ExportEvent]) -> list[Any]:
    out: list[Any] = []
    report_id = f"report--{document_uuid(document.key)}"
    created = timestamp(document.ingested_at)
    outlet = outlet_object(document)
    authors = author_objects(document)
    out.extend([o for o in (outlet, *authors) if o is not None])
    refs: list[str] = [o.id for o in out]
    for event in events:
        row = event.row
        actor = state.entity(row.actor_id, out)
        recipient = state.entity(row.recipient_id, out)
        attributed = state.entity(row.source_id, out)
        location = state.place(row.place_id, out)
        notes = note_references([n for n in document.notes if (n.marker, n.url) in _cited(row)])
        stix_event = WatchfloorEvent(
            id=f"watchfloor-event--{event_uuid(event.document_key, event.position)}",
            created=created,
            modified=created,
            created_by_ref=WATCHFLOOR_ID,
            name=" ".join(x for x in (row.actor or "?", row.type, row.recipient or "") if x),
            plover_type=row.type,
            plover_mode=row.mode,
            date=row.date,
            date_precision=date_precision(row.date),
            certainty=row.certainty,
            certainty_dni=dni_to_value(DNI_WORDS[row.certainty]) if row.certainty in DNI_WORDS else None,
            confidence=round(row.confidence * 100),
            extraction_confidence=row.confidence,
            attributed_source=row.source,
            attributed_source_ref=attributed,
            actor=row.actor,
            actor_country=row.actor_country,
            actor_ref=actor,
            recipient=row.recipient,
            recipient_country=row.recipient_country,
            recipient_ref=recipient,
            place=row.place,
            location_ref=location,
            sentence=row.text,
            sentence_start=row.start,
            sentence_end=row.end,
            trigger=row.trigger or None,
            quantity=row.quantity,
            report_ref=report_id,
            document_name=document.name,
            note_markers=list(row.markers) or None,
            external_references=notes or None,
        )
        out.append(stix_event)
        if actor and recipient:
            out.append(
                v21.Relationship(
                    id=f"relationship--{event_uuid(event.document_key, event.position)}",
                    relationship_type=relationship_type(row.type, actor, recipient),
                    source_ref=actor,
                    target_ref=recipient,
                    description=f"PLOVER {row.type}"
                    + (f" ({row.mode})" if row.mode else "")
                    + f": {row.text}",
                    confidence=round(row.confidence * 100),
                    created=created,
                    modified=created,
                    created_by_ref=WATCHFLOOR_ID,
                    external_references=notes or None,
                )
            )
    refs = list(dict.fromkeys([*refs, *(str(o.id) for o in out)]))
    out.append(
        v21.Report(
            id=report_id,
            name=document.title or document.name,
            published=timestamp(document.published or document.ingested_at),
            report_types=["threat-report"],
            object_refs=refs,
            created=created,
            modified=created,
            created_by_ref=outlet.id if outlet is not None else WATCHFLOOR_ID,
            external_references=document_references(document) or None,
            lang=document.lang or None,
        )
    )
    return out


def relationship_type(plover_type: str, source: str, target: str) -> str:
    """`targets` where STIX suggests it (a threat actor or intrusion set attacking, coercing or
    threatening an identity or a place), else `related-to`: platforms accept both between any
    parties, where a type of our own would be dropped; the PLOVER type is in the description and
    in the event object."""
    hostile = plover_type in TARGETING and source.startswith(("threat-actor--", "intrusion-set--"))
    return "targets" if hostile and target.startswith(("identity--", "location--")) else "related-to"


def _cited(row: EventRow) -> set[tuple[str, str | None]]:
    return {(c.marker, c.url) for c in row.citations}
