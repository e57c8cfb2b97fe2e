"""A line with no verb that names a deed of force by its noun ("Twin car bombings at Mogadishu
ministry", "Mass arrests in Turkey after failed coup", "Airstrikes on Rafah"): a headline or a
caption telling that the deed was done, whatever the type scorer makes of a line with no clause.
Only nouns of deeds someone does to another count; an explosion or a blast may be an accident."""

from __future__ import annotations

from spacy.tokens import Token

MAX_TOKENS = 16
DEED_NOUNS = {
    "ASSAULT": frozenset(
        {"attack", "strike", "airstrike", "bombing", "shelling", "raid", "assault", "massacre", "killing",
         "ambush", "assassination", "bombardment", "offensive", "incursion", "shooting"}
    ),
    "COERCE": frozenset({"arrest", "detention", "crackdown", "seizure", "roundup"}),
}  # fmt: skip


# blasts said to kill, or set off together, were set off by someone
HARMFUL_BLASTS = frozenset({"blast", "explosion"})
HARMING = frozenset({"deadly", "twin", "suicide", "coordinated", "multiple", "fatal"})


def names_a_deed_outright(noun: Token, kind: str) -> bool:
    """Whether the noun heads a short line that has no verb and names a deed of the type (as its
    head, or as the subject of a verbless predicate: "car bombings at a ministry: 100 dead")."""
    lemma = noun.lemma_.lower()
    blast = kind == "ASSAULT" and lemma in HARMFUL_BLASTS and any(c.lower_ in HARMING for c in noun.children)
    if noun.pos_ != "NOUN" or not (lemma in DEED_NOUNS.get(kind, ()) or blast):
        return False
    heads_it = noun.dep_ == "ROOT" or (noun.dep_ == "nsubj" and noun.head.pos_ not in {"VERB", "AUX"})
    line = noun.sent
    if not heads_it or any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in noun.children):
        return False  # ("Kim killing: ...": whose killing, with another's deed beside it)
    if len(line) > MAX_TOKENS or any(c.dep_ == "neg" for c in noun.children):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "acl"} for t in line)
