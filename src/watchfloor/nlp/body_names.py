"""Words in a body's name that tell whose it is: a state's government ("the Foreign Affairs
Ministry"), or many states' or none ("International Crisis Group")."""

from __future__ import annotations

import re

# a government's body, named without its state: of the state the story is about
GOVERNMENT_BODY = re.compile(
    r"\b(?:Ministry|Council|Parliament|Majlis|Cabinet|Presidency|Armed Forces|General Staff|Army|Navy|"
    r"Air Force|Police|Judiciary|Central Bank|Statistical Center|Statistics Center|Foreign Office|Congress|"
    r"Senate|House of Representatives|National Assembly|Supreme Court|Constitutional Court)\b"
)

# words that name a body of many states or of none ("International Crisis Group", "World Food
# Programme", "Global Coalition to Defeat ISIS"), which the story's state does not own
INTERNATIONAL_BODY = re.compile(
    r"\b(?:Internationale?|United Nations|UN|U\.N\.|World|Global|European|Europe|African Union|"
    r"Arab League|Amnesty|Human Rights Watch|Red Cross|Red Crescent|Without Borders|Sans Fronti|"
    r"Organi[sz]ation for|Committee to Protect|Crisis Group|NATO|Coalition|Alliance|Council of|"
    r"Association of|Union of|Wire|Press|News|Agency|Times|Post|Daily|Television|TV|Radio)\b"
)
