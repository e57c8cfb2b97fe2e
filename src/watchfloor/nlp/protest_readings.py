"""What people who are no armed party do when they block, occupy or storm something, or gather: a
protest, not a seizure or a meeting ("Students blocked roads and university buildings", "farmers
blockaded the border crossing", "protesters stormed parliament", "thousands of people gathered
outside city hall", "took to the streets")."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.lexicon_nouns import in_a_body_name
from watchfloor.nlp.sure_deeds import hedged, subjects_of
from watchfloor.nlp.triggers import Lexicon, Trigger

# deeds of force or seizure that, done by people of no armed party, are how they protest
PROTESTING_ACTS = frozenset(
    {"block", "blockade", "barricade", "occupy", "storm", "gather", "assemble", "rampage"}
)
# people who protest that way (not "police", "troops" or "gunmen")
CIVILIANS = frozenset(
    {"protester", "demonstrator", "student", "worker", "farmer", "activist", "resident", "villager", "crowd",
     "trucker", "driver", "teacher", "doctor", "miner", "union", "citizen", "supporter", "people"}
)  # fmt: skip


def protest_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The readings of "protest" for a verb of blocking, storming or gathering whose subject is
    people of no armed party, and for taking to the streets; the verb's own readings otherwise."""
    lemma = token.lemma_.lower()
    if _takes_to_the_streets(token):
        return lexicon.verbs.get("protest", readings)  # "thousands took to the streets"
    subjects = subjects_of(token)
    if readings and any(lexicon_first(s, lexicon) == "PROTEST" for s in subjects):
        return lexicon.verbs.get("protest", readings)  # "anti-China riots hit industrial parks"
    if lemma not in PROTESTING_ACTS or not (readings or lemma in UNLISTED_ACTS):
        return readings
    people = {t.lemma_.lower() for s in subjects for t in s.subtree}
    return lexicon.verbs.get("protest", readings) if people & CIVILIANS else readings


UNLISTED_ACTS = frozenset({"rampage"})  # no event of any type but done by a crowd ("workers rampaged")


PROTESTERS = frozenset({"protester", "demonstrator", "rioter", "marcher"})  # who protest, not a protest


def lexicon_first(noun: Token, lexicon: Lexicon) -> str | None:
    """The first type the lexicon gives a noun of an event ("riots": PROTEST; not "protesters",
    who may throw stones)."""
    readings = lexicon.nouns.get(noun.lemma_.lower())
    if not readings or noun.pos_ != "NOUN" or noun.lemma_.lower() in PROTESTERS or in_a_body_name(noun):
        return None
    return readings[0].type


def protests_outright(token: Token, lexicon: Lexicon) -> bool:
    """Whether a verb tells a protest as surely as it happened: protests as its subject ("riots
    hit the industrial parks", "protests rocked Tehran"), a crowd blocking, storming or
    rampaging, or taking to the streets; the verb neither negated nor modal."""
    if token.pos_ != "VERB" or hedged(token):
        return False
    subjects = subjects_of(token)
    if any(lexicon_first(s, lexicon) == "PROTEST" for s in subjects):
        return True
    if token.lemma_.lower() == "take":
        return _takes_to_the_streets(token)
    people = {t.lemma_.lower() for s in subjects for t in s.subtree}
    return token.lemma_.lower() in PROTESTING_ACTS and bool(people & CIVILIANS)


def _takes_to_the_streets(verb: Token) -> bool:
    return verb.lemma_.lower() == "take" and any(
        p.lower_ == "to" and any(o.lemma_.lower() == "street" for o in p.children) for p in verb.children
    )
