"""Whom a reaction to a deed named by a noun alone answers: "China lifted its tariffs on
Australian wine. Trade Minister Don Farrell welcomed the decision" supports China, though the
second sentence names no one. A welcome, a condemnation or a refusal whose word takes for object
a noun that points back to a deed ("the decision", "the move": `deeds_back` of
data/events/party_nouns.yaml) or a deed's own noun ("the sanctions", "the visit", "the
accusations"), and that has no recipient, answers the doer of the latest deed told before it
(of the noun's kind, where it is a deed's) that is not the reactor's own side's, and so does a
threat made beside it. An agreement welcomed is no one's deed but both sides'; many decisions
welcomed are no one's alone."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from watchfloor.nlp import party_noun_lists
from watchfloor.nlp.event_evidence import SentenceEvidence
from watchfloor.nlp.lexicon_nouns import noun_readings
from watchfloor.nlp.triggers import Lexicon
from watchfloor.nlp.types import Event
from watchfloor.settings import CONFIDENT

REACTING = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
DEEDS_BACK = party_noun_lists.load().deeds_back
ANY_DEED = "*"
SHARED = frozenset({"AGREE", "CONSULT"})  # ("welcomed the agreement", "the summit": both sides')
FEATURE = "answers"
THREAT = "THREATEN"


def answered_deed(kind: str, trigger: Token, lexicon: Lexicon) -> list[str]:
    """The feature `answers:<kind>:<type>` where a reacting type's verb takes for object a noun
    that points back to a deed: of that type, or of any (`ANY_DEED`)."""
    if kind not in REACTING or trigger.pos_ != "VERB":
        return []
    for noun in (c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if noun.lemma_.lower() in DEEDS_BACK and noun.tag_ != "NNS":
            return [f"{FEATURE}:{kind}:{ANY_DEED}"]
        types = [t.type for t in noun_readings(noun, lexicon)]
        shared = any(noun.lemma_.lower() in lexicon.mutual.get(reading, ()) for reading in types)
        if types and not SHARED & set(types) and not shared:  # ("welcomed the ceasefire")
            return [f"{FEATURE}:{kind}:{types[0]}"]
    return []


def name_the_answered(events: list[Event], evidence: list[SentenceEvidence]) -> list[Event]:
    """`events` (in the document's order) with each reaction to a deed named by a noun alone
    given that deed's doer as recipient."""
    answered = {s.start: _answered(s.features) for s in evidence}
    out: list[Event] = []
    doers: dict[int, Event] = {}  # by sentence, the doer a reaction there answers
    for event in events:
        deed = answered.get(event.start, {}).get(event.type)
        if deed is not None and event.recipient is None and event.actor:
            doer = _doer(event, deed, out)
            if doer is not None:
                doers[event.start] = doer
                event = replace(event, recipient=doer.actor, recipient_country=doer.actor_country)
        out.append(event)
    # a threat beside the reaction is made to the same doer ("condemned the sanctions as a grave
    # mistake and said Ankara would retaliate")
    return [_threatening(e, doers.get(e.start)) for e in out]


def _threatening(event: Event, doer: Event | None) -> Event:
    """A threat with no recipient, of another side than the doer, made to the doer."""
    if doer is None or event.type != THREAT or event.recipient is not None or not event.actor:
        return event
    if event.actor_country == doer.actor_country:
        return event
    return replace(event, recipient=doer.actor, recipient_country=doer.actor_country)


def _answered(features: list[str]) -> dict[str, str]:
    """By reacting type, the type of deed its word answers."""
    out: dict[str, str] = {}
    for feature in features:
        name, _, rest = feature.partition(":")
        if name == FEATURE:
            kind, _, deed = rest.partition(":")
            out[kind] = deed
    return out


def _doer(event: Event, deed: str, before: list[Event]) -> Event | None:
    """The latest sure deed told in an earlier sentence, of the type answered, by another side."""
    for told in reversed(before):
        if told.start >= event.start or told.actor is None or told.confidence < CONFIDENT:
            continue
        if told.actor_country == event.actor_country or told.actor == event.actor:
            continue
        if deed in (ANY_DEED, told.type):
            return told
    return None
