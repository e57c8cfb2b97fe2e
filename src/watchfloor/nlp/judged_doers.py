"""Whom a statement judges for a deed did the deed: "blamed Hamas for the attack", "held Russia
responsible for the strike", "sanctioned two firms for supplying drones to Russia", "praised
Qatar for its mediation". The party is the judging verb's object and the deed stands in the
verb's reason ("for", "over", "of"), so it is the deed's doer and never its recipient."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.arguments import phrase_root
from watchfloor.nlp.deed_roles import PUNISHING, judges
from watchfloor.nlp.trigger_readings import COMPLEMENTS  # "held Russia responsible for ..."

ACCUSING = frozenset({"accuse", "hold", "suspect", "convict", "charge", "thank", "reward"})
REASON_PREPS = frozenset({"for", "over", "of"})


def judged_for_it(party: Token, trigger: Token) -> bool:
    """Whether the party is whom a verb judges or punishes for the trigger's deed."""
    root = phrase_root(party)
    if root.dep_ not in {"dobj", "nsubjpass"} or root.head.i == root.i:
        return False  # ("Hamas was blamed for the attack": the passive subject)
    verb = root.head
    lemma = verb.lemma_.lower()
    if not (judges(verb) or lemma in PUNISHING or lemma in ACCUSING):
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in COMPLEMENTS)]
    reasons = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS]
    return any(r.left_edge.i <= trigger.i <= r.right_edge.i for r in reasons)
