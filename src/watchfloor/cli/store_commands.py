"""`store backup`, `store restore`, `store check`: keep the analyst's only copy safe; `store copy`:
move a store between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from watchfloor.cli.common import DbOption, app, count_of, err, fail, out, settings_for
from watchfloor.errors import StoreError, WatchfloorError
from watchfloor.store.backup import Copied, backup_store, restore_store
from watchfloor.store.backup import Progress as Tick
from watchfloor.store.check import check_store
from watchfloor.store.copy import BATCH, TableCount, copy_store
from watchfloor.store.db import display_location, is_url

store_app = typer.Typer(
    help="The store itself: back it up, restore it, check it, copy it.", no_args_is_help=True
)
app.add_typer(store_app, name="store")
ForceOption = Annotated[bool, typer.Option("--force", help="Replace what is there.")]


def _sqlite_only(location: Path, command: str) -> Path:
    if is_url(location):
        raise StoreError(
            f"{display_location(location)}: `store {command}` is for SQLite stores; for PostgreSQL use"
            " pg_dump and pg_restore, or `watchfloor store copy URL FILE` for a SQLite copy"
        )
    return Path(location)


@contextmanager
def _pages(description: str) -> Iterator[Tick]:
    """A progress bar over the database pages copied."""
    bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("pages"), TimeElapsedColumn(), console=err)  # fmt: skip
    with bar:
        task = bar.add_task(description, total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield tick


def _said(copied: Copied, verb: str) -> None:
    latest = f", latest ingested {copied.latest}" if copied.latest else ""
    out.print(f"{verb} {escape(str(copied.path))}: {count_of(copied.documents, 'document')}{latest}")


@store_app.command("backup")
def backup_command(
    dest: Annotated[Path, typer.Argument(help="The backup file, or a folder to put a dated one in.")],
    db: DbOption = None,
    force: ForceOption = False,
) -> None:
    """A consistent copy of the store, safe to take while an ingest or the server runs (SQLite's
    online backup); the copy is checked before it is put in place."""
    try:
        source = _sqlite_only(settings_for(db).db_path, "backup")
        with _pages(f"backing up {source}") as tick:
            copied = backup_store(Path(source), dest, force, tick)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    _said(copied, "backed up to")


@store_app.command("restore")
def restore_command(
    backup: Annotated[Path, typer.Argument(help="A backup made by `watchfloor store backup`.")],
    db: DbOption = None,
    force: ForceOption = False,
) -> None:
    """Bring the store back to a backup; a store holding documents the backup lacks, or newer ones,
    is only replaced with --force. Stop `watchfloor serve` on it first."""
    try:
        target = _sqlite_only(settings_for(db).db_path, "restore")
        with _pages(f"restoring {backup}") as tick:
            copied = restore_store(backup, target, force, tick)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    _said(copied, "restored")


@store_app.command("check")
def check_command(db: DbOption = None) -> None:
    """Run SQLite's integrity checks and the store's own; list problems by table (exit 1 if any)."""
    try:
        path = _sqlite_only(settings_for(db).db_path, "check")
        problems = check_store(path)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not problems:
        out.print(f"{escape(str(path))}: ok (integrity, foreign keys, full-text index, spans)")
        return
    table = Table("table", "problem", title=f"Problems in {escape(str(path))}")
    for problem in problems:
        table.add_row(escape(problem.table), escape(problem.message))
    out.print(table)
    raise typer.Exit(1)


@store_app.command("copy")
def copy_command(
    source: Annotated[str, typer.Argument(help="The store to copy: a SQLite file or a postgresql:// URL.")],
    destination: Annotated[str, typer.Argument(help="Where to: a SQLite file or a postgresql:// URL.")],
    batch: Annotated[int, typer.Option("--batch", min=1, help="Rows per transaction.")] = BATCH,
) -> None:
    """Copy a whole store between SQLite and PostgreSQL (either way), in batches; run it again after
    an interruption and it resumes. Ends with each table's rows on both sides."""
    bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("rows"), TimeElapsedColumn(), console=err)  # fmt: skip
    try:
        with bar:
            task = bar.add_task(f"copying {source}", total=None)

            def tick(table: str, rows: int, total: int) -> None:
                bar.update(task, advance=rows, total=total, description=f"copying {table}")

            found = copy_store(source, destination, tick, batch)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    _print_counts(found, destination)


def _print_counts(found: list[TableCount], destination: str) -> None:
    table = Table("table", "source", "destination", title=f"Rows copied to {escape(destination)}")
    for row in found:
        mark = "" if row.source == row.destination or row.table == "secrets" else " [red](differs)[/red]"
        table.add_row(row.table, str(row.source), f"{row.destination}{mark}")
    out.print(table)
    if any(r.source != r.destination for r in found if r.table != "secrets"):
        raise typer.Exit(1)
