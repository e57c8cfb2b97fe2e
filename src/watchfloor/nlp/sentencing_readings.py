"""A verb of sentencing that says to what ("the court condemned the former president to 27 years
in prison", "the military court condemns to death 37 accused"): the penalty imposed, read as
"sentence" is, and no condemnation."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import party_noun_lists, verb_class_lists
from watchfloor.nlp.triggers import Lexicon, Trigger

_LISTS = verb_class_lists.load()  # the word lists (data/events/verb_classes.yaml)
SENTENCING = _LISTS.sentencing
PENALTIES = _LISTS.penalties
DEEDS_BACK = party_noun_lists.load().deeds_back  # "the decision", "the ruling"


def sentencing_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The readings of "sentence" for a verb of `SENTENCING` with "to" a penalty; the verb's own
    otherwise ("condemned the attack", "condemned the decision to sentence him")."""
    if token.lemma_.lower() not in SENTENCING or not sentences_to_a_penalty(token):
        return readings
    objects = [c.lemma_.lower() for c in token.children if c.dep_ == "dobj"]
    if any(o in lexicon.nouns or o in DEEDS_BACK for o in objects):
        return readings  # "condemns the decision ... to sentence him to two years": a deed condemned
    return lexicon.verbs.get("sentence", readings)


def sentences_to_a_penalty(verb: Token) -> bool:
    """Whether the verb has "to" with a penalty for object ("to 27 years", "to death", "to life
    in prison")."""
    return any(
        prep.lower_ == "to" and prep.dep_ == "prep" and _penalty(obj)
        for prep in verb.children
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _penalty(noun: Token) -> bool:
    """A penalty, or a term of one ("27 years", "life in prison")."""
    if noun.lemma_.lower() in PENALTIES:
        return True
    return any(
        c.dep_ == "prep" and any(o.lemma_.lower() in PENALTIES for o in c.children) for c in noun.children
    )
