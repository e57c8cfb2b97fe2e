"""The `watchfloor` command: each command parses its arguments and calls the library."""

from __future__ import annotations

import os

# spaCy's small CNN pipeline multiplies small matrices: OpenBLAS's own threads only compete with
# the parser (and with the other processes of --workers). One BLAS thread parsed 10-35% faster on
# the seeds and the demo corpus, and it lets --workers scale. An explicit setting is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from watchfloor.cli import (  # noqa: F401
    bench_commands,
    brief_commands,
    edition_commands,
    export_commands,
    ingest_commands,
    kb_commands,
    read_commands,
    store_commands,
    subscribe_commands,
    user_commands,
    watch_commands,
    web_commands,
)
from watchfloor.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    app()
