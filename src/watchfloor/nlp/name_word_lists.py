"""The words that read a name and its context (`data/entities/name_words.yaml`): the nouns a
person's description ends in, ministers' portfolios and the words before an office of no state,
the words in a body's name that tell whose it is, and the words around a news outlet. Loaded once
and validated."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.data_files import word_lists

FILE_NAME = "name_words.yaml"


@dataclass(frozen=True)
class NameWords:
    """The file's lists, one field a key, in its order (each described in the file)."""

    # a person's description and office around their name (name_context.py)
    person_nouns: frozenset[str]  # ", a young Iranian woman", as written, in any case
    portfolios: frozenset[str]  # "Health and Population Minister", as written (also mentions.py)
    bare_office_words: frozenset[str]  # "Former President ...", as written
    # whose a body is, by the words of its name (body_names.py): names, case kept
    government_bodies: frozenset[str]  # "the Foreign Affairs Ministry"
    international_bodies: frozenset[str]  # "International Crisis Group"
    # news outlets in a sentence (outlets.py)
    press: frozenset[str]  # "told reporters"
    outlet_nouns: frozenset[str]  # "the news agency Mizan"
    inquiring: frozenset[str]  # "VOA asked the ministry"
    speaking_to: frozenset[str]  # "speaking to journalists"
    news_services: frozenset[str]  # "its Amaq news agency"
    news_service_words: frozenset[str]  # "news", "wire", as written


KEYS = tuple(field.name for field in fields(NameWords))  # all required
NAMES = ("government_bodies", "international_bodies")  # names as written, not lemmas


def name_words_path() -> Path:
    return Path(str(resources.files("watchfloor") / "data" / "entities" / FILE_NAME))


def load(path: Path | None = None) -> NameWords:
    """The lists of `path`, or of the package's file; cached per process."""
    return _load(path or name_words_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> NameWords:
    return NameWords(**word_lists(path, "name words", KEYS, names=NAMES))


def alternation(words: Iterable[str]) -> str:
    """A regular expression's group matching any of `words` literally, the longest first (no word
    is cut short by a shorter one it begins with)."""
    return "(?:" + "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w))) + ")"
