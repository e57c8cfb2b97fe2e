"""How surface forms are folded before they are compared with the knowledge base's names.

Two spellings fold to the same key when they differ only in: case, diacritics ("Ḩamāh" and
"Hamah"), apostrophes of any shape ("Sana'a", "Sana’a" and "Sanaa"), hyphens, dashes and runs of
space ("Deir-ez-Zor", "Deir ez Zor"), a space or hyphen between letters and digits ("Shahed-136",
"Shahed 136", "Shahed136"), and a leading "the" ("the Kremlin", "Kremlin"). Full stops are kept, so
"U.S." and "US" stay distinct keys (both are listed as aliases where both are used).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['`´‘’‛ʹʻʼʽʾʿ′]")
_DASHES = re.compile(r"[\-‐‑‒–—―−_/]")
_SPACES = re.compile(r"\s+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_]) (?=\d)|(?<=\d) (?=[^\W\d_])")
_LEADING_THE = re.compile(r"^the ")
_EDGE_PUNCT = ' ,;:!?"()[]{}'


def without_accents(text: str) -> str:
    """The text with its diacritics dropped ("Güler" -> "Guler"), nothing else changed."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold(surface: str) -> str:
    """The comparison key of a name: see the module docstring for what it ignores."""
    text = without_accents(surface).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _DASHES.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCT)
    text = _LEADING_THE.sub("", text)
    return _LETTER_DIGIT.sub("", text)


def slug(name: str) -> str:
    """A stable identifier made from a name: "IRGC Quds Force" -> "irgc-quds-force"."""
    key = fold(name)
    key = re.sub(r"[^\w]+", "-", key).strip("-")
    return key
