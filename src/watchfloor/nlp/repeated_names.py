"""A person's surname the statistical NER missed on a later mention ("Dahl met ..." at the start
of a sentence, after "Minister Dahl"): a capitalised word that is the surname of a person the
document names is a mention of that person."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from watchfloor.kb import KnowledgeBase
from watchfloor.nlp.types import Mention


def add_repeated_surnames(
    docs: list[Doc], offsets: list[int], per_paragraph: list[list[Mention]], kb: KnowledgeBase
) -> None:
    """Adds, in place and in text order, the surname mentions the NER left out (a word it gave
    another reading, such as a month, "May 5", stays as it is)."""
    surnames = {
        word
        for mentions in per_paragraph
        for m in mentions
        if m.label == "PERSON" and len(word := m.text.split()[-1]) > 2 and word[:1].isupper()
        and word.isalpha() and kb.state_named(word) is None and kb.demonym(word) is None
    }  # fmt: skip
    if not surnames:
        return
    for doc, offset, mentions in zip(docs, offsets, per_paragraph, strict=True):
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = [
            Mention(offset + t.idx, offset + t.idx + len(t.text), t.text, "PERSON")
            for t in doc
            if t.text in surnames and not t.ent_type_ and offset + t.idx not in covered and _stands_alone(t)
        ]
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)


def _stands_alone(token: Token) -> bool:
    """Not a word of a longer name ("Dahl Industries", "Fort Dahl")."""
    doc = token.doc
    before = token.i > 0 and not token.is_sent_start and doc[token.i - 1].text[:1].isupper()
    after = token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()
    return not before and not after
