"""PDF reports: text via pypdf, pages joined by blank lines, metadata from the document info."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from watchfloor.errors import InputError
from watchfloor.models import Document
from watchfloor.readers.bylines import detect_authors, split_authors
from watchfloor.readers.metadata import (
    clean_title,
    detect_lang,
    detect_published,
)
from watchfloor.readers.text import detect_title

# pypdf logs a warning for each flaw it repairs; with no logging set up those land on stderr and break
# the one-line-per-input output. A NullHandler keeps them off stderr but still lets them propagate.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

# Titles that word processors write into the info dictionary and that name nothing.
_JUNK_TITLE = re.compile(
    r"^(?:untitled|microsoft word\b.*|.*\.(?:docx?|pdf|indd|pages|odt|rtf))$", re.IGNORECASE
)


def parse_pdf(data: bytes, source: str, name: str, url: str | None = None) -> Document:
    """A document from PDF bytes; the info dictionary's title, author and date beat detection."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(source, "is not a PDF (no %PDF- header); check the file or its suffix")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(source, "PDF is encrypted with a password (decrypt it first)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds (PdfReadError, KeyError, ...) on broken files
        raise InputError(source, f"PDF could not be read ({exc}); is the file complete?") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputError(source, "PDF has no extractable text (a scanned image? run OCR on it first)")
    info_title, info_authors, info_date = _info(reader)
    title = clean_title(info_title) or clean_title(detect_title(text))
    return Document(
        text=text,
        source=source,
        name=name,
        format="pdf",
        title=title,
        published=info_date or detect_published(text),
        authors=info_authors or detect_authors(text, skip=[title or ""]),
        url=url,
        lang=detect_lang(text),
    )


def _info(reader: PdfReader) -> tuple[str | None, list[str], str | None]:
    """Title, authors and creation date from the info dictionary; missing or broken fields give nothing."""
    try:
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError):
        return None, [], None
    if info is None:
        return None, [], None
    title = info.title.strip() if isinstance(info.title, str) else None
    if title and _JUNK_TITLE.match(title):
        title = None
    authors = split_authors(info.author) if isinstance(info.author, str) else []
    try:
        created: dt.datetime | None = info.creation_date
    except (ValueError, TypeError):  # a malformed date string in the info dictionary
        created = None
    return title or None, authors, created.date().isoformat() if created else None
