"""Vows and warnings: a warning of what its maker's side will do is a threat, one of another's
deeds an accusation, one of a danger to whom it warns neither; a vow of force is a threat, a vow
of money or help no threat, a vow of anything else a promise."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.arguments import clause_verb
from watchfloor.nlp.certainty import FUTURE_MODALS
from watchfloor.nlp.triggers import Lexicon, Trigger

# word lists of data/events/verb_classes.yaml (where each is described)
_LISTS = verb_class_lists.load()
WARNING = _LISTS.warning
# what a warned party will do or undergo when the warning is a threat: "would pay for it"
CONSEQUENCES = _LISTS.consequences
CONDITIONS = frozenset({"if", "unless", "should"})


def warning_readings(token: Token, readings: list[Trigger]) -> list[Trigger]:
    """A warning of what its maker's side will do is a threat, no accusation ("warned that Israel
    would strike Hezbollah if the group violated the truce", "warned that any response would be
    met with a crushing reply", "warned they would pay for it"); a warning of another's deeds
    stays an accusation ("warned that Iran was planning to transfer drones"); a warning to someone
    of a danger to it is neither."""
    if token.lemma_.lower() not in WARNING or not any(r.type == "THREATEN" for r in readings):
        return readings
    if any(_threatens(c) for c in token.children if c.dep_ == "ccomp"):
        return [r for r in readings if r.type != "ACCUSE"]
    if _tips_off(token):
        return []  # "had warned Russian authorities of a planned attack": a tip, no charge, no threat
    if any(_tells_of_a_deed(c) for c in token.children if c.dep_ == "ccomp"):
        return [r for r in readings if r.type != "THREATEN"]  # ("warned that Iran was preparing to ...")
    return readings


def _tells_of_a_deed(clause: Token) -> bool:
    """Whether a warned clause tells what someone named does or did, no future ("that Iran was
    preparing to send missiles to Russia")."""
    named = any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_) for c in clause.children)
    modal = any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in clause.children)
    return named and not modal and clause.pos_ in {"VERB", "AUX"}


DANGERS = _LISTS.dangers


def _tips_off(verb: Token) -> bool:
    """Whether a warning tells someone of a danger to them: an object warned and a danger it is
    warned "of" or "about" ("warned Russian authorities of a planned attack on concert halls")."""
    warned = [c for c in verb.children if c.dep_ == "dobj"]
    if not warned:
        return False
    inside = {t.i for w in warned for t in w.subtree}  # (the parser may hang "of" on a date: "in March of")
    dangers = [
        t for t in verb.subtree
        if t.dep_ == "pobj" and t.head.lower_ in {"of", "about"} and t.lemma_.lower() in DANGERS
        and t.i not in inside and clause_verb(t).i == verb.i
    ]  # fmt: skip
    # (not one whose doer is named: "warned the world about the attacks by the Houthis" accuses them)
    return any(not any(t.dep_ in {"poss", "agent"} or t.lower_ == "by" for t in o.subtree) for o in dangers)


PROMISING = _LISTS.promising
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # what a promise of makes a threat ("deploy": not)
# vows of force with no verb of their own in the lexicon: "vowed that the group would respond"
RETALIATING = _LISTS.retaliating


def promises_force(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a vow's complement is a hostile deed ("vowed to retaliate", "pledged to strike
    back", "vowed that the group would respond")."""
    for clause in verb.children:
        if clause.dep_ in {"xcomp", "ccomp"} and clause.pos_ == "VERB":
            lemma = clause.lemma_.lower()
            readings = lexicon.verbs.get(lemma)
            if lemma in RETALIATING or (readings and readings[0].type in HOSTILE):
                return True
    return False


def promise_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """A vow of force is a threat, no promise of a deal (`promises_force`); a vow of money or
    help is no threat ("pledged $300 million"); a vow of anything else stays a promise ("pledged
    to keep up aid")."""
    if token.lemma_.lower() not in PROMISING or not any(r.type == "THREATEN" for r in readings):
        return readings
    if promises_force(token, lexicon):
        return [r for r in readings if r.type != "AGREE"]
    gifts = (t for o in token.children if o.dep_ == "dobj" for t in o.subtree)
    if any(t.tag_ == "$" or t.lemma_.lower() in GIFTS for t in gifts):
        return [r for r in readings if r.type != "THREATEN"]  # "pledged $300 million": no threat
    return readings


GIFTS = _LISTS.pledged_gifts


def _threatens(clause: Token) -> bool:
    """Whether a warned clause tells what will happen to someone: a future whose subject is its
    speaker's ("we will"), that befalls someone ("would pay", "would be met with"), or that hangs
    on a condition ("would strike ... if ...")."""
    children = list(clause.children)
    if clause.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in children):
        return False  # ("would be easier if ...": a state of things, no deed to come)
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.lower_ in {"we", "i"} for s in subjects) or clause.lemma_.lower() in CONSEQUENCES | RETALIATING:
        return True  # ("warned that Seoul would respond with all available means")
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
        for c in children
    )


# how a response said to come is one of force: "would respond forcefully", "will respond with force
# to any attack"
FORCEFUL = _LISTS.forceful
PROVOCATIONS = _LISTS.provocations


def responds_with_force(verb: Token) -> bool:
    """Whether "respond" tells of force to come ("Israel would respond forcefully to any violation",
    "will respond to any attack"): a modal of the future, and a forceful manner, force named or a
    provocation it answers; not "responded to questions"."""
    if verb.lemma_.lower() != "respond" or not any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children
    ):
        return False
    manner = any(c.dep_ == "advmod" and c.lower_ in FORCEFUL for c in verb.children)
    answered = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return manner or any(o.lemma_.lower() in PROVOCATIONS | {"force"} for o in answered)
