"""Reading the qualifier after a place mention: "Gomel, Belarus", "Yelabuga, Tatarstan, Russia".

A qualifier is a country, or a region optionally followed by its country, set off by commas right
after the mention. A run of names that goes on ("Iran, Russia, and China"; "Iran, Russia and
China") is a list, not a qualifier, and gives nothing.
"""

from __future__ import annotations

import re
from typing import Protocol

from watchfloor.geo.place import Place, PlaceContext

MAX_WORDS = 5
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_WORD = re.compile(r"[A-Z][\w'’.\-]*")
_CONNECTOR = re.compile(r"[ \t]+(?:(?:and|of|al|el|ad|as|ar|az|de|la|e)[ \t]+)?(?=[A-Z])")
_POSSESSIVE = re.compile(r"['’]s$")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)(?=[A-Z])")
QUALIFYING = ("country", "region")


class Resolver(Protocol):
    def resolve(self, name: str, context: PlaceContext | None = None) -> Place | None: ...


def read_name(resolver: Resolver, text: str, start: int) -> tuple[Place, int] | None:
    """The longest run of capitalised words at `start` naming a country or region, and its end."""
    ends: list[int] = []
    pos = start
    while len(ends) < MAX_WORDS:
        word = _WORD.match(text, pos)
        if word is None:
            break
        ends.append(word.end())
        gap = _CONNECTOR.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    for end in reversed(ends):
        phrase = _POSSESSIVE.sub("", text[start:end].rstrip("."))
        place = resolver.resolve(phrase)
        if place is not None and place.kind in QUALIFYING:
            return place, end
    return None


def find_qualifier(resolver: Resolver, text: str, end: int) -> str | None:
    """ISO alpha-3 of the qualifier after the mention ending at `end`, or None."""
    comma = _COMMA.match(text, end)
    if comma is None:
        return None
    first = read_name(resolver, text, comma.end())
    if first is None:
        return None
    last, pos = first
    comma = _COMMA.match(text, pos)
    second = read_name(resolver, text, comma.end()) if comma else None
    if second is not None:
        place, after = second
        if last.kind == "country" or place.kind != "country" or place.country != last.country:
            return None  # "Iran, Russia", "Tatarstan, Bashkortostan", "Texas, Mexico": a list
        last, pos = place, after
    goes_on = _LIST_GOES_ON.match(text, pos)
    if goes_on is not None:
        following = read_name(resolver, text, goes_on.end())
        if following is not None and following[0].kind == last.kind:
            return None
    return last.country
