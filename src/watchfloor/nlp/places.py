"""Toponyms → places: each resolved once per document, by context, to a point.

States named as such are countries; a capital named as a location is its city; knowledge-base
sites keep their own coordinates; everything else goes to the gazetteer with the document's
countries (weighted by how often it names them) and any ", Country" qualifier, or a description
before the name ("the Ukrainian town of Bucha"), as context; a name so placed once means that
place throughout the document.
"""

from __future__ import annotations

import re
from collections import Counter

from watchfloor.geo import Gazetteer, PlaceContext, find_qualifier
from watchfloor.geo import Place as GeoPlace
from watchfloor.kb import KnowledgeBase
from watchfloor.kb.normalize import fold
from watchfloor.kb.records import Site, State
from watchfloor.nlp.types import Mention, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TOWN_OF_NOTE = 100_000  # a city this large named by a body's label is the city
# a state named right before a place's name: "the Ukrainian town of Bucha", "Russia's border city
# of Belgorod", "Ukraine's Kherson" (a qualifier before the name, as ", Ukraine" is one after it)
STATE_BEFORE = re.compile(
    r"\b(?P<state>[A-Z][\w.-]*?)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:town|city|village|region|province|district|port|capital|oblast|governorate)\s+of\s+$"
    r"|\b(?P<owner>[A-Z][\w.-]*?)['’]s\s+$"
)


def document_countries(mentions: list[Mention]) -> Counter[str]:
    """How often the document names each state (by name, demonym or metonym)."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.kb_key and mention.kb_key.startswith("state:"):
            counts[mention.kb_key.split(":", 1)[1]] += 1
    return counts


class PlaceResolver:
    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer, text: str, countries: Counter[str]) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.text = text
        total = sum(countries.values()) or 1
        self.weights = {code: count / total for code, count in countries.items()}
        self.places: dict[str, Place] = {}
        self.qualified: dict[str, GeoPlace] = {}  # names a qualifier placed somewhere in the document
        self._contexts: dict[tuple[int, int], PlaceContext] = {}  # by mention (start, end)

    def learn_qualified(self, mentions: list[Mention]) -> None:
        """Resolve first the names a qualifier places ("the Ukrainian town of Bucha", "Gomel,
        Belarus"), so that the document's other mentions of them ("Bucha killings") mean the same."""
        for mention in mentions:
            if mention.kb_key or mention.label not in PLACE_LABELS or mention.text in self.qualified:
                continue
            context = self._context(mention)
            if context.hint_country is not None:
                found = self.gazetteer.resolve(mention.text, context)
                if found is not None and found.country == context.hint_country:
                    self.qualified[mention.text] = found

    def resolve(self, mention: Mention) -> Place | None:
        """The place a mention names, or None when it names none (a demonym, a person, a sea)."""
        found = self._lookup(mention)
        if found is None:
            return None
        place = self.places.get(found.gazetteer_id)
        if place is None:
            place = Place(
                key=found.gazetteer_id,
                name=found.name,
                kind=found.kind,
                lat=found.lat,
                lon=found.lon,
                country=found.country,
            )
            self.places[found.gazetteer_id] = place
        if mention.text not in place.mentions:
            place.mentions.append(mention.text)
        return place

    def is_settlement(self, mention: Mention) -> bool:
        """Whether the gazetteer knows the mention's words as a city or a region (for a name the
        NER took for a body, a person or a facility where a place stands: "attacked ... at Erbil")."""
        found = self.gazetteer.resolve(mention.text, self._context(mention))
        return found is not None and found.kind in {"city", "region"}

    def _lookup(self, mention: Mention) -> GeoPlace | None:
        record = None
        if mention.kb_key:
            category, _, ident = mention.kb_key.partition(":")
            record = self.kb.entity(category, ident)  # type: ignore[arg-type]
        if isinstance(record, State):
            if mention.via == "demonym" or (mention.via == "metonym" and not mention.locative):
                return None
            if mention.via != "metonym":
                return self.gazetteer.country(record.iso3)
        elif isinstance(record, Site):
            return GeoPlace(record.name, "site", record.lat, record.lon, record.country, f"site:{record.id}")
        elif record is not None or mention.label not in PLACE_LABELS:
            return None
        context = self._context(mention)
        if context.hint_country is None and mention.text in self.qualified:
            return self.qualified[mention.text]
        return self.gazetteer.resolve(mention.text, context)

    def names_a_known_place(self, mention: Mention) -> bool:
        """Whether a name the NER took for a body, known to no record, is word for word a region
        or a city of 100,000 people of a state the document names ("the Isfahan nuclear site",
        "revenge for Crimea bridge blast", "Timika, 21 September"): a place, not a party."""
        if mention.label != "ORG" or mention.kb_key or not mention.text[:1].isupper():
            return False
        found = self.gazetteer.resolve(mention.text, self._context(mention))
        if found is None or found.country not in self.weights or fold(found.name) != fold(mention.text):
            return False
        return found.kind == "region" or (found.kind == "city" and found.population >= TOWN_OF_NOTE)

    def _context(self, mention: Mention) -> PlaceContext:
        """The document's countries, and the state a qualifier after the name or a description
        before it gives."""
        key = (mention.start, mention.end)
        if key not in self._contexts:  # (asked when learning, settling and resolving a mention)
            hint = find_qualifier(self.text, mention.end) or self._state_before(mention.start)
            self._contexts[key] = PlaceContext(countries=self.weights, hint_country=hint)
        return self._contexts[key]

    def _state_before(self, start: int) -> str | None:
        """ISO alpha-3 of the state a description right before a name gives ("the Ukrainian town of")."""
        found = STATE_BEFORE.search(self.text, max(start - 60, 0), start)
        if found is None:
            return None
        word = found["state"] or found["owner"]
        return self.kb.demonym(word) or self.kb.state_named(word)


def settle_shared_demonyms(
    mentions: list[Mention], kb: KnowledgeBase, countries: Counter[str], place_states: dict[int, str | None]
) -> list[tuple[Mention, str]]:
    """ "Congolese", "Korean": a demonym two states share is of the one among them that the
    document's other names and places point to ("Goma", "Bukavu": the DR Congo's), where one does;
    returns the mentions so settled (their `kb_key` set) with their state."""
    support = countries + Counter(state for state in place_states.values() if state)
    settled: list[tuple[Mention, str]] = []
    for mention in mentions:
        if mention.kb_key or mention.label != "NORP":
            continue
        ranked = sorted(((support[s], s) for s in states_sharing(kb, mention.text)), reverse=True)
        if len(ranked) >= 2 and ranked[0][0] > ranked[1][0]:
            mention.kb_key, mention.via = f"state:{ranked[0][1]}", "demonym"
            settled.append((mention, ranked[0][1]))
    return settled


def states_sharing(kb: KnowledgeBase, name: str) -> set[str]:
    """The states (ISO alpha-3) that share a name ("Congolese", "Korean"); none for a name one
    state has to itself."""
    shared = (m.entity for m in kb.matches(name) if m.via == "ambiguous_alias")
    return {entity.id for entity in shared if entity.category == "state"}
