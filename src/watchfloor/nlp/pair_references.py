"""Parties named as a pair or a half: "both sides", "the two countries", "the two leaders" are
the two parties of different states named last (or the story's most named), and "the North" of a
story on North Korea is that state."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from spacy.tokens import Token

from watchfloor.kb import load_kb
from watchfloor.kb.records import State
from watchfloor.nlp.deed_roles import subject_of
from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.party_reference import BACK_KINDS

PAIR_NOUNS = frozenset({"side", "country", "nation", "state", "government", "leader", "army"})
# "the two countries", "the two armies": the states themselves
STATE_NOUNS = frozenset({"country", "nation", "state", "army"})


def antecedent_pair(
    token: Token, history: list[Party], named: Mapping[str, int] | None = None
) -> list[Party]:
    """ "both sides", "the two countries", "the two leaders": the first two parties of different
    states in `history` (the sentence's own named before, then the paragraph's last ones, each in
    the order named); [] for anything else. With `named` (how often the document has named each
    state), the earlier sentences' parties are taken most named first: "the two countries agreed
    to a ceasefire" after a paragraph on their mediator means the story's two; a state named
    before only as a place is none ("signed a truce in Pretoria")."""
    lemma = token.lemma_.lower()
    if lemma not in PAIR_NOUNS or token.tag_ != "NNS":
        return []
    both = any(c.lower_ == "both" for c in token.children)
    two = any(c.lower_ in {"two", "2"} for c in token.children) and any(
        c.lower_ == "the" for c in token.children
    )
    if not (both or two):
        return []
    kinds = BACK_KINDS["leader"] if lemma == "leader" else BACK_KINDS["side"]
    if lemma in STATE_NOUNS:
        kinds |= {"PERSON"}  # (a leader named for the state: "Sharif vowed ... both countries")
    asking = {p.country for p in history if p.country and _subject_of_governor(p, token)}
    # "Britain urged both sides": not Britain, however often the story named it before
    history = [p for p in history if not _subject_of_governor(p, token) and p.country not in asking]
    own = [
        p for p in history if p.head is not None and p.head.doc is token.doc and p.head.i >= token.sent.start
    ]
    earlier = [p for p in history if p not in own]
    # ("Egypt, Qatar and Saudi Arabia condemned ... between the two countries": none of three)
    own = [p for p in own if p.head is not None and len(p.head.conjuncts) < 2]
    if named:
        earlier = [p for p in earlier if "only_where" not in p.features]  # (where talks were held)
        earlier.sort(key=lambda p: -named.get(p.country or "", 0))
    else:
        earlier = [p for p in earlier if "loc" not in p.features]
    history = [p for p in own if "loc" not in p.features] + earlier  # (where talks were held is no side)
    pair: list[Party] = []
    for party in history:
        if party.label in kinds and party.country and all(p.country != party.country for p in pair):
            pair.append(party)
        if len(pair) == 2:
            return pair
    if lemma in STATE_NOUNS and named:
        return _most_named_states(named, pair, asking)
    return _sides_of_one_state(history) if lemma == "side" else []


def _most_named_states(named: Mapping[str, int], pair: list[Party], asking: set[str]) -> list[Party]:
    """ "called on both countries" where the paragraph's parties hold no two states (a story's
    states are named paragraphs before): the one found and the state the document names most
    after it, or the two most named, none of them the party that asks."""
    kb = load_kb()
    found = {p.country for p in pair}
    for iso3, _ in sorted(named.items(), key=lambda item: -item[1]):
        state = kb.state(iso3)
        if state is not None and iso3 not in found | asking:
            pair.append(Party(state.name, iso3, f"state:{iso3}", "GPE", None, ["lab:GPE"]))
            found.add(iso3)
        if len(pair) == 2:
            return pair
    return []


def _subject_of_governor(party: Party, token: Token) -> bool:
    """Whether the party is the subject of the verb the pair noun hangs from (or its preposition:
    "called on both sides"): who urges both sides to talk is not one of them."""
    if party.head is None or party.head.doc is not token.doc:
        return False
    governor = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    if governor.dep_ == "acl" and governor.head.i == party.head.i:
        return True  # "Russia, which has peacekeepers there, called on both sides" (parsed as a modifier)
    return party.head.i != governor.i and subject_of(party.head).i == governor.i


def _sides_of_one_state(history: list[Party]) -> list[Party]:
    """ "urged both sides to return to talks" where no two states were named: the first two
    bodies of one state named (a civil war's army and the militia it fights)."""
    bodies = [p for p in history if p.label == "ORG" and p.country]
    for i, first in enumerate(bodies):
        other = next((p for p in bodies[i + 1 :] if p.country == first.country and p.key != first.key), None)
        if other is not None:
            return [first, other]
    return []


COMPASS = frozenset({"North", "South"})


def compass_state(token: Token, named: Mapping[str, int], taken: Collection[str | None]) -> State | None:
    """The state "the North" or "the South" stands for in a story that names one state of that
    half and none of the other ("the North" after "North Korea"), unless the sentence names it."""
    if token.text not in COMPASS or token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and (after.pos_ == "PROPN" or after.ent_iob_ == "I"):
        return None  # ("the North Atlantic", "the South China Sea")
    kb = load_kb()
    halves = [
        state
        for iso3 in named
        if (state := kb.state(iso3)) is not None and state.name.startswith(token.text + " ")
    ]
    if len(halves) != 1 or f"state:{halves[0].iso3}" in taken:
        return None
    return halves[0]
