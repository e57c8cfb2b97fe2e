"""Readings a sentence makes sure whatever the type scorer doubts (`settled:` features): a verb
of agreeing that takes a deal, a truce or a release; a verb of accusing with its doer and whom it
accuses; a deed a party carries out by a light verb ("launched two days of drills", "completed a
prisoner swap"); the readings of force `force_readings` makes sure (attacks, fighting, downings)
and ground taken (`ground_taken`); and the deeds `sure_deeds` and `seizure_deeds` read
(agreements between two sides, arms bought, ties cut, withdrawals, truces taking effect,
releases, detentions, ships seized, restrictions declared, deployments, requests)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.arguments import SERIES_NOUNS, set_off_participle
from watchfloor.nlp.context_readings import object_readings
from watchfloor.nlp.eased_restrictions import eases_outright
from watchfloor.nlp.force_readings import (
    attacks_outright,
    downs_projectiles,
    fought_between,
    trades_blows,
)
from watchfloor.nlp.given_deeds import backs_outright, gives_outright, trades_outright
from watchfloor.nlp.ground_taken import takes_ground
from watchfloor.nlp.headline_deeds import names_a_deed_outright
from watchfloor.nlp.lexicon_nouns import agrees
from watchfloor.nlp.meetings import meets_outright
from watchfloor.nlp.protest_readings import protests_outright
from watchfloor.nlp.refusals import rejects_outright
from watchfloor.nlp.seizure_deeds import detains_outright, seizes_a_ship
from watchfloor.nlp.sure_deeds import (
    agreed_together,
    asks_outright,
    buys_arms,
    cuts_ties,
    deploys_outright,
    done_by_a_party,
    hedged,
    names_a_party,
    releases_outright,
    restricts_outright,
    truce_takes_hold,
    withdraws_outright,
)
from watchfloor.nlp.triggers import Lexicon

# word lists of data/events/verb_classes.yaml (where each is described)
_LISTS = verb_class_lists.load()
WORD_READINGS = ("RETREAT", "COERCE", "SANCTION")  # sure by any of their words, not only the trigger


# the deeds a trigger tells outright with the sentence's parties, by type
OUTRIGHT: dict[str, tuple[Callable[[Token, set[int]], bool], ...]] = {
    "MOBILIZE": (deploys_outright,),  # "Russia sends 300 military instructors to ..."
    "CONSULT": (meets_outright,),  # "Secretary Austin spoke with Minister Gallant"
    "AID": (gives_outright,),  # "Iran supplied drones to Russia"
    "COOPERATE": (trades_outright,),  # "Iran exported oil to China"
    "SUPPORT": (backs_outright,),  # "the United States stands with Iranian women"
    "CONCEDE": (eases_outright,),  # "Japan lifted its curbs on exports to South Korea"
    "REQUEST": (asks_outright,),  # "Aliyev demanded that Moscow admit guilt"
    "REJECT": (rejects_outright,),  # "Tehran rejected the proposal"
}


def settled_features(
    triggers: dict[str, Token],
    hits: dict[int, list[str]],
    sent: Span,
    party_heads: set[int],
    lexicon: Lexicon,
    place_heads: frozenset[int] = frozenset(),
) -> list[str]:
    """The `settled:` feature of each type whose trigger, or any of whose words, reads surely
    (`place_heads`: the parties that are places or states, where ground may be taken)."""
    out = []
    for kind, token in triggers.items():
        if kind == "AGREE" and (
            settles_on(token, lexicon) or agreed_together(token, party_heads) or buys_arms(token, party_heads)
        ):
            out.append(f"settled:{kind}")  # "agreed to a ceasefire": the rules' reading holds
        if any(outright(token, party_heads) for outright in OUTRIGHT.get(kind, ())):
            out.append(f"settled:{kind}")  # "Russia sends 300 military instructors to ..."
        if kind == "PROTEST" and protests_outright(token, lexicon):
            out.append(f"settled:{kind}")  # "anti-China riots hit industrial parks"
        if kind == "ACCUSE" and (accuses_outright(token) or lodges_a_charge(token, party_heads)):
            out.append(f"settled:{kind}")  # "days after Pyongyang accused Seoul of ..."
        if kind == "ASSAULT" and (
            attacks_outright(token, party_heads, lexicon)
            or trades_blows(token, party_heads, lexicon)
            or fought_between(token, party_heads, lexicon)
            or takes_ground(token, party_heads, place_heads)
            or downs_projectiles(token, party_heads, lexicon)
        ):
            out.append(f"settled:{kind}")  # "after police shot dead 19 protesters"
        if names_a_deed_outright(token, kind):
            out.append(f"settled:{kind}")  # "Mass arrests in Turkey after failed coup"
        if kind in OBJECT_SETTLED and read_by_its_object(token, kind, party_heads, lexicon):
            out.append(f"settled:{kind}")  # "Hunt warns Iran of serious consequences"
    # any word of the type: "forces loyal to Haftar pulled back from Tripoli", "soldiers seized
    # weapons and arrested 27 suspects", "Pakistan recalled its ambassador from Tehran"
    by_kind = {kind: [sent.doc[i] for i, kinds in hits.items() if kind in kinds] for kind in WORD_READINGS}
    if any(
        withdraws_outright(w, party_heads, lexicon)
        or releases_outright(w, party_heads)
        or truce_takes_hold(w, party_heads)
        for w in by_kind["RETREAT"]
    ):
        out.append("settled:RETREAT")
    seizing = (detains_outright, restricts_outright, seizes_a_ship)
    if any(outright(w, party_heads) for w in by_kind["COERCE"] for outright in seizing):
        out.append("settled:COERCE")
    if any(cuts_ties(w, party_heads) for w in by_kind["SANCTION"]):
        out.append("settled:SANCTION")
    for kind in CARRIED:  # "China launched two days of drills around Taiwan"
        words = [sent.doc[i] for i, kinds in hits.items() if kind in kinds]
        if any(carried_out(w, party_heads, kind, lexicon) for w in words):
            out.append(f"settled:{kind}")
    return list(dict.fromkeys(out))


SETTLED = frozenset({"AGREE", "RETREAT"})  # what an agreement settles: a deal, a ceasefire, a release


OBJECT_SETTLED = ("THREATEN",)  # types whose `by_object` readings are sure with a party doing them


def read_by_its_object(verb: Token, kind: str, party_heads: set[int], lexicon: Lexicon) -> bool:
    """Whether a party, as subject, does what the verb's object makes a deed of the type (lexicon
    `by_object`: "warned Iran of serious consequences" threatens), the verb neither negated nor
    modal."""
    if verb.pos_ != "VERB" or hedged(verb) or not done_by_a_party(verb, party_heads):
        return False
    return any(t.type == kind for t in object_readings(verb, [], lexicon))


def settles_on(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of agreeing takes a deal or a truce for its object ("agreed to a ceasefire",
    "signed a trade agreement", "agreed on a prisoner exchange"): an agreement, whatever the
    model makes of the verb."""
    if not agrees(verb, lexicon):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    if any(t.type in SETTLED for o in objects for t in lexicon.nouns.get(o.lemma_.lower(), [])):
        return True
    # "agreed to exchange the bodies of soldiers", "agreed to release the hostages"
    return any(c.dep_ == "xcomp" and _releases(c, lexicon) for c in verb.children)


