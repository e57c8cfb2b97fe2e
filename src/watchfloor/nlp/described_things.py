"""Trigger words that tell of no deed of their own sentence. A word that only describes a thing:
"the Kerch bridge linking Russia to Crimea", "roads connecting the two countries" (a present
participle hanging from a noun says what the noun does or is; where that noun is a thing that
cannot speak or deal, a word of speech or of working together there is no one's event). And an
accusation a party rejects: "Israel rejected the accusation" answers one made before. And an
order that commands ("ordered French troops to leave"): no purchase. And support as a deed's
purpose ("an airstrike in support of the operation"): no one backed. And what a tip would bring
about ("a reward for information leading to his arrest"): sought, not done. And a question asked
("asked whether Russia would help"): no request."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.certainty import DENYING
from watchfloor.nlp.deed_roles import STATEMENT_NOUNS
from watchfloor.nlp.event_evidence import PARTY_NOUNS
from watchfloor.nlp.event_scorers import TYPE_GROUPS
from watchfloor.nlp.non_entities import is_document_word

# what a participle on a thing may still tell of: a thing that speaks for someone ("a resolution
# condemning", "a letter urging") besides the statements and documents listed elsewhere
# (data/events/verb_classes.yaml)
SPEAKING_THINGS = verb_class_lists.load().speaking_things


def describes_a_thing(token: Token, kind: str) -> bool:
    """Whether the trigger, a word of speech or of working together, is a present participle
    describing a thing ("the bridge linking Russia to Crimea"): no event of that type."""
    if token.dep_ != "acl" or token.tag_ != "VBG":
        return False
    if TYPE_GROUPS.get(kind) != "say" and kind != "COOPERATE":
        return False
    noun = token.head
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and lemma not in PARTY_NOUNS
        and lemma not in STATEMENT_NOUNS
        and lemma not in SPEAKING_THINGS
        and not is_document_word(noun.text)
    )


# verbs that answer an accusation made before ("rejected the accusation")
ANSWERING = DENYING | {"reject", "rebuff"}


def answers_an_accusation(token: Token, kind: str) -> bool:
    """Whether the trigger is the noun of an accusation that its verb rejects ("rejected the
    accusation", "dismissed the allegations"): made before, by another, not in this sentence."""
    return (
        kind == "ACCUSE"
        and token.pos_ == "NOUN"
        and token.dep_ in {"dobj", "nsubjpass"}
        and token.head.lemma_.lower() in ANSWERING
    )


def commands(token: Token, kind: str) -> bool:
    """Whether an order is a command, not a purchase: "ordered French troops to leave the country"
    has a clause of what is to be done ("ordered 24 fighter jets" has none)."""
    return (
        kind == "AGREE"
        and token.pos_ == "VERB"
        and token.lemma_.lower() == "order"
        and any(c.dep_ in {"xcomp", "ccomp"} for c in token.children)
    )


def backs_a_deed(token: Token, kind: str) -> bool:
    """Whether support is the purpose of a deed of the sentence's, not a party's backing: "carried
    out an airstrike in support of the operation" (of a thing, no party: no one is supported)."""
    if kind not in {"SUPPORT", "AID"} or token.pos_ != "NOUN" or token.head.lower_ != "in":
        return False
    backed = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return bool(backed) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in PARTY_NOUNS for o in backed
    )


def tells_no_deed(token: Token, kind: str) -> bool:
    """Whether the trigger tells of no deed of the type in its sentence, by any of the above."""
    return (
        describes_a_thing(token, kind)
        or answers_an_accusation(token, kind)
        or commands(token, kind)
        or backs_a_deed(token, kind)
        or sought_by_a_tip(token)
        or (kind == "THREATEN" and warns_against_a_deed(token))
        or (kind == "REQUEST" and asks_a_question(token))
    )


QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_WORDS = frozenset({"WRB", "WP", "WDT"})  # why, how, what, which
CLAUSES = frozenset({"ccomp", "advcl", "dobj"})


def asks_a_question(token: Token) -> bool:
    """Whether "ask" asks a question, not for a deed: "asked why every country had to trade in
    dollars", "asked by journalists whether Russia would help" (where "asked Kyiv to withdraw"
    and "asked for help" ask for one)."""
    if token.lemma_.lower() != "ask" or token.pos_ != "VERB":
        return False
    clauses = [c for c in token.children if c.dep_ in CLAUSES and c.pos_ in {"VERB", "AUX"}]
    return any(
        (w.dep_ == "mark" and w.lower_ in QUESTION_MARKS) or w.tag_ in QUESTION_WORDS
        for clause in clauses
        for w in clause.children
    )


def warns_against_a_deed(token: Token) -> bool:
    """Whether a warning is against a deed and promises nothing ("the ministry warned against any
    attack on its ships": a caution, where "warned Iran of serious consequences" or "warned that
    it would respond" tell what will come, a threat)."""
    if token.lemma_.lower() not in {"warn", "caution"} or token.pos_ != "VERB":
        return False
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    clauses = any(c.dep_ in {"ccomp", "xcomp"} for c in token.children)
    return "against" in preps and not preps & {"of", "about"} and not clauses


def sought_by_a_tip(token: Token) -> bool:
    """Whether a deed's noun is what a participle "leading to" on a noun would bring about
    ("information leading to the president's arrest"), not what "led to" it ("the raid led to
    the arrest of 40 smugglers")."""
    lead = token.head.head
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and lead.lemma_.lower() == "lead"
        and lead.tag_ == "VBG"
        and lead.dep_ == "acl"
    )
