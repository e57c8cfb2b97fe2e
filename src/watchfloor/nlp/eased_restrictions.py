"""Restrictions a party eases outright ("Japan lifted its curbs on exports to South Korea",
"Washington eased sanctions on Venezuela's oil sector"): a concession, whatever the model makes
of it, where a party as subject lifts, eases or waives sanctions, curbs, bans or tariffs, the
verb neither negated nor modal."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.sure_deeds import hedged, names_a_party, subjects_of

EASING = frozenset({"lift", "ease", "relax", "loosen", "waive", "remove", "rescind", "suspend", "revoke"})
RESTRICTIONS = frozenset(
    {
        "sanction", "curb", "restriction", "ban", "embargo", "blockade", "tariff", "control",
        "curfew", "duty", "levy", "freeze", "limit", "quota", "measure",
    }
)  # fmt: skip
# a measure eased is a restriction only where it says so ("lifted the export control measures")
NAMED_MEASURES = frozenset({"measure", "limit"})


def eases_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, eases a restriction it holds, the verb not hedged."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EASING or hedged(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_a_restriction(o) for o in objects):
        return False
    subjects = subjects_of(verb)
    if verb.dep_ == "ccomp" and any(s.pos_ == "PRON" for s in subjects):
        subjects += subjects_of(verb.head)  # ("the ministry announced that it was lifting ...")
    return any(names_a_party(s, party_heads) for s in subjects)


def _a_restriction(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma not in RESTRICTIONS:
        return False
    if lemma in NAMED_MEASURES:  # ("lifted restrictive measures", "eased the export limits")
        return any(
            c.lemma_.lower() in RESTRICTIONS | {"export", "import", "restrictive"} for c in noun.children
        )
    return True
