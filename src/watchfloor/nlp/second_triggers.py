"""A sentence's second trigger of a type: the next word of that type outside the first one's own
phrase ("strikes ... in response to attacks"), which may tell of a second event; and whether it
names the deed the first answers; and whether a party far from it said or did something else."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from watchfloor.nlp.arguments import carried_nouns, is_light_verb
from watchfloor.nlp.triggers import load_lexicon

PHRASE_LINKS = frozenset({"compound", "amod", "nmod", "conj", "appos"})
# one trigger the other's subject or a clause on it: the same deed told twice ("air strikes killed
# 12 people", "strikes killing 12", "the strike, which killed 12")
SAME_DEED_LINKS = frozenset({"nsubj", "nsubjpass", "acl", "relcl"})
ONE_PHRASE_LINKS = PHRASE_LINKS | SAME_DEED_LINKS  # what ties a second trigger to the first


def _own_objects(token: Token, first: Token) -> bool:
    """Two verbs joined as conjuncts, each with a direct object of its own."""
    joined = (token.dep_ == "conj" and token.head.i == first.i) or (
        first.dep_ == "conj" and first.head.i == token.i
    )
    return (
        joined
        and token.pos_ == first.pos_ == "VERB"
        and all(any(c.dep_ == "dobj" for c in verb.children) for verb in (token, first))
    )


def second_triggers(triggers: dict[str, Token], hits: dict[int, list[str]], sent: Span) -> dict[str, Token]:
    """Per type, the next trigger of that type outside the first one's own phrase ("strikes ...
    in response to attacks"): not linked to it as a modifier, a conjunct, an apposition, a
    subject or a clause on it (but a verb joined with an object of its own); one that names the
    deed the first answers before any other."""
    out: dict[str, Token] = {}
    for kind, first in triggers.items():
        if not kind:
            continue
        candidates = []
        for i in sorted(hits):  # (the sentence's triggers: its other words are no candidates)
            token = sent.doc[i]
            if i == first.i or kind not in hits[i]:
                continue
            linked = (token.head.i == first.i and token.dep_ in ONE_PHRASE_LINKS) or (
                first.head.i == token.i and first.dep_ in ONE_PHRASE_LINKS
            )
            # verbs joined with objects of their own are two deeds ("blamed the Taliban for the
            # attacks and accused Kabul of sheltering them")
            linked = linked and not _own_objects(token, first)
            # the light verb that carries the first ("launched missile strikes"): the same deed
            linked = linked or (is_light_verb(token) and first.i in {n.i for n in carried_nouns(token)})
            # what the first names its object as ("condemned the drills as a provocation"): itself
            linked = linked or (
                token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.i == first.i
            )
            # what the deed did, told by a participle with no subject ("attacked a police school,
            # killing 70 people"): the same deed
            linked = linked or (
                token.dep_ == "advcl"
                and token.tag_ == "VBG"
                and token.head.i == first.i
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
            )
            # a participle that describes a thing ("inside the damaged palace"): its state, no deed
            described = token.dep_ == "amod" and token.tag_ == "VBN"
            if not linked and not described and token.lemma_.lower() != first.lemma_.lower():
                candidates.append(token)
        if candidates:  # the deed the first answers, where one is named ("in response to an attack")
            out[kind] = next((t for t in candidates if answers_it(t)), candidates[0])
    return out


RESPONDING = frozenset({"response", "retaliation", "reprisal", "revenge", "answer", "respond", "retaliate"})


def answers_it(token: Token) -> bool:
    """Whether a trigger names the deed another answers ("strikes in response to a drone attack",
    "retaliated for the attacks"): a deed that happened, whoever it was answered by."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in RESPONDING:
            return True
    return False


def complement_of(token: Token, first: Token) -> bool:
    """Whether `token` stands in a complement the first trigger governs ("demanded that the US
    urge ...", "urged allies to strike ..."), or the object of its "of" or "with" ("warns Iran of
    serious consequences", "threatened them with sanctions"): what is demanded or threatened,
    not an event of its own."""
    if token.dep_ == "pobj" and token.head.lower_ in {"of", "with"} and token.head.head.i == first.i:
        return True
    complement = False
    node = token
    while node.head.i != node.i:
        complement = complement or node.dep_ in {"xcomp", "ccomp"}
        node = node.head
        if node.i == first.i:
            return complement
    return False


def says_or_does_another(features: Sequence[str], kind: str) -> bool:
    """Whether a party far from a second trigger is the subject of a verb of no reading of the
    trigger's type: it said or did something else ("Russia said ..., but did not comment on
    damage"), where "news that Iran executed two men" stays Iran's execution."""
    return "path:far" in features and subject_of_another_verb(features, kind)


def does_another_within(features: Sequence[str], kind: str) -> bool:
    """Whether a party is the subject of a relative clause inside the trigger's phrase whose
    verb reads as another type only: it did something else to what the deed concerns
    ("sentenced on charges that the US government rejected": the US sentenced no one); "the
    missile that Russia fired hit ..." stays Russia's."""
    return "relative_subject" in features and subject_of_another_verb(features, kind, of_a_deed=True)


def subject_of_another_verb(features: Sequence[str], kind: str, of_a_deed: bool = False) -> bool:
    """Whether a party is the subject of a verb with no reading of the type (with `of_a_deed`,
    one with readings of other types: "rejected", not "is working with")."""
    verbs = load_lexicon().verbs
    governors = [f.removeprefix("gov:nsubj:") for f in features if f.startswith("gov:nsubj:")]
    readings = [{t.type for t in verbs.get(verb, [])} for verb in governors]
    return any(kind not in types and (types or not of_a_deed) for types in readings)
