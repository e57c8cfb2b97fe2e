"""Readings of force a sentence makes sure whatever the type scorer doubts: a verb of force done
by a party to a party, or by a munition that harmed people ("after police shot dead 19
protesters"); parties fighting each other ("exchanged fire", "fighting broke out between the army
and the RSF"); projectiles downed ("destroyed 25 drones": the launcher's attack)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.role_directions import reads_inverse, reads_mutual
from watchfloor.nlp.sure_deeds import hedged, names_a_party, two_sides
from watchfloor.nlp.trigger_readings import object_nouns, takes_its_objects
from watchfloor.nlp.triggers import Lexicon

AIMED = frozenset({"on", "at", "against"})  # what a use of force is aimed at
# the nouns of armed forces whose force on a place is an attack (not the police's: a raid of theirs
# is a search or an arrest)
ARMED_NOUNS = frozenset(
    {"soldier", "troop", "army", "military", "force", "marine", "commando", "jet", "warplane"}
)
# verbs of force that, done by a party to a party, are an attack whatever the model makes of it
ATTACKING_OUTRIGHT = frozenset(
    {"attack", "strike", "bomb", "shell", "shoot", "kill", "raid", "ambush", "assassinate", "bombard",
     "abduct", "kidnap", "behead", "invade"}
)  # fmt: skip


def attacks_outright(verb: Token, party_heads: set[int], lexicon: Lexicon) -> bool:
    """Whether a verb of force, active and neither negated nor modal, has a party for subject and
    a party for object ("police shot dead 19 protesters", "gunmen kidnapped two engineers") or, for
    an armed force, a place ("Mexican soldiers raided a camp"), or a
    verb the lexicon makes an attack by its object has one for the noun of "on", "at" or "against"
    ("Israeli jets dropped bombs on Hezbollah positions"), or a munition for subject harmed people
    (`_munition_harmed_people`)."""
    if verb.pos_ != "VERB":
        return False
    lemma, children = verb.lemma_.lower(), list(verb.children)
    if hedged(verb) or any(c.dep_ == "auxpass" for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if _munition_harmed_people(verb, lexicon, party_heads):
        return True  # "a drone launched from Yemen struck a building, killing one man"
    subjects = [c for c in children if c.dep_ == "nsubj" and names_a_party(c, party_heads)]
    if not subjects:
        return False
    if lemma in ATTACKING_OUTRIGHT:  # a party's, or a site's an armed force struck ("troops raided a camp")
        armed = any(s.lemma_.lower() in ARMED_NOUNS for s in subjects)
        return any(names_a_party(c, party_heads) or (armed and c.pos_ == "NOUN") for c in objects)
    by_object = any(
        t.type == "ASSAULT" for o in objects for t in lexicon.by_object.get((lemma, o.lemma_.lower()), [])
    )
    aimed = [o for c in children if c.dep_ == "prep" and c.lower_ in AIMED for o in c.children]
    return by_object and any(names_a_party(o, party_heads) for o in aimed)  # ("the Fordow plant")


def _munition_harmed_people(verb: Token, lexicon: Lexicon, party_heads: set[int]) -> bool:
    """Whether a munition named as a verb of force's subject harmed people, by the verb or by a
    participle set off after it ("a drone struck a building, killing one man")."""
    munitions = lexicon.inverse_objects.get("ASSAULT", frozenset())
    if verb.lemma_.lower() not in ATTACKING_OUTRIGHT | {"hit"}:
        return False
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in munitions for c in verb.children):
        return False
    harm = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    return any(
        v.lemma_.lower() in ATTACKING_OUTRIGHT
        and any(o.dep_ == "dobj" and names_a_party(o, party_heads) for o in v.children)
        for v in harm
    )


def trades_blows(trigger: Token, party_heads: set[int], lexicon: Lexicon) -> bool:
    """Whether parties fight each other: a word of fighting, or fire traded ("Indian and Pakistani
    troops exchanged fire", "Thai troops clashed with Cambodian forces"), with two parties in its
    verb's subject, or one there and one after "with"."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    if verb.pos_ != "VERB" or hedged(verb) or not reads_mutual(trigger, "ASSAULT", lexicon):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = {i for s in subjects for i in range(s.left_edge.i, s.right_edge.i + 1) if i in party_heads}
    partners = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
    pair = any(two_sides(s, party_heads) for s in subjects)  # "the two armies exchanged fire"
    return (
        pair or len(named) >= 2 or (len(named) == 1 and any(names_a_party(o, party_heads) for o in partners))
    )


def fought_between(noun: Token, party_heads: set[int], lexicon: Lexicon) -> bool:
    """Whether a noun of fighting names two parties it is "between" ("heavy fighting broke out
    between Sudan's army and the RSF", "clashes between Indian and Chinese troops"): each side's
    attack on the other, whatever the model makes of it."""
    gerund = noun.tag_ == "VBG" and noun.dep_ in {"nsubj", "dobj", "pobj"}  # ("Fighting between ...")
    if not (noun.pos_ == "NOUN" or gerund) or not reads_mutual(noun, "ASSAULT", lexicon):
        return False
    # (the parser may hang "between" on the verb the noun is subject of: "fighting broke out between")
    holders = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]
    sides = [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for o in c.children
    ]
    named = {i for o in sides for i in range(o.left_edge.i, o.right_edge.i + 1) if i in party_heads}
    return len(named) >= 2 or any(two_sides(o, party_heads) for o in sides)


def downs_projectiles(verb: Token, party_heads: set[int], lexicon: Lexicon) -> bool:
    """Whether a verb of downing, active and neither negated nor modal, takes projectiles for its
    object and names a party as who downed them or whose they were ("air defences destroyed 25
    Ukrainian drones", "Ukraine shot down 15 missiles"): the launcher's attack (GUIDE)."""
    if verb.pos_ != "VERB" or hedged(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not reads_inverse(verb, "ASSAULT", lexicon) or not takes_its_objects(verb, "ASSAULT", lexicon):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    owners = [t for noun in object_nouns(verb) for t in noun.subtree if t.i != noun.i]
    return any(names_a_party(s, party_heads) for s in subjects) or any(t.i in party_heads for t in owners)
