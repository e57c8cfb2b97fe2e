"""Trigger words that only name something, no deed: a judgement, a date, a document, a body of people."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.event_rules import names_the_opposition
from watchfloor.nlp.naming_verbs import in_a_name
from watchfloor.nlp.non_entities import is_document_word
from watchfloor.nlp.parse_memo import memo


def names_a_date(token: Token) -> bool:
    """Whether a word is a name in a date: "March" in "WASHINGTON, March 3" marches nowhere."""
    return token.pos_ == "PROPN" and token.ent_type_ in {"DATE", "TIME"}


# parts of a document: "Article 4 of NATO's founding treaty" cites the treaty, no deal is made
PROVISIONS = frozenset({"article", "clause", "provision", "section", "chapter", "paragraph", "annex"})


def names_a_document(token: Token) -> bool:
    """Whether a word is in a document's title: "Resolution 2231" and the "Energy Sanctions Act"
    are what parties adopt or pass, no resolution or sanctions of their own; or names a document
    a provision of it is cited from ("invoked Article 4 of NATO's founding treaty")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PROVISIONS:
        return True
    if not token.text[:1].isupper():
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if is_document_word(token.text) and following is not None and following.like_num:
        return True  # "Resolution 2231", "Resolution 1701"
    node = token
    for _ in range(4):  # "Sanctions" in "the Iran-China Energy Sanctions Act"
        if node.dep_ != "compound" or not node.head.text[:1].isupper():
            return False
        node = node.head
        if is_document_word(node.text):
            return True
    return False


def names_an_organisation(token: Token) -> bool:
    """Whether a word is in the name of an organisation the knowledge base knows: "movement" in
    "the Houthi movement", "Support" in "the Rapid Support Forces"."""
    table = memo(token.doc, "organisation_words")
    inside: frozenset[int] | None = table.get(None)
    if inside is None:  # worked out once per parse
        spans = token.doc.spans.get("kb", [])
        inside = table[None] = frozenset(i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end))
    return token.i in inside


def reports_no_deed(token: Token) -> bool:
    """Whether a trigger word only names something: a judgement ("called the strikes an act of
    war": no war), a date ("WASHINGTON, March 6": no march), a document ("Resolution 2231") or
    a body of people ("the opposition Democratic Party": no one opposes)."""
    return in_a_name(token) or names_a_date(token) or names_a_document(token) or names_the_opposition(token)
