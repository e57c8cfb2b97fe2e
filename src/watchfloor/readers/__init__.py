"""Readers: turn a source (text, Markdown, HTML, PDF, RSS/Atom file, or URL) into Documents.

`expand_sources` turns what a user names into sources; `read_source` reads one of them. Every
problem with an input is an InputError whose message says what is wrong and what to do.
"""

from __future__ import annotations

from pathlib import Path

from watchfloor.errors import InputError
from watchfloor.models import Document
from watchfloor.readers.files import decode_text, file_name, format_for, read_bytes, sniff_format
from watchfloor.readers.sources import expand_sources, is_glob
from watchfloor.readers.text import parse_text
from watchfloor.settings import Settings
from watchfloor.urls import is_url

__all__ = ["expand_sources", "parse_source", "read_source", "source_bytes"]


def read_source(spec: str, settings: Settings) -> list[Document]:
    """One document for a file or URL, one per item for an RSS/Atom feed."""
    if is_url(spec):
        from watchfloor.readers.web import read_url  # the HTTP client, only for a URL

        return read_url(spec, settings)
    return parse_source(spec, source_bytes(spec, settings))


def source_bytes(spec: str, settings: Settings) -> bytes:
    """The bytes of a file source (size-capped), to parse here or elsewhere (`parse_source`)."""
    if is_glob(spec) and not Path(spec).exists():
        raise InputError(spec, "no file matches this pattern (check the pattern, or quote it for the shell)")
    return read_bytes(spec, settings)


def parse_source(spec: str, data: bytes) -> list[Document]:
    """The documents in a file source's bytes, by its suffix or, without one, its content."""
    name = file_name(spec)
    kind = format_for(spec) or sniff_format(data) or "text"  # no known suffix: sniff, else plain text
    # each format's library is imported for a source of that format (pypdf alone takes 0.2 s)
    if kind == "html":
        from watchfloor.readers.html import parse_html

        return [parse_html(data, spec, name)]
    if kind == "pdf":
        from watchfloor.readers.pdf import parse_pdf

        return [parse_pdf(data, spec, name)]
    if kind == "feed":
        from watchfloor.readers.feed import parse_feed

        return parse_feed(data, spec, name)
    return [parse_text(decode_text(spec, data), spec, name, kind)]
