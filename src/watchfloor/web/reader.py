"""The reader's marked-up text: paragraphs, event sentences, and in them the mentions, places,
triggers and note markers, each with data attributes and a tooltip (see `markup` for why the
result is safe whatever the document holds)."""

from __future__ import annotations

from collections import defaultdict

from markupsafe import Markup, escape

from watchfloor.web.convert import event_label
from watchfloor.web.markup import Mark, close, render, tag
from watchfloor.web.schemas import CitationOut, DocumentOut, EventOut

_LINK_REL = "noopener noreferrer nofollow"


def reader_body(doc: DocumentOut) -> Markup:
    """The document's body (text before the notes) with its layers of marks."""
    layers = [_paragraphs(doc), _sentences(doc), _inline(doc)]
    return render(doc.text, 0, doc.body_end, layers)


def reader_notes(doc: DocumentOut) -> Markup:
    """The notes section as the document wrote it, escaped."""
    return escape(doc.text[doc.body_end :])


def _paragraphs(doc: DocumentOut) -> list[Mark]:
    return [
        Mark(p.start, p.end, tag("span", {"class": "para", "id": f"p{p.start}"}), close("span"))
        for p in doc.passages
        if p.kind == "paragraph"
    ]


def _sentences(doc: DocumentOut) -> list[Mark]:
    groups: dict[tuple[int, int], list[EventOut]] = defaultdict(list)
    for event in doc.events:
        groups[(event.start, event.end)].append(event)
    marks = []
    for (start, end), events in groups.items():
        attributes: dict[str, str | int | None] = {
            "class": "event",
            "id": f"s{start}",
            "data-event-ids": " ".join(str(e.id) for e in events),
            "data-types": " ".join(dict.fromkeys(e.type for e in events)),
            "data-certainty": " ".join(dict.fromkeys(e.certainty for e in events)),
            "data-dates": " ".join(dict.fromkeys(e.date for e in events if e.date)) or None,
            "title": "\n".join(event_label(e) for e in events),
        }
        marks.append(Mark(start, end, tag("span", attributes), close("span")))
    return marks


def _inline(doc: DocumentOut) -> list[Mark]:
    return [*_markers(doc), *_mentions(doc), *_triggers(doc)]


def _mentions(doc: DocumentOut) -> list[Mark]:
    entities: dict[tuple[int, int], list[int]] = defaultdict(list)
    places: dict[tuple[int, int], list[int]] = defaultdict(list)
    by_entity = {e.id: e for e in doc.entities}
    by_place = {p.id: p for p in doc.places}
    for entity in doc.entities:
        for span in entity.spans:
            entities[(span.start, span.end)].append(entity.id)
    for place in doc.places:
        for span in place.spans:
            places[(span.start, span.end)].append(place.id)
    marks = []
    for start, end in sorted(set(entities) | set(places)):
        entity_ids, place_ids = entities.get((start, end), []), places.get((start, end), [])
        tips = [
            " · ".join(x for x in (e.name, e.type, e.title, e.country) if x)
            for e in (by_entity[i] for i in entity_ids)
        ]
        tips += [
            f"place: {p.name} ({' · '.join(x for x in (p.kind, p.country) if x)})"
            for p in (by_place[i] for i in place_ids)
        ]
        classes = ["mention", *(["entity"] if entity_ids else []), *(["place"] if place_ids else [])]
        attributes: dict[str, str | int | None] = {
            "class": " ".join(classes),
            "data-entity-ids": " ".join(map(str, entity_ids)) or None,
            "data-place-ids": " ".join(map(str, place_ids)) or None,
            "data-types": " ".join(dict.fromkeys(by_entity[i].type for i in entity_ids)) or None,
            "title": "\n".join(tips),
        }
        opening, ending = tag("mark", attributes), close("mark")
        if entity_ids:
            opening = tag("a", {"class": "mention-link", "href": f"/entities/{entity_ids[0]}"}) + opening
            ending += close("a")
        marks.append(Mark(start, end, opening, ending))
    return marks


def _triggers(doc: DocumentOut) -> list[Mark]:
    marks = []
    for event in doc.events:
        if event.trigger_span is not None:
            title = (
                f"trigger of {event.type} (certainty: {event.certainty}, confidence: {event.confidence:.2f},"
                f" date: {event.date or 'unknown'})"
            )
            attributes: dict[str, str | int | None] = {
                "class": "trigger",
                "data-event-id": event.id,
                "title": title,
            }
            span = event.trigger_span
            marks.append(Mark(span.start, span.end, tag("span", attributes), close("span")))
    return marks


def _markers(doc: DocumentOut) -> list[Mark]:
    notes: dict[str, list[CitationOut]] = defaultdict(list)
    for citation in doc.citations:
        notes[citation.marker].append(citation)
    marks = []
    for marker in doc.markers:
        cited = [c for label in marker.labels for c in notes.get(label, [])]
        linked = [c for c in cited if c.href]
        label = ", ".join(marker.labels)
        if not linked:
            title = f"note {label}: " + (", ".join(c.url for c in cited) if cited else "no such note")
            opening = tag("span", {"class": "note unresolved", "title": title})
            marks.append(Mark(marker.start, marker.end, opening, close("span")))
            continue
        first, *more = linked
        opening = _note_link(first, "note", f"note {label}: {first.url}")
        ending = close("a") + Markup("").join(
            _note_link(c, "note more", f"note {c.marker}: {c.url}") + Markup("+") + close("a") for c in more
        )
        if any(c.defanged for c in cited):
            title = "the note gave this address defanged (e.g. 'dot' for '.'); follow with care"
            ending += tag("span", {"class": "flag defanged", "title": title}) + "defanged" + close("span")
        if any(c.foreign for c in cited):
            title = "the note marked this source as a foreign-domain site"
            ending += tag("span", {"class": "flag foreign", "title": title}) + "foreign" + close("span")
        marks.append(Mark(marker.start, marker.end, opening, ending))
    return marks


def _note_link(citation: CitationOut, classes: str, title: str) -> Markup:
    attributes: dict[str, str | int | None] = {
        "class": classes,
        "href": citation.href,
        "rel": _LINK_REL,
        "target": "_blank",
        "title": title,
        "data-marker": citation.marker,
    }
    return tag("a", attributes)
