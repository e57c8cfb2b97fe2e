"""Which events a brief can tell: those whose parties are parties. A sentence never has a party
act on itself (the same entity or name on both sides), nor names a place, a site, a publication
or an unresolved "its allies" as a party. Not a party:
- an entity of a place's type (a GPE that is not a state, a LOC, a FAC);
- a news organisation the knowledge base knows (kind `media`);
- a name the store holds as an outlet, or as a place (its name or a form a document wrote),
  unless the knowledge base knows it as a body or a person;
- a phrase of someone's whose owner extraction left unresolved ("its allies").
States are always parties, and so are the capitals and seats that stand for their governments
("Moscow", "the Kremlin"): extraction resolves them to the state."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.kb import load_kb
from watchfloor.kb.normalize import fold
from watchfloor.store.queries import EventRow, StoreQueries
from watchfloor.store.story_queries import EntityKind, entity_kinds, place_and_outlet_names

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})


@dataclass(frozen=True)
class PartyBook:
    """What the store says of the parties of a set of events."""

    kinds: dict[int, EntityKind]  # by entity id
    places: frozenset[str]  # folded names of places other than countries
    outlets: frozenset[str]  # folded names of outlets

    def is_party(self, name: str | None, entity_id: int | None) -> bool:
        """Whether this actor or recipient can be named as one (a missing recipient can)."""
        kind = self.kinds.get(entity_id) if entity_id is not None else None
        if kind is not None:
            if kind.state:
                return True
            if kind.type in PLACE_TYPES or load_kb().is_media(kind.kb_key):
                return False
            if kind.kb_key is not None:
                return True  # a body or a person the knowledge base knows keeps its name
        if name is None:
            return kind is not None
        if name.split(maxsplit=1)[0].lower() in POSSESSIVES:
            return False  # "its allies": whose, extraction could not tell; nor can the reader
        folded = fold(name)
        return folded not in self.outlets and folded not in self.places


def acts_on_itself(event: EventRow) -> bool:
    """The same entity, or the same name, on both sides of the event."""
    if event.actor_id is not None and event.actor_id == event.recipient_id:
        return True
    return bool(event.actor and event.recipient and fold(event.actor) == fold(event.recipient))


def party_book(queries: StoreQueries, events: list[EventRow]) -> PartyBook:
    """What the store says of these events' parties."""
    ids = sorted({i for e in events for i in (e.actor_id, e.recipient_id) if i is not None})
    places, outlets = place_and_outlet_names(queries)
    return PartyBook(
        entity_kinds(queries, ids),
        frozenset(fold(p) for p in places) - {""},
        frozenset(fold(o) for o in outlets) - {""},
    )


def tellable(queries: StoreQueries, events: list[EventRow]) -> list[EventRow]:
    """The events a brief sentence can be drafted from, in their order."""
    book = party_book(queries, events)
    return [
        e
        for e in events
        if not acts_on_itself(e)
        and (e.actor is None or book.is_party(e.actor, e.actor_id))
        and (e.recipient is None or book.is_party(e.recipient, e.recipient_id))
    ]
