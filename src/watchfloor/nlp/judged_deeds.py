"""Whom a condemnation of an attack accuses: "Iran fired missiles at Israel. Biden condemned the
attack" accuses Iran, though the second sentence names no one. An accusation with no recipient,
in a sentence whose attack is named as a noun ("the attack", "the strikes"), accuses that
attack's actor: the one the same sentence gives it, else the last attacker the document named
before it, when that is not the accuser's own side."""

from __future__ import annotations

from dataclasses import replace

from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.types import Event

JUDGING = "ACCUSE"
JUDGED = "ASSAULT"


def name_the_judged(events: list[Event], evidence: list[SentenceEvidence]) -> list[Event]:
    """`events` (in the document's order) with each accusation of a named attack given its
    attacker as recipient."""
    named_attack = {s.start for s in evidence if f"tpos:{JUDGED}:NOUN" in s.features}
    here: dict[int, Event] = {}
    for event in events:
        if event.type == JUDGED and event.actor_country and event.start not in here:
            here[event.start] = event
    out, last = [], None
    for event in events:
        doer = here.get(event.start) or last
        if (
            event.type == JUDGING and event.recipient is None and event.start in named_attack
            and doer is not None and doer.actor_country != event.actor_country
        ):  # fmt: skip
            event = replace(event, recipient=doer.actor, recipient_country=doer.actor_country)
        if event.type == JUDGED and event.actor_country:
            last = event
        out.append(event)
    return out
