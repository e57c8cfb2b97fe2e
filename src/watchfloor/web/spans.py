"""Where a document's mentions, places, note markers and event triggers stand in its text.

The store keeps the surface forms an entity or place was named by in a document, not their
offsets, so they are found again here: every whole-word occurrence in the body, longest form
first where two overlap ("Baikonur Cosmodrome" before "Baikonur"). One span may stand for several
things (a metonym "Tehran" is both the city and Iran's government); each claimant keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from watchfloor.layout import find_markers


@dataclass
class Located:
    """One occurrence of a surface form, with the entities and places that used that form."""

    start: int
    end: int
    surface: str
    entity_ids: list[int] = field(default_factory=list)
    place_ids: list[int] = field(default_factory=list)


def locate_surfaces(
    text: str, end: int, entities: dict[int, Iterable[str]], places: dict[int, Iterable[str]]
) -> list[Located]:
    """Non-overlapping occurrences in text[:end] of the forms each entity and place id used."""
    claims: dict[str, tuple[list[int], list[int]]] = {}
    for entity_id, surfaces in entities.items():
        for surface in surfaces:
            if surface.strip():
                claims.setdefault(surface, ([], []))[0].append(entity_id)
    for place_id, surfaces in places.items():
        for surface in surfaces:
            if surface.strip():
                claims.setdefault(surface, ([], []))[1].append(place_id)
    if not claims:
        return []
    forms = sorted(claims, key=lambda s: (-len(s), s))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    found = []
    for match in pattern.finditer(text, 0, end):
        entity_ids, place_ids = claims[match.group()]
        found.append(Located(match.start(), match.end(), match.group(), entity_ids, place_ids))
    return found


@dataclass(frozen=True)
class MarkerSpan:
    start: int
    end: int
    labels: tuple[str, ...]


def locate_markers(text: str, end: int, note_labels: Iterable[str]) -> list[MarkerSpan]:
    """Note markers in the body; single letters count only where the notes define them."""
    letters = frozenset(label for label in note_labels if len(label) == 1 and label.isalpha())
    return [MarkerSpan(m.start, m.end, m.labels) for m in find_markers(text, 0, end, letters)]


def locate_trigger(text: str, start: int, end: int, trigger: str) -> tuple[int, int] | None:
    """The first whole-word occurrence of an event's trigger in its sentence, case aside."""
    if not trigger.strip():
        return None
    match = re.compile(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", re.IGNORECASE).search(text, start, end)
    return (match.start(), match.end()) if match else None
