"""Note markers: ``[9]``, ``[xiii]``, ``[XIII]``, ``[^4]``, ``\\[12\\]`` (escaped Markdown), ``[3, 4]``.

Arabic markers run from 1 to 999 and roman ones from i to xlix (lower or upper case, not mixed).
A bracketed word such as ``[Notice: ...]`` or ``[sic]`` is never a marker. Single letters
(``[a]``) are ambiguous, so they count only where the document's notes define them: the caller
passes those letters in ``letters``. Labels come back lower-cased and without brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

ARABIC = r"[1-9]\d{0,2}"
ROMAN = r"(?=[ivxl])(?:xl|x{0,3})(?:ix|iv|v?i{0,3})"  # i .. xlix
ROMAN_UPPER = r"(?=[IVXL])(?:XL|X{0,3})(?:IX|IV|V?I{0,3})"
LETTER = r"[a-z]"
LABEL = rf"(?:{ARABIC}|{ROMAN}|{ROMAN_UPPER}|{LETTER})"

# "[18]", "[^18]", "\[18\]", "[18, 19]"; the label list is checked again by _LABEL_ONLY.
MARKER = re.compile(rf"\\?\[\^?(?P<labels>{LABEL}(?:[ \t]*,[ \t]*{LABEL})*)\\?\]")
_ARABIC_ONLY = re.compile(ARABIC)
_LETTERS_ONLY = re.compile(r"[a-z]")
_ROMAN_ONLY = re.compile(rf"{ROMAN}|{ROMAN_UPPER}")


@dataclass(frozen=True)
class Marker:
    """One bracketed marker in a text: its span and the note labels it names."""

    start: int
    end: int
    labels: tuple[str, ...]


def normalize_label(label: str) -> str:
    """The label as citations carry it: ``XIII`` -> ``xiii``, ``[9]`` -> ``9``."""
    return label.strip("[]^\\ ").lower()


def is_label(label: str, letters: frozenset[str] = frozenset()) -> bool:
    """Whether a bare label is an arabic or roman number, or one of the note letters given."""
    if _ARABIC_ONLY.fullmatch(label) or _ROMAN_ONLY.fullmatch(label):
        return True
    return bool(_LETTERS_ONLY.fullmatch(label)) and label in letters


@lru_cache(maxsize=4096)
def _labels(group: str, letters: frozenset[str]) -> tuple[str, ...] | None:
    """The labels of one marker's inside ("3, 4"), or None if one of them is no label."""
    raw = [part.strip() for part in group.split(",")]
    if not all(is_label(label, letters) for label in raw):
        return None
    return tuple(normalize_label(label) for label in raw)


def find_markers(
    text: str, start: int = 0, end: int | None = None, letters: frozenset[str] = frozenset()
) -> Iterator[Marker]:
    """Markers in text[start:end], in order; a single-letter label counts only if in ``letters``."""
    end = len(text) if end is None else end
    for m in MARKER.finditer(text, start, end):
        labels = _labels(m.group("labels"), letters)
        if labels is not None:
            yield Marker(m.start(), m.end(), labels)


def labels_in(
    text: str, start: int = 0, end: int | None = None, letters: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The labels of every marker in text[start:end], in order, repeats kept once."""
    seen: dict[str, None] = {}
    for m in MARKER.finditer(text, start, len(text) if end is None else end):
        for label in _labels(m.group("labels"), letters) or ():
            seen.setdefault(label, None)
    return tuple(seen)
