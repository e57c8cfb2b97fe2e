"""Names that are never entities (`data/entities/non_entities.yaml`): a page's furniture
("Download Image", "Press Release"), classes of weapon ("UAVs") and documents ("Security Council
Resolution 2231", "JCPOA"), loaded once and validated."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.data_files import read_data_file
from watchfloor.errors import ConfigError
from watchfloor.kb.loader import ENV_EXTRA, extra_dirs
from watchfloor.kb.normalize import fold

KEYS = frozenset({"page_furniture", "generic_weapons", "documents", "document_words", "commodities"})
DOCUMENT_WORDS = "document_words"


def non_entities_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "entities" / "non_entities.yaml"))


def is_non_entity(text: str, label: str = "ORG") -> bool:
    """Whether a mention's text is one of the listed non-names (case and a plural "s" aside), or,
    unless it names a person, a document by its last word ("... Resolution 2231")."""
    key = fold(text)
    names, document_words = _load(_paths())
    if key in names or (key.endswith("s") and key[:-1] in names):
        return True
    words = [w for w in key.split() if not w.isdigit()]
    return label != "PERSON" and len(words) > 1 and words[-1] in document_words


def is_document_word(word: str) -> bool:
    """ "resolution", "act", "treaty": a word that ends a document's name."""
    return fold(word) in _load(_paths())[1]


def _paths() -> tuple[Path, ...]:
    return _paths_for(os.environ.get(ENV_EXTRA, ""))


@lru_cache(maxsize=8)
def _paths_for(setting: str) -> tuple[Path, ...]:
    """The lists in force for a WATCHFLOOR_KB_EXTRA setting, found once (this is asked of every
    mention)."""
    extras = (d / "non_entities.yaml" for d in extra_dirs(setting))
    return (non_entities_path(), *(p for p in extras if p.is_file()))


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(the names that are no entities, the words that end a document's name)."""
    words: set[str] = set()
    document_words: set[str] = set()
    for path in paths:
        raw = read_data_file(path, "list of non-entities")
        if not isinstance(raw, dict) or set(raw) - KEYS:
            raise ConfigError(f"{path}: expected a mapping with the keys {', '.join(sorted(KEYS))}")
        for key, values in raw.items():
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise ConfigError(f"{path}: {key}: expected a list of names")
            (document_words if key == DOCUMENT_WORDS else words).update(fold(v) for v in values)
    return frozenset(words), frozenset(document_words)
