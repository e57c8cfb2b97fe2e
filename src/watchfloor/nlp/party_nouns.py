"""Whether a common noun names a party of its own, a group the sentence does not name ("U.S.
military personnel", "protesters", "the two countries", "air defences", "killed 14"), judged from
the word and its phrase alone (`sentence_parties` adds what the rest of the sentence names)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.event_evidence import DOER_NOUNS, PARTY_NOUNS
from watchfloor.nlp.event_rules import is_group
from watchfloor.nlp.lexicon_nouns import listed_phrase
from watchfloor.nlp.outlets import is_press_audience, names_an_outlet
from watchfloor.nlp.party_reference import KINDS_OF_GROUP
from watchfloor.nlp.party_senses import (
    air_defences_as_a_party,
    bare_capitalised,
    counts_the_harmed,
    is_bare_mass_sense,
    named_by_their_states,
    names_a_kind_of_thing,
    opposition_as_a_party,
    serves_a_body_named_beside,
)
from watchfloor.nlp.place_positions import names_a_province
from watchfloor.nlp.triggers import load_lexicon


def names_an_unnamed_party(token: Token) -> bool:
    """Whether the word heads a party the sentence does not name: a party noun, the opposition, air
    defences or a number of people harmed, and not a word of a group's kind ("the rebel group"),
    what people became ("were taken hostage"), a mass sense ("state of emergency"), a kind of
    thing ("a children's hospital"), envoys named by their states, an outlet, a province or the
    press an official spoke to."""
    return (
        (token.pos_ == "NOUN" or bare_capitalised(token) or token.pos_ == "NUM")
        and token.dep_ not in {"amod", "oprd"}  # ("were taken hostage": what they became)
        and not (token.dep_ == "compound" and token.lemma_.lower() in KINDS_OF_GROUP)
        and (
            is_group(token, PARTY_NOUNS)
            or opposition_as_a_party(token)
            or air_defences_as_a_party(token)
            or counts_the_harmed(token)
        )
        and not serves_a_body_named_beside(token)
        and not is_bare_mass_sense(token)
        and not names_a_kind_of_thing(token)
        and not named_by_their_states(token)
        and not names_an_outlet(token)
        and not names_a_province(token)
        and not is_press_audience(token)
        # ("a state of emergency": a deed; "a suicide bomber": a doer still)
        and (listed_phrase(token, load_lexicon()) is None or token.lemma_.lower() in DOER_NOUNS)
    )
