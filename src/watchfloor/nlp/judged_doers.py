"""Whom a statement judges for a deed did the deed: "blamed Hamas for the attack", "blamed the
attack on Russia", "held Russia responsible for the strike", "sanctioned two firms for supplying
drones to Russia", "praised Qatar for its mediation". The party is the judging verb's object, or
whom the deed is blamed "on", and the deed stands in the verb's reason ("for", "over", "of"), so
it is the deed's doer and never its recipient."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.arguments import phrase_root
from watchfloor.nlp.deed_roles import PUNISHING, judges
from watchfloor.nlp.trigger_readings import COMPLEMENTS  # "held Russia responsible for ..."
from watchfloor.nlp.triggers import load_lexicon

ACCUSING = frozenset({"accuse", "hold", "suspect", "convict", "charge", "thank", "reward"})
REASON_PREPS = frozenset({"for", "over", "of"})
BLAMING = frozenset({"blame", "pin"})  # verbs whose "on" names whom a deed is blamed on


def judged_for_it(party: Token, trigger: Token) -> bool:
    """Whether the party is whom a verb judges or punishes for the trigger's deed."""
    root = phrase_root(party)
    if root.dep_ == "pobj" and root.head.lower_ == "on":
        return _blamed_on(root.head, trigger)
    verbs = _charged_participles(root)
    if root.dep_ in {"dobj", "nsubjpass"} and root.head.i != root.i:
        verbs.append(root.head)  # ("Hamas was blamed for the attack": the passive subject)
    return any(_judged_in_its_reason(verb, trigger) for verb in verbs)


def _judged_in_its_reason(verb: Token, trigger: Token) -> bool:
    """Whether a judging, punishing or charging verb names the trigger's deed as its reason."""
    lemma = verb.lemma_.lower()
    if not (judges(verb) or lemma in PUNISHING or lemma in ACCUSING):
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in COMPLEMENTS)]
    reasons = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS]
    return any(r.left_edge.i <= trigger.i <= r.right_edge.i for r in reasons)


def _charged_participles(root: Token) -> list[Token]:
    """Participles with no subject of their own that tell what a noun was judged for: on the
    noun ("two men convicted of killing a guard") or, for a verb's object, on the verb ("hanged
    two men on Saturday convicted of killing ...", as the parser often hangs it)."""
    described = [c for c in root.children if c.dep_ == "acl"]
    if root.dep_ == "dobj":
        described += [c for c in root.head.children if c.dep_ == "advcl" and c.i > root.i]
    return [
        v for v in described
        if v.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
    ]  # fmt: skip


def _blamed_on(on: Token, trigger: Token) -> bool:
    """Whether "on" names whom a verb of blame blames the trigger's deed on ("blamed the attack on
    Russia", the parser hanging "on" on the verb or on the deed): that party did it."""
    holder = on.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    if verb.lemma_.lower() not in BLAMING:
        return False
    blamed = [c for c in verb.children if c.dep_ == "dobj"]
    return any(b.left_edge.i <= trigger.i <= b.right_edge.i for b in blamed)


HARMS = frozenset({"ASSAULT", "COERCE"})
# words of concern that judge what they are about ("was concerned about attacks on ...")
CONCERNED = frozenset(
    {"concern", "alarm", "worry", "outrage", "dismay", "appall", "trouble", "disturb", "shock"}
)
TARGET_PREPS = frozenset({"on", "against", "at", "of", "targeting"})


def suffers_the_judged(party: Token, trigger: Token) -> bool:
    """Whether the party is the target of the harm a statement judges ("condemned the attack on
    Israel", "concerned about attacks against U.S. troops", "deplored the executions of two
    protesters"): it suffered the deed, it is not the one the statement accuses."""
    if not (judges(trigger) or trigger.pos_ == "ADJ" or trigger.lemma_.lower() in CONCERNED):
        return False
    root = phrase_root(party)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in TARGET_PREPS or prep.head.i == prep.i:
        return False
    if prep.lower_ == "on" and trigger.lemma_.lower() in BLAMING:
        return False  # "blamed the killing on the RSF", however the parser hangs "on": the RSF is blamed
    harm = prep.head
    aimed = [c for c in harm.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS - {"of"}]
    if prep.lower_ == "of" and aimed:
        return False  # "the attack of the regime on Syria": the "of" is who attacked
    readings = load_lexicon().nouns.get(harm.lemma_.lower(), [])
    inside = trigger.left_edge.i <= harm.i <= trigger.right_edge.i and harm.i != trigger.i
    return inside and harm.pos_ == "NOUN" and any(r.type in HARMS for r in readings)
