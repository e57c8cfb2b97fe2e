"""What every command shares: the app, the consoles, the options, settings and errors."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from watchfloor.errors import StoreError, WatchfloorError
from watchfloor.settings import CONFIDENT, Settings

if TYPE_CHECKING:  # a command that uses no store does not load it (`extract FILE`)
    from watchfloor.store import DocumentStore

app = typer.Typer(
    help="Watchfloor: read OSINT reports and keep what they say as traceable data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _group() -> None:
    # a callback keeps the app a group of commands when a run registers only one (cli/__init__.py
    # imports only the command's module): Typer would otherwise run a lone command as the app
    pass


out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEMO_DB = Path("watchfloor-demo.db")
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="The store: a SQLite file (default ./watchfloor.db) or a postgresql:// URL; env WATCHFLOOR_DB.",
    ),
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this (env WATCHFLOOR_MAX_BYTES)."),
]
WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Processes that parse in parallel (spaCy n_process).")
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help=f"Leave out events below this confidence (0 keeps all; default {CONFIDENT}, env"
        " WATCHFLOOR_MIN_CONFIDENCE).",
    ),
]
PrivateOption = Annotated[
    bool,
    typer.Option("--allow-private-urls", help="Allow fetching loopback, private and link-local addresses."),
]


def settings_for(
    db: Path | None = None, max_bytes: int | None = None, allow_private: bool = False
) -> Settings:
    base = Settings.from_env()
    return base.with_overrides(db_path=db, max_bytes=max_bytes, allow_private_urls=allow_private or None)


def fail(exc: WatchfloorError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(exc))}")
    return typer.Exit(2)


def require_store(path: Path) -> None:
    """Reading commands do not create an empty store where the user mistyped a path."""
    from watchfloor.store.db import is_url

    if not is_url(path) and not path.exists():  # a PostgreSQL database is checked by connecting
        raise StoreError(f"{path}: no store here (ingest something first, or point --db at one)")


def existing_store(db: Path | None) -> DocumentStore:
    """The store `--db` (or the settings) names, which must exist: commands that manage what a
    store holds never create an empty one where the user mistyped a path."""
    from watchfloor.store import open_store

    path = settings_for(db).db_path
    require_store(path)
    return open_store(path)


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", style="dim"),
        console=err,
        transient=False,
    )


def count_of(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
