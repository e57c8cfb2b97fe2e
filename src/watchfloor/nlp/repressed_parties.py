"""Who holds whom: a person of no known state whom a state's organ arrests, jails or tries is that
state's ("Belarusian police detained Roman Protasevich"), and an arrest told in the passive with
no one named making it was made by the authorities of the state of whom they held ("Rodrigo
Duterte was arrested on Tuesday")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.nlp.arguments import first_conjunct
from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.seizure_deeds import DETAINING

REPRESSING = frozenset(
    {"arrest", "detain", "jail", "imprison", "suppress", "repress", "disperse", "torture", "sentence",
     "convict", "prosecute", "indict", "execute"}
)  # fmt: skip
ARRESTING = DETAINING - {"abduct", "kidnap"}  # what the authorities do unnamed (no kidnapping)


def repressed_by(token: Token, named: list[Party]) -> str | None:
    """The state of the subject of the repression the people suffer ("Georgian Dream had cracked
    down on protesters", "police arrested 40 students", "he was detained by police")."""
    token = first_conjunct(token)  # ("on protesters and journalists")
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in {"on", "against"}:
        verb = verb.head
    elif token.dep_ not in {"dobj", "nsubjpass"}:
        return None
    cracked = verb.lemma_.lower() in {"crack", "clamp"} and any(c.lower_ == "down" for c in verb.children)
    if not cracked and verb.lemma_.lower() not in REPRESSING:
        return None
    if token.dep_ == "nsubjpass":
        doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        doers = [s for s in verb.children if s.dep_ == "nsubj"]
    subjects = {c.i for s in doers for c in s.subtree}
    return next((p.country for p in named if p.head is not None and p.head.i in subjects and p.country), None)


def place_the_repressed(parties: list[Party]) -> None:
    """A person of no known state whom a state's organ arrests, jails or tries is that state's
    ("Belarusian police detained Roman Protasevich"): a foreigner held is named as one."""
    for party in parties:
        if party.label == "PERSON" and party.country is None and party.head is not None:
            party.country = repressed_by(party.head, parties)
            if party.country is not None:
                party.features = [f for f in party.features if f != "nocountry"] + ["person_ruled"]


def the_arresters(sent: Span, parties: list[Party], home: str | None) -> list[Party]:
    """The authorities who made an arrest told in the passive with no one named doing it ("Rodrigo
    Duterte was arrested on Tuesday"): those of the state of whom they held, else of the story's."""
    if any("speaker" in p.features and p.country for p in parties):
        return []  # ("police said 24 people had been arrested": the speaker's, see `allowed_pairs`)
    for verb in sent:
        if verb.lemma_.lower() not in ARRESTING or verb.tag_ != "VBN":
            continue
        if any(c.dep_ in {"agent", "neg"} or c.lower_ == "never" for c in verb.children):
            continue  # (one is named doing it; or there was no arrest: "had never been arrested")
        held = [
            p for p in parties if p.head is not None and p.head.dep_ == "nsubjpass" and p.head.head == verb
        ]
        country = next((p.country for p in held if p.country), None) or home
        if held and country:
            features = ["group:authority", "group_of_state", "arrester"]
            return [Party("the authorities", country, None, "GROUP", None, features)]
    return []
