"""The name index: every place under every key of every name it goes by (see names.py).

A place is stored once, as a number; a key maps to the numbers of the places it names, each with
one bit telling whether the name was the place's own (a GeoNames `name`, a curated name) or one of
GeoNames' alternate names, which are weaker evidence.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

from rapidfuzz import fuzz

from watchfloor.geo.names import bare, bare_of_key, exact_key, skeleton, squeezed
from watchfloor.geo.place import Place
from watchfloor.kb.index import capitals_only

BARE_PENALTY = 0.5  # matched only once articles or a division word were dropped
FUZZY_PENALTY = 2.0  # matched only by the consonant skeleton
PRIMARY_BONUS = 1.0  # matched by the place's own name rather than an alternate
# a skeleton match must also spell alike: Hodeidah ~ Hudaydah (62), not Ukraines ~ Kearns (57)
FUZZY_RATIO = 60.0
FUZZY_LENGTH = 2


T_co = TypeVar("T_co", covariant=True)


class Rows(Protocol[T_co]):
    """What is read of an index's places and base scores: the row of a place number."""

    def __getitem__(self, number: int, /) -> T_co: ...

    def __len__(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Match:
    """One place a name matched, and how well."""

    index: int
    bonus: float
    primary: bool  # by the place's own name, not one of GeoNames' alternate names
    bare: bool  # only once articles or a division word were dropped
    fuzzy: bool  # only by the consonant skeleton


class NameLookup(ABC):
    """Reading an index: the lookups on top of its key tables, however they are kept (in memory
    here, on disk in stored.py). An entry is a place number times two, plus one for an alternate
    name; each table keeps its entries in the order they were indexed."""

    places: Rows[Place]
    base: Rows[float]  # the score a place starts from (kind, population, standing)
    _acronyms: set[tuple[str, int]]  # (exact key, place) usable only in capitals

    def __len__(self) -> int:
        return len(self.places)

    @abstractmethod
    def exact_entries(self, key: str) -> Sequence[int]:
        """The entries under an exact key."""

    @abstractmethod
    def bare_entries(self, key: str) -> Sequence[int]:
        """The entries under a bare key (of names whose bare key differs from the exact one)."""

    @abstractmethod
    def skeleton_entries(self, bones: str) -> Sequence[tuple[int, str]]:
        """(entry, bare key without spaces) of the names with this skeleton."""

    def numbers(self, key: str) -> list[int]:
        """The places indexed under an exact key, by their own or an alternate name."""
        return [entry // 2 for entry in self.exact_entries(key)]

    def lookup(self, name: str, allow_fuzzy: bool = True) -> list[Match]:
        """The places a name matches: by exact or bare key, else (if allowed) by skeleton."""
        key = exact_key(name)
        if not key:
            return []
        stripped = bare(name)[0]
        found: dict[int, Match] = {}
        in_capitals = name.isupper()
        self._collect(found, self.exact_entries(key), key, in_capitals)
        if stripped:
            self._collect(found, self.bare_entries(stripped), key, in_capitals, "bare")
            if stripped != key:
                self._collect(found, self.exact_entries(stripped), stripped, in_capitals, "bare")
        if not found and allow_fuzzy:
            bones = skeleton(stripped)
            if bones:
                wanted = squeezed(stripped)
                alike = [
                    entry
                    for entry, other in self.skeleton_entries(bones)
                    if abs(len(other) - len(wanted)) <= FUZZY_LENGTH
                    and fuzz.ratio(wanted, other) >= FUZZY_RATIO
                ]
                self._collect(found, alike, "", True, "fuzzy")
        return list(found.values())

    def _collect(
        self,
        found: dict[int, Match],
        entries: Iterable[int],
        key: str,
        in_capitals: bool,
        how: Literal["exact", "bare", "fuzzy"] = "exact",
    ) -> None:
        penalty = {"exact": 0.0, "bare": BARE_PENALTY, "fuzzy": FUZZY_PENALTY}[how]
        for entry in entries:
            number, alternate = divmod(entry, 2)
            if not in_capitals and (key, number) in self._acronyms:
                continue
            score = (0.0 if alternate else PRIMARY_BONUS) - penalty
            known = found.get(number)
            if known is None or known.bonus < score:
                found[number] = Match(number, score, not alternate, how == "bare", how == "fuzzy")


class PlaceIndex(NameLookup):
    """Places and their names, under the exact, bare and skeleton keys of names.py, in memory:
    the form the index is built in (build.py)."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.base: list[float] = []
        self._exact: dict[str, list[int]] = {}
        self._bare: dict[str, list[int]] = {}  # only names whose bare key differs from the exact one
        self._skeleton: dict[str, list[tuple[int, str]]] = {}
        self._acronyms: set[tuple[str, int]] = set()

    def exact_entries(self, key: str) -> Sequence[int]:
        return self._exact.get(key, ())

    def bare_entries(self, key: str) -> Sequence[int]:
        return self._bare.get(key, ())

    def skeleton_entries(self, bones: str) -> Sequence[tuple[int, str]]:
        return self._skeleton.get(bones, ())

    def tables(self) -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[tuple[int, str]]]]:
        """The exact, bare and skeleton tables, for writing the index out (stored.py)."""
        return self._exact, self._bare, self._skeleton

    def acronyms(self) -> set[tuple[str, int]]:
        return self._acronyms

    def add(self, place: Place, base: float, names: Iterable[str], fuzzy: bool = True) -> int:
        """Index a place under curated names (a short acronym among them matches only when
        written in capitals); `fuzzy` also puts it under their skeletons. Returns its number."""
        number = self._new(place, base)
        self.add_names(number, names, fuzzy)
        return number

    def add_keys(
        self, place: Place, base: float, keys: Iterable[str], alternate_keys: Iterable[str], fuzzy: bool
    ) -> int:
        """Index a place under folded keys of its own names and of alternate names."""
        number = self._new(place, base)
        for key in keys:
            self._put(number, key, False, fuzzy)
        for key in alternate_keys:
            self._put(number, key, True, fuzzy)
        return number

    def add_names(self, number: int, names: Iterable[str], fuzzy: bool = True) -> None:
        """Index place `number` under more of its own names."""
        for name in names:
            key = exact_key(name)
            if capitals_only(name):
                self._acronyms.add((key, number))
                self._put(number, key, False, False, bare_too=False)
            else:
                self._put(number, key, False, fuzzy)

    def _new(self, place: Place, base: float) -> int:
        self.places.append(place)
        self.base.append(base)
        return len(self.places) - 1

    def _put(self, number: int, key: str, alternate: bool, fuzzy: bool, bare_too: bool = True) -> None:
        if not key:
            return
        entry = number * 2 + alternate
        entries = self._exact.setdefault(key, [])
        if entry in entries or (entry - 1 if alternate else entry + 1) in entries:
            return
        entries.append(entry)
        if not bare_too:
            return
        stripped = bare_of_key(key)[0]
        if stripped and stripped != key:
            self._bare.setdefault(stripped, []).append(entry)
        bones = skeleton(stripped) if fuzzy else ""
        if bones:
            bucket = self._skeleton.setdefault(bones, [])
            if not bucket or bucket[-1][0] // 2 != number:
                bucket.append((entry, squeezed(stripped)))
