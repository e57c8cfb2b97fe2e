"""Deeds whose parties named together do them to each other (lexicon `mutual`): "Indian and
Chinese troops clashed" is India's attack on China and China's on India; and words of types that
pass between such parties whose parties do them together instead (lexicon `joint`); "the two
sides" agreeing or meeting, each with the other."""

from __future__ import annotations

from dataclasses import replace

from watchfloor.nlp.event_evidence import Party, SentenceEvidence
from watchfloor.nlp.triggers import load_lexicon
from watchfloor.nlp.types import Event

# kinds of party that fight one of their own state ("Sudan's army and the Rapid Support Forces")
FORCES_AND_BODIES = frozenset({"ORG", "GROUP"})


def opponent_of(parties: list[Party], actor: int) -> int | None:
    """The first party listed with the actor that is of another known state, else one of its own
    state that is another force or body (a civil war's sides), if any."""
    if actor >= len(parties) or parties[actor].country is None:
        return None
    own = parties[actor]
    listed = [j for j in own.coordinated if parties[j].country is not None]
    foreign = next((j for j in listed if parties[j].country != own.country), None)
    if foreign is not None or own.label not in FORCES_AND_BODIES:
        return foreign
    return next(
        (j for j in listed if parties[j].label in FORCES_AND_BODIES and parties[j].ref != own.ref), None
    )


def against_the_other(event: Event, parties: list[Party]) -> Event:
    """A rule's event of a mutual trigger with no recipient, aimed at the party listed with its
    actor ("Chinese and Indian troops clash": China's at India, India's at China)."""
    listed = [i for i, p in enumerate(parties) if p.coordinated]
    actor = next((i for i in listed if parties[i].name == event.actor), None)
    if actor is None:  # (the rules name a group by its whole phrase: "Chinese and Indian troops")
        actor = next((i for i in listed if parties[i].country == event.actor_country), None)
    other = opponent_of(parties, actor) if actor is not None else None
    if other is None:
        return event
    return replace(event, recipient=parties[other].name, recipient_country=parties[other].country)


def done_jointly(evidence: SentenceEvidence, kind: str) -> bool:
    """Whether the type's trigger in the sentence is one its parties listed together do together
    ("the US, Britain and Jordan helped to intercept the barrage"), not to each other."""
    return any(f"tlemma:{kind}:{word}" in evidence.features for word in load_lexicon().joint.get(kind, ()))


def agree_with_each_other(evidence: SentenceEvidence, kind: str, actor: int, recipient: int) -> bool:
    """Whether "both sides" or "the two countries" agree or meet, each with the other: unless the
    sentence names whom with (not a party of a sentence before, nor where they met: "the two
    countries agreed to a ceasefire at talks in Putrajaya")."""
    parties = evidence.parties
    if kind not in {"AGREE", "CONSULT"} or actor >= len(parties):
        return False
    if "coref:pair" not in parties[actor].features:
        return False
    return (
        recipient >= len(parties)
        or parties[recipient].label == "PREVIOUS"
        or ("only_where" in parties[recipient].features)
    )
