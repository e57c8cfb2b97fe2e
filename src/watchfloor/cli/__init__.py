"""The `watchfloor` command: each command parses its arguments and calls the library.

A run imports only the module of the command it runs: `watchfloor extract` loads no store, mail,
brief, web or PDF code (their imports took 1.5 s). Help, shell completion and an unknown name
load every command. `watchfloor.cli.app` is the app with every command (tests, `CliRunner`).
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING

# spaCy's small CNN pipeline multiplies small matrices: OpenBLAS's own threads only compete with
# the parser (and with the other processes of --workers). One BLAS thread parsed 10-35% faster on
# the seeds and the demo corpus, and it lets --workers scale. An explicit setting is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

if TYPE_CHECKING:
    import typer

    app: typer.Typer

# each command (or group of commands) -> the module that registers it (tests/test_cli_commands.py
# checks this against the commands the modules register)
COMMANDS: dict[str, str] = {
    "search": "read_commands",
    "extract": "read_commands",
    "bench": "bench_commands",
    "brief": "edition_commands",  # brief_commands' group, with edition_commands' `brief profile`
    "edition": "edition_commands",
    "daily": "edition_commands",
    "mail": "edition_commands",
    "export": "export_commands",
    "ingest": "ingest_commands",
    "demo": "ingest_commands",
    "kb": "kb_commands",
    "store": "store_commands",
    "subscribe": "subscribe_commands",
    "users": "user_commands",
    "watch": "watch_commands",
    "serve": "web_commands",
    "screenshots": "web_commands",
}

# every command module, in the order their commands are listed in help
MODULES = (
    "bench_commands", "brief_commands", "edition_commands", "export_commands", "ingest_commands",
    "kb_commands", "read_commands", "store_commands", "subscribe_commands", "user_commands",
    "watch_commands", "web_commands",
)  # fmt: skip

__all__ = ["COMMANDS", "MODULES", "app", "load_commands", "main"]


def load_commands(name: str | None = None) -> typer.Typer:
    """The app with command `name` registered; with no name, or one it does not know, every command."""
    from watchfloor.cli.common import app

    modules = [COMMANDS[name]] if name in COMMANDS else MODULES
    for module in modules:
        import_module(f"watchfloor.cli.{module}")
    return app


def main() -> None:
    load_commands(sys.argv[1] if len(sys.argv) > 1 else None)()


def __getattr__(name: str) -> object:
    if name == "app":
        return load_commands()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
