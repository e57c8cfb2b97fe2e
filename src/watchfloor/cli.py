"""The `watchfloor` command: each command parses its arguments and calls the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from watchfloor import demo as demo_lib
from watchfloor.bench import ingest_throughput
from watchfloor.errors import StoreError, WatchfloorError
from watchfloor.ingest import IngestReport, Outcome, ingest
from watchfloor.layout import analyse_layout
from watchfloor.models import Document, Layout
from watchfloor.nlp.extract import extract_documents
from watchfloor.readers import expand_sources, read_source
from watchfloor.record import extraction_record
from watchfloor.settings import Settings
from watchfloor.store import SearchFilters, open_store

app = typer.Typer(
    help="Watchfloor: read OSINT reports and keep what they say as traceable data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    Path | None, typer.Option("--db", help="SQLite store (default ./watchfloor.db; env WATCHFLOOR_DB).")
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this (env WATCHFLOOR_MAX_BYTES)."),
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


def run_ingest(sources: list[str], settings: Settings, label: str = "ingest") -> IngestReport:
    """Ingest with a progress bar on stderr; each failure is one line naming the source."""
    report = IngestReport()
    with open_store(settings.db_path) as store, _progress() as progress:
        task = progress.add_task(label, total=len(sources), current="")
        for source in sources:
            progress.update(task, current=escape(Path(source).name or source))
            for outcome in ingest([source], store, settings):
                report.outcomes.append(outcome)
                if outcome.status == "failed":
                    _print_failure(progress.console, outcome)
            progress.advance(task)
        progress.update(task, current="")
    return report


def _print_failure(console: Console, outcome: Outcome) -> None:
    console.print(f"[red]failed:[/red] {escape(outcome.source)}: {escape(outcome.message or '')}")


def _print_counts(report: IngestReport, db_path: Path) -> None:
    c = report.counts
    out.print(
        f"{c['new']} new, {c['unchanged']} unchanged, {c['failed']} failed "
        f"[dim](store: {escape(str(db_path))})[/dim]"
    )


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs or feeds.")],
    db: DbOption = None,
    max_bytes: MaxBytesOption = None,
    allow_private_urls: PrivateOption = False,
) -> None:
    """Read reports into the store; the same text twice is stored once."""
    try:
        settings = _settings(db, max_bytes, allow_private_urls)
        report = run_ingest(expand_sources(paths), settings)
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
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs or feeds.")],
    as_json: Annotated[bool, typer.Option("--json", help="One SCHEMA.md record per line.")] = False,
    max_bytes: MaxBytesOption = None,
    allow_private_urls: PrivateOption = False,
) -> None:
    """Print the extraction record of each document (nothing is stored)."""
    settings = _settings(None, max_bytes, allow_private_urls)
    failed = 0
    items: list[tuple[Document, Layout]] = []
    for source in expand_sources(paths):
        try:
            documents = read_source(source, settings)
        except WatchfloorError as exc:
            err.print(f"[red]failed:[/red] {escape(str(exc))}")
            failed += 1
            continue
        items.extend((document, analyse_layout(document.text)) for document in documents)
    table = Table("document", "published", "entities", "places", "events", "citations")
    for (document, layout), extraction in zip(items, extract_documents(items), strict=True):
        record = extraction_record(document, layout, extraction)
        if as_json:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            counts = (len(record[k]) for k in ("entities", "places", "events", "citations"))
            table.add_row(document.name, document.published or "-", *map(str, counts))
    if not as_json:
        out.print(table)
    if failed:
        raise typer.Exit(1)


@app.command("demo")
def demo_command(
    db: Annotated[Path, typer.Option("--db", help="Where to build the demo store (replaced).")] = Path(
        "watchfloor-demo.db"
    ),
) -> None:
    """Ingest the built-in demo corpus into a fresh database and summarise it."""
    try:
        report = run_ingest(demo_lib.prepare_demo(db), _settings(db), label="demo corpus")
        summary = demo_lib.summarise_demo(db)
    except WatchfloorError as exc:
        raise _fail(exc) from exc
    _print_counts(report, db)
    table = Table("documents", "paragraphs and sentences", "citations", title="Demo store")
    table.add_row(str(summary.stats.documents), str(summary.stats.passages), str(summary.stats.citations))
    out.print(table)
    out.print(f"[bold]Top hits for {summary.sample_query!r}:[/bold]")
    for hit in summary.sample_hits:
        out.print(f"  {escape(hit.title or hit.document_name)} [dim]({hit.published or 'undated'})[/dim]")
    out.print(f'Try: watchfloor search --db {escape(str(db))} "Shahed OR Geran"')
    if report.failed:
        raise typer.Exit(1)


@app.command("bench")
def bench_command(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Texts to measure on (default: the demo corpus).")
    ] = None,
    repeat: Annotated[int, typer.Option(min=1, help="Copies of each input.")] = 200,
) -> None:
    """Print ingest throughput (readers, layout and store) in documents/s and words/s."""
    sources = paths or [str(p) for p in demo_lib.demo_corpus_dir().glob("*.txt")]
    try:
        result = ingest_throughput(sources, repeat, _settings())
    except WatchfloorError as exc:
        raise _fail(exc) from exc
    table = Table("documents", "words", "seconds", "documents/s", "words/s", title="Ingest throughput")
    table.add_row(
        str(result.documents),
        f"{result.words:,}",
        f"{result.seconds:.2f}",
        f"{result.documents_per_second:,.1f}",
        f"{result.words_per_second:,.0f}",
    )
    out.print(table)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
