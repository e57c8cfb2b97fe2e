"""Words that make a trigger no event: "no injuries", "no one was hurt", "is listed", "was imminent"."""

from __future__ import annotations

from spacy.tokens import Token

NOT_YET = frozenset(
    {"planned", "potential", "possible", "imminent", "proposed", "prospective", "future", "due", "scheduled"}
)
# verbs whose passive says a deed is to come: "talks are scheduled for Sunday", "is expected to"
SCHEDULING = frozenset({"schedule", "plan", "set", "slate", "expect", "pencil"})
LISTING = frozenset({"list", "designate", "classify", "blacklist", "proscribe", "ban"})


def is_denied_noun(noun: Token) -> bool:
    """An event noun the sentence says did not happen: "no injuries", "no damage to any vessel",
    "without casualties"."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"det", "neg"} and c.lower_ == "no" for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "without"


def has_no_one_for_subject(verb: Token) -> bool:
    """A deed whose subject is no one: "No Americans were killed or injured", "nobody was hurt"."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "were killed or injured": the first verb's subject
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in {"nobody", "none"} or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subject.children
        ):
            return True
    return False


def standing_listing(verb: Token) -> bool:
    """Whether a verb of listing is in the present passive ("is listed", "are designated"): who
    stands on a list, not who was put on it."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in LISTING:
        return False
    passives = [c for c in verb.children if c.dep_ == "auxpass"]
    return (
        bool(passives)
        and all(c.tag_ in {"VBZ", "VBP"} for c in passives)
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def said_to_be_coming(verb: Token) -> bool:
    """Whether a copula says its subject is yet to come ("was imminent", "is possible")."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in NOT_YET for c in verb.children)


def scheduled(noun: Token) -> bool:
    """Whether an event noun, or the phrase it ends ("a sixth round of talks"), is the subject of
    a clause that says it is yet to come: "is scheduled for Sunday", "are planned", "is expected
    to take place", "are due"."""
    subject = noun
    while subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.i != subject.head.i:
        subject = subject.head.head  # ("a sixth round of talks": the round)
    verb = subject.head
    if subject.dep_ == "nsubj":
        return said_to_be_coming(verb)
    return subject.dep_ == "nsubjpass" and verb.lemma_.lower() in SCHEDULING and verb.tag_ == "VBN"
