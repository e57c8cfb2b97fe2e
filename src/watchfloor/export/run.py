"""Running an export: the formats, their media types, and writing to a file through a temporary
one (a failed export leaves no half file) or to any text stream."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from watchfloor.errors import InputError
from watchfloor.export.filters import ExportFilters
from watchfloor.export.source import ExportSource, Tick

Chunks = Callable[[ExportSource, Tick | None], Iterator[str]]


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    extension: str
    chunks: Chunks


def formats() -> dict[str, Format]:
    """Every export format by name (imported here, so loading one library does not load all)."""
    from watchfloor.export.csv_export import csv_chunks
    from watchfloor.export.ftm import ftm_chunks
    from watchfloor.export.geojson_export import geojson_chunks
    from watchfloor.export.gexf import gexf_chunks
    from watchfloor.export.jsonl import jsonl_chunks
    from watchfloor.export.stix import stix_chunks

    return {
        f.name: f
        for f in (
            Format("stix", "application/stix+json;version=2.1", "json", stix_chunks),
            Format("ftm", "application/x-ndjson", "ftm.json", ftm_chunks),
            Format("geojson", "application/geo+json", "geojson", geojson_chunks),
            Format("csv", "text/csv; charset=utf-8", "csv", csv_chunks),
            Format("gexf", "application/gexf+xml", "gexf", gexf_chunks),
            Format("jsonl", "application/x-ndjson", "jsonl", jsonl_chunks),
        )
    }


FORMAT_NAMES = ("stix", "ftm", "geojson", "csv", "gexf", "jsonl")


def export_chunks(
    db_path: Path | str, format_name: str, filters: ExportFilters, tick: Tick | None = None
) -> Iterator[str]:
    """The export as text chunks, read from the store while they are consumed."""
    chosen = formats().get(format_name)
    if chosen is None:
        raise InputError(format_name, f"unknown export format; choose one of {', '.join(FORMAT_NAMES)}")
    source = ExportSource.open(db_path, filters)
    try:
        yield from chosen.chunks(source, tick)
    finally:
        source.close()


def count_events(db_path: Path | str, filters: ExportFilters) -> int:
    source = ExportSource.open(db_path, filters)
    try:
        return source.count()
    finally:
        source.close()


def write_stream(chunks: Iterator[str], stream: TextIO) -> int:
    """Write every chunk; return the characters written."""
    written = 0
    for chunk in chunks:
        stream.write(chunk)
        written += len(chunk)
    return written


def write_file(chunks: Iterator[str], path: Path) -> int:
    """Write to a temporary file beside `path`, then rename it into place: on any failure the
    temporary file is removed and `path` is left as it was."""
    directory = path.resolve().parent
    if not directory.is_dir():
        raise InputError(str(path), f"cannot write the export: no directory {directory}")
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            written = write_stream(chunks, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except BaseException as exc:
        Path(partial).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(str(path), f"cannot write the export ({exc.strerror or exc})") from exc
        raise
    return written
