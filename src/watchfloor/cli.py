"""The `watchfloor` command: each command parses its arguments and calls the library."""

from __future__ import annotations

import os

# spaCy's small CNN pipeline multiplies small matrices: OpenBLAS's own threads only compete with
# the parser (and with the other processes of --workers). One BLAS thread parsed 10-35% faster on
# the seeds and the demo corpus, and it lets --workers scale. An explicit setting is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from watchfloor import demo as demo_lib
from watchfloor.bench import ExtractionSpeed, Speed, extraction_speed, ingest_throughput
from watchfloor.errors import StoreError, WatchfloorError
from watchfloor.ingest import IngestReport, Outcome, ingest_sources
from watchfloor.layout import analyse_layout
from watchfloor.models import Document, Layout
from watchfloor.nlp.extract import extract_documents
from watchfloor.readers import expand_sources, read_source
from watchfloor.record import extraction_record, stored_record
from watchfloor.settings import Settings
from watchfloor.store import SearchFilters, open_store
from watchfloor.web import serve
from watchfloor.web.bench import RouteLatency, web_latency

app = typer.Typer(
    help="Watchfloor: read OSINT reports and keep what they say as traceable data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEMO_DB = Path("watchfloor-demo.db")
DbOption = Annotated[
    Path | None, typer.Option("--db", help="SQLite store (default ./watchfloor.db; env WATCHFLOOR_DB).")
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this (env WATCHFLOOR_MAX_BYTES)."),
]
WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Processes that parse in parallel (spaCy n_process).")
]
PrivateOption = Annotated[
    bool,
    typer.Option("--allow-private-urls", help="Allow fetching loopback, private and link-local addresses."),
]


def _settings(db: Path | None = None, max_bytes: int | None = None, allow_private: bool = False) -> Settings:
    base = Settings.from_env()
    return base.with_overrides(db_path=db, max_bytes=max_bytes, allow_private_urls=allow_private or None)


def _fail(exc: WatchfloorError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(exc))}")
    return typer.Exit(2)


def _require_store(path: Path) -> None:
    """Reading commands do not create an empty store where the user mistyped a path."""
    if not path.exists():
        raise StoreError(f"{path}: no store here (ingest something first, or point --db at one)")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", style="dim"),
        console=err,
        transient=False,
    )


