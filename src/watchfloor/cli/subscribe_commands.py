"""`subscribe add|list|remove`: who is mailed a brief profile's editions (see `watchfloor.editions`)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from watchfloor.cli.common import DbOption, app, err, existing_store, fail, out
from watchfloor.editions import add_subscriber, get_profile, list_subscribers, remove_subscriber
from watchfloor.errors import WatchfloorError

subscribe_app = typer.Typer(help="Subscribers: e-mail addresses mailed each new edition of a brief profile.")
app.add_typer(subscribe_app, name="subscribe")


@subscribe_app.command("add")
def add_command(
    address: Annotated[str, typer.Argument(help="The e-mail address, e.g. analyst@example.org.")],
    profile: Annotated[str, typer.Option("--profile", help="The brief profile to receive.")],
    db: DbOption = None,
) -> None:
    """Subscribe an address to a profile's editions (those mailed from now on)."""
    try:
        with existing_store(db) as store:
            subscriber = add_subscriber(store.conn, address, profile)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(escape(f"{subscriber.address} subscribed to {subscriber.profile}"))


@subscribe_app.command("list")
def list_command(
    profile: Annotated[str | None, typer.Option("--profile", help="Only this profile's.")] = None,
    removed: Annotated[bool, typer.Option("--all", help="Also those who unsubscribed.")] = False,
    db: DbOption = None,
) -> None:
    """List subscribers: address, profile, since when (and until when, with --all)."""
    try:
        with existing_store(db) as store:
            if profile is not None:
                get_profile(store.conn, profile)
            subscribers = [s for s in list_subscribers(store.conn, profile) if removed or s.active]
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not subscribers:
        err.print("no subscribers")
    for s in subscribers:
        until = f"\tunsubscribed {s.unsubscribed_at}" if s.unsubscribed_at else ""
        out.print(escape(f"{s.address}\t{s.profile}\tsince {s.created_at}{until}"))


@subscribe_app.command("remove")
def remove_command(
    address: Annotated[str, typer.Argument(help="The address to unsubscribe.")],
    profile: Annotated[
        str | None, typer.Option("--profile", help="Only from this profile (default: all).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Unsubscribe an address from a profile, or from every profile."""
    try:
        with existing_store(db) as store:
            ended = remove_subscriber(store.conn, address, profile)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not ended:
        where = f" to {profile}" if profile else ""
        err.print(f"[red]error:[/red] {escape(address)} is not subscribed{escape(where)}")
        raise typer.Exit(1)
    out.print(escape(f"{address} unsubscribed ({ended} profile{'s' if ended > 1 else ''})"))
