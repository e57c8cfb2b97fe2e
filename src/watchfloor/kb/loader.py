"""Loading the knowledge base: the package's files plus an analyst's extra directories, once."""

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
    raw = os.environ.get(ENV_EXTRA, "")
    return tuple(Path(part).expanduser() for part in raw.split(os.pathsep) if part.strip())


def load_kb(path: Path | None = None, extra: Sequence[Path] | None = None) -> KnowledgeBase:
    """The knowledge base read from `path` (default: the package's data/kb) and then from each
    extra directory (default: WATCHFLOOR_KB_EXTRA), validated and indexed; cached per process.

    Raises ConfigError naming the file, the entry and the problem when a file is malformed.
    """
    base = (path if path is not None else DATA_DIR).resolve()
    extras = extra_dirs_from_env() if extra is None else tuple(extra)
    return _load(base, tuple(p.resolve() for p in extras))


@lru_cache(maxsize=8)
def _load(base: Path, extra: tuple[Path, ...]) -> KnowledgeBase:
    directories = kb_directories(base, extra)
    return KnowledgeBase(parse_directories(directories), tuple(directories))


def clear_cache() -> None:
    """Forget loaded knowledge bases (after editing a knowledge file in a running process)."""
    _load.cache_clear()
