"""`brief profile add|list|remove`, `edition`, `daily` and `mail`: saved briefs published as
editions and mailed to their subscribers (see `watchfloor.editions`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.markup import escape

from watchfloor.cli.brief_commands import brief_app
from watchfloor.cli.common import (
    DbOption,
    app,
    count_of,
    err,
    existing_store,
    fail,
    out,
    progress_bar,
    settings_for,
)
from watchfloor.editions import (
    DEFAULT_MIN_CONFIDENCE,
    MailingReport,
    add_profile,
    delivery_counts,
    issue,
    list_editions,
    list_profiles,
    list_subscribers,
    mail_editions,
    make_editions,
    make_profile,
    remove_profile,
)
from watchfloor.editions.deliveries import RetryPolicy
from watchfloor.editions.issue import Edition, make_edition
from watchfloor.editions.mailing import Progress
from watchfloor.editions.profiles import get_profile
from watchfloor.editions.weekdays import describe
from watchfloor.errors import ConfigError, WatchfloorError
from watchfloor.store import open_store
from watchfloor.store.db import Connection
from watchfloor.watch.delivery import DeliverySettings

profile_app = typer.Typer(help="Saved brief profiles: the filters and weekdays of a published brief.")
brief_app.add_typer(profile_app, name="profile")

DayOption = Annotated[str | None, typer.Option("--date", help="Publication day, YYYY-MM-DD (default today).")]
ProfileOption = Annotated[
    list[str] | None, typer.Option("--profile", help="Only this profile (repeatable; default all).")
]


@profile_app.command("add")
def profile_add(
    name: Annotated[str, typer.Argument(help="The profile's name (letters, digits, '.', '_', '-').")],
    title: Annotated[str | None, typer.Option(help="The editions' title (default: the name).")] = None,
    actor: Annotated[
        list[str] | None, typer.Option("--actor", help="Entity id or name (repeatable).")
    ] = None,
    country: Annotated[
        list[str] | None, typer.Option("--country", help="ISO3 or state name (repeatable).")
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Theme or PLOVER type (repeatable).")
    ] = None,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out less confident events.")
    ] = DEFAULT_MIN_CONFIDENCE,
    weekdays: Annotated[
        str, typer.Option(help="Publication days: mon-fri, mon,wed,fri, daily, ... (default mon-fri).")
    ] = "mon-fri",
    takeaways: Annotated[int, typer.Option(min=1, max=20, help="How many Key Takeaways.")] = 5,
    db: DbOption = None,
) -> None:
    """Save a brief profile; `watchfloor daily` publishes it on its weekdays."""
    try:
        profile = make_profile(
            name, title=title, actors=actor, countries=country, topics=topic, min_confidence=min_confidence,
            weekdays=weekdays, takeaways=takeaways,
        )  # fmt: skip
        with open_store(settings_for(db).db_path) as store:
            add_profile(store.conn, profile)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(f"brief profile {escape(name)} saved (published {describe(profile.weekdays)})")


@profile_app.command("list")
def profile_list(db: DbOption = None) -> None:
    """List the brief profiles with their filters, editions and subscribers."""
    try:
        with existing_store(db) as store:
            profiles = list_profiles(store.conn)
            rows = [
                (
                    p,
                    len(list_editions(store.conn, p.name)),
                    sum(s.active for s in list_subscribers(store.conn, p.name)),
                )
                for p in profiles
            ]
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if not rows:
        err.print("no brief profiles")
    for p, editions, subscribers in rows:
        filters = [f"{label}={','.join(values)}" for label, values in (
            ("actor", p.actors), ("country", p.countries), ("topic", p.topics),
        ) if values]  # fmt: skip
        filters.append(f"confidence>={p.min_confidence:g}")
        out.print(
            escape(f"{p.name}\t{p.title}\t{describe(p.weekdays)}\t{' '.join(filters)}\t")
            + f"{count_of(editions, 'edition')}, {count_of(subscribers, 'subscriber')}"
        )


@profile_app.command("remove")
def profile_remove(
    name: Annotated[str, typer.Argument(help="The profile to delete.")], db: DbOption = None
) -> None:
    """Delete a profile with its editions and subscribers."""
    try:
        with existing_store(db) as store:
            get_profile(store.conn, name)
            remove_profile(store.conn, name)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    out.print(f"brief profile {escape(name)} removed")


@app.command("edition")
def edition_command(
    day: DayOption = None,
    profile: ProfileOption = None,
    replace: Annotated[bool, typer.Option("--replace", help="Draft the day's edition again.")] = False,
    archive_only: Annotated[
        bool, typer.Option("--archive-only", help="Keep it in the archive and feed; mail it to nobody.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Draft and store the edition of a publication day for each profile (whatever its weekdays);
    an edition that exists already is kept unless --replace. `daily` or `mail` mails it."""
    try:
        when = _day(day)
        settings = DeliverySettings.from_env()
        with existing_store(db) as store:
            chosen = profile or [p.name for p in list_profiles(store.conn)]
            if not chosen:
                raise ConfigError("no brief profiles: add one with `watchfloor brief profile add NAME`")
            for name in chosen:
                edition, made = make_edition(
                    store.conn,
                    get_profile(store.conn, name),
                    when,
                    settings.base_url,
                    replace_existing=replace,
                )
                if archive_only and edition.mailing_started_at is None:
                    issue.archive_only(store.conn, edition)
                _report_edition(edition, made, replace)
    except WatchfloorError as exc:
        raise fail(exc) from exc


