"""Deeds that did not come about as one party's act on another: a death by mishap ("killed in a
helicopter crash": no attack) and what a verb stops or sets free ("suspended its development
aid" gives none; "Hamas freed three hostages" holds no one)."""

from __future__ import annotations

from spacy.tokens import Token

# what kills without anyone's use of force: "killed in a helicopter crash" is no attack
MISHAPS = frozenset(
    {"crash", "accident", "collision", "earthquake", "flood", "flooding", "storm", "landslide", "avalanche",
     "illness", "disease", "derailment", "stampede", "heatwave", "cyclone", "hurricane", "typhoon"}
)  # fmt: skip


# verbs of mishaps whose participle tells the harm ("crashed, killing 38"; not "sank", which a
# navy may do)
MISHAP_VERBS = frozenset({"crash", "collide", "capsize", "derail", "collapse", "overturn"})


def by_mishap(trigger: Token) -> bool:
    """Whether the trigger's harm came from a mishap it names ("were killed in a crash",
    "died after an illness", "killed during the earthquake", "crashed, killing 38", "the
    collision injured five")."""
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.lemma_.lower() in MISHAP_VERBS:
        return True  # "a jet crashed in Kazakhstan, killing 38 people"
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in MISHAPS for c in trigger.children):
        return True  # "the collision injured five crew members"
    for word in (trigger, trigger.head):
        for prep in word.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in {"in", "during", "after", "from", "by"}
                and any(c.dep_ == "pobj" and c.lemma_.lower() in MISHAPS for c in prep.children)
            ):
                return True
    return False


# verbs that stop what their object names: "suspended its development aid" gives none
HALTING = frozenset(
    {"suspend", "halt", "freeze", "cut", "end", "stop", "withhold", "cancel", "terminate", "pause",
     "curtail", "scrap", "block", "slash"}
)  # fmt: skip
HALTABLE = frozenset({"AID", "COOPERATE", "CONSULT", "AGREE", "SUPPORT"})


# verbs that set free whom their object names: "Hamas freed three hostages" holds no one
FREEING = frozenset({"free", "release", "swap", "exchange", "repatriate", "return", "pardon"})


def is_halted(noun: Token, kind: str) -> bool:
    """Whether a noun of giving, working together, talks or a deal is what a verb stops ("France
    suspended its aid", "talks were halted"), or a noun of captivity what a verb ends ("freed
    three hostages", "released 90 prisoners"): no such event, but its stopping."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = noun.head.lemma_.lower()
    return (kind in HALTABLE and verb in HALTING) or (kind == "COERCE" and verb in FREEING)
