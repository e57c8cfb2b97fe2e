"""`export`: the store's events in STIX 2.1, FollowTheMoney, GeoJSON, CSV, GEXF or JSON Lines."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from watchfloor.cli.common import (
    DbOption,
    app,
    count_of,
    err,
    fail,
    progress_bar,
    require_store,
    settings_for,
)
from watchfloor.errors import WatchfloorError
from watchfloor.export import ExportFilters, count_events, export_chunks, write_file, write_stream
from watchfloor.store import open_store


class ExportFormat(StrEnum):
    stix = "stix"
    ftm = "ftm"
    geojson = "geojson"
    csv = "csv"
    gexf = "gexf"
    jsonl = "jsonl"


@app.command("export")
def export_command(
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="stix, ftm, geojson, csv, gexf or jsonl.")
    ],
    since: Annotated[str | None, typer.Option(help="Events dated on or after (2023, 2023-07).")] = None,
    until: Annotated[str | None, typer.Option(help="Events dated on or before (inclusive prefix).")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. AID.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 of either party's state.")] = None,
    entity: Annotated[str | None, typer.Option(help="Entity id, name or alias (either party).")] = None,
    min_certainty: Annotated[
        str | None,
        typer.Option(
            help="Keep this stance and stronger: denied < unlikely < possible < likely < "
            "attributed < almost_certain < asserted."
        ),
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="Keep events at least this confident (0-1).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (through a temporary file).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the events passing the filters, with their documents, parties and places."""
    try:
        filters = ExportFilters(
            since=since,
            until=until,
            type=event_type,
            country=country,
            entity=entity,
            min_certainty=min_certainty,
            min_confidence=min_confidence,
        )
        settings = settings_for(db)
        require_store(settings.db_path)
        with open_store(settings.db_path):
            pass  # brings an older store's schema up to date before the read-only export
        total = count_events(settings.db_path, filters)
        with progress_bar() as progress:
            progress.disable = not err.is_terminal
            task = progress.add_task(f"export {output_format.value}", total=total, current="")
            chunks = export_chunks(
                settings.db_path, output_format.value, filters, lambda n: progress.advance(task, n)
            )
            if output is None:
                write_stream(chunks, sys.stdout)
                sys.stdout.flush()
            else:
                written = write_file(chunks, output)
        if output is not None:
            err.print(f"{count_of(total, 'event')} exported to {output} ({written:,} characters)")
    except WatchfloorError as exc:
        raise fail(exc) from exc
