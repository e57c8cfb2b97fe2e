"""Writing and reading one document's extraction in the SQLite store (schema: migration 2).

Entities and places are canonical across documents: an entity is one row per knowledge-base key
or, for a name the knowledge base does not know, per type and folded name; a place is one row per
gazetteer id. What a document said about them (its name, title and country for an entity, its
surface forms) stays with the document, so `read_extraction` returns what `write_extraction` was
given. The caller runs both inside its own transaction.
"""

from __future__ import annotations

import json
from collections import defaultdict

from watchfloor.kb.normalize import fold
from watchfloor.models import Citation
from watchfloor.nlp.types import Entity, Event, Extraction, Place
from watchfloor.store.db import Connection

_FOLDED = "\x00"  # prefix of folded names in the name -> id map used to link events


def entity_key(entity: Entity) -> str:
    """The canonical key: the knowledge-base key when there is one, else type and folded name."""
    return entity.kb_key or f"{entity.type}:{fold(entity.name)}"


def write_extraction(
    conn: Connection, document_id: int, extraction: Extraction, citations: list[Citation]
) -> None:
    entity_ids = _write_entities(conn, document_id, extraction.entities)
    place_ids = _write_places(conn, document_id, extraction.places)
    urls: dict[str, list[str]] = defaultdict(list)
    for citation in citations:
        urls[citation.marker].append(citation.url)
    for position, event in enumerate(extraction.events):
        cursor = conn.execute(
            "INSERT INTO events (document_id, position, type, mode, actor, actor_country, actor_id,"
            " recipient, recipient_country, recipient_id, date, place, place_id, certainty, source,"
            " source_id, trigger, quantity, start, end, text, markers, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id, position, event.type, event.mode,
                event.actor, event.actor_country, _link(entity_ids, event.actor),
                event.recipient, event.recipient_country, _link(entity_ids, event.recipient),
                event.date, event.place, place_ids.get(event.place or ""),
                event.certainty, event.source, _link(entity_ids, event.source),
                event.trigger, event.quantity, event.start, event.end, event.text,
                json.dumps(list(event.markers)), event.confidence,
            ),
        )  # fmt: skip
        links = [(m, url) for m in dict.fromkeys(event.markers) for url in _or_none(urls.get(m))]
        conn.executemany(
            "INSERT INTO event_citations (event_id, position, marker, url) VALUES (?, ?, ?, ?)",
            [(cursor.lastrowid, i, marker, url) for i, (marker, url) in enumerate(links)],
        )


def _or_none(urls: list[str] | None) -> list[str | None]:
    return list(urls) if urls else [None]


def _write_entities(conn: Connection, document_id: int, entities: list[Entity]) -> dict[str, int]:
    """Upsert the canonical rows; return name (and folded name or mention) -> id, to link events."""
    by_name: dict[str, int] = {}
    for position, entity in enumerate(entities):
        entity_id = int(
            conn.execute(
                "INSERT INTO entities (key, kb_key, name, type, country, title) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET country = coalesce(entities.country, excluded.country),"
                " title = coalesce(entities.title, excluded.title) RETURNING id",
                (entity_key(entity), entity.kb_key, entity.name, entity.type, entity.country, entity.title),
            ).fetchone()[0]
        )
        conn.execute(
            "INSERT INTO document_entities (document_id, position, entity_id, name, type, country, title)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (document_id, position, entity_id, entity.name, entity.type, entity.country, entity.title),
        )
        conn.executemany(
            "INSERT INTO mentions (document_id, appearance, entity_id, position, surface)"
            " VALUES (?, ?, ?, ?, ?)",
            [(document_id, position, entity_id, i, surface) for i, surface in enumerate(entity.mentions)],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, folded) VALUES (?, ?, ?)",
            [(entity_id, surface, fold(surface)) for surface in entity.mentions],
        )
        by_name.setdefault(entity.name, entity_id)
        for form in (entity.name, *entity.mentions):
            by_name.setdefault(_FOLDED + fold(form), entity_id)
    return by_name


def _link(ids: dict[str, int], name: str | None) -> int | None:
    """The row a name in an event stands for: the entity of that name, else of that surface form."""
    if not name:
        return None
    return ids.get(name) or ids.get(_FOLDED + fold(name))


def _write_places(conn: Connection, document_id: int, places: list[Place]) -> dict[str, int]:
    by_name: dict[str, int] = {}
    for position, place in enumerate(places):
        place_id = int(
            conn.execute(
                "INSERT INTO places (gazetteer_id, name, kind, lat, lon, country) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (gazetteer_id) DO UPDATE SET name = places.name RETURNING id",
                (place.key, place.name, place.kind, place.lat, place.lon, place.country),
            ).fetchone()[0]
        )
        conn.execute(
            "INSERT INTO document_places (document_id, position, place_id) VALUES (?, ?, ?)",
            (document_id, position, place_id),
        )
        conn.executemany(
            "INSERT INTO place_mentions (document_id, place_id, position, surface) VALUES (?, ?, ?, ?)",
            [(document_id, place_id, i, surface) for i, surface in enumerate(place.mentions)],
        )
        by_name.setdefault(place.name, place_id)
    return by_name


def read_extraction(conn: Connection, document_id: int) -> Extraction:
    mentions: dict[int, list[str]] = defaultdict(list)
    for appearance, surface in conn.execute(
        "SELECT appearance, surface FROM mentions WHERE document_id = ? ORDER BY appearance, position",
        (document_id,),
    ):
        mentions[appearance].append(surface)
    entities = [
        Entity(
            key=key,
            name=name,
            type=type_,
            country=country,
            title=title,
            mentions=mentions[position],
            kb_key=kb_key,
        )
        for position, key, kb_key, name, type_, country, title in conn.execute(
            "SELECT de.position, e.key, e.kb_key, de.name, de.type, de.country, de.title"
            " FROM document_entities de JOIN entities e ON e.id = de.entity_id"
            " WHERE de.document_id = ? ORDER BY de.position",
            (document_id,),
        )
    ]
    place_mentions: dict[int, list[str]] = defaultdict(list)
    for place_id, surface in conn.execute(
        "SELECT place_id, surface FROM place_mentions WHERE document_id = ? ORDER BY place_id, position",
        (document_id,),
    ):
        place_mentions[place_id].append(surface)
    places = [
        Place(key=key, name=name, kind=kind, lat=lat, lon=lon, country=country, mentions=place_mentions[pid])
        for pid, key, name, kind, lat, lon, country in conn.execute(
            "SELECT p.id, p.gazetteer_id, p.name, p.kind, p.lat, p.lon, p.country"
            " FROM document_places dp JOIN places p ON p.id = dp.place_id"
            " WHERE dp.document_id = ? ORDER BY dp.position",
            (document_id,),
        )
    ]
    events = [
        Event(
            type=row[0],
            mode=row[1],
            actor=row[2],
            actor_country=row[3],
            recipient=row[4],
            recipient_country=row[5],
            date=row[6],
            place=row[7],
            certainty=row[8],
            source=row[9],
            trigger=row[10],
            quantity=row[11],
            start=row[12],
            end=row[13],
            text=row[14],
            markers=tuple(json.loads(row[15])),
            confidence=row[16],
        )
        for row in conn.execute(
            "SELECT type, mode, actor, actor_country, recipient, recipient_country, date, place,"
            " certainty, source, trigger, quantity, start, end, text, markers, confidence"
            " FROM events WHERE document_id = ? ORDER BY position",
            (document_id,),
        )
    ]
    return Extraction(entities=entities, places=places, events=events)
