"""Whom a condemnation of an attack accuses: "Iran fired missiles at Israel. Biden condemned the
attack" accuses Iran, though the second sentence names no one. An accusation with no recipient,
in a sentence whose attack is named as a noun ("the attack", "the strikes"), accuses that
attack's actor: the one the same sentence gives it, else the first attacker the document named
before it that is not the accuser's own side (the attack a report leads with; those it tells of
later are mostly the replies to it: "security forces ended the siege, killing the attackers").
A threat of a response made so is made to the attacker too ("said the strike was carried out
by F-35 jets and vowed a harsh response")."""

from __future__ import annotations

from dataclasses import replace

from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.types import Event

JUDGING = "ACCUSE"
ANSWERING = "THREATEN"  # with a word of response: "vowed a harsh response", "vowed revenge"
RESPONSES = frozenset({"w:response", "w:retaliation", "w:revenge", "w:reprisal", "w:retaliate", "w:respond"})
JUDGED = "ASSAULT"


def name_the_judged(events: list[Event], evidence: list[SentenceEvidence]) -> list[Event]:
    """`events` (in the document's order) with each accusation of a named attack, and each threat
    of a response to one, given its attacker as recipient."""
    named_attack = {s.start for s in evidence if f"tpos:{JUDGED}:NOUN" in s.features}
    answering = {s.start for s in evidence if RESPONSES & set(s.features)}
    here: dict[int, Event] = {}
    for event in events:
        if event.type == JUDGED and event.actor_country and event.start not in here:
            here[event.start] = event
    out: list[Event] = []
    before: list[Event] = []  # the attacks named so far, in order
    for event in events:
        judging = event.type == JUDGING or (event.type == ANSWERING and event.start in answering)
        if judging and event.recipient is None and event.start in named_attack:
            doers = [here[event.start]] if event.start in here else before
            doer = next((d for d in doers if d.actor_country != event.actor_country), None)
            if doer is not None:
                event = replace(event, recipient=doer.actor, recipient_country=doer.actor_country)
        if event.type == JUDGED and event.actor_country:
            before.append(event)
        out.append(event)
    return out
