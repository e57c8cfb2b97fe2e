"""A parse repair for `parse_repairs`: a quoted verb the parser read as a modifier of its object."""

from __future__ import annotations

from spacy.tokens import Doc, Token

QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _quoted_verb(noun: Token) -> tuple[Token, Token] | None:
    """The verb in quotation marks the parser took for a modifier of its object, and the word its
    clause hangs from instead: the object, given the verb's subject and auxiliary, or the
    auxiliary, taken for the verb ("said the Houthis had "abducted" crew members")."""
    verbs = [c for c in noun.children if c.dep_ == "amod" and c.tag_ in {"VBN", "VBD"} and c.i < noun.i]
    verb = verbs[0] if verbs else None
    if verb is None or verb.i < 2 or verb.doc[verb.i - 1].text not in QUOTES:
        return None
    children = list(noun.children)
    aux = next((c for c in children if c.dep_ == "aux" and c.lemma_ in {"have", "be"}), None)
    if aux is not None and aux.i < verb.i and any(c.dep_ == "nsubj" and c.i < aux.i for c in children):
        return verb, noun
    have = noun.head  # ("had" as the verb, "members" its object)
    between = verb.doc[have.i + 1 : verb.i]
    if noun.dep_ == "dobj" and have.lemma_ in {"have", "be"} and all(t.text in QUOTES for t in between):
        return verb, have
    return None


def _repair_quoted_verb(noun: Token, verb: Token, hung_on: Token) -> None:
    """The quoted verb heads the clause: its subject, auxiliary and quotation marks are its own,
    and the noun its object."""
    if hung_on.i == noun.i:
        moved = [c for c in noun.children if c.i < noun.i and c.dep_ in {"nsubj", "aux", "punct"}]
        dep = "ccomp" if noun.dep_ in {"dobj", "ccomp"} else noun.dep_
    else:  # the auxiliary's words are the verb's, and it the verb's auxiliary
        moved = [c for c in hung_on.children if c.i != noun.i]
        moved += [c for c in noun.children if c.dep_ == "punct"]
        dep = hung_on.dep_
    for child in moved:
        child.head = verb
    root = hung_on.dep_ == "ROOT" if hung_on.i != noun.i else noun.dep_ == "ROOT"
    verb.head, verb.dep_ = (verb, "ROOT") if root else (hung_on.head, dep)
    if hung_on.i != noun.i:
        hung_on.head, hung_on.dep_ = verb, "aux"
    noun.head, noun.dep_ = verb, "dobj"


def repair_quoted_verbs(doc: Doc) -> None:
    for noun in list(doc):
        quoted = _quoted_verb(noun)
        if quoted is not None:
            _repair_quoted_verb(noun, *quoted)
