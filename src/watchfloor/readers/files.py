"""File-level checks shared by every reader: exists, is a file, size cap, binary, decoding, empty."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from urllib.parse import unquote

from watchfloor.errors import InputError
from watchfloor.models import Format
from watchfloor.settings import Settings
from watchfloor.urls import split_url

FEED = "feed"
FORMAT_BY_SUFFIX: dict[str, Format] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
KNOWN_SUFFIXES = frozenset(FORMAT_BY_SUFFIX)

# Control characters that never occur in text (everything below 0x20 except \t \n \f \r, plus DEL).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
# Legacy single-byte encoding tried when UTF-8 fails: Windows-1252 is what "not UTF-8" text usually is.
_FALLBACK_ENCODING = "cp1252"


def format_for(path: str | Path) -> Format | None:
    """The reader a file's suffix calls for, or None when the suffix says nothing."""
    return FORMAT_BY_SUFFIX.get(Path(path).suffix.lower())


def size_problem(size: int, settings: Settings, what: str = "file") -> str | None:
    """The message for an input over the size cap, or None when it fits."""
    if size <= settings.max_bytes:
        return None
    return (
        f"{what} is {size} bytes, over the {settings.max_bytes}-byte limit "
        "(raise it with --max-bytes or WATCHFLOOR_MAX_BYTES)"
    )


def read_bytes(source: str, settings: Settings) -> bytes:
    """The bytes of a file, after checking it exists, is a regular file, and fits under the cap."""
    path = Path(source)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(source, "no such file (check the path)") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise InputError(source, "is a directory, not a file (pass it as a source to read every file in it)")
    if not path.is_file():
        raise InputError(source, "is not a regular file")
    problem = size_problem(info.st_size, settings)
    if problem:  # checked before reading, so a huge file is never loaded
        raise InputError(source, problem)
    try:
        with path.open("rb") as handle:
            data = handle.read(settings.max_bytes + 1)
    except PermissionError:
        raise InputError(source, "permission denied (check the file's permissions)") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read: {exc.strerror or exc}") from None
    problem = size_problem(len(data), settings)  # the file grew between stat and read
    if problem:
        raise InputError(source, problem)
    require_content(source, data)
    return data


def require_content(source: str, data: bytes) -> None:
    """Refuse an empty or whitespace-only input."""
    if not data.strip():
        raise InputError(source, "is empty (no bytes at all)" if not data else "is empty (only white space)")


def require_not_binary(source: str, data: bytes) -> None:
    """Refuse bytes that are plainly not text (NUL bytes appear in binaries, never in text files)."""
    if b"\x00" in data:
        raise InputError(source, "looks binary (contains NUL bytes), not a text, HTML, PDF or feed file")


def decode_text(source: str, data: bytes) -> str:
    """Decode text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 if it reads as text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")  # its NUL bytes are part of the encoding, not a sign of binary
        except UnicodeDecodeError:
            pass
    require_not_binary(source, data)
    try:
        return data.decode("utf-8-sig")  # also accepts plain UTF-8 with no BOM
    except UnicodeDecodeError:
        pass
    if _looks_like_legacy_text(data):
        return data.decode(_FALLBACK_ENCODING)
    raise InputError(
        source, "is not UTF-8 text and does not look like text in another encoding (save it as UTF-8)"
    )


def _looks_like_legacy_text(data: bytes) -> bool:
    """True when bytes decode as Windows-1252 with no control characters and mostly ASCII."""
    try:
        data.decode(_FALLBACK_ENCODING)
    except UnicodeDecodeError:
        return False
    if any(byte in _CONTROL for byte in data):
        return False
    high = sum(1 for byte in data if byte >= 0x80)
    return high <= max(3, len(data) // 10)  # accented words in a text, not a blob of high bytes


def sniff_format(data: bytes) -> Format | None:
    """Guess the reader from the first bytes: PDF, feed, HTML; None when nothing says."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head:
        return "html"
    return None


def file_name(source: str) -> str:
    """The short name of a file: its basename."""
    return os.path.basename(source.rstrip("/\\")) or source


def url_name(url: str) -> str:
    """The short name of an address: its last path segment, or its host when the path is empty."""
    parts = split_url(url)
    if parts is None:
        return url
    segments = [segment for segment in parts.path.split("/") if segment]
    return unquote(segments[-1]) if segments else (parts.hostname or url)
