"""News outlets in a sentence: the one a report is told to or made by carries the news and takes
no part in the events it reports ("..., an official told Reuters")."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.certainty import REPORTING


def reports_to_or_for(head: Token) -> bool:
    """Whether a phrase is the one a report is told to or made by ("told Reuters", "according
    to VOA", "Reuters reported"): for an outlet, no party to the events it carries."""
    node = head
    while node.dep_ in {"compound", "appos", "conj"} and node.head is not node:
        node = node.head
    governor = node.head
    if node.dep_ in {"dobj", "dative", "nsubj"} and governor.lemma_.lower() in REPORTING:
        return True
    return node.dep_ == "pobj" and governor.lower_ == "to" and governor.head.lower_ == "according"
