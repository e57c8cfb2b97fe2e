"""Words that read otherwise when a state says them (lexicon `official`): "Tokyo lodged a
protest with Beijing", "China protested to Manila", "the foreign ministry's protest" are
accusations a government makes, not demonstrations."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.triggers import Lexicon, Trigger

# nouns of a state's organs and office-holders, who speak for it
ORGANS = frozenset(
    {"government", "ministry", "embassy", "consulate", "foreign", "ambassador", "envoy", "minister",
     "spokesperson", "spokesman", "spokeswoman", "diplomat", "official", "administration", "cabinet",
     "president", "premier", "chancellor", "junta", "authority", "beijing", "kremlin"}
)  # fmt: skip
STATE_NAMES = frozenset({"GPE", "NORP"})
# verbs that make a noun of theirs a statement by their subject ("lodged a protest")
CONVEYING = frozenset(
    {"lodge", "file", "register", "deliver", "issue", "make", "send", "voice", "submit", "express"}
)


def official_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The word's readings, those of `official` instead where a state or its organ says it."""
    instead = lexicon.official.get(token.lemma_.lower())
    if instead and _said_by_a_state(token):
        return instead
    return readings


def _said_by_a_state(token: Token) -> bool:
    speaker = _speaker(token)
    if speaker is None:
        return False
    words = [speaker, *(c for c in speaker.children if c.dep_ in {"compound", "amod", "poss"})]
    return any(w.ent_type_ in STATE_NAMES or w.lemma_.lower() in ORGANS for w in words)


def _speaker(token: Token) -> Token | None:
    """Who says the word: a verb's subject; a noun's owner ("Japan's protest") or the subject
    of the verb that conveys it ("Tokyo lodged a protest")."""
    if token.pos_ == "VERB":
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() in CONVEYING:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None
