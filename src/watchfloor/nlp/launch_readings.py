"""Launches that hit no one: "North Korea fired a ballistic missile into the sea", "missiles
landed in Japan's exclusive economic zone", "launched a satellite into orbit". A projectile sent
into the sea or into space is a show of force (GUIDE: MOBILIZE), no attack on anyone."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.triggers import Lexicon, Trigger

LAUNCHING = frozenset({"fire", "launch"})
FALLING = frozenset({"land", "fall", "splash", "crash", "drop"})  # what a projectile does where it ends
PROJECTILES = frozenset({"missile", "rocket", "satellite", "projectile", "icbm", "slbm", "warhead"})
# where a projectile that hits no one ends: the sea, a state's waters, space
NOWHERE = frozenset({"sea", "water", "waters", "ocean", "orbit", "space", "zone", "eez", "coast"})
INTO = frozenset({"into", "in", "inside", "within", "off", "toward", "towards", "over"})


def launch_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The readings of a verb that sends a projectile into the sea or space, or of one that says
    where it fell there: a show of force (MOBILIZE), no attack (ASSAULT dropped)."""
    lemma = token.lemma_.lower()
    if lemma in LAUNCHING:
        sent = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if token.dep_ == "acl":  # "missiles fired by China ... landed in Japan's waters"
            sent.append(token.head)
        sent = [s for s in sent if _projectile(s) and (ends_nowhere(token) or _falls_nowhere(s))]
    elif lemma in FALLING and ends_nowhere(token):
        sent = [s for s in _subjects(token) if _projectile(s)]
    else:
        return readings
    if not sent:
        return readings
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return [r for r in readings if r.type == "AID"]  # "launched a satellite for Iran": aid
    shown = next((r for r in lexicon.verbs.get("launch", []) if r.type == "MOBILIZE"), None)
    return [shown] if shown is not None else []


def ends_nowhere(verb: Token) -> bool:
    """Whether the verb sends something into, or says it fell in, the sea, waters or space."""
    return any(
        o.lemma_.lower() in NOWHERE
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in INTO
        for o in p.children
        if o.dep_ == "pobj"
    )


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or that of the verbs it complements ("are believed to have landed")."""
    out = []
    while True:
        out += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return out
        verb = verb.head


def _falls_nowhere(noun: Token) -> bool:
    """Whether the sentence says the projectile fell in the sea, waters or space."""
    return any(v.lemma_.lower() in FALLING and ends_nowhere(v) and noun in _subjects(v) for v in noun.sent)


def _projectile(noun: Token) -> bool:
    return noun.lemma_.lower() in PROJECTILES or any(
        c.lemma_.lower() in PROJECTILES for c in noun.children if c.dep_ == "compound"
    )
