"""A parse repair for `parse_repairs`: a conjunction the parser read as a preposition.

"Petro suspended the talks after an offensive in the Catatumbo region killed 80 people": the small
model reads "after an offensive" as a phrase of time and hangs "killed" on the sentence's verb with
no subject, so that the sentence's subject seems to have killed. A finite verb with no subject right
after the noun of such a phrase is the clause the conjunction opens, and the noun its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# words that open a clause as well as a phrase ("after the attack", "after gunmen attacked")
SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "when", "while"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _clause_read_as_phrase(verb: Token) -> tuple[Token, Token] | None:
    """The conjunction and the subject of a finite verb with no subject of its own that follows
    right after the noun the conjunction was read to govern."""
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE or verb.dep_ not in {"advcl", "conj", "ccomp"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    for conjunction in reversed(verb.doc[verb.sent.start : verb.i]):
        if conjunction.lower_ not in SUBORDINATORS or conjunction.dep_ != "prep":
            continue
        nouns = [c for c in conjunction.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
        # (the verb right after the noun's phrase, outside the conjunction's: no loop made)
        if nouns and nouns[0].right_edge.i == verb.i - 1 and conjunction.right_edge.i < verb.i:
            return conjunction, nouns[0]
    return None


def repair_clauses_read_as_phrases(doc: Doc) -> None:
    for verb in doc:
        found = _clause_read_as_phrase(verb)
        if found is not None:
            conjunction, noun = found
            noun.head, noun.dep_ = verb, "nsubj"
            conjunction.head, conjunction.dep_ = verb, "mark"
            if verb.dep_ != "advcl":
                verb.dep_ = "advcl"
