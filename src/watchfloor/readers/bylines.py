"""Authors named in a document's own text: its byline near the top, or a stated author string."""

from __future__ import annotations

import re
from collections.abc import Collection

from watchfloor.readers.metadata import SHORT_LINE, find_full_date, head_lines, plain

_BY = re.compile(r"^by\s+", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*;\s*|\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_PARTICLES = frozenset(
    {"al", "al-", "el", "bin", "ibn", "de", "del", "der", "van", "von", "da", "di", "du", "la", "le"}
)
_NOT_NAMES = frozenset(
    {"the", "of", "in", "on", "for", "to", "a", "an", "with", "from", "at", "is", "update"}
)


def _is_name_word(token: str) -> bool:
    """A capitalised word ("Carl", "O'Neil", "J."), or one joined to a particle ("al-Hassan")."""
    prefix, dash, rest = token.partition("-")
    if dash and prefix.lower() in _PARTICLES:
        token = rest
    return token[:1].isupper() and all(ch.isalpha() or ch in "'’.-" for ch in token)


def _is_name(name: str) -> bool:
    """Two to five words, capitalised but for particles ("van", "al"), none of them a function word."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or not _is_name_word(tokens[0]) or not _is_name_word(tokens[-1]):
        return False
    for token in tokens:
        if token.lower() in _NOT_NAMES or not (token.lower() in _PARTICLES or _is_name_word(token)):
            return False
    return True


def split_authors(value: str) -> list[str]:
    """Names from a stated author string: "A, B and C", "A; B", "A & B"."""
    names = [" ".join(part.split()) for part in _NAME_SPLIT.split(value)]
    return [name for name in names if name]


def parse_byline(line: str) -> list[str]:
    """Authors from a byline ("By A and B", "A, B, and C July 31, 2023"), or [] for any other line."""
    line = plain(line)
    if len(line) > SHORT_LINE:
        return []
    has_by = bool(_BY.match(line))
    if has_by:
        line = _BY.sub("", line).split("|")[0]
    found = find_full_date(line)
    dated = found is not None and not line[found[2] :].strip(" .,;")
    if found and dated:
        line = line[: found[1]]
    names_part = line.rstrip(" ,;|–—-")
    glued = dated and not line[len(names_part) :].strip()  # "Jane Doe July 31, 2023", no comma between
    names = split_authors(names_part)
    if not names or not all(_is_name(name) for name in names):
        return []
    return names if has_by or len(names) >= 2 or glued else []


def detect_authors(text: str, skip: Collection[str] = ()) -> list[str]:
    """Authors from the first byline near the top; lines in `skip` (the title) are not bylines."""
    skipped = {plain(line) for line in skip}
    for line in head_lines(text):
        if plain(line) in skipped:
            continue
        names = parse_byline(line)
        if names:
            return names
    return []
