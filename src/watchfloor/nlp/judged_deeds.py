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
from watchfloor.settings import CONFIDENT

JUDGING = "ACCUSE"
ANSWERING = "THREATEN"  # with a word of response: "vowed a harsh response", "vowed revenge"
RESPONSES = frozenset({"w:response", "w:retaliation", "w:revenge", "w:reprisal", "w:retaliate", "w:respond"})
# the deeds a statement may judge by their noun, the attack first ("condemned the drills": the
# drills' doer; "condemned the seizure of the tanker": the seizer)
JUDGED = ("ASSAULT", "MOBILIZE", "COERCE")


def name_the_judged(events: list[Event], evidence: list[SentenceEvidence]) -> list[Event]:
    """`events` (in the document's order) with each accusation of a named deed of force, and each
    threat of a response to one, given its doer as recipient."""
    named = {s.start: next((k for k in JUDGED if f"tpos:{k}:NOUN" in s.features), None) for s in evidence}
    answering = {s.start for s in evidence if RESPONSES & set(s.features)}
    here: dict[tuple[int, str], Event] = {}
    for event in events:
        if event.type in JUDGED and event.actor_country:
            here.setdefault((event.start, event.type), event)
    out: list[Event] = []
    before: dict[str, list[Event]] = {kind: [] for kind in JUDGED}  # the deeds named so far, in order
    for event in events:
        judging = event.type == JUDGING or (event.type == ANSWERING and event.start in answering)
        kind = named.get(event.start)
        if judging and event.recipient is None and kind is not None:
            # (a deed of another kind is named back only from its own sentence, or from the story's
            # lead: those of the same kind told later are mostly other sides' replies)
            sure = [d for d in before[kind] if d.confidence >= CONFIDENT]
            earlier = before[kind] if kind == "ASSAULT" else sure[:1]
            # (its own sentence's doer first, unless that is the judge's own side: a misreading)
            doers = [here[(event.start, kind)]] if (event.start, kind) in here else []
            doer = next((d for d in [*doers, *earlier] if d.actor_country != event.actor_country), None)
            if doer is not None:
                event = replace(event, recipient=doer.actor, recipient_country=doer.actor_country)
        if event.type in JUDGED and event.actor_country:
            before[event.type].append(event)
        out.append(event)
    return out
