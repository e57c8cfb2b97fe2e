"""Whom a condemnation of an attack accuses: "Iran fired missiles at Israel. Biden condemned the
attack" accuses Iran, though the second sentence names no one. An accusation with no recipient,
in a sentence whose attack is named as a noun ("the attack", "the strikes"), accuses that
attack's actor: the one the same sentence gives it, else the first attacker the document named
before it that is not the accuser's own side (the attack a report leads with; those it tells of
later are mostly the replies to it: "security forces ended the siege, killing the attackers"),
whether or not its actor is of a known state ("gunmen stormed a hotel").
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
    named = {s.start: [k for k in JUDGED if f"tpos:{k}:NOUN" in s.features] for s in evidence}
    answering = {s.start for s in evidence if RESPONSES & set(s.features)}
    direct = {s.start for s in evidence if _judges_the_noun(s.features)}
    here: dict[tuple[int, str], Event] = {}
    for event in events:
        if event.type in JUDGED and event.actor:
            here.setdefault((event.start, event.type), event)
    out: list[Event] = []
    before: dict[str, list[Event]] = {kind: [] for kind in JUDGED}  # the deeds named so far, in order
    for event in events:
        judging = event.type == JUDGING or (event.type == ANSWERING and event.start in answering)
        kinds = named.get(event.start, [])
        if judging and event.recipient is None and kinds:
            doer = _doer(event, kinds, here, before, event.start in direct)
            if doer is not None:
                event = replace(event, recipient=doer.actor, recipient_country=doer.actor_country)
        if event.type in JUDGED and event.actor:  # (a doer of no known state leads too: "33 militants")
            before[event.type].append(event)
        out.append(event)
    return out


def _judges_the_noun(features: list[str]) -> bool:
    """Whether the judging word takes the deed's noun itself ("condemned the launch")."""
    judging = {f.split(":", 2)[2] for f in features if f.startswith(f"tlemma:{JUDGING}:")}
    return any(f"thead:{kind}:{lemma}" in features for kind in JUDGED for lemma in judging)


def _doer(
    event: Event,
    kinds: list[str],
    here: dict[tuple[int, str], Event],
    before: dict[str, list[Event]],
    direct: bool,
) -> Event | None:
    """The deed a judgement of a deed named by its noun judges: the one of a kind it names, its
    own sentence's first, else one told before (of a deed of force, any; of another kind, only
    the story's lead: those of the same kind told later are mostly other sides' replies); else
    the story's lead deed of another kind where the judging word takes the deed's noun (`direct`:
    "North Korea fired a missile ... condemned the launch", a word read as a show of force); never
    the judge's own side's (a misreading)."""
    for kind in kinds:
        sure = [d for d in before[kind] if d.confidence >= CONFIDENT]
        earlier = before[kind] if kind == "ASSAULT" else sure[:1]
        doers = [here[(event.start, kind)]] if (event.start, kind) in here else []
        doer = next((d for d in [*doers, *earlier] if d.actor_country != event.actor_country), None)
        if doer is not None:
            return doer
    if not direct:
        return None
    leads = [d for kind in JUDGED if kind not in kinds for d in before[kind][:1] if d.confidence >= CONFIDENT]
    return next((d for d in leads if d.actor_country != event.actor_country), None)
