"""Words in a body's name that tell whose it is: a state's government ("the Foreign Affairs
Ministry"), or many states' or none ("International Crisis Group")."""

from __future__ import annotations

import re

from watchfloor.nlp import name_word_lists
from watchfloor.nlp.name_word_lists import alternation

# word lists of data/entities/name_words.yaml (where each is described)
_LISTS = name_word_lists.load()

# a government's body, named without its state: of the state the story is about
GOVERNMENT_BODY = re.compile(r"\b" + alternation(_LISTS.government_bodies) + r"\b")

# words that name a body of many states or of none ("International Crisis Group", "World Food
# Programme", "Global Coalition to Defeat ISIS"), which the story's state does not own
# (whole words: "U.N." before a space, "Sans Frontières" with its accent)
INTERNATIONAL_BODY = re.compile(r"(?<!\w)" + alternation(_LISTS.international_bodies) + r"(?!\w)")
