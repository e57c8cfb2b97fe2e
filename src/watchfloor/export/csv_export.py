"""CSV: one row per event in an event-data layout (the column dictionary is in the README).

UTF-8 with a header row, RFC 4180 quoting (a sentence's quotes and line breaks stay inside its
cell), and no cell a spreadsheet would run: text starting with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading apostrophe (OWASP's advice against CSV injection). Numbers stay
numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from watchfloor.export.ids import absolute_url, date_precision, event_uuid
from watchfloor.export.source import DocumentInfo, ExportEvent, ExportSource, PlaceInfo, Tick

COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "date_precision",
    "type",
    "mode",
    "actor",
    "actor_country",
    "recipient",
    "recipient_country",
    "place",
    "lat",
    "lon",
    "certainty",
    "source",
    "confidence",
    "document_title",
    "document_url",
    "note_urls",
    "sentence",
    "trigger",
    "quantity",
    "document",
)
NOTE_SEPARATOR = " "  # URLs hold no spaces once made absolute
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A text cell a spreadsheet will show, never evaluate."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_row(event: ExportEvent, document: DocumentInfo, place: PlaceInfo | None) -> list[object]:
    row = event.row
    notes = dict.fromkeys(absolute_url(c.url)[0] for c in row.citations if c.url)
    text: list[str | None] = [
        event_uuid(event.document_key, event.position),
        row.date,
        date_precision(row.date),
        row.type,
        row.mode,
        row.actor,
        row.actor_country,
        row.recipient,
        row.recipient_country,
        row.place,
    ]
    cells: list[object] = [neutralise(v) if v else "" for v in text]
    cells += [place.lat if place else "", place.lon if place else ""]
    more: list[str | None] = [row.certainty, row.source]
    cells += [neutralise(v) if v else "" for v in more]
    cells.append(round(row.confidence, 3))
    last: list[str | None] = [
        document.title,
        absolute_url(document.url)[0] if document.url else None,
        NOTE_SEPARATOR.join(notes),
        row.text,
        row.trigger,
        row.quantity,
        document.name,
    ]
    cells += [neutralise(v) if v else "" for v in last]
    return cells


def csv_chunks(source: ExportSource, tick: Tick | None = None) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    places: dict[int, PlaceInfo | None] = {}
    for document, events in source.by_document(tick):
        for event in events:
            place_id = event.row.place_id
            if place_id is not None and place_id not in places:
                places[place_id] = source.place(place_id)
            writer.writerow(csv_row(event, document, places.get(place_id) if place_id else None))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()