@app.command("daily")
def daily_command(
    day: DayOption = None,
    profile: ProfileOption = None,
    mail: Annotated[
        bool, typer.Option("--mail/--no-mail", help="Mail the editions (default) or only make them.")
    ] = True,
    db: DbOption = None,
) -> None:
    """Make the day's editions of the profiles due that weekday, then mail what editions owe their
    subscribers. Safe to run again: nothing is made or mailed twice (for cron or a systemd timer)."""
    try:
        when = _day(day)
        settings = DeliverySettings.from_env()
        with existing_store(db) as store:
            editions, not_due = make_editions(store.conn, when, settings.base_url, profile)
            for edition, made in editions:
                _report_edition(edition, made, False)
            if not_due:
                err.print(f"not due on {when:%A}: {escape(', '.join(not_due))}")
            failed = _mail(store.conn, store.path, settings) if mail else False
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if failed:
        raise typer.Exit(1)


@app.command("mail")
def mail_command(
    resend_uncertain: Annotated[
        bool,
        typer.Option(
            "--resend-uncertain", help="Also resend messages a crash left uncertain (may duplicate)."
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Mail what editions still owe their subscribers: new editions, and failed sends now due again."""
    try:
        with existing_store(db) as store:
            failed = _mail(store.conn, store.path, DeliverySettings.from_env(), resend_uncertain)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if failed:
        raise typer.Exit(1)


def _mail(conn: Connection, path: str, settings: DeliverySettings, resend: bool = False) -> bool:
    """Mail with a progress bar; print what each edition's mailing did. True when something failed."""
    owed = sum(n for (_, state), n in delivery_counts(conn).items() if state in ("pending", "retry"))
    with progress_bar() as bar:
        task = bar.add_task("mail", total=None, current="")

        def advance(edition: Edition, subscriber: object, state: str) -> None:
            bar.update(task, advance=1, current=f"{edition.profile} {edition.day}: {state}")

        progress: Progress = advance
        reports, uncertain = mail_editions(conn, path, settings, RetryPolicy.from_env(), progress, resend)
        bar.update(task, total=max(owed, sum(sum(r.states.values()) for r in reports)))
    if uncertain:
        err.print(
            f"[yellow]{count_of(uncertain, 'message')} left uncertain by an interrupted mailing[/yellow]: not"
            " sent again (check the mail server's log; `watchfloor mail --resend-uncertain` resends them)"
        )
    return any(_print_mailing(r) for r in reports)


def _print_mailing(report: MailingReport) -> bool:
    states = ", ".join(f"{n} {state}" for state, n in sorted(report.states.items())) or "no subscribers"
    out.print(escape(f"{report.edition.profile} {report.edition.day}: {states}"))
    for error in report.errors:
        err.print(f"  [red]{escape(error)}[/red]")
    return any(state in report.states for state in ("failed", "retry", "uncertain"))


def _report_edition(edition: Edition, made: bool, replace: bool) -> None:
    what = ("replaced" if replace else "made") if made else "exists already (--replace drafts it again)"
    out.print(
        escape(f"{edition.profile} {edition.day}: {edition.title} {what}, {edition.sentences} sentences")
    )


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"--date {value!r}: give a day as YYYY-MM-DD") from None
