"""FollowTheMoney: entities as FtM JSON Lines (what `ftm` tools and Aleph read), built through the
library's model so every value is cleaned and checked by its property type.

A document is an `Article`; a party a `Person`, `Company`, `PublicBody` (a state's government, a
government body, an armed force, an international body) or `Organization`; a place an `Address`
with its coordinates; an event an `Event` (involved parties, organizer, date, location, summary,
note URLs, the article as proof); and each party's naming in a document a `Mention`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from watchfloor.export.ids import absolute_url, alpha2, document_uuid, entity_uuid, event_uuid, place_uuid
from watchfloor.export.source import DocumentInfo, EntityInfo, ExportEvent, ExportSource, PlaceInfo, Tick
from watchfloor.kb.loader import load_kb
from watchfloor.kb.records import Organization

PUBLIC_KINDS = {"government", "military", "intergovernmental"}


def _proxy(schema: str, entity_id: str, values: dict[str, Any]) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for prop, value in values.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            if item is not None and item != "":
                proxy.add(prop, item)
    return proxy


def party_schema(entity: EntityInfo) -> str | None:
    """The FtM schema a party fits, None for what is no legal entity (weapons, sites, regions)."""
    if entity.type == "PERSON":
        return "Person"
    if entity.type == "GPE":
        return "PublicBody"
    if entity.type != "ORG":
        return None
    record = None
    if entity.kb_key:
        category, _, ident = entity.kb_key.partition(":")
        record = load_kb().entity(category, ident)  # type: ignore[arg-type]
    kind = record.kind if isinstance(record, Organization) else None
    if kind == "company":
        return "Company"
    return "PublicBody" if kind in PUBLIC_KINDS else "Organization"


def party_proxy(entity: EntityInfo, schema: str) -> EntityProxy:
    values: dict[str, Any] = {
        "name": entity.name,
        "alias": list(entity.aliases),
        "country": alpha2(entity.country),
    }
    if schema == "Person":
        values["position"] = entity.title
    return _proxy(schema, entity_uuid(entity.key), values)


def address_proxy(place: PlaceInfo) -> EntityProxy:
    values = {
        "full": place.name,
        "latitude": str(place.lat),
        "longitude": str(place.lon),
        "country": alpha2(place.country),
        "city": place.name if place.kind == "city" else None,
        "region": place.name if place.kind == "region" else None,
        "remarks": f"{place.kind}; gazetteer id {place.gazetteer_id}",
    }
    return _proxy("Address", place_uuid(place.gazetteer_id), values)


def article_proxy(document: DocumentInfo) -> EntityProxy:
    values = {
        "title": document.title,
        "name": document.title or document.name,
        "fileName": document.name,
        "publishedAt": document.published,
        "author": list(document.authors),
        "publisher": document.outlet,
        "sourceUrl": absolute_url(document.url)[0] if document.url else None,
        "language": document.lang,
    }
    return _proxy("Article", document_uuid(document.key), values)


class _Writer:
    def __init__(self, source: ExportSource) -> None:
        self.source = source
        self.parties: dict[int, tuple[str, str] | None] = {}  # entity id -> (FtM id, schema)
        self.places: dict[int, str | None] = {}

    def party(self, entity_id: int | None, out: list[EntityProxy]) -> tuple[str, str] | None:
        if entity_id is None:
            return None
        if entity_id not in self.parties:
            info = self.source.entity(entity_id)
            schema = None if info is None else party_schema(info)
            if info is None or schema is None:
                self.parties[entity_id] = None
            else:
                out.append(party_proxy(info, schema))
                self.parties[entity_id] = (str(out[-1].id), schema)
        return self.parties[entity_id]

    def place(self, place_id: int | None, out: list[EntityProxy]) -> str | None:
        if place_id is None:
            return None
        if place_id not in self.places:
            info = self.source.place(place_id)
            if info is not None:
                out.append(address_proxy(info))
            self.places[place_id] = None if info is None else str(out[-1].id)
        return self.places[place_id]

    def document(self, document: DocumentInfo, events: list[ExportEvent]) -> list[EntityProxy]:
        article = article_proxy(document)
        out: list[EntityProxy] = [article]
        named: dict[int, tuple[str, str]] = {}
        for event in events:
            row = event.row
            actor = self.party(row.actor_id, out)
            recipient = self.party(row.recipient_id, out)
            attributed = self.party(row.source_id, out)
            for entity_id, party in ((row.actor_id, actor), (row.recipient_id, recipient)):
                if entity_id is not None and party is not None:
                    named[entity_id] = party
            if row.source_id is not None and attributed is not None:
                named[row.source_id] = attributed
            address = self.place(row.place_id, out)
            parts = [row.actor or "?", row.type, row.recipient or ""]
            values = {
                "name": " ".join(p for p in parts if p),
                "summary": row.text,
                "date": row.date,
                "location": row.place,
                "addressEntity": address,
                "country": [alpha2(row.actor_country), alpha2(row.recipient_country)],
                "involved": [p[0] for p in (actor, recipient) if p],
                "organizer": actor[0] if actor else None,
                "sourceUrl": [absolute_url(c.url)[0] for c in row.citations if c.url],
                "proof": article.id,
                "keywords": [row.type, row.mode, row.certainty],
                "description": _stance(row.certainty, row.source, row.confidence),
            }
            out.append(_proxy("Event", event_uuid(event.document_key, event.position), values))
        for entity_id, (party_id, schema) in named.items():
            surfaces = self.source.surfaces(document.id, entity_id)
            values = {
                "document": article.id,
                "resolved": party_id,
                "name": surfaces,
                "detectedSchema": schema,
            }
            if surfaces:
                mention_id = f"{article.id}.{party_id}"
                out.append(_proxy("Mention", mention_id, values))
        return out


def _stance(certainty: str, source: str | None, confidence: float) -> str:
    told = f"certainty: {certainty}" + (f" (according to {source})" if source else "")
    return f"{told}; extraction confidence {confidence:.2f}"


def ftm_chunks(source: ExportSource, tick: Tick | None = None) -> Iterator[str]:
    writer = _Writer(source)
    for document, events in source.by_document(tick):
        proxies = writer.document(document, events)
        yield "".join(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in proxies)
