"""`brief`: a drafted update for a period, from the store (see `watchfloor.brief`)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from watchfloor.brief import draft_brief_from, make_request, to_html, to_markdown
from watchfloor.cli.common import DbOption, MinConfidenceOption, app, err, fail, require_store, settings_for
from watchfloor.errors import ConfigError, InputError, WatchfloorError
from watchfloor.store import open_store


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


brief_app = typer.Typer(help="Draft a brief; `brief profile` saves briefs for editions.")
app.add_typer(brief_app, name="brief")


@brief_app.callback(invoke_without_command=True)
def brief_command(
    ctx: typer.Context,
    since: Annotated[
        str | None, typer.Option(help="First report day covered (2023-07-31, 2023-07 or 2023); required.")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Last report day covered (inclusive prefix).")] = None,
    actor: Annotated[
        list[str] | None, typer.Option("--actor", help="Entity id or name, either party (repeatable).")
    ] = None,
    country: Annotated[
        list[str] | None, typer.Option("--country", help="ISO3 or name of either party's state (repeatable).")
    ] = None,
    topic: Annotated[
        list[str] | None,
        typer.Option("--topic", help="military, diplomacy, economy, unrest, or a PLOVER type (repeatable)."),
    ] = None,
    takeaways: Annotated[int, typer.Option(min=1, max=20, help="How many Key Takeaways.")] = 5,
    min_confidence: MinConfidenceOption = None,
    output_format: Annotated[
        BriefFormat, typer.Option("--format", help="md, html or json.")
    ] = BriefFormat.md,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Draft a brief: Key Takeaways and sections by region, every sentence cited."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        if since is None:
            raise ConfigError("--since is required: the first report day the brief covers (e.g. 2024-03-14)")
        request = make_request(
            since, until, actor or [], country or [], topic or [], takeaways, min_confidence=min_confidence
        )
        settings = settings_for(db)
        require_store(settings.db_path)
        with open_store(settings.db_path):
            pass  # brings an older store's schema up to date before the read-only drafting
        brief = draft_brief_from(settings.db_path, request)
        if output_format is BriefFormat.html:
            text = to_html(brief)
        elif output_format is BriefFormat.json:
            text = json.dumps(brief.as_dict(), ensure_ascii=False, indent=1) + "\n"
        else:
            text = to_markdown(brief)
        if output is None:
            sys.stdout.write(text)
        else:
            _write(output, text)
            err.print(
                f"brief written to {output} ({len(brief.sentences)} sentences, {len(brief.sources)} sources)"
            )
    except WatchfloorError as exc:
        raise fail(exc) from exc


def _write(path: Path, text: str) -> None:
    """Write through a temporary file, so a failed write never leaves half a brief."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(str(path), f"cannot write the brief ({exc.strerror or exc})") from exc