def run_ingest(
    sources: list[str], settings: Settings, label: str = "ingest", workers: int = 1
) -> IngestReport:
    """Ingest with a progress bar on stderr that advances as each source is stored; each failure
    is one line naming the source."""
    report = IngestReport()
    with open_store(settings.db_path) as store, _progress() as progress:
        task = progress.add_task(label, total=len(sources), current="")
        for result in ingest_sources(sources, store, settings, workers=workers):
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
        f"[dim](store: {escape(str(db_path))})[/dim]"
    )


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs or feeds.")],
    db: DbOption = None,
    max_bytes: MaxBytesOption = None,
    allow_private_urls: PrivateOption = False,
    workers: WorkersOption = 1,
) -> None:
    """Read reports into the store with what they say (entities, places, events); the same text
    twice is stored, and extracted, once."""
    try:
        settings = _settings(db, max_bytes, allow_private_urls)
        report = run_ingest(expand_sources(paths), settings, workers=workers)
    except WatchfloorError as exc:
        raise _fail(exc) from exc
    _print_counts(report, settings.db_path)
    if report.failed:
        raise typer.Exit(1)


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(help='Words, "phrases", OR, prefix*, -excluded.')],
    since: Annotated[
        str | None, typer.Option(help="Published on or after (2023, 2023-07, 2023-07-31).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (inclusive prefix).")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet, URL, or file name contains this.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per hit.")] = False,
    db: DbOption = None,
) -> None:
    """Full-text search over paragraphs, best first, with highlighted snippets."""
    try:
        settings = _settings(db)
        _require_store(settings.db_path)
        with open_store(settings.db_path) as store:
            hits = store.search(query, SearchFilters(since=since, until=until, source=source, limit=limit))
    except WatchfloorError as exc:
        raise _fail(exc) from exc
    if as_json:
        for hit in hits:
            sys.stdout.write(json.dumps(hit.as_dict(), ensure_ascii=False) + "\n")
        return
    if not hits:
        out.print("no matches")
        return
    for hit in hits:
        meta = " · ".join(x for x in (hit.published, hit.outlet, hit.document_name) if x)
        line = Text.assemble((hit.title or hit.document_name, "bold"), " ", (f"{meta} @{hit.start}", "dim"))
        pieces = ((text, "bold yellow" if matched else "") for text, matched in hit.parts)
        snippet = Text.assemble("  ", *pieces)
        out.print(line)
        out.print(snippet, end="\n\n")


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, globs, URLs or feeds.", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One SCHEMA.md record per line.")] = False,
    from_db: Annotated[
        bool,
        typer.Option("--db", help="Instead of PATHs: every stored document's record, read from the store."),
    ] = False,
    db_path: Annotated[
        Path | None,
        typer.Option(
            "--db-path",
            help="The store --db reads (implies --db; default ./watchfloor.db; env WATCHFLOOR_DB).",
        ),
    ] = None,
    max_bytes: MaxBytesOption = None,
    allow_private_urls: PrivateOption = False,
    workers: WorkersOption = 1,
) -> None:
    """Print the extraction record of each document: of PATHs (extracted now, nothing stored), or
    with --db of the documents in the store (as stored, no NLP runs)."""
    from_db = from_db or db_path is not None
    if from_db and paths:
        hint = " (the store's location goes in --db-path or WATCHFLOOR_DB)"
        raise _usage(f"--db prints the records of stored documents and takes no PATH{hint}")
    if not from_db and not paths:
        raise _usage("give the PATHs to extract, or --db to print the records of stored documents")
    try:
        settings = _settings(db_path, max_bytes, allow_private_urls)
        if from_db:
            failed = _print_records(_stored_records(settings.db_path), as_json)
        else:
            failed = _print_records(_extracted_records(paths or [], settings, workers), as_json)
    except WatchfloorError as exc:
        raise _fail(exc) from exc
    if failed:
        raise typer.Exit(1)


def _usage(message: str) -> typer.Exit:
    err.print(f"[red]usage error:[/red] {escape(message)}; see --help")
    return typer.Exit(2)


Record = dict[str, object]


def _extracted_records(paths: list[str], settings: Settings, workers: int) -> Iterable[Record | str]:
    """Records of the documents in `paths`, or a problem (a string) for a source that failed."""
    items: list[tuple[Document, Layout]] = []
    for source in expand_sources(paths):
        try:
            documents = read_source(source, settings)
        except WatchfloorError as exc:
            yield str(exc)
            continue
        items.extend((document, analyse_layout(document.text)) for document in documents)
    for (document, layout), extraction in zip(items, extract_documents(items, workers), strict=True):
        yield extraction_record(document, layout, extraction)


def _stored_records(db_path: Path) -> Iterable[Record | str]:
    _require_store(db_path)
    with open_store(db_path) as store:
        for document_id in store.document_ids():
            record = stored_record(store, document_id)
            if record is None:
                stored = store.get_document(document_id)
                name = stored.document.name if stored else str(document_id)
                yield f"{name}: stored before extraction existed; ingest it again to extract it"
            else:
                yield record


def _print_records(records: Iterable[Record | str], as_json: bool) -> int:
    """Print records (JSON Lines, or a table of counts); return how many sources failed."""
    failed = 0
    table = Table("document", "published", "entities", "places", "events", "citations")
    for record in records:
        if isinstance(record, str):
            err.print(f"[red]failed:[/red] {escape(record)}")
            failed += 1
        elif as_json:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            doc = record["doc"]
            assert isinstance(doc, dict)
            counts = (len(record[k]) for k in ("entities", "places", "events", "citations"))  # type: ignore[arg-type]
            table.add_row(str(doc["id"]), str(doc["published"] or "-"), *map(str, counts))
    if not as_json:
        out.print(table)
    return failed


