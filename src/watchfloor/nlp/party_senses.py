"""Which uses of a party noun name a party: not one that only modifies another noun ("power
stations"), nor one in its sense of no one ("seized power"), nor people a thing is for ("a
children's hospital"); "the opposition" does, where it names the body, not the act. A name right
after "pro-" or "anti-" is the cause the word is for or against."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from watchfloor.nlp import party_noun_lists
from watchfloor.nlp.event_evidence import PARTY_NOUNS, PEOPLE_NOUNS
from watchfloor.nlp.event_rules import names_the_opposition
from watchfloor.nlp.triggers import load_lexicon

# party nouns that, modifying another noun, are never a party ("power stations", "state television")
MODIFIER_SENSES = frozenset({"power", "state"})
# party nouns that, bare and singular, name no one ("the soldiers who seized power", "in power")
MASS_SENSES = frozenset({"power"})


def modifies_only(token: Token, organisations: set[int]) -> bool:
    """A party noun that only modifies another noun: "power stations", and "group" in "Kataib
    Hezbollah terrorist group targets", where the organisation beside it is the party."""
    if token.dep_ != "compound":
        return False
    beside = (c.i in organisations for c in token.head.children if c.dep_ in {"compound", "nmod"})
    return token.lemma_.lower() in MODIFIER_SENSES or any(beside)


# people of a body, named by the body when it modifies them ("police officers": the police), from
# data/events/party_nouns.yaml (where each list is described)
SERVING = party_noun_lists.load().serving


def serves_a_body_named_beside(token: Token) -> bool:
    """ "seven police officers", "army commandos": the body that modifies them is the party."""
    return token.lemma_.lower() in SERVING and any(
        c.dep_ == "compound" and c.lemma_.lower() in PARTY_NOUNS for c in token.children
    )


def bare_capitalised(token: Token) -> bool:
    """A party noun the tagger took for a name, with no name and no modifier of its own: "The West
    has sanctioned ...", "the Government said" (not "Iraq's Foreign Ministry", which names whose)."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in {"", "LOC"}  # ("the West" may be read as a region)
        and not any(c.dep_ in {"poss", "compound", "amod", "nmod"} for c in token.children)
    )


def opposition_as_a_party(token: Token) -> bool:
    """ "accused the opposition": a party of its own ("the opposition Democratic Party" is the
    name's, and "opposition to the plan" an act)."""
    return token.dep_ != "compound" and names_the_opposition(token)


DEFENCES = frozenset({"defence", "defense", "defences", "defenses"})
DEFENCE_KINDS = frozenset({"system", "unit", "battery", "force"})


def air_defences_as_a_party(token: Token) -> bool:
    """ "Air defences shot down 30 drones", "air defence systems destroyed ...": a state's forces
    that suffer the attack they stop, where they stop it: the subject or the "by" phrase (not "a
    drone able to evade air defences", nor a modifier: "air defence capabilities")."""
    stopping = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")
    if not stopping or token.lemma_.lower() not in DEFENCE_KINDS | DEFENCES:
        return False
    words = [t.lower_ for t in token.doc[token.left_edge.i : token.i + 1]]
    return any(a == "air" and b in DEFENCES for a, b in itertools.pairwise(words))


ENVOYS = party_noun_lists.load().envoys  # "diplomats from Argentina, Chile and Peru"


def named_by_their_states(token: Token) -> bool:
    """Envoys named by the states they come from ("diplomats from Argentina, Chile and Peru"):
    those states stand for them, each a party (not troops: "KFOR troops from Italy" act as KFOR)."""
    if token.lemma_.lower() not in ENVOYS:
        return False
    froms = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for f in froms for o in f.children)


HARM_VERBS = frozenset({"kill", "wound", "injure", "murder", "massacre", "slaughter", "abduct", "kidnap"})
COUNTS = frozenset({"dozen", "score", "hundred", "thousand"})


def counts_the_harmed(token: Token) -> bool:
    """A bare number of people harmed: "an airstrike kills dozens", "gunmen killed 12", "at least 40
    were killed" (not "12 of them", nor "killed 12 soldiers", whose noun is the party)."""
    if token.dep_ not in {"dobj", "nsubjpass"} or token.head.lemma_.lower() not in HARM_VERBS:
        return False
    if token.pos_ != "NUM" and token.lemma_.lower() not in COUNTS:
        return False
    return not any(c.dep_ == "prep" for c in token.children)


STANCE_PREFIX = re.compile(r"(?<![A-Za-z])(?i:pro|anti)-$")  # right before a mention: a cause it names


def names_a_kind_of_thing(token: Token) -> bool:
    """People named in the possessive with no determiner, or one of them modifying a thing, say
    what a thing is for, not who owns it: "a children's hospital", "a women's prison", "a
    passenger train" (but "the protesters' demands")."""
    if token.dep_ == "compound":
        return _names_a_things_use(token)
    return (
        token.dep_ == "poss"
        and token.lemma_.lower() in PEOPLE_NOUNS
        and token.tag_ == "NNS"
        and not any(c.dep_ in {"det", "nummod"} for c in token.children)
    )


def _names_a_things_use(token: Token) -> bool:
    """ "a passenger train", "a refugee camp": one of a people modifying a thing says what the
    thing is for (not "student protests", whose noun names a deed the students do, nor "student
    activists", themselves people)."""
    head = token.head
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in PEOPLE_NOUNS
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in PEOPLE_NOUNS | PARTY_NOUNS  # ("crew members")
        and head.lemma_.lower() not in load_lexicon().nouns
    )


# places named after someone: "the Zamzam camp", "Nasser hospital" (no person acts there)
NAMED_SITES = frozenset(
    {"camp", "hospital", "school", "university", "mosque", "church", "prison", "stadium", "square",
     "street", "crossing", "checkpoint", "market", "airport", "base", "bridge", "port", "refinery", "plant"}
)  # fmt: skip


def names_a_site(name: Token) -> bool:
    """Whether a name modifies a site: the site's name, no party of its own."""
    return name.dep_ == "compound" and name.head.pos_ == "NOUN" and name.head.lemma_.lower() in NAMED_SITES


def is_bare_mass_sense(token: Token) -> bool:
    """A party noun in its sense of no one: singular, with no determiner or modifier ("seized power")."""
    return (
        token.lemma_.lower() in MASS_SENSES
        and token.tag_ == "NN"
        and not any(c.dep_ in {"det", "amod", "compound", "poss", "nummod"} for c in token.children)
    )
