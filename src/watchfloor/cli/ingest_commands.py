"""`ingest` and `demo`: reading sources into the store, with a progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from watchfloor.cli.common import (
    DEMO_DB,
    DbOption,
    MaxBytesOption,
    PrivateOption,
    WorkersOption,
    app,
    fail,
    out,
    progress_bar,
    settings_for,
)
from watchfloor.errors import WatchfloorError
from watchfloor.readers import expand_sources
from watchfloor.settings import Settings
from watchfloor.store import open_store
from watchfloor.store.db import display_location

if TYPE_CHECKING:  # imported where used, so that other commands start fast
    from watchfloor.ingest import IngestReport, Outcome


def run_ingest(
    sources: list[str], settings: Settings, label: str = "ingest", workers: int = 1, ray: str | None = None
) -> IngestReport:
    """Ingest with a progress bar on stderr that advances as each source is stored; each failure
    is one line naming the source. With `ray` (an address, or "auto"), extraction runs on Ray."""
    from watchfloor.ingest import IngestReport, ingest_sources

    report = IngestReport()
    with open_store(settings.db_path) as store, progress_bar() as progress:
        task = progress.add_task(label, total=len(sources), current="")
        if ray is not None:
            from watchfloor.ray_ingest import ingest_sources_ray

            results = ingest_sources_ray(sources, store, settings, address=ray)
        else:
            results = ingest_sources(sources, store, settings, workers=workers)
        for result in results:
            for outcome in result.outcomes:
                report.outcomes.append(outcome)
                if outcome.status == "failed":
                    _print_failure(progress.console, outcome)
            progress.update(task, advance=1, current=escape(Path(result.source).name or result.source))
        progress.update(task, current="")
    return report


def _print_failure(console: Console, outcome: Outcome) -> None:
    console.print(f"[red]failed:[/red] {escape(outcome.source)}: {escape(outcome.message or '')}")


def _print_counts(report: IngestReport, db_path: Path) -> None:
    c = report.counts
    backfilled = sum(o.extracted for o in report.outcomes if o.status == "unchanged")
    earlier = f"; {backfilled} stored earlier, now extracted" if backfilled else ""
    out.print(
        f"{c['new']} new, {c['unchanged']} unchanged, {c['failed']} failed{earlier} "
        f"[dim](store: {escape(display_location(db_path))})[/dim]"
    )


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs or feeds.")],
    db: DbOption = None,
    max_bytes: MaxBytesOption = None,
    allow_private_urls: PrivateOption = False,
    workers: WorkersOption = 1,
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            metavar="auto|ADDRESS",
            help="Extract on a Ray cluster (auto: the running one, else a local one); needs watchfloor[ray].",
        ),
    ] = None,
) -> None:
    """Read reports into the store with what they say (entities, places, events); the same text
    twice is stored, and extracted, once."""
    try:
        settings = settings_for(db, max_bytes, allow_private_urls)
        report = run_ingest(expand_sources(paths), settings, workers=workers, ray=ray)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    _print_counts(report, settings.db_path)
    if report.failed:
        raise typer.Exit(1)


@app.command("demo")
def demo_command(
    db: Annotated[Path, typer.Option("--db", help="Where to build the demo store (replaced).")] = DEMO_DB,
) -> None:
    """Ingest the built-in demo corpus into a fresh database and summarise it."""
    try:
        from watchfloor import demo as demo_lib

        report = run_ingest(demo_lib.prepare_demo(db), settings_for(db), label="demo corpus")
        summary = demo_lib.summarise_demo(db)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    _print_counts(report, db)
    stats = summary.stats
    table = Table(
        "documents",
        "paragraphs and sentences",
        "citations",
        "entities",
        "places",
        "events",
        title="Demo store",
    )
    table.add_row(*map(str, (stats.documents, stats.passages, stats.citations)),
                  *map(str, (stats.entities, stats.places, stats.events)))  # fmt: skip
    out.print(table)
    types = Table("event type", "events", title="Top event types")
    for event_type, events in summary.top_event_types:
        types.add_row(event_type, str(events))
    out.print(types)
    out.print(f"[bold]Top hits for {summary.sample_query!r}:[/bold]")
    for hit in summary.sample_hits:
        out.print(f"  {escape(hit.title or hit.document_name)} [dim]({hit.published or 'undated'})[/dim]")
    out.print(f'Try: watchfloor search --db {escape(str(db))} "Shahed OR Geran"')
    out.print(f"     watchfloor extract --db-path {escape(str(db))} --json")
    if report.failed:
        raise typer.Exit(1)
