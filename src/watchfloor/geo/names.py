"""Lookup keys of place names, from strict to loose.

Three keys per name, tried in this order:

1. `exact_key`: the knowledge base's `fold` (case, diacritics, apostrophes ’ ' ʿ ʾ, hyphens versus
   spaces, a leading "the"): "Deir-ez-Zor" and "deir ez zor" meet here.
2. `bare_key`: the exact key less Arabic articles and a division word: a leading or inner
   "al"/"el"/"ad"/"ar"/"as"/"az"/… ("Al Hudaydah" -> "hudaydah", "Deir al-Zour" -> "deir zour"),
   a trailing "Governorate"/"Province"/"Oblast"/"Region"/"Krai"/"District" (or a leading
   "Province of") and a trailing "City". The division word says which kind the writer meant;
   `bare` reports it. A direction word is never left bare ("Eastern Province" stays whole).
3. `skeleton`: the bare key's consonants, for transliterations ("Hodeidah" / "Hudaydah",
   "Al Bukamal" / "Abu Kamal", "Deir al-Zour" / "Dayr az Zawr"): doubled letters collapse, common
   digraphs fold (kh -> k, gh -> g, dh -> d, th -> t, ph -> f, q -> k, c -> k) and vowels (with y
   and w) drop. Only skeletons of four letters or more are used.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from typing import Literal

from watchfloor.kb import fold

Hint = Literal["region", "city"] | None

ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "az", "an", "at", "ash", "ath", "adh", "ez", "ed", "es", "ul"}
)
DIVISION_WORDS = frozenset(
    {"governorate", "province", "oblast", "region", "krai", "kray", "district", "muhafazah", "ostan"}
)
CITY_WORDS = frozenset({"city"})
# words that name no place once the division word is gone ("Central District", "North Governorate")
GENERIC = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north east",
        "north west",
        "south east",
        "south west",
        "capital",
        "border",
        "the",
        "autonomous",
        "federal",
        "special",
        "administrative",
    }
)
_SPECIAL_WORD = re.compile(r"\b(?:" + "|".join(sorted(ARTICLES | DIVISION_WORDS | CITY_WORDS)) + r")\b")
_DIGRAPHS = (
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
)
_VOWELS = re.compile(r"[aeiouyw]")
_NOT_WORD = re.compile(r"[^a-z0-9]")
# plain ASCII words, single spaces: what `fold` only lower-cases (unless it starts with "the ")
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
MIN_SKELETON = 4


def exact_key(name: str) -> str:
    """The strict key: the knowledge base's fold (with a shortcut for plain ASCII names, which
    fold only lower-cases; the gazetteer folds some 600,000 GeoNames names when it loads)."""
    if _PLAIN.fullmatch(name) and name[:4].lower() != "the ":
        return name.lower()
    return fold(name)


@lru_cache(maxsize=65536)
def bare(name: str) -> tuple[str, Hint]:
    """The bare key of a name and the kind its division word asks for ("region", "city", None)."""
    return bare_of_key(exact_key(name))


def bare_of_key(key: str) -> tuple[str, Hint]:
    """`bare` for a name already folded."""
    if not _SPECIAL_WORD.search(key):
        return key, None
    words = key.split()
    hint: Hint = None
    if len(words) > 2 and words[0] in DIVISION_WORDS and words[1] == "of":
        hint, words = "region", words[2:]
    elif len(words) > 1 and words[-1] in DIVISION_WORDS and " ".join(words[:-1]) not in GENERIC:
        hint, words = "region", words[:-1]
    elif len(words) > 1 and words[-1] in CITY_WORDS:
        hint, words = "city", words[:-1]
    kept = [w for w in words if w not in ARTICLES]
    if kept and " ".join(kept) not in GENERIC:
        words = kept
    return " ".join(words), hint


def bare_key(name: str) -> str:
    return bare(name)[0]


def skeleton(key: str) -> str:
    """The consonant skeleton of a (bare) key; "" when too short to be told apart safely."""
    text = _NOT_WORD.sub("", key)
    for digraph, letter in _DIGRAPHS:
        text = text.replace(digraph, letter)
    text = "".join(letter for letter, _ in groupby(text))
    text = _VOWELS.sub("", text)
    return text if len(text) >= MIN_SKELETON else ""


def squeezed(key: str) -> str:
    """A key without spaces, for comparing spellings that split words differently."""
    return key.replace(" ", "")
