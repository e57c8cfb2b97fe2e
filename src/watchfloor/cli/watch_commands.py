"""`watch add|list|remove|digest`: saved watches over newly ingested events (see `watchfloor.watch`)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from watchfloor.cli.common import (
    DbOption,
    MinConfidenceOption,
    app,
    count_of,
    err,
    existing_store,
    fail,
    out,
    settings_for,
)
from watchfloor.errors import ConfigError, WatchfloorError
from watchfloor.store import open_store
from watchfloor.watch import (
    CERTAINTY_ORDER,
    add_watch,
    alert_counts,
    digest,
    list_watches,
    make_watch,
    remove_watch,
)

watch_app = typer.Typer(help="Saved watches: alerts on new events, by webhook, email or Atom feed.")
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="The watch's name (letters, digits, '.', '_', '-').")],
    entity: Annotated[
        list[str] | None, typer.Option("--entity", help="Entity id or name, actor or recipient.")
    ] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--type", help="PLOVER event type, e.g. AID.")
    ] = None,
    country: Annotated[
        list[str] | None, typer.Option("--country", help="ISO3 country of either party.")
    ] = None,
    keyword: Annotated[
        list[str] | None, typer.Option("--keyword", help="Word in the event's sentence.")
    ] = None,
    min_certainty: Annotated[
        str,
        typer.Option("--min-certainty", help=f"Weakest certainty matched: {' < '.join(CERTAINTY_ORDER)}."),
    ] = "possible",
    denied: Annotated[bool, typer.Option("--denied", help="Also match denied events.")] = False,
    min_confidence: MinConfidenceOption = None,
    webhook: Annotated[str | None, typer.Option("--webhook", help="POST alerts as JSON to this URL.")] = None,
    email: Annotated[str | None, typer.Option("--email", help="Mail alerts to this address.")] = None,
    atom: Annotated[
        bool, typer.Option("--atom", help="Alerts only in /feeds/watch/NAME.atom (default).")
    ] = False,
    daily: Annotated[bool, typer.Option("--daily", help="Collect alerts for `watch digest`.")] = False,
    db: DbOption = None,
) -> None:
    """Save a watch; it matches events ingested from now on."""
    try:
        if atom and (webhook or email):
            raise ConfigError("a watch delivers one way: give --webhook, --email or --atom, not several")
        watch = make_watch(
            name, entities=entity, types=event_type, countries=country, keywords=keyword,
            min_certainty=min_certainty, include_denied=denied, webhook=webhook, email=email, daily=daily,
            min_confidence=min_confidence,
        )  # fmt: skip
        with open_store(settings_for(db).db_path) as store:
            add_watch(store.conn, watch)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(f"watch {escape(name)} saved ({watch.delivery}, {watch.mode})")


@watch_app.command("list")
def list_command(db: DbOption = None) -> None:
    """List the saved watches with their criteria and alert counts."""
    try:
        with existing_store(db) as store:
            watches, counts = list_watches(store.conn), alert_counts(store.conn)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not watches:
        err.print("no watches")
    for w in watches:
        total, pending = counts.get(w.id or 0, (0, 0))
        criteria = [f"{label}={','.join(values)}" for label, values in (
            ("entity", w.entities), ("type", w.types), ("country", w.countries), ("keyword", w.keywords),
        ) if values]  # fmt: skip
        criteria.append(f"certainty>={w.min_certainty}" + ("+denied" if w.include_denied else ""))
        criteria.append(f"confidence>={w.min_confidence:g}")
        target = f" {w.target}" if w.target else ""
        out.print(
            escape(f"{w.name}\t{w.delivery}{target}\t{w.mode}\t{' '.join(criteria)}\t")
            + f"{count_of(total, 'alert')}, {pending} undelivered"
        )


@watch_app.command("remove")
def remove_command(
    name: Annotated[str, typer.Argument(help="The watch to delete.")], db: DbOption = None
) -> None:
    """Delete a watch and its alerts."""
    try:
        with existing_store(db) as store:
            removed = remove_watch(store.conn, name)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not removed:
        err.print(f"[red]error:[/red] no watch named {escape(name)}")
        raise typer.Exit(1)
    out.print(f"watch {escape(name)} removed")


@watch_app.command("digest")
def digest_command(db: DbOption = None) -> None:
    """Send each daily watch one message with all its alerts not delivered yet."""
    try:
        with existing_store(db) as store:
            results = digest(store.conn)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    failed = False
    for r in results:
        if r.error is not None:
            failed = True
            err.print(
                f"[red]{escape(r.watch)}[/red]: {count_of(r.alerts, 'alert')} not sent: {escape(r.error)}"
            )
        else:
            out.print(f"{escape(r.watch)}: {count_of(r.alerts, 'alert')} sent")
    if failed:
        raise typer.Exit(1)
