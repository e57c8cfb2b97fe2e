"""Seizures a sentence makes sure whatever the type scorer doubts: people arrested, detained or
taken into custody by a party, or said to have been ("police had detained 113 people", "was taken
into custody"); a merchant ship seized by a party ("Houthi rebels seized a cargo ship"): COERCE,
no attack (GUIDE: seize is COERCE)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.sure_deeds import done_by_a_party, hedged, names_a_party, subjects_of
from watchfloor.nlp.vessels import SHIP_KINDS

# verbs that take people into custody, whatever else the sentence holds
DETAINING = frozenset({"arrest", "detain", "abduct", "kidnap", "imprison", "jail"})
CUSTODY = frozenset({"custody", "detention"})  # what someone is taken into ("taken into custody")


def into_custody(verb: Token) -> bool:
    """ "was taken into custody", "placed in detention": a verb that puts someone in custody."""
    return verb.lemma_.lower() in {"take", "place", "put", "hold", "keep"} and any(
        o.lemma_.lower() in CUSTODY
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"into", "in", "under"}
        for o in p.children
    )


def detains_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, arrests or detains a party named as its object ("police had
    detained 113 people", "soldiers seized weapons and arrested 27 gang members"), or a party is
    said to have been arrested ("police said 24 people had been arrested"), the verb neither
    negated nor modal: a seizure of people, whatever the model makes of it."""
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in DETAINING or into_custody(verb)) or hedged(verb):
        return False
    if any(c.dep_ == "nsubjpass" and names_a_party(c, party_heads) for c in verb.children):
        return True
    if not done_by_a_party(verb, party_heads):
        return False
    return any(c.dep_ == "dobj" and names_a_party(c, party_heads) for c in verb.children)


# verbs of taking a ship ("the IRGC seized a British oil tanker"; the ships: `vessels.SHIP_KINDS`)
SEIZING = frozenset({"seize", "board", "impound", "commandeer", "capture", "hijack", "detain"})


def seizes_a_ship(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, seizes a merchant ship, or a ship is said to have been seized
    by one ("Houthi rebels seized a cargo ship in the Red Sea"), the verb neither negated nor
    modal: a seizure (GUIDE), no attack, whatever the model makes of it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SEIZING or hedged(verb):
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(t.lemma_.lower() in SHIP_KINDS for t in taken):
        return False
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    return any(names_a_party(s, party_heads) for s in [*subjects_of(verb), *agents])
