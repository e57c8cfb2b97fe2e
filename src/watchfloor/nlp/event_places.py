"""Where an event happened when its sentence names no place for it: a statement or a sanction where
the report is datelined ("WASHINGTON -"), force used on a state in that state ("Iran's attack on
Israel"), and force between a state and its own people at home ("Iran executed two protesters");
where a place the sentence names is not where it happened ("recalled its ambassador to France",
"expelled diplomats over Bucha killings"); and the state a group of none stands for where it fought."""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.kb import load_kb
from watchfloor.kb.records import Organization
from watchfloor.nlp.event_evidence import DATELINED, SentenceEvidence
from watchfloor.nlp.triggers import Lexicon
from watchfloor.nlp.types import Entity, Event, Mention, Place

FORCE_ON_A_STATE = frozenset({"ASSAULT", "COERCE"})
FORCE_AT_HOME = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})  # actor and recipient of one state


def dateline_place(
    mentions: list[Mention], place_names: dict[int, str], place_states: dict[int, str | None]
) -> tuple[str, str | None] | None:
    """The place a report was filed or a statement issued from, with its state: its dateline's
    ("WASHINGTON -")."""
    datelines = (m for m in mentions if m.preposition == "dateline" and m.start in place_names)
    first = next(datelines, None)
    return None if first is None else (place_names[first.start], place_states.get(first.start))


def made_there(actor_country: str | None, dateline_country: str | None) -> bool:
    """Whether a statement may be placed at the dateline: one of the dateline's state or of no
    known state ("BEIRUT - ... Netanyahu vowed": not in Beirut; "WASHINGTON - Treasury said")."""
    return actor_country is None or dateline_country is None or actor_country == dateline_country


def place_statements_at_dateline(
    events: list[Event], evidence: list[SentenceEvidence], dateline: tuple[str, str | None] | None
) -> None:
    """A statement or a sanction that names no place of its own, by a party of the dateline's
    state, was made where the report is datelined."""
    if dateline is None:
        return
    name, country = dateline
    for event in events:
        if event.type in DATELINED and event.place is None and made_there(event.actor_country, country):
            event.place = name
    for sentence in evidence:  # for the model's events (`event_building.build_event`)
        sentence.dateline, sentence.dateline_country = name, country


def place_force_in_states(events: list[Event]) -> None:
    """Force used on a state itself, where no place is named, fell in that state: "Iran's attack
    on Israel" happened in Israel (not "attacks on U.S. forces", who may be anywhere); force
    between a state and its own people is used at home ("Iranian authorities arrested
    journalists", "protesters marched against the government")."""
    kb = load_kb()
    for event in events:
        if event.place or not event.recipient_country:
            continue
        state = kb.state(event.recipient_country)
        if state is None:
            continue
        on_the_state = event.type in FORCE_ON_A_STATE and event.recipient == state.name
        at_home = event.type in FORCE_AT_HOME and event.actor_country == event.recipient_country
        if on_the_state or at_home:
            event.place = state.name


# a place named after "to" is where someone goes, not where the event happened, but for talks,
# deals and deployments ("traveled to Damascus and met ..."); after "from", where a launch or a
# shipment came from ("expelled US forces from Syria", "withdrew from Syria" were there)
WHERE_ONE_GOES = frozenset({"CONSULT", "AGREE", "COOPERATE", "MOBILIZE"})
FROM_ELSEWHERE = frozenset({"ASSAULT", "AID"})


def routed_away(preposition: str | None, kind: str) -> bool:
    """Whether a place after this preposition is not where an event of `kind` happened."""
    return (preposition == "to" and kind not in WHERE_ONE_GOES) or (
        preposition == "from" and kind in FROM_ELSEWHERE
    )


def names_another_deeds_place(where: Span | None, token: Token, lexicon: Lexicon) -> bool:
    """Whether a place names where another deed happened, modifying its noun ("expels 40
    diplomats over Bucha killings": the killings were in Bucha, the expulsion was not)."""
    if where is None or where.root.dep_ not in {"compound", "nmod", "poss", "amod"}:
        return False
    noun = where.root.head
    return noun.i != token.i and noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.nouns


WHERE_A_GROUP_FIGHTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})


def place_stateless_groups(events: list[Event], entities: list[Entity], places: list[Place]) -> None:
    """An armed group of no one state (the Islamic State, al-Qaeda) is, in force it uses or
    suffers, the group where that happened: "Egypt struck Islamic State camps in Libya" hit the
    group in Libya (as GUIDE.md places a group where it is based)."""
    kb = load_kb()
    stateless = set()
    for entity in entities:
        category, _, entity_id = (entity.kb_key or "").partition(":")
        record = kb.entity("organization", entity_id) if category == "organization" else None
        if isinstance(record, Organization) and record.kind == "militia" and record.country is None:
            stateless.add(entity.name)
    where = {p.name: p.country for p in places if p.country}
    for event in events:
        country = where.get(event.place or "")
        if event.type not in WHERE_A_GROUP_FIGHTS or country is None:
            continue
        if event.actor in stateless and event.actor_country is None:
            event.actor_country = country
        if event.recipient in stateless and event.recipient_country is None:
            event.recipient_country = country
