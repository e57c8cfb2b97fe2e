"""`kb import`: known entities from FollowTheMoney or STIX 2.1 into a knowledge-base extension."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from watchfloor.cli.common import app, count_of, err, fail
from watchfloor.errors import WatchfloorError
from watchfloor.kb.import_write import import_file
from watchfloor.kb.loader import ENV_EXTRA, extra_dirs_from_env

kb_app = typer.Typer(help="The knowledge base: import known entities.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("import")
def import_command(
    path: Annotated[Path, typer.Argument(help="FtM entities (JSON Lines) or a STIX 2.1 bundle.")],
    into: Annotated[
        Path | None,
        typer.Option(help=f"Extension directory (default: the first of {ENV_EXTRA}, else ./watchfloor-kb)."),
    ] = None,
) -> None:
    """Import people, organisations and places; name the directory in WATCHFLOOR_KB_EXTRA to use it."""
    target = into or next(iter(extra_dirs_from_env()), Path("watchfloor-kb"))
    try:
        result = import_file(path, target)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    for problem in result.problems:
        err.print(f"[yellow]skipped:[/yellow] {escape(problem)}")
    err.print(
        f"{count_of(result.added, 'entity', 'entities')} added, {result.extended} extended, "
        f"{len(result.problems)} skipped; written to {target} (set {ENV_EXTRA}={target} to use it)"
    )
    if result.problems:
        raise typer.Exit(1)