def _releases(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb sets people free or withdraws (a reading of RETREAT, not an idiom of its:
    "exchange fire")."""
    lemma = verb.lemma_.lower()
    pairs = {(lemma, c.lemma_.lower()) for c in verb.children if c.dep_ == "dobj"}
    if pairs & lexicon.idioms.get("RETREAT", frozenset()):
        return False
    return any(t.type == "RETREAT" for t in lexicon.verbs.get(lemma, []))


# verbs that say an accusation whatever else the sentence holds ("Pyongyang accused Seoul of ...")
ACCUSING_OUTRIGHT = _LISTS.accusing_outright


def accuses_outright(verb: Token) -> bool:
    """Whether a verb of accusing has a subject, or is set off after a verb that has one
    ("imposed sanctions on Iran, accusing it of ..."), and someone or something accused as its
    object: an accusation, whatever the model makes of the sentence."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSING_OUTRIGHT:
        return False
    return has_a_doer(verb) and any(c.dep_ == "dobj" for c in verb.children)


# verbs that deliver a charge named by its noun ("lodged a protest", "filed a complaint", "issued
# an arrest warrant for Netanyahu")
LODGING = _LISTS.lodging


def lodges_a_charge(noun: Token, party_heads: set[int]) -> bool:
    """Whether the accusation's trigger is a noun a party, as subject, lodges, files or voices with
    or against another party ("Tokyo lodged a protest with Beijing", "filed a complaint against
    Israel"), the verb neither negated nor modal."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in LODGING:
        return False
    verb = noun.head
    if hedged(verb) or not any(c.dep_ == "nsubj" and names_a_party(c, party_heads) for c in verb.children):
        return False
    lodged_with = LODGED_WITH | ({"for"} if verb.lemma_.lower() == "issue" else set())  # (a warrant "for")
    preps = [c for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ in lodged_with]
    return any(names_a_party(o, party_heads) for p in preps for o in p.children if o.dep_ == "pobj")


LODGED_WITH = frozenset({"with", "to", "against"})  # whom a charge is lodged with or against


def has_a_doer(verb: Token) -> bool:
    """Whether a verb has a subject, or is a participle set off after a verb that has one."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return set_off_participle(verb) and any(c.dep_ == "nsubj" for c in verb.head.children)


CARRIED = frozenset({"ASSAULT", "MOBILIZE", "RETREAT"})  # deeds a party carries out by a light verb
# the light verbs of doing a deed (not of ordering or approving it: "authorized the deployment")
CARRYING = _LISTS.carrying


def carried_out(noun: Token, party_heads: set[int], kind: str, lexicon: Lexicon) -> bool:
    """Whether a noun of force is what a light verb with a party for subject carries out, alone
    ("Israel carried out airstrikes", "China launched two days of drills"), neither negated nor
    modal nor done with another ("joint drills with Russia" are cooperation)."""
    if noun.pos_ != "NOUN" or not any(t.type == kind for t in lexicon.nouns.get(noun.lemma_.lower(), [])):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in SERIES_NOUNS:
        verb = verb.head.head  # ("two days of drills")
    elif noun.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in CARRYING or any(c.lower_ == "joint" for c in noun.children):
        return False
    children = list(verb.children)
    if hedged(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in [*children, *noun.children]):
        return False
    return any(c.dep_ == "nsubj" and names_a_party(c, party_heads) for c in children)
