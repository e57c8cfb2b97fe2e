"""Acronyms a document uses for its organisations: those it spells out ("Harakat al-Nujaba
(HAN)", "the Arakan Army (AA)") name that body from there on, even where the knowledge base
gives the acronym to another (the Anadolu Agency); those it does not spell out may still stand
for a body whose initials they are."""

from __future__ import annotations

import re

from watchfloor.kb.normalize import fold
from watchfloor.kb.records import KbEntity

SMALL_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "at", "to", "de", "al"})
_SPELT_OUT = re.compile(r"\s*\(([A-Z]{2,8})\)")


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in SMALL_WORDS and w[0].isalpha()).upper()


def name_words(name: str) -> set[str]:
    """The words of a name that say which it is, folded (not "of", "the", "for" ...)."""
    return {w for w in fold(name).split() if w not in SMALL_WORDS}


class Acronyms:
    """A document's acronyms, each to the key of the organisation it names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.of_bodies: dict[str, str] = {}  # spelt out, or the initials of a body named
        self.spelt_out: dict[str, str] = {}  # spelt out in the text only

    def after(self, end: int) -> str | None:
        """The acronym in brackets right after a name ending at `end`."""
        match = _SPELT_OUT.match(self.text[end : end + 12])
        return match.group(1) if match else None

    def register(self, key: str, end: int, name: str | None = None) -> None:
        """The organisation `key`, named up to `end`: the acronym spelt out after it, else (for a
        `name` given) its initials."""
        spelt = self.after(end)
        if spelt:
            self.spelt_out.setdefault(spelt, key)
        acronym = spelt or (initials(name) if name else "")
        if len(acronym) >= 2:
            self.of_bodies.setdefault(acronym, key)


def share_a_word(known: KbEntity, body_name: str) -> bool:
    """Whether a body the knowledge base knows and a body the text names share a word of their
    names: "the Kurdish People's Protection Units (YPG)" are the People's Protection Units it
    knows as YPG; "the Arakan Army (AA)" is not the Anadolu Agency."""
    words = {w for name in (known.name, *known.aliases) for w in name_words(name)}
    return bool(words & name_words(body_name))
