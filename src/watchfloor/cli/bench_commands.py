"""`bench`: speed figures printed from one run (no timing assertions live in tests)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from watchfloor.cli.common import (
    DbOption,
    app,
    count_of,
    fail,
    out,
    progress_bar,
    require_store,
    settings_for,
)
from watchfloor.errors import WatchfloorError

if TYPE_CHECKING:  # the commands import what they run when they run: `extract` starts fast
    from watchfloor.bench import ExtractionSpeed, Speed


@app.command("bench")
def bench_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Texts to measure on (default: the demo corpus).")
    ] = None,
    processes: Annotated[
        int | None, typer.Option("--processes", min=1, help="Processes of the all-cores run (default: all).")
    ] = None,
    ingest_mode: Annotated[
        bool, typer.Option("--ingest", help="Time whole ingests into a fresh store instead (see --repeat).")
    ] = False,
    repeat: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Copies of each input (default 1; with --ingest 3); with --web, requests per route (50).",
        ),
    ] = None,
    web_mode: Annotated[
        bool, typer.Option("--web", help="Time the web workspace's routes on the store at --db instead.")
    ] = False,
    db: DbOption = None,
    ray: Annotated[
        bool, typer.Option("--ray", help="With --ingest: 1 process, --processes (2) and Ray, same texts.")
    ] = False,
    ray_address: Annotated[
        str, typer.Option("--ray-address", help="The Ray cluster (auto: the running one, else local).")
    ] = "auto",
    scale: Annotated[
        int | None,
        typer.Option(
            "--scale",
            min=1000,
            help="Build a synthetic store of N passages (at --db, else in /tmp); time every route.",
        ),
    ] = None,
    growth_mode: Annotated[
        bool,
        typer.Option(
            "--growth", help="Per-document ingest cost at 10^3, 10^4, 10^5 stored documents (synthetic)."
        ),
    ] = False,
) -> None:
    """Print extraction speed next to spaCy's own on the same texts, in one process and in all."""
    try:
        if scale is not None:
            _scale(scale, db, repeat or 50)
            return
        if growth_mode:
            _growth(paths, db)
            return
        if ingest_mode and ray:
            from watchfloor import demo as demo_lib
            from watchfloor.cli.scale_output import print_ingest_rates
            from watchfloor.scale.ingest_rates import ingest_rates

            sources = paths or [str(p) for p in sorted(demo_lib.demo_corpus_dir().glob("*.txt"))]
            print_ingest_rates(
                ingest_rates(sources, repeat or 3, settings_for(), processes or 2, ray_address)
            )
            return
        if web_mode:
            settings = settings_for(db)
            require_store(settings.db_path)
            from watchfloor.cli.scale_output import print_route_latency
            from watchfloor.web.bench import web_latency

            latencies = web_latency(settings.db_path, repeat or 50)
            print_route_latency(latencies, "Web latency per route (in-process)", median="median ms")
            return
        if ingest_mode:
            from watchfloor import demo as demo_lib

            sources = paths or [str(p) for p in sorted(demo_lib.demo_corpus_dir().glob("*.txt"))]
            _print_ingest_throughput(sources, repeat or 3)
            return
        from watchfloor import demo as demo_lib
        from watchfloor.bench import extraction_speed

        speed = extraction_speed(
            paths or demo_lib.demo_sources(), settings_for(), processes or os.cpu_count() or 1, repeat or 1
        )
    except WatchfloorError as exc:
        raise fail(exc) from exc
    _print_extraction_speed(speed)


def _print_extraction_speed(speed: ExtractionSpeed) -> None:
    load = Table("loaded once", "seconds", title="Load and warm-up (outside the timed runs)")
    for what, seconds in speed.load:
        load.add_row(what, f"{seconds:.2f}")
    out.print(load)

    def cell(measured: Speed) -> str:
        return f"{measured.words_per_second:,.0f} ({measured.seconds:.2f} s)"

    n = speed.processes
    table = Table(
        "",
        "spaCy nlp.pipe, words/s",
        "extraction, words/s",
        "extraction ÷ spaCy",
        title=f"Speed on {count_of(speed.documents, 'document')}, {count_of(speed.paragraphs, 'paragraph')},"
        f" {count_of(speed.words, 'word')}",
    )
    table.add_row(
        "1 process", cell(speed.parse), cell(speed.extract), f"{speed.ratio(speed.extract, speed.parse):.2f}"
    )
    table.add_row(
        count_of(n, "process", "processes") + (" (all cores)" if n == (os.cpu_count() or 1) else ""),
        cell(speed.parse_all),
        cell(speed.extract_all),
        f"{speed.ratio(speed.extract_all, speed.parse_all):.2f}",
    )
    table.add_row(
        f"speed-up, {n} over 1",
        f"{speed.speed_up(speed.parse_all, speed.parse):.2f}×",
        f"{speed.speed_up(speed.extract_all, speed.extract):.2f}×",
        "",
    )
    out.print(table)


def _print_ingest_throughput(sources: list[str], repeat: int) -> None:
    from watchfloor.bench import ingest_throughput

    result = ingest_throughput(sources, repeat, settings_for())
    table = Table("documents", "words", "seconds", "documents/s", "words/s", title="Ingest throughput")
    table.add_row(
        str(result.documents),
        f"{result.words:,}",
        f"{result.seconds:.2f}",
        f"{result.documents_per_second:,.1f}",
        f"{result.words_per_second:,.0f}",
    )
    out.print(table)


def _scale(passages: int, db: Path | None, requests: int) -> None:
    from watchfloor.cli.scale_output import print_build, print_route_latency
    from watchfloor.scale.build import build_store
    from watchfloor.web.bench import web_latency

    path = db or Path(tempfile.gettempdir()) / f"watchfloor-scale-{passages}.db"
    with progress_bar() as progress:
        task = progress.add_task("synthetic store", total=passages, current="")
        result = build_store(path, passages, progress=lambda _d, p: progress.update(task, completed=p))
    print_build(result, str(path))
    print_route_latency(web_latency(path, requests), f"Routes on {result.passages:,} passages (in-process)")


def _growth(paths: list[str] | None, db: Path | None) -> None:
    from watchfloor import demo as demo_lib
    from watchfloor.cli.scale_output import print_growth
    from watchfloor.scale.growth import growth

    sources = paths or [str(p) for p in sorted(demo_lib.demo_corpus_dir().glob("*.txt"))]
    # a fresh store unless --db names one to grow further (a store left by an earlier run would
    # start past the smaller sizes)
    with tempfile.TemporaryDirectory(prefix="watchfloor-growth-") as scratch:
        path = db or Path(scratch) / "growth.db"
        with progress_bar() as progress:
            task = progress.add_task("growth", total=None, current="")

            def report(message: str) -> None:
                progress.update(task, current=message)

            points = growth(sources, path, settings_for(), progress=report)
    print_growth(points)
