"""Where an event happened when its sentence names no place for it: a statement or a sanction where
the report is datelined ("WASHINGTON -"), force used on a state in that state ("Iran's attack on
Israel"), and force between a state and its own people at home ("Iran executed two protesters")."""

from __future__ import annotations

from watchfloor.kb import load_kb
from watchfloor.nlp.event_evidence import DATELINED, SentenceEvidence
from watchfloor.nlp.types import Event, Mention

FORCE_ON_A_STATE = frozenset({"ASSAULT", "COERCE"})
FORCE_AT_HOME = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})  # actor and recipient of one state


def dateline_place(mentions: list[Mention], place_names: dict[int, str]) -> str | None:
    """The place a report was filed or a statement issued from: its dateline's ("WASHINGTON -")."""
    datelines = (m for m in mentions if m.preposition == "dateline" and m.start in place_names)
    return next((place_names[m.start] for m in datelines), None)


def place_statements_at_dateline(
    events: list[Event], evidence: list[SentenceEvidence], dateline: str | None
) -> None:
    """A statement or a sanction that names no place of its own was made where the report is
    datelined."""
    if dateline is None:
        return
    for event in events:
        if event.type in DATELINED and event.place is None:
            event.place = dateline
    for sentence in evidence:  # for the model's events (`event_building.build_event`)
        sentence.dateline = dateline


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
