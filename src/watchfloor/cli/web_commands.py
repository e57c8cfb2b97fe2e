"""`serve` and `screenshots`: the web workspace."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from watchfloor.cli.common import (
    DEMO_DB,
    DbOption,
    app,
    fail,
    out,
    require_store,
    settings_for,
)
from watchfloor.errors import WatchfloorError


@app.command("serve")
def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    daily: Annotated[
        str | None,
        typer.Option("--daily", help="Also run `watchfloor daily` every day at HH:MM, local time."),
    ] = None,
) -> None:
    """Serve the web workspace (search, reader, entity pages and the JSON API) over the store."""
    try:
        settings = settings_for(db)
        require_store(settings.db_path)
        if daily is not None:
            from watchfloor.editions.daily import start_daily

            start_daily(settings.db_path, daily)
            out.print(f"editions: `watchfloor daily` runs every day at {escape(daily)}")
        from watchfloor.web import serve

        serve(settings.db_path, host=host, port=port)
    except WatchfloorError as exc:
        raise fail(exc) from exc


@app.command("screenshots")
def screenshots_command(
    out_dir: Annotated[Path, typer.Argument(help="Directory for the PNGs (created if missing).")],
    db: Annotated[
        Path | None,
        typer.Option("--db", help="SQLite store (default $WATCHFLOOR_DB, else ./watchfloor-demo.db)."),
    ] = None,
) -> None:
    """Serve the store on a free loopback port and save a full-page PNG of each page (search,
    reader, entity, map, timeline, network) taken in Chromium (/usr/bin/chromium)."""
    from watchfloor.web.screenshots import take_screenshots  # Playwright loads only for this command

    db_path = db or Path(os.environ.get("WATCHFLOOR_DB") or DEMO_DB)
    try:
        require_store(db_path)
        written = take_screenshots(db_path, out_dir)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    for path in written:
        out.print(escape(str(path)))
