"""What people who are no armed party do when they block, occupy or storm something, or gather: a
protest, not a seizure or a meeting ("Students blocked roads and university buildings", "farmers
blockaded the border crossing", "protesters stormed parliament", "thousands of people gathered
outside city hall", "took to the streets")."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.sure_deeds import subjects_of
from watchfloor.nlp.triggers import Lexicon, Trigger

# deeds of force or seizure that, done by people of no armed party, are how they protest
PROTESTING_ACTS = frozenset({"block", "blockade", "barricade", "occupy", "storm", "gather", "assemble"})
# people who protest that way (not "police", "troops" or "gunmen")
CIVILIANS = frozenset(
    {"protester", "demonstrator", "student", "worker", "farmer", "activist", "resident", "villager", "crowd",
     "trucker", "driver", "teacher", "doctor", "miner", "union", "citizen", "supporter", "people"}
)  # fmt: skip


def protest_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The readings of "protest" for a verb of blocking, storming or gathering whose subject is
    people of no armed party, and for taking to the streets; the verb's own readings otherwise."""
    lemma = token.lemma_.lower()
    if lemma == "take" and any(
        p.lower_ == "to" and any(o.lemma_.lower() == "street" for o in p.children) for p in token.children
    ):
        return lexicon.verbs.get("protest", readings)  # "thousands took to the streets"
    if lemma not in PROTESTING_ACTS or not readings:
        return readings
    people = {t.lemma_.lower() for s in subjects_of(token) for t in s.subtree}
    return lexicon.verbs.get("protest", readings) if people & CIVILIANS else readings
