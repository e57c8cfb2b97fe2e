"""`search` and `extract`: reading what the store or the extraction holds."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from watchfloor.cli.common import (
    DbOption,
    MaxBytesOption,
    PrivateOption,
    WorkersOption,
    app,
    err,
    fail,
    out,
    require_store,
    settings_for,
)
from watchfloor.errors import WatchfloorError

if TYPE_CHECKING:  # each command imports what it runs when it runs: `extract` loads no store
    from watchfloor.models import Document, Layout
    from watchfloor.settings import Settings


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
    from watchfloor.store import SearchFilters, open_store

    try:
        settings = settings_for(db)
        require_store(settings.db_path)
        with open_store(settings.db_path) as store:
            hits = store.search(query, SearchFilters(since=since, until=until, source=source, limit=limit))
    except WatchfloorError as exc:
        raise fail(exc) from exc
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
        settings = settings_for(db_path, max_bytes, allow_private_urls)
        if from_db:
            failed = _print_records(_stored_records(settings.db_path), as_json)
        else:
            failed = _print_records(_extracted_records(paths or [], settings, workers), as_json)
    except WatchfloorError as exc:
        raise fail(exc) from exc
    if failed:
        raise typer.Exit(1)


def _usage(message: str) -> typer.Exit:
    err.print(f"[red]usage error:[/red] {escape(message)}; see --help")
    return typer.Exit(2)


Record = dict[str, object]


def _extracted_records(paths: list[str], settings: Settings, workers: int) -> Iterable[Record | str]:
    """Records of the documents in `paths`, or a problem (a string) for a source that failed."""
    from watchfloor.layout import analyse_layout
    from watchfloor.nlp.extract import extract_documents
    from watchfloor.readers import expand_sources, read_source
    from watchfloor.record import extraction_record

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
    from watchfloor.record import stored_record
    from watchfloor.store import open_store

    require_store(db_path)
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
