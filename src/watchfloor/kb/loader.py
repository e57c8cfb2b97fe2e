"""Loading the knowledge base: the package's files plus an analyst's extra directories, once per
process, and read and checked once per change of those files (then kept in the user's cache:
../cache.py)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from watchfloor.kb.build import parse_directories
from watchfloor.kb.files import kb_directories
from watchfloor.kb.knowledge_base import KnowledgeBase

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"
ENV_EXTRA = "WATCHFLOOR_KB_EXTRA"  # extra knowledge directories, separated by os.pathsep


def extra_dirs_from_env() -> tuple[Path, ...]:
    """The directories named by WATCHFLOOR_KB_EXTRA (empty parts ignored)."""
    return extra_dirs(os.environ.get(ENV_EXTRA, ""))


def extra_dirs(setting: str) -> tuple[Path, ...]:
    """The directories a WATCHFLOOR_KB_EXTRA setting names."""
    return tuple(Path(part).expanduser() for part in setting.split(os.pathsep) if part.strip())


def load_kb(path: Path | None = None, extra: Sequence[Path] | None = None) -> KnowledgeBase:
    """The knowledge base read from `path` (default: the package's data/kb) and then from each
    extra directory (default: WATCHFLOOR_KB_EXTRA), validated and indexed; cached per process,
    and the default one across processes too, in the user's cache.

    Raises ConfigError naming the file, the entry and the problem when a file is malformed.
    """
    if path is None and extra is None:  # the common call, many times a document: no file system
        return _default(os.environ.get(ENV_EXTRA, ""))
    base = (path if path is not None else DATA_DIR).resolve()
    extras = extra_dirs_from_env() if extra is None else tuple(extra)
    return _load(base, tuple(p.resolve() for p in extras))


@lru_cache(maxsize=8)
def _default(extra_setting: str) -> KnowledgeBase:
    """The package's knowledge base with the extra directories `extra_setting` names."""
    return _load(DATA_DIR.resolve(), tuple(p.resolve() for p in extra_dirs(extra_setting)))


@lru_cache(maxsize=8)
def _load(base: Path, extra: tuple[Path, ...]) -> KnowledgeBase:
    directories = tuple(kb_directories(base, extra))

    def build() -> KnowledgeBase:
        return KnowledgeBase(parse_directories(list(directories)), directories)

    if base != DATA_DIR.resolve() or extra != tuple(p.resolve() for p in extra_dirs_from_env()):
        return build()  # not what the cache's digest covers (the package's files and the env's)
    from watchfloor.cache import cached, load_pickle, save_pickle  # (it reads extra_dirs_from_env)

    kb = cached("kb", ".pickle", lambda path: load_pickle(path, KnowledgeBase), build, save_pickle)
    kb.directories = directories  # where this checkout keeps them (clones share one cache file)
    return kb


def clear_cache() -> None:
    """Forget loaded knowledge bases (after editing a knowledge file in a running process)."""
    _load.cache_clear()
    _default.cache_clear()