@app.command("demo")
def demo_command(
    db: Annotated[Path, typer.Option("--db", help="Where to build the demo store (replaced).")] = DEMO_DB,
) -> None:
    """Ingest the built-in demo corpus into a fresh database and summarise it."""
    try:
        report = run_ingest(demo_lib.prepare_demo(db), _settings(db), label="demo corpus")
        summary = demo_lib.summarise_demo(db)
    except WatchfloorError as exc:
        raise _fail(exc) from exc
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
) -> None:
    """Print extraction speed next to spaCy's own on the same texts, in one process and in all."""
    try:
        if web_mode:
            settings = _settings(db)
            _require_store(settings.db_path)
            _print_web_latency(web_latency(settings.db_path, repeat or 50))
            return
        if ingest_mode:
            sources = paths or [str(p) for p in sorted(demo_lib.demo_corpus_dir().glob("*.txt"))]
            _print_ingest_throughput(sources, repeat or 3)
            return
        speed = extraction_speed(
            paths or demo_lib.demo_sources(), _settings(), processes or os.cpu_count() or 1, repeat or 1
        )
    except WatchfloorError as exc:
        raise _fail(exc) from exc
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
        title=f"Speed on {_count(speed.documents, 'document')}, {_count(speed.paragraphs, 'paragraph')},"
        f" {_count(speed.words, 'word')}",
    )
    table.add_row(
        "1 process", cell(speed.parse), cell(speed.extract), f"{speed.ratio(speed.extract, speed.parse):.2f}"
    )
    table.add_row(
        _count(n, "process", "processes") + (" (all cores)" if n == (os.cpu_count() or 1) else ""),
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


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def _print_ingest_throughput(sources: list[str], repeat: int) -> None:
    result = ingest_throughput(sources, repeat, _settings())
    table = Table("documents", "words", "seconds", "documents/s", "words/s", title="Ingest throughput")
    table.add_row(
        str(result.documents),
        f"{result.words:,}",
        f"{result.seconds:.2f}",
        f"{result.documents_per_second:,.1f}",
        f"{result.words_per_second:,.0f}",
    )
    out.print(table)


def _print_web_latency(latencies: list[RouteLatency]) -> None:
    table = Table("route", "requests", "median ms", "p95 ms", title="Web latency per route (in-process)")
    for measured in latencies:
        table.add_row(
            escape(measured.route),
            str(measured.requests),
            f"{measured.median_ms:.1f}",
            f"{measured.p95_ms:.1f}",
        )
    out.print(table)


@app.command("serve")
def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web workspace (search, reader, entity pages and the JSON API) over the store."""
    try:
        settings = _settings(db)
        _require_store(settings.db_path)
        serve(settings.db_path, host=host, port=port)
    except WatchfloorError as exc:
        raise _fail(exc) from exc


@app.command("screenshots")
def screenshots_command(
    out_dir: Annotated[Path, typer.Argument(help="Directory for the PNGs (created if missing).")],
    db: Annotated[
        Path | None,
        typer.Option("--db", help="SQLite store (default $WATCHFLOOR_DB, else ./watchfloor-demo.db)."),
    ] = None,
) -> None:
    """Serve the store on a free loopback port and save a full-page PNG of each page (search,
    reader, entity, map, timeline, network) taken in Chromium (/usr/bin/chromium)."""
    from watchfloor.web.screenshots import take_screenshots  # Playwright loads only for this command

    db_path = db or Path(os.environ.get("WATCHFLOOR_DB") or DEMO_DB)
    try:
        _require_store(db_path)
        written = take_screenshots(db_path, out_dir)
    except WatchfloorError as exc:
        raise _fail(exc) from exc
    for path in written:
        out.print(escape(str(path)))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
