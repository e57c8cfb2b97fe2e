"""Meetings told outright: a party, as subject, that meets, hosts, receives or visits another,
or speaks or holds talks with one ("Secretary Austin spoke with Minister Gallant", "Putin hosted
Raisi in Moscow", "Blinken visited Ankara"), the verb neither negated nor modal: a meeting,
whatever the model makes of it."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.sure_deeds import done_by_a_party, hedged, names_a_party

MEETING = frozenset({"meet", "host", "receive", "visit"})  # whom: the object
TALKING = frozenset({"meet", "speak", "talk", "confer", "consult", "negotiate", "phone", "telephone"})
TALKS = frozenset({"talk", "talks", "meeting", "call", "consultation", "negotiation", "discussion"})


def meets_outright(trigger: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, meets a party the verb names: its object (meet, host,
    receive, visit), its "with" (speak, talk, meet), or the "with" of the talks it holds."""
    verb, lemma = trigger, trigger.lemma_.lower()
    if trigger.pos_ == "NOUN":  # ("held talks with Iraq's prime minister")
        if lemma not in TALKS or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in HOLDING:
            return False
        verb, met = trigger.head, _with(trigger)
    elif trigger.pos_ == "VERB":
        children = list(trigger.children)
        met = [c for c in children if c.dep_ == "dobj"] if lemma in MEETING else []
        met += _with(trigger) if lemma in TALKING else []
    else:
        return False
    if hedged(verb) or not done_by_a_party(verb, party_heads):
        return False
    return any(names_a_party(m, party_heads) for m in met)


HOLDING = frozenset({"hold", "conduct", "have"})


def _with(head: Token) -> list[Token]:
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
