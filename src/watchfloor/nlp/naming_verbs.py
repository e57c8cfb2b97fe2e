"""Verbs that name what their object is, and the judgement they name: "called the strikes an
act of war", "described the measures as a hostile action", "termed the vote a farce". What the
verb calls its object is a judgement, no deed of its own ("war" in "an act of war"), and a party
the judgement names as the doer ("a provocation by Kyiv") is the one judged."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.triggers import load_lexicon

# verbs that name what their object is: "called the strikes an act of war", "termed the vote a farce"
NAMING = verb_class_lists.load().naming


def naming_predicates(verb: Token) -> list[Token]:
    """What a naming verb calls its object ("an act of war" in "called the strikes an act of
    war"; as the parser may have it, a noun on the object); [] for any other use of it
    ("Macron called Zelensky")."""
    if verb.lemma_.lower() not in NAMING:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and verb.dep_ == "relcl":
        objects = [verb.head]  # "comments by French officials it called hostile"
    if not objects:  # a small clause: "called Belgrade's decision unfounded", the object its subject
        return [c for c in verb.children if c.dep_ == "oprd" and _small_clause_judgement(c)]
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    # (an adjective with "as" the parser hangs on the verb: "qualified the verdict as politically motivated")
    predicates += [
        c
        for c in verb.children
        if c.pos_ == "ADJ" and c.dep_ == "advcl" and any(a.lower_ == "as" for a in c.children)
    ]
    predicates += [o for o in objects[1:] if o.pos_ == "NOUN"]  # "that Tokyo called a show of force"
    # (an adjective after the object: "called the attacks unprovoked and unacceptable")
    predicates += [
        a for o in objects for a in o.children if a.pos_ == "ADJ" and a.i > o.i and a.dep_ in {"acl", "amod"}
    ]
    # (the object itself, the thing named its modifier: "called the uprising treason")
    predicates += [o for o in objects if condemning_noun(o) and _named_thing_before(o)]
    # "described the measures as a hostile action", the "as" on the verb or on its object
    predicates += [
        p for t in (verb, *objects) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children if p.dep_ == "pobj" or p.pos_ == "ADJ"  # ("as hostile", an adjective)
    ]  # fmt: skip
    # (or a noun on the object: "called the seizure 'an act of terrorism'", parsed as an apposition,
    # but not one set off by a comma after a name, which names whom it calls: "called Netanyahu,
    # the prime minister"; after a thing it judges it: "called the exercise, named ..., a warning")
    return predicates + [
        c
        for o in objects
        for c in o.children
        if c.dep_ in {"npadvmod", "appos", "dobj"}  # (the object read as a verb: "the launch a ... act")
        and c.pos_ == "NOUN"
        and (c.dep_ != "appos" or not _set_off(c) or o.pos_ == "NOUN")
    ]


def _small_clause_judgement(predicate: Token) -> bool:
    """An adjective with the thing judged for subject ("the decision unfounded"), or, as the parser
    may have it, a label noun the thing judged modifies ("called the ruling prejudicial")."""
    if predicate.pos_ == "ADJ":
        return any(c.dep_ == "nsubj" for c in predicate.children)
    return (
        predicate.pos_ == "NOUN" and _a_label(predicate) and any(c.dep_ == "amod" for c in predicate.children)
    )


def _a_label(word: Token) -> bool:
    """Whether a word condemns or approves of what it names ("prejudicial", "legitimate")."""
    labels = load_lexicon().labels
    return word.lemma_.lower() in labels.get("ACCUSE", frozenset()) | labels.get("SUPPORT", frozenset())


def condemning_noun(noun: Token) -> bool:
    """Whether a noun condemns whatever it names: an ACCUSE label ("treason", "terror")."""
    return noun.lemma_.lower() in load_lexicon().labels.get("ACCUSE", frozenset())


def _named_thing_before(noun: Token) -> bool:
    """ "the uprising treason": a definite noun the parser made a modifier of the name."""
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1 for c in noun.children
    ) and any(c.lower_ == "the" for c in noun.children)


def _set_off(token: Token) -> bool:
    """Whether a phrase follows a comma."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == ","


def in_a_name(token: Token) -> bool:
    """Whether a word is in what a naming verb calls its object: "war" in "called the strikes
    an act of war" is the judgement, no war of its own."""
    node = token
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return False
        if any(p.i == node.i for p in naming_predicates(head)):
            return True
        node = head
    return False


def does_the_judged(party: Token, trigger: Token) -> bool:
    """Whether the party does what the judgement names: "described the incident as a deliberate
    provocation by Kiev", "as Israel's aggression" judge Kiev and Israel."""
    names = [*naming_predicates(trigger)]
    names += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
    if party.dep_ == "pobj" and party.head.lower_ == "by":
        return party.head.head in names
    return party.dep_ == "poss" and party.head in names
