"""Names of operations and exercises ("the Zapad-2025 strategic exercise", "the operation,
code-named Marg Bar Sarmachar"): what a party does, never a party of its own."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import party_noun_lists, verb_class_lists

OPERATIONS = party_noun_lists.load().operations  # (data/events/party_nouns.yaml)
NAMING = verb_class_lists.load().naming_things  # "code-named", "dubbed" (data/events/verb_classes.yaml)


def names_an_operation(head: Token) -> bool:
    """Whether a name's head names an operation or an exercise: a modifier or an apposition of
    its noun ("the Zapad-2025 exercise", "the offensive, Operation 1027"), or what a participle
    of naming calls it ("the operation, code-named Marg Bar Sarmachar")."""
    governor = head.head
    if governor.i == head.i:
        return False
    if head.dep_ in {"compound", "nmod", "amod", "appos"} and governor.lemma_.lower() in OPERATIONS:
        return True
    named = governor.head
    return (
        head.dep_ == "oprd"
        and governor.lemma_.lower() in NAMING
        and governor.dep_ == "acl"
        and named.lemma_.lower() in OPERATIONS
    )
