"""Name indexes over the records, built once, refusing a name that points two ways by mistake."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from watchfloor.errors import ConfigError
from watchfloor.kb.normalize import fold
from watchfloor.kb.records import KbEntity, KbMatch, Via

T = TypeVar("T")


def capitals_only(surface: str) -> bool:
    """A short acronym ("US", "WHO", "IS") names its entity only when written in capitals, so
    that the words "us" and "who" name nothing."""
    if any(ch.isdigit() for ch in surface):  # "F-35", "S-300": no English word looks like them
        return False
    letters = [ch for ch in surface if ch.isalpha()]
    return 0 < len(letters) <= 3 and all(ch.isupper() for ch in letters)


class EntityIndex:
    """Folded surface form -> the entities it names; a form shared by two entities must be
    listed under `ambiguous_aliases` by each of them."""

    def __init__(self, entities: Iterable[KbEntity], describe: Callable[[KbEntity], str]) -> None:
        self._matches: dict[str, list[KbMatch]] = {}
        self._acronyms: set[tuple[str, str, str]] = set()  # (key, category, id) needing capitals
        self._shareable: dict[str, set[tuple[str, str]]] = {}
        for entity in entities:
            self._add_entity(entity, describe)

    def _add_entity(self, entity: KbEntity, describe: Callable[[KbEntity], str]) -> None:
        ident = (entity.category, entity.id)
        seen: set[str] = set()
        forms: list[tuple[str, Via]] = entity.surface_forms()
        forms += [(alias, "ambiguous_alias") for alias in entity.ambiguous_aliases]
        for surface, via in forms:
            key = fold(surface)
            if not key:
                raise ConfigError(f"{describe(entity)}: {surface!r} folds to nothing")
            if key in seen:
                if not capitals_only(surface):  # also written out in lower case: no restriction
                    self._acronyms.discard((key, *ident))
                continue
            seen.add(key)
            if capitals_only(surface):
                self._acronyms.add((key, *ident))
            shareable = via == "ambiguous_alias"
            for other in self._matches.get(key, []):
                other_ident = (other.entity.category, other.entity.id)
                if not shareable or other_ident not in self._shareable.get(key, set()):
                    raise ConfigError(
                        f"{describe(entity)}: {surface!r} ({via}) also names {other.entity.category} "
                        f"{other.entity.name!r} ({describe(other.entity)}); a name may point at two "
                        "entities only when both list it under ambiguous_aliases"
                    )
            self._matches.setdefault(key, []).append(KbMatch(entity, via))
            if shareable:
                self._shareable.setdefault(key, set()).add(ident)

    def get(self, key: str, in_capitals: bool = True) -> list[KbMatch]:
        """The matches of a folded key; `in_capitals` tells whether the surface was written in
        capitals (short acronyms match only then)."""
        found = self._matches.get(key, [])
        if in_capitals or not self._acronyms:
            return found
        return [m for m in found if (key, m.entity.category, m.entity.id) not in self._acronyms]


class NameIndex(Generic[T]):
    """Folded name -> one record (titles, place variants): no name may point two ways. Short
    acronyms ("PM", "DG") match only when written in capitals, as in EntityIndex."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._items: dict[str, T] = {}
        self._acronyms: set[str] = set()

    def add(self, surface: str, item: T, where: str, same: Callable[[T, T], bool]) -> None:
        key = fold(surface)
        if not key:
            raise ConfigError(f"{where}: {surface!r} folds to nothing")
        existing = self._items.get(key)
        if existing is not None and not same(existing, item):
            name = getattr(existing, "name", existing)
            raise ConfigError(f"{where}: {self._label} {surface!r} already names {name!r}")
        if existing is None and capitals_only(surface):
            self._acronyms.add(key)
        elif not capitals_only(surface):
            self._acronyms.discard(key)
        self._items[key] = item

    def get(self, surface: str) -> T | None:
        key = fold(surface)
        if key in self._acronyms and not surface.strip().isupper():
            return None
        return self._items.get(key)
