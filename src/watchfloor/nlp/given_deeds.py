"""Aid given, goods sold and backing voiced outright: a party, as subject, that supplies another
with arms, money or aid ("Iran supplied drones to Russia", "Washington armed the rebels"), that
exports goods to another ("Iran exported 1.5 million barrels of oil to China"), or that backs,
welcomes or praises another or its deed ("the Secretary welcomed the Prime Minister's
condemnation", "the United States stands with Iranian women"), the verb neither negated nor
modal: aid, trade or support, whatever the model makes of it."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.arguments import counted
from watchfloor.nlp.sure_deeds import done_by_a_party, hedged, names_a_party

GIVING = frozenset(
    {"provide", "supply", "deliver", "give", "transfer", "ship", "donate", "furnish", "send", "hand"}
)
# what is given as aid (not troops, which are deployed, nor words: "delivered a message")
GIFTS = frozenset(
    {"weapon", "arm", "missile", "drone", "rocket", "ammunition", "munition", "shell", "aid", "assistance",
     "funding", "fund", "money", "equipment", "tank", "jet", "aircraft", "system", "component", "loan",
     "grant", "support", "training", "uav", "artillery", "vehicle", "supply", "fuel", "oil", "food", "part"}
)  # fmt: skip
ARMING = frozenset({"arm", "equip", "fund", "finance", "bankroll", "rearm", "resupply"})  # whom: the object
RECEIVING = frozenset({"to", "for"})


def gives_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, gives arms, money or aid to a party the verb names (its "to"
    or "for", its indirect object, or the object of arming or funding)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or hedged(verb) or lemma not in GIVING | ARMING:
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ARMING:
        return any(names_a_party(o, party_heads) for o in objects)
    if not any(n.lemma_.lower() in GIFTS for o in objects for n in counted(o)):  # ("hundreds of drones")
        return False
    given_to = [c for c in verb.children if c.dep_ == "dative"]
    given_to += [
        o for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ in RECEIVING
        for o in p.children if o.dep_ == "pobj"
    ]  # fmt: skip
    return any(names_a_party(o, party_heads) for o in given_to)


TRADING = frozenset({"export", "sell"})  # trade flows: COOPERATE, the exporter doing it (GUIDE)
GOODS = frozenset(
    {"oil", "crude", "gas", "lng", "fuel", "petroleum", "grain", "wheat", "coal", "good", "product",
     "electricity", "steel", "fertilizer", "fertiliser", "commodity", "barrel", "gasoline", "diesel"}
)  # fmt: skip


def trades_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, exports or sells goods (no arms) to a party the verb names."""
    if verb.pos_ != "VERB" or hedged(verb) or verb.lemma_.lower() not in TRADING:
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(n.lemma_.lower() in GOODS for o in objects for n in counted(o)):
        return False
    bought_by = [
        o for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children if o.dep_ == "pobj"
    ]  # fmt: skip
    return any(names_a_party(o, party_heads) for o in bought_by)


BACKING = frozenset(
    {"support", "back", "welcome", "praise", "commend", "applaud", "endorse", "hail", "congratulate",
     "salute"}
)  # fmt: skip
VOICED = frozenset({"express", "voice", "reaffirm", "reiterate", "pledge", "declare"})  # "expressed support"
BACKING_NOUNS = frozenset({"support", "solidarity", "backing"})


def backs_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, backs a party or a party's deed: the object names one
    ("welcomed the Prime Minister's condemnation"), or "stands with" one, or voices its support
    or solidarity "for" or "with" one."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or hedged(verb):
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma in BACKING:
        return any(names_a_party(o, party_heads) or _owned_by_a_party(o, party_heads) for o in objects)
    if lemma == "stand":
        return any(_names_after(c, {"with", "behind", "by"}, party_heads) for c in children)
    if lemma in VOICED:
        said = [o for o in objects if o.lemma_.lower() in BACKING_NOUNS]
        return any(_names_after(c, {"for", "with"}, party_heads) for o in said for c in o.children)
    return False


def _owned_by_a_party(noun: Token, party_heads: set[int]) -> bool:
    return any(c.dep_ == "poss" and names_a_party(c, party_heads) for c in noun.children)


def _names_after(prep: Token, words: set[str], party_heads: set[int]) -> bool:
    """Whether a preposition of `words` takes a party ("stands with Iranian women")."""
    if prep.dep_ != "prep" or prep.lower_ not in words:
        return False
    return any(o.dep_ == "pobj" and names_a_party(o, party_heads) for o in prep.children)
