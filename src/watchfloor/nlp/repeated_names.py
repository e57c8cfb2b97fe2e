"""Names the statistical NER missed on a later mention: a person's surname ("Dahl met ..." at
the start of a sentence, after "Minister Dahl") and a ship's name without its prefix ("the attack
on the Tutor", after "the Liberian-flagged M/V Tutor")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from watchfloor.kb import KnowledgeBase
from watchfloor.kb.normalize import fold
from watchfloor.nlp.types import Mention
from watchfloor.nlp.vessels import ship_name


def add_repeated_surnames(
    docs: list[Doc], offsets: list[int], per_paragraph: list[list[Mention]], kb: KnowledgeBase
) -> None:
    """Adds, in place and in text order, the surname mentions the NER left out (a word it gave
    another reading, such as a month, "May 5", stays as it is, but for a month's name alone as a
    verb's subject: "May told parliament")."""
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
        if not any(surname in doc.text for surname in surnames):
            continue  # (the paragraph's words need not be read one by one)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = [
            Mention(offset + t.idx, offset + t.idx + len(t.text), t.text, "PERSON")
            for t in doc
            if t.text in surnames
            and (not t.ent_type_ or _misread_as_a_date(t))
            and offset + t.idx not in covered
            and _stands_alone(t, t)
        ]
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)


def _misread_as_a_date(token: Token) -> bool:
    """ "May told parliament ...": a month's name alone as a verb's subject, no date."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    return token.ent_type_ == "DATE" and alone and token.dep_ == "nsubj" and token.head.pos_ == "VERB"


def _stands_alone(first: Token, last: Token) -> bool:
    """Not words of a longer name ("Dahl Industries", "Fort Dahl")."""
    doc = first.doc
    before = first.i > 0 and not first.is_sent_start and doc[first.i - 1].text[:1].isupper()
    after = last.i + 1 < len(doc) and doc[last.i + 1].text[:1].isupper()
    return not before and not after


def add_repeated_ship_names(docs: list[Doc], offsets: list[int], per_paragraph: list[list[Mention]]) -> None:
    """Marks, in place, a ship the document names with its prefix wherever its name recurs
    alone: a body or a person the NER saw there becomes the ship, and a new mention is added
    where it saw nothing."""
    names = {
        _words(name)
        for mentions in per_paragraph
        for m in mentions
        if m.label == "VESSEL" and (name := ship_name(m.text))[:1].isupper()
    }
    if not names:
        return
    for doc, offset, mentions in zip(docs, offsets, per_paragraph, strict=True):
        for mention in mentions:
            if mention.label != "VESSEL" and _words(mention.text) in names:
                mention.label, mention.via, mention.kb_key = "VESSEL", "ship_name", None
                mention.may_be_place = mention.guessed = False
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = [
            Mention(offset + span.start_char, offset + span.end_char, span.text, "VESSEL", via="ship_name")
            for span in _ship_name_spans(doc, names)
            if not any(offset + t.idx in covered for t in span)
        ]
        if added:
            mentions.extend(added)
            mentions.sort(key=lambda m: m.start)


def _words(name: str) -> tuple[str, ...]:
    """A name's words, folded, without a leading article ("the Tutor" is "tutor")."""
    words = [fold(w) for w in name.split()]
    return tuple(words[1:] if words[:1] == ["the"] else words)


def _ship_name_spans(doc: Doc, names: set[tuple[str, ...]]) -> list[Span]:
    """Where one of `names` stands as a capitalised name of its own."""
    found = []
    for name in names:
        width = len(name)
        for i in range(len(doc) - width + 1):
            span = doc[i : i + width]
            capitalised = span[0].text[:1].isupper()
            if capitalised and tuple(fold(t.text) for t in span) == name and _stands_alone(span[0], span[-1]):
                found.append(span)
    return found
