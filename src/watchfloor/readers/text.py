"""Plain text and Markdown: the text as written (minus front matter), metadata stated or detected."""

from __future__ import annotations

from watchfloor.errors import InputError
from watchfloor.models import Document, Format, normalize_text
from watchfloor.readers.bylines import detect_authors, parse_byline
from watchfloor.readers.files import decode_text, file_name, read_bytes
from watchfloor.readers.frontmatter import split_front_matter
from watchfloor.readers.metadata import (
    SHORT_LINE,
    clean_title,
    date_in_url,
    detect_lang,
    detect_published,
    head_lines,
    is_date_line,
    is_url_line,
    markdown_heading,
)
from watchfloor.settings import Settings

TITLE_LINES = 4  # the title is one of the first few lines, or there is none


def read_text_file(source: str, settings: Settings, fmt: Format = "text") -> Document:
    """Read a .txt or .md file (a .txt written in Markdown stays "text": its text is kept as written)."""
    return parse_text(decode_text(source, read_bytes(source, settings)), source, file_name(source), fmt)


def detect_title(text: str) -> str | None:
    """The title: a leading `# heading`, else the first short line that is no date, address or byline."""
    for index, line in enumerate(head_lines(text, limit=TITLE_LINES)):
        heading = markdown_heading(line)
        if heading is not None and index == 0:
            return heading
        if is_date_line(line) or is_url_line(line) or parse_byline(line):
            continue
        return line if len(line) <= SHORT_LINE else None
    return None


def parse_text(text: str, source: str, name: str, fmt: Format, url: str | None = None) -> Document:
    """A document from decoded text; front matter values beat what is detected from the text."""
    meta, body = split_front_matter(source, text)
    had_block = len(body) < len(text.lstrip("\ufeff"))
    if had_block:
        body = body.lstrip("\n")
    readable = normalize_text(body)  # what would be stored (NUL characters dropped)
    if not readable.strip():
        problem = (
            "is empty after its front matter (no text to read)"
            if had_block
            else "is empty (only white space)"
        )
        raise InputError(source, problem)
    if not any(char.isprintable() and not char.isspace() for char in readable):
        raise InputError(source, "holds no readable text (only control characters)")
    title_line = detect_title(body)
    title = clean_title(meta.title or title_line)
    skip = [line for line in (title_line, meta.title) if line]
    return Document(
        text=body,
        source=source,
        name=name,
        format=fmt,
        title=title,
        published=meta.published or detect_published(body) or date_in_url(meta.url or url),
        authors=list(meta.authors) or detect_authors(body, skip=skip),
        outlet=meta.outlet,
        url=meta.url or url,
        lang=meta.lang or detect_lang(body),
    )
