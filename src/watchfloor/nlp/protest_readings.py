"""What people who are no armed party do when they block, occupy or storm something: a protest,
not a seizure ("Students blocked roads and university buildings", "farmers blockaded the border
crossing", "protesters stormed parliament")."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.sure_deeds import subjects_of
from watchfloor.nlp.triggers import Lexicon, Trigger

# deeds of force or seizure that, done by people of no armed party, are how they protest
PROTESTING_ACTS = frozenset({"block", "blockade", "barricade", "occupy", "storm"})
# people who protest that way (not "police", "troops" or "gunmen")
CIVILIANS = frozenset(
    {"protester", "demonstrator", "student", "worker", "farmer", "activist", "resident", "villager", "crowd",
     "trucker", "driver", "teacher", "doctor", "miner", "union", "citizen", "supporter"}
)  # fmt: skip


def protest_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The readings of "protest" for a verb of blocking or storming whose subject is people of no
    armed party; the verb's own readings otherwise."""
    if token.lemma_.lower() not in PROTESTING_ACTS or not readings:
        return readings
    if not any(s.lemma_.lower() in CIVILIANS for s in subjects_of(token)):
        return readings
    return lexicon.verbs.get("protest", readings)
