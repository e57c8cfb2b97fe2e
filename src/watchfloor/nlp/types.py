"""What extraction finds in one document, before it is stored or printed as a record."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """One span of the stored text that names something."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, LOC, FAC, WEAPON, NORP
    kb_key: str | None = None  # "state:IRN", "person:..." when the knowledge base knows it
    via: str | None = None  # name, alias, demonym, metonym, outlet
    locative: bool = False  # governed by in/at/near/to/from: the place, not its government
    preposition: str | None = None  # the place preposition governing it, when locative
    entity: str | None = None  # key of the entity it was resolved to
    guessed: bool = False  # a capitalised name after a place preposition that no model marked
    country: str | None = None  # the state of a state's forces ("U.S. forces", via "forces")
    may_be_place: bool = False  # the NER's body or person where a place stands ("... at Erbil")


@dataclass
class Entity:
    key: str
    name: str
    type: str
    country: str | None = None
    title: str | None = None
    mentions: list[str] = field(default_factory=list)
    kb_key: str | None = None

    @property
    def unnamed(self) -> bool:
        """A person known only by an office ("the defense minister"): a party to events, but no
        named entity of the record (SCHEMA.md)."""
        return self.key.startswith(OFFICE_KEY)


OFFICE_KEY = "office:"


@dataclass
class Place:
    key: str  # gazetteer id
    name: str
    kind: str
    lat: float
    lon: float
    country: str | None
    mentions: list[str] = field(default_factory=list)


@dataclass
class Event:
    type: str
    mode: str | None
    actor: str | None
    actor_country: str | None
    recipient: str | None
    recipient_country: str | None
    date: str | None
    place: str | None
    certainty: str
    source: str | None
    text: str
    start: int  # sentence span in the stored text
    end: int
    markers: tuple[str, ...] = ()
    trigger: str = ""
    quantity: str | None = None
    confidence: float = 1.0  # how strongly the evidence supports the event, in [0, 1]


@dataclass
class Extraction:
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
