"""Names listed with a comma before a plural verb, as headlines join them ("Pakistan, India agree to
immediate ceasefire", "China, Solomon Islands sign security pact"): the parser makes the second
name the subject and hangs the first on the verb as a modifier, so the first is lost as a doer;
or makes the second an apposition of the first, or a second subject. Here the first becomes the
subject and the others its conjuncts, as "Pakistan and India agree" is read."""

from __future__ import annotations

from spacy.tokens import Doc, Token

HUNG = frozenset({"npadvmod", "nmod", "dep", "appos", "compound"})
PLURAL_PRESENT = frozenset({"VBP", "VB"})


def join_listed_subjects(doc: Doc) -> None:
    for verb in doc:
        first = _first_listed(verb)
        if first is not None:
            subject = next(c for c in verb.lefts if c.dep_ == "nsubj")
            comma = doc[first.i + 1]
            first.head, first.dep_ = verb, "nsubj"
            subject.head, subject.dep_ = first, "conj"
            comma.head = first
        for second in _listed_as_apposition(verb):
            second.dep_ = "conj"  # ("India, Pakistan agree ...": the parser's apposition)
        subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
        if len(subjects) > 1 and all(_is_name(c) for c in subjects):
            for later in subjects[1:]:  # ("Macron, Scholz, Meloni sign ...": two subjects)
                if doc[later.left_edge.i - 1].text == ",":
                    later.head, later.dep_ = subjects[0], "conj"


def _listed_as_apposition(verb: Token) -> list[Token]:
    """The names the parser made an apposition of a plural verb's named subject, set off by a
    comma right after it and before the verb ("India, Pakistan agree to ceasefire")."""
    if verb.pos_ != "VERB" or verb.tag_ not in PLURAL_PRESENT:
        return []
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or not _is_name(subject) or subject.left_edge.i != verb.sent.start:
        return []
    return [
        c
        for c in subject.children
        if c.dep_ == "appos" and _is_name(c) and c.i < verb.i and verb.doc[c.left_edge.i - 1].text == ","
    ]


def _first_listed(verb: Token) -> Token | None:
    """The name a line opens with, a comma and then the plural verb's named subject after it, hung
    on the verb or on that subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in PLURAL_PRESENT:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or not _is_name(subject):
        return None
    start = subject.i  # (the subject's own name: "Solomon Islands")
    while start > 0 and verb.doc[start - 1].dep_ == "compound" and verb.doc[start - 1].head.i == subject.i:
        start -= 1
    if start < 2 or verb.doc[start - 1].text != ",":
        return None
    first = verb.doc[start - 2]
    while first.dep_ == "compound" and first.head.i < start - 1:
        first = first.head  # ("Solomon Islands, China ...": the name's last word)
    opens_the_line = first.left_edge.i == verb.sent.start
    hung = first.dep_ in HUNG and first.head.i in {verb.i, subject.i}
    return first if opens_the_line and hung and _is_name(first) else None


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or bool(token.ent_type_)
