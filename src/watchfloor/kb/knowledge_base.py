"""The loaded knowledge base: every record, and look-ups by name, code and demonym."""

from __future__ import annotations

import re
from pathlib import Path

from watchfloor.errors import ConfigError
from watchfloor.kb.build import Parsed
from watchfloor.kb.index import EntityIndex, NameIndex
from watchfloor.kb.normalize import fold, slug
from watchfloor.kb.plover_records import PloverType
from watchfloor.kb.records import (
    Category,
    KbEntity,
    KbMatch,
    Organization,
    Person,
    PlaceVariant,
    Site,
    State,
    Title,
    Weapon,
    WeaponFamily,
)

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_COMPOUND_SPLIT = re.compile(r"\s*[-–—]\s*")


def _words(surface: str) -> int:
    """How many words a name can take in running text, spelt out or folded."""
    return max(len(surface.split()), len(fold(surface).split()))


class KnowledgeBase:
    """Everything in `data/kb/*.yaml` (plus extra directories), checked and indexed."""

    def __init__(self, parsed: Parsed, directories: tuple[Path, ...]) -> None:
        self.directories = directories
        self.states: tuple[State, ...] = tuple(parsed.of("states", State))
        self.organizations: tuple[Organization, ...] = tuple(parsed.of("organizations", Organization))
        self.people: tuple[Person, ...] = tuple(parsed.of("people", Person))
        self.weapon_families: tuple[WeaponFamily, ...] = tuple(parsed.of("families", WeaponFamily))
        self.weapons: tuple[Weapon, ...] = tuple(parsed.of("weapons", Weapon))
        self.sites: tuple[Site, ...] = tuple(parsed.of("sites", Site))
        self.place_variants: tuple[PlaceVariant, ...] = tuple(parsed.of("places", PlaceVariant))
        self.titles: tuple[Title, ...] = tuple(parsed.of("titles", Title))
        self.plover_types: tuple[PloverType, ...] = tuple(parsed.of("types", PloverType))
        self.assault_modes: dict[str, str] = dict(parsed.assault_modes)

        def describe(record: KbEntity | PlaceVariant | Title) -> str:
            namespace = record.category if isinstance(record, KbEntity) else type(record).__name__.lower()
            namespace = "place" if isinstance(record, PlaceVariant) else namespace
            raw = parsed.origin.get((namespace, record.id))
            return f"{raw.path}: {raw.section} {raw.label}" if raw else repr(record.name)

        everything: list[KbEntity] = [
            *self.states,
            *self.organizations,
            *self.people,
            *self.weapon_families,
            *self.weapons,
            *self.sites,
        ]
        self._by_id: dict[tuple[str, str], KbEntity] = {(e.category, e.id): e for e in everything}
        self._index = EntityIndex(everything, describe)
        self._longest = max((_words(s) for e in everything for s, _ in e.surface_forms()), default=1)
        self._states = {state.iso3: state for state in self.states}
        self._demonyms = {fold(w): s.iso3 for s in self.states for w in (*s.demonyms, *s.combining_forms)}
        self._plover = {t.code: t for t in self.plover_types}
        self._places: NameIndex[PlaceVariant] = NameIndex("place name")
        for place in self.place_variants:
            for surface in (place.name, *place.variants):
                self._places.add(surface, place, describe(place), lambda a, b: a.id == b.id)
        self._titles: NameIndex[Title] = NameIndex("title")
        for title in self.titles:
            for surface in (title.name, *title.aliases):
                self._titles.add(surface, title, describe(title), lambda a, b: a.id == b.id)
        self._longest_title = max((_words(a) for t in self.titles for a in (t.name, *t.aliases)), default=1)

    # --- entities -------------------------------------------------------------------------------
    def matches(self, surface: str) -> list[KbMatch]:
        """Entities a surface form names and how: exact after folding (see normalize.fold), with
        a possessive dropped; a plural "Su-35s" also finds the weapon "Su-35". Acronyms of up to
        three letters ("US", "WHO") match only when written in capitals."""
        stem = _POSSESSIVE.sub("", surface.strip()) or surface
        key = fold(stem)
        in_capitals = stem.isupper()
        found = self._index.get(key, in_capitals)
        if not found and key.endswith("s") and len(key) > 2:
            found = [m for m in self._index.get(key[:-1], in_capitals) if m.entity.type == "WEAPON"]
        return list(found)

    def lookup(self, surface: str) -> list[KbEntity]:
        """Entities a surface form names (alias, demonym, metonym, name); [] when none."""
        return [match.entity for match in self.matches(surface)]

    def longest_match(self, phrase: str) -> tuple[list[KbMatch], int]:
        """The longest leading run of words in `phrase` that names entities, and its length in
        words: "Shahed kamikaze drones" -> ([Shahed family], 1). ([], 0) when none does."""
        words = phrase.split()
        for size in range(min(len(words), self._longest), 0, -1):
            found = self.matches(" ".join(words[:size]))
            if found:
                return found, size
        return [], 0

    def entity(self, category: Category, entity_id: str) -> KbEntity | None:
        return self._by_id.get((category, entity_id))

    def is_media(self, kb_key: str | None) -> bool:
        """Whether the entity with this key ("organization:reuters") is a news organisation."""
        if kb_key is None or not kb_key.startswith("organization:"):
            return False
        record = self.entity("organization", kb_key.partition(":")[2])
        return isinstance(record, Organization) and record.kind == "media"

    def state(self, iso3: str) -> State | None:
        return self._states.get(iso3.upper())

    def state_named(self, surface: str) -> str | None:
        """ISO alpha-3 of the first state a name or alias names ("Palau", "the U.S."), else None."""
        states = [m.entity for m in self.matches(surface) if isinstance(m.entity, State)]
        return states[0].iso3 if states else None

    def demonym(self, word: str) -> str | None:
        """ISO alpha-3 of the state a demonym or combining form names ("Iranian", "Russo")."""
        return self._demonyms.get(fold(word))

    def countries_in(self, compound: str) -> list[str]:
        """States named in a hyphenated compound: "Russo-Iranian", "Iran-Russia" -> [RUS, IRN]."""
        parts = [p for p in _COMPOUND_SPLIT.split(compound.strip()) if p]
        codes: list[str] = []
        for part in parts:
            code = self.demonym(part)
            if code is None:
                states = [m.entity for m in self.matches(part) if isinstance(m.entity, State)]
                code = states[0].iso3 if len(states) == 1 else None
            if code is None:
                return []
            codes.append(code)
        return codes if len(codes) >= 2 else []

    def site(self, name: str) -> Site | None:
        return next((m.entity for m in self.matches(name) if isinstance(m.entity, Site)), None)

    def weapon_family(self, phrase: str) -> WeaponFamily | None:
        """The family of the weapon a phrase starts with: "Shahed kamikaze drones" -> Shahed."""
        found, _ = self.longest_match(phrase)
        for match in found:
            if isinstance(match.entity, WeaponFamily):
                return match.entity
            if isinstance(match.entity, Weapon):
                return self.family_of(match.entity)
        return None

    def family_of(self, weapon: Weapon) -> WeaponFamily | None:
        if weapon.family is None:
            return None
        found = self._by_id.get(("weapon", slug(weapon.family)))
        return found if isinstance(found, WeaponFamily) else None

    def members(self, family: WeaponFamily) -> list[Weapon]:
        return [w for w in self.weapons if w.family is not None and slug(w.family) == family.id]

    # --- places, titles, PLOVER ---------------------------------------------------------------------
    def place_variant(self, name: str) -> PlaceVariant | None:
        """A place the gazetteer misses, by any of its spellings ("Dayr az Zawr", "Yelabuga")."""
        return self._places.get(name)

    def title(self, words: str) -> Title | None:
        return self._titles.get(words)

    def longest_title(self, phrase: str) -> tuple[Title, int] | None:
        """The longest title the phrase starts with and its length in words."""
        words = phrase.split(maxsplit=self._longest_title)[: self._longest_title]
        for size in range(len(words), 0, -1):
            title = self._titles.get(" ".join(words[:size]))
            if title is not None:
                return title, size
        return None

    def plover_type(self, code: str) -> PloverType | None:
        return self._plover.get(code.strip().upper())

    def check_plover(self, code: str, mode: str | None = None, where: str = "") -> PloverType:
        """The PLOVER type, raising ConfigError (prefixed by `where`) for an unknown type or mode;
        for other knowledge files that reference PLOVER (trigger lexicons)."""
        prefix = f"{where}: " if where else ""
        plover_type = self.plover_type(code)
        if plover_type is None:
            raise ConfigError(f"{prefix}unknown PLOVER type {code!r}")
        if mode is not None and plover_type.mode(mode) is None:
            known = ", ".join(m.name for m in plover_type.modes) or "none"
            raise ConfigError(f"{prefix}unknown PLOVER mode {mode!r} for {plover_type.code} (modes: {known})")
        return plover_type
