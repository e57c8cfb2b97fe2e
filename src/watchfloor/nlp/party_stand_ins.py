"""Words that stand for parties named elsewhere: "both sides", "he", "the group", "the group Hamas"."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from watchfloor.kb import load_kb
from watchfloor.nlp.event_evidence import ANAPHORS, DEFINITE_BACK, Party
from watchfloor.nlp.pair_references import STATE_NOUNS, antecedent_pair
from watchfloor.nlp.party_features import governor_features
from watchfloor.nlp.party_reference import named_before_it, speaks_of_itself


def both_sides(sent: Span, named: list[Party], history: list[Party], counts: Counter[str]) -> list[Party]:
    """ "The EU urged both sides to ...": the two parties named last, each standing where the
    phrase does."""
    out: list[Party] = []
    for token in sent:
        earlier = [p for p in named if p.head is not None and p.head.i < token.i and p.label != "GROUP"]
        pair = antecedent_pair(token, [*earlier, *history], counts)
        if {p.country for p in pair} <= {p.country for p in out}:
            continue  # "The two armies exchanged fire, officials on both sides said": the same two
        for party in pair:
            features = ["coref", "coref:pair", f"lab:{party.label}", *governor_features(token)]
            name, key = party.name, party.key
            state = load_kb().state(party.country or "") if token.lemma_.lower() in STATE_NOUNS else None
            if state is not None:  # "China urged both countries": the states, not their leaders
                name, key = state.name, f"state:{state.iso3}"
            out.append(Party(name, party.country, key, "PREVIOUS", token, features))
    return out


def anaphoric_subject(sent: Span, found: list[Party]) -> Token | None:
    """A subject that points back ("he", "the country", "the group", not "the Syrian
    regime") stands where the previous sentence's parties would; not the "it" or "he" of
    what a party named in the sentence says of itself ("Germany said it was outraged")."""
    for token in sent:
        if token.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            continue
        if speaks_of_itself(token, found) or named_before_it(token, found):
            continue
        if token.lower_ in ANAPHORS:
            return token
        definite = any(c.lower_ in {"the", "this", "that"} for c in token.children)
        named = any(c.ent_type_ and c.dep_ in {"amod", "compound", "nmod"} for c in token.children)
        if definite and token.lemma_.lower() in DEFINITE_BACK and not named:
            return token  # ("the Syrian regime" names its own state)
    return None


def named_beside(token: Token, taken: set[int], organisations: set[int]) -> bool:
    """Whether the noun stands for a party named beside it: in apposition, the organisation that
    modifies it, or the name right after it ("the militant group Hamas")."""
    return token.i + 1 in taken or any(
        (c.dep_ == "appos" and c.i in taken)
        or (c.dep_ in {"compound", "amod", "nmod"} and c.i in organisations)
        for c in token.children
    )
