"""Turning the sources a user names (files, directories, globs, URLs) into a list of readable sources."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from watchfloor.readers.files import KNOWN_SUFFIXES
from watchfloor.urls import is_url

_GLOB_CHARS = frozenset("*?[")


def is_glob(spec: str) -> bool:
    return any(char in spec for char in _GLOB_CHARS)


def _is_hidden(path: Path, root: Path) -> bool:
    """True when the file or any folder between it and the root starts with a dot."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    return any(part.startswith(".") and part not in {".", ".."} for part in parts)


def _readable(path: Path, root: Path) -> bool:
    return path.is_file() and path.suffix.lower() in KNOWN_SUFFIXES and not _is_hidden(path, root)


def _walk(directory: Path) -> list[str]:
    """Every file with a known suffix under a directory, recursively, sorted, hidden ones skipped."""
    return sorted(str(path) for path in directory.rglob("*") if _readable(path, directory))


def _expand_glob(pattern: str) -> list[str]:
    """Files a glob matches (with ** recursive); matched directories are walked."""
    found: list[str] = []
    for match in sorted(glob.glob(pattern, recursive=True)):  # glob itself skips dot-files
        path = Path(match)
        if path.is_dir():
            found.extend(_walk(path))
        elif path.is_file() and path.suffix.lower() in KNOWN_SUFFIXES:
            found.append(match)
    return found


def expand_sources(specs: Iterable[str]) -> list[str]:
    """Files, directories (recursive), globs and http(s) URLs, as a flat list without repeats.

    A path that does not exist (and a glob that matches nothing) passes through unchanged, so
    reading it raises an InputError that names it.
    """
    result: list[str] = []
    seen: set[str] = set()
    for spec in specs:
        if is_url(spec):
            expanded = [spec]
        elif Path(spec).is_dir():
            expanded = _walk(Path(spec))
        elif is_glob(spec) and not Path(spec).exists():
            expanded = _expand_glob(spec) or [spec]
        else:
            expanded = [spec]
        for source in expanded:
            if source not in seen:
                seen.add(source)
                result.append(source)
    return result
