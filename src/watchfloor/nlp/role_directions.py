"""Which way a trigger's roles run: inverse, where its subject suffers the event and its object's
owner commits it ("Ukraine shot down 15 Russian drones": Russia's attack), or mutual, where the
parties named together do it to each other ("Indian and Chinese troops clashed", "exchanged
fire", "blamed each other")."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.event_rules import phrasal
from watchfloor.nlp.trigger_readings import is_projectile, names_an_aircraft, object_nouns, takes_its_objects
from watchfloor.nlp.triggers import Lexicon


def reads_inverse(token: Token, kind: str, lexicon: Lexicon) -> bool:
    """Whether the trigger's subject suffers the event of `kind` and its object's owner commits
    it: "Ukraine shot down Russian drones"; "intercepted" and "destroyed" only with a projectile
    for object (`inverse_on`, `inverse_objects` of the lexicon)."""
    words = {phrasal(token), token.lemma_.lower()}
    if words & lexicon.inverse.get(kind, frozenset()):
        # ("downed an MQ-9", "shot down a passenger jet": its owner was attacked)
        return not any(
            names_an_aircraft(noun) or noun.lemma_.lower() in CRAFT for noun in object_nouns(token)
        )
    if token.lemma_.lower() in FIRING and _aimed_at_projectiles(token, kind, lexicon):
        return True  # "air defences had been firing at Ukrainian drones": Ukraine's attack
    return bool(words & lexicon.inverse_on.get(kind, frozenset())) and takes_its_objects(token, kind, lexicon)


FIRING = frozenset({"fire", "shoot"})  # verbs whose "at" names what they fire at
# craft with people aboard, whose downing is an attack on their owner, no one's attack downed
CRAFT = frozenset(
    {
        "plane",
        "airplane",
        "aircraft",
        "airliner",
        "jet",
        "jetliner",
        "helicopter",
        "flight",
        "bomber",
        "warplane",
        "fighter",
        "gunship",
        "airship",
        "transport",
    }
)


def _aimed_at_projectiles(token: Token, kind: str, lexicon: Lexicon) -> bool:
    """Whether a verb of firing is aimed at one of the type's `inverse_objects` ("fired at the
    drones"): who fires defends against whoever launched them."""
    # (the parser may hang "at" on the object: "fired interceptors at the missiles")
    fired = [token, *(c for c in token.children if c.dep_ == "dobj")]
    aims = [c for word in fired for c in word.children if c.dep_ == "prep" and c.lower_ == "at"]
    return any(is_projectile(o, kind, lexicon) for aim in aims for o in aim.children if o.dep_ == "pobj")


def reads_mutual(token: Token, kind: str, lexicon: Lexicon) -> bool:
    """Whether parties named together do the trigger's event to each other ("Indian and Chinese
    troops clashed"; lexicon `mutual`), trade it ("exchanged fire", "traded blows") or do it to
    "each other"."""
    traded = token.dep_ == "dobj" and token.head.lemma_.lower() in TRADING
    return traded or token.lemma_.lower() in lexicon.mutual.get(kind, frozenset()) or to_each_other(token)


def to_each_other(verb: Token) -> bool:
    """ "Russia and Ukraine blamed each other", "accused one another": done by each to the other."""
    return any(
        c.dep_ in {"dobj", "pobj", "prep"} and (c.lower_ in {"other", "another"} or _each_other(c))
        and any(d.lower_ in {"each", "one"} for d in c.subtree)
        for c in verb.children
    )  # fmt: skip


def _each_other(prep: Token) -> bool:
    """ "with each other", "against one another"."""
    return any(o.lower_ in {"other", "another"} for o in prep.children)


TRADING = frozenset({"exchange", "trade", "swap"})  # what two sides give each other
