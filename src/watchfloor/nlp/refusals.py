"""Refusals and rejections. A party's refusal of a deed of cooperation ("Kenya would not pull
its soldiers out of Somalia", "Vucic said he would not sign any agreement with Kosovo"): the
negated future of a cooperative deed tells no such deed, done or denied, and the annotated sets
code none (where they code anything, a rejection, which the type scorer reads from the sentence
as it does others). A rejection told outright ("Tehran rejected the proposal"): sure, whatever
the type scorer doubts (`rejects_outright`, a `settled:` reading)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.event_evidence import NEGATIONS, PARTY_NOUNS, EventTemplate

# the deeds of cooperation whose refusal the sentence may tell
REFUSABLE = ("AGREE", "CONSULT", "CONCEDE", "RETREAT", "AID", "COOPERATE", "SUPPORT")
WILL = frozenset({"will", "would", "wo", "shall", "'ll"})  # ("won't" is "wo" + "n't")
PEOPLE_PRONOUNS = frozenset({"he", "she", "we", "i"})  # (not "it" or "they": "they would not help")


def refuses(trigger: Token) -> bool:
    """Whether the trigger is a verb said of the future with a negation, a party its subject:
    "Sofia would not give in", not "the sanctions would not help"."""
    if trigger.pos_ != "VERB":
        return False
    auxiliaries = [c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    negated = any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in trigger.children)
    return negated and any(a in WILL for a in auxiliaries) and any(_a_party(c) for c in trigger.children)


def _a_party(token: Token) -> bool:
    return token.dep_ == "nsubj" and (
        token.pos_ == "PROPN" or token.lower_ in PEOPLE_PRONOUNS or token.lemma_.lower() in PARTY_NOUNS
    )


def mark_refused_deeds(templates: dict[str, EventTemplate], triggers: dict[str, Token]) -> None:
    """Makes each refused cooperative deed of the sentence no event (`templates` changed in place)."""
    for kind in REFUSABLE:
        token = triggers.get(kind)
        if kind in templates and token is not None and refuses(token):
            templates[kind].is_event = False


# verbs of rejecting outright: what a party rejects or refuses with its object named (not "deny":
# a denial is mostly annotated as the deed denied, GUIDE), of data/events/verb_classes.yaml
REJECTING = verb_class_lists.load().rejecting_outright


def rejects_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, rejects or refuses something the verb names ("Tehran rejected
    the proposal", "China refused to sell weapons"): a rejection, whatever the model makes of it;
    not said of the future or negated."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REJECTING:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"neg", "aux"} and (c.lower_ in NEGATIONS or c.lower_ in WILL) for c in children):
        return False
    subject = any(c.dep_ == "nsubj" and c.i in party_heads for c in children)
    return subject and any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in children)
