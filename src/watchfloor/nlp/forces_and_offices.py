"""Mentions named by no proper name: a state's forces ("Russian troops"), a person by office alone."""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.kb import KnowledgeBase
from watchfloor.nlp.argument_reader import is_sponsor_word, stamp_break
from watchfloor.nlp.types import Mention

FORCE_NOUNS = frozenset({"force", "forces", "military", "troop", "troops"})


def state_forces(doc: Doc, offset: int, kb: KnowledgeBase, taken: set[int]) -> list[Mention]:
    """A state's armed forces named by its demonym or name ("U.S. forces", "the Israeli
    military", "Russian troops"): an organisation of that state (GUIDE: armed forces are
    entities), not the state itself; "Iranian-backed forces" are not Iran's."""
    out = []
    for token in doc:
        if token.lower_ not in FORCE_NOUNS or token.pos_ not in {"NOUN", "PROPN"} or token.i in taken:
            continue  # (a force the knowledge base names: "Israeli military" is the IDF)
        modifiers = [c for c in token.lefts if c.dep_ in {"amod", "compound", "nmod", "poss"}]
        country = None
        for modifier in modifiers:
            phrase = doc[modifier.left_edge.i : modifier.i + 1]
            if any(is_sponsor_word(t) for t in phrase):
                country = None
                break
            words = phrase.text.removesuffix("'s").removesuffix("’s")
            country = country or kb.demonym(words) or kb.state_named(words)
        if country is None:
            continue
        start = min(m.left_edge.i for m in modifiers)
        # (not a live blog's time stamp the parser hung on it: "[09:30 GMT] Turkish troops")
        start = max([start, *(t.i + 1 for t in doc[start : token.i] if stamp_break(t))])
        while doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        span = doc[start : token.i + 1]
        if any(t.dep_ in {"cc", "conj"} or is_sponsor_word(t) for t in span):
            continue  # "U.S. and partner forces", "Iranian and Iranian-backed forces": not one state's
        out.append(
            Mention(
                start=offset + span.start_char, end=offset + span.end_char, text=span.text, label="ORG",
                via="forces", country=country,
            )
        )  # fmt: skip
    return out


def office_holders(doc: Doc, offset: int, kb: KnowledgeBase, taken: set[int]) -> list[Mention]:
    """ "the defense minister", "the Iranian industry minister": a person named by office alone,
    for the entity resolver to join to the person the document named with that office."""
    out = []
    for token in doc:
        if token.lower_ != "the" or token.i + 1 >= len(doc):
            continue
        start = token.i + 1
        first = start + 1 if kb.demonym(doc[start].text) else start
        found = kb.longest_title(" ".join(t.text for t in doc[first : first + 6]))
        if found is None or found[0].kind != "office":
            continue
        end = first + found[1]
        if (
            end > len(doc)
            or (end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ in {"of", ","}))
            or any(i in taken for i in range(first, end))
        ):
            continue  # "the head of the IAEA", "the minister, X": the office belongs to a named person
        span = doc[start:end]
        out.append(
            Mention(offset + span.start_char, offset + span.end_char, span.text, "PERSON", via="title")
        )
    return out
