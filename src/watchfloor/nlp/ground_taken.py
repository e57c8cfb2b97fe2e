"""Ground taken by force: "M23 rebels took control of Goma", "the RSF seized El Fasher", "Russian
forces captured Avdiivka". Taking a town, a city or a base is an attack on whoever holds it (the
field's coders file occupying territory under force); taking a ship, arms or people stays a
seizure (COERCE)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.place_positions import PLACE_NOUNS
from watchfloor.nlp.places import PLACE_LABELS
from watchfloor.nlp.sure_deeds import done_by_a_party, hedged

# verbs that take ground with the ground for object, and "take"/"seize"/"gain" "control of" it
TAKING = frozenset({"seize", "capture", "overrun", "retake", "recapture", "occupy", "take", "gain"})
HELD_GROUND = PLACE_NOUNS | {"base", "airport", "airbase", "garrison", "stronghold", "territory"}


def takes_ground(verb: Token, party_heads: set[int], place_heads: frozenset[int]) -> bool:
    """Whether a party, as subject, takes a place by force ("took control of Goma", "seized the
    town of Hazm", "captured the airport"), the verb neither negated nor modal. `place_heads`:
    where the sentence names a place or a state as a party (a town the gazetteer knows)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in TAKING or hedged(verb):
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    control = [o for o in objects if o.lemma_.lower() == "control"]
    if control:  # "took control of Goma", "seized control of the airport"
        held = [g for c in control for p in c.children if p.lower_ == "of" for g in p.children]
        # (no one is controlled: a name there the NER took for a person's is a town's)
        return any(_is_ground(g, place_heads) or g.ent_type_ == "PERSON" for g in held)
    if lemma in {"take", "gain"}:
        return False  # ("took the town": too loose a verb alone)
    return any(_is_ground(o, place_heads) for o in objects)


def _is_ground(noun: Token, place_heads: frozenset[int]) -> bool:
    """A place's name, or a noun of a place held ("the town of Hazm", "the airport")."""
    if noun.i in place_heads or noun.ent_type_ in PLACE_LABELS:
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in HELD_GROUND
