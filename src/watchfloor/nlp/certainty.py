"""The author's stance on an event, read from the words that govern its trigger.

Walking up from the trigger: a reporting verb ("claimed", "said", "reported") or "according
to" makes it attributed, with the verb's subject (or the one cited) as source; "falsely" on that
verb means the claim is not an event at all; "denied" makes it denied, with the denier for
source; a negation on the trigger denies it (the author's own word: no source); a modal or an
estimative word sets the likelihood (ICD 203: "almost certainly", "likely", "may have",
"unlikely"); "will", "would", "could" without "have" make it a forecast, not an event, and so
does "any" before a noun ("would respond to any attack").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.arguments import subject_of
from watchfloor.nlp.no_event_triggers import (
    NOT_YET,
    has_no_one_for_subject,
    is_denied_noun,
    scheduled,
    standing_listing,
)
from watchfloor.nlp.parse_memo import of_token

# word lists of data/events/verb_classes.yaml (where each is described)
_LISTS = verb_class_lists.load()
REPORTING = _LISTS.reporting  # "claimed", "said": attributed to the subject
DENYING = _LISTS.denying
POSSIBLE_MODALS = frozenset({"may", "might", "could"})
FUTURE_MODALS = frozenset({"will", "would", "shall", "should", "must", "ll", "'ll"})
LIKELY = _LISTS.likely_words
POSSIBLE = _LISTS.possible_words
ANY = frozenset({"any", "whatever", "whichever"})
COMING_ABOUT = _LISTS.coming_about
HYPOTHETICAL_HEADS = _LISTS.intending
# verbs whose complement is asked of another: "urged Iran to release", "warned Pyongyang to stop"
ASKING = _LISTS.asking_of_another
# verbs whose object deed is only planned ("were planning attacks"; an attempted coup happened)
PLANNING = HYPOTHETICAL_HEADS - {"try", "attempt", "strive", "aim"}
# nouns whose complement is wished or planned, not done: "an interest in purchasing drones",
# "plans to buy jets", "its intention to withdraw"
INTENT_NOUNS = _LISTS.intent_nouns
# what these verbs' complements tell is asked or threatened, not done: "urged allies to let Kyiv
# strike airfields", "threatened to strike"
ASKING_HEADS = _LISTS.asking_or_vowing


@dataclass(frozen=True)
class Stance:
    certainty: str  # asserted, attributed, almost_certain, likely, possible, unlikely, denied
    source: Token | None = None  # subject of the reporting verb (attributed) or the denying one
    is_event: bool = True  # False for forecasts, hypotheticals, what is asked and false claims
    promise: bool = False  # a reported future act ("X said Iran will export ..."): X's promise
    conditional: bool = False  # in an "if" clause: no event, but what makes a threat of the statement


def _estimate(token: Token) -> str | None:
    words = {c.lower_ for c in token.children if c.dep_ in {"advmod", "aux", "acomp"}}
    if "certainly" in words and any(c.lower_ == "almost" for c in token.subtree):
        return "almost_certain"
    if words & LIKELY:
        return "likely"
    if "unlikely" in words:
        return "unlikely"
    if words & POSSIBLE:
        return "possible"
    return None


def _modal(token: Token) -> tuple[str | None, bool]:
    """(likelihood from a modal, is a forecast)."""
    aux = [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]
    if any(a in POSSIBLE_MODALS for a in aux):
        # "may have discussed", "may be coordinating": possible now or before; "could provide":
        # a possibility yet to come, which is no event
        now_or_before = "have" in aux or "been" in aux or "be" in aux or token.tag_ in {"VBN", "VBG"}
        return "possible", not now_or_before
    if any(a in FUTURE_MODALS for a in aux):
        return None, True
    return None, False


def according_to(token: Token) -> Token | None:
    """The source an "according to" phrase on `token` names ("according to officials")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            if to is not None:
                return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


CONDITIONS = frozenset({"if", "unless"})


def threat_or_event(stance: Stance, kind: str) -> bool:
    """Whether a trigger of the type reports an event: one that happened, or a threat, whose
    condition is what makes it one ("will not hesitate to protect our forces if they're threatened")."""
    return stance.is_event or (stance.conditional and kind == "THREATEN")


def reported_aside(token: Token) -> Token | None:
    """The named subject of a reporting clause set beside the clause as an aside (the parser's
    parataxis: "X fired a missile, the military said, days after ..."); a pronoun's ("..., he
    said") is left as it was, the quotation reader's to name."""
    for child in token.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in REPORTING and child.i > token.i:
            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
    return None


def _presupposed(noun: Token) -> bool:
    """An event noun whose possessor takes the event as given, so that a modal on its verb hedges
    what is said of it, not whether it happened: "Iran's cooperation with Belarus may stem from
    ...". Not when the verb is the event's coming about ("their meeting will take place ...")."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() in COMING_ABOUT:
        return False
    return any(c.dep_ == "poss" for c in noun.children)


def stance_of(trigger: Token) -> Stance:
    """The trigger's stance (worked out once per token: the rules and the evidence both ask)."""
    return of_token("stance", trigger, _stance_of)


def _across_a_semicolon(clause: Token) -> bool:
    """Whether a semicolon of the clause's head stands between the clause and its head: the
    parser hangs one of two joined clauses on the other ("India strikes Pakistan; Islamabad vows
    response"), which then neither says nor promises it."""
    head = clause.head
    low, high = sorted((clause.i, head.i))
    return any(c.text == ";" and low < c.i < high for c in head.children)


FINITE = frozenset({"VBD", "VBZ", "VBP"})
# what a report says was denied after telling it: "accused Eritrea of arming rebels, charges Asmara
# dismissed as baseless" (the parser hangs the charge on the dismissal)
ALLEGATIONS = _LISTS.allegations


def _answers_it(denial: Token, clause: Token) -> bool:
    """Whether a denial only answers the clause before it: its subject is the allegation."""
    return clause.i < denial.i and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in ALLEGATIONS for c in denial.children
    )


def _hyphenated_with(token: Token) -> list[Token]:
    """The token and the words hyphenated before it, which the parser may hang apart ("any
    counter-attack": "any" on "counter")."""
    out = [token]
    i = token.i
    while i >= 2 and token.doc[i - 1].text == "-" and not token.doc[i - 2].whitespace_:
        if token.doc[i - 1].whitespace_:
            break
        i -= 2
        out.append(token.doc[i])
    return out


def _stance_of(trigger: Token) -> Stance:
    certainty = "asserted"
    determiners = {c.lower_ for part in _hyphenated_with(trigger) for c in part.children if c.dep_ == "det"}
    if trigger.pos_ in {"NOUN", "PROPN"} and determiners & ANY:
        return Stance(certainty, is_event=False)
    if trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in NOT_YET for c in trigger.children):
        return Stance(certainty, is_event=False)  # "warned of a planned attack": not yet done
    if trigger.pos_ == "NOUN" and scheduled(trigger):
        return Stance(certainty, is_event=False)  # "said an incursion by India was imminent"
    if is_denied_noun(trigger) or has_no_one_for_subject(trigger):  # "no injuries", "no one was hurt"
        return Stance(certainty, is_event=False)
    if standing_listing(trigger):  # "the PKK is listed as a terrorist group by the EU": a condition
        return Stance(certainty, is_event=False)
    if any(c.dep_ == "neg" for c in trigger.children):
        return Stance("denied")
    likelihood, forecast = _modal(trigger)
    noun_subject = trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"nsubj", "nsubjpass"}
    if noun_subject and not _presupposed(trigger):
        likelihood, forecast = _modal(trigger.head)  # "aid to Russia would be easier": not yet
    estimate = _estimate(trigger) or likelihood
    token = trigger
    conditioned = False
    for _ in range(6):
        cited = according_to(token)
        if cited is not None:  # "..., according to the Iranian army": the army's account
            return Stance("attributed", source=cited, is_event=not forecast, conditional=conditioned)
        aside = reported_aside(token)
        if aside is not None:  # "North Korea fired a missile, South Korea's military said, days after ..."
            return Stance("attributed", source=aside, is_event=not forecast, conditional=conditioned)
        if token.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONS for c in token.children
        ):
            forecast = conditioned = True  # "would strike Hezbollah if the group violated the deal"
        until = any(c.dep_ == "mark" and c.lower_ == "until" for c in token.children)
        if token.pos_ in {"VERB", "AUX"} and until:  # "will fight until the last terrorist is neutralised"
            forecast = forecast or _modal(token.head)[1]
        if token.dep_ in {"ROOT"} or token.head.i == token.i or _across_a_semicolon(token):
            break  # ("India strikes Pakistan; Islamabad vows response": two clauses, not one said)
        child, token = token, token.head
        if (
            child.dep_ == "conj"
            and child.tag_ in FINITE
            and token.tag_ in {"VBG", "VB"}
            and token.dep_ in {"xcomp", "ccomp", "pcomp"}
        ):
            token = token.head  # "denied targeting homes and blamed Ukraine": blamed is denied's conjunct
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in INTENT_NOUNS and child.dep_ in {"prep", "acl"}:
            forecast = True
        if token.pos_ == "NOUN" and child.dep_ == "acl" and scheduled(token):
            forecast = True  # "talks mediated by Oman are scheduled for Sunday": no mediation yet
        if child.dep_ in {"ccomp", "xcomp", "advcl", "conj"} or token.pos_ in {"VERB", "AUX", "ADJ"}:
            if (
                lemma in DENYING
                and child.dep_ in {"ccomp", "dobj", "pobj", "xcomp"}
                and not _answers_it(token, child)
            ):
                deniers = subject_of(token)  # "Iran denied supplying ...": Iran's denial
                return Stance("denied", source=deniers[0] if deniers else None)
            if lemma in ASKING and child.dep_ == "xcomp":
                return Stance("asserted", is_event=False)  # "warned Pyongyang to stop": asked, not done
            if lemma in REPORTING and child.dep_ in {"ccomp", "xcomp", "dobj"}:
                if any(c.lower_ == "falsely" for c in token.children):
                    return Stance("asserted", is_event=False)
                subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if forecast:  # "X said Iran will export …" is X's promise; "… could export" is not
                    promised = likelihood is None
                    return Stance(
                        "asserted", source=subject, is_event=False, promise=promised, conditional=conditioned
                    )
                return Stance("attributed", source=subject)
            # (a noun's verb, too: "were planning attacks", "would try a blockade")
            carried = child.i == trigger.i and child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"}
            if (lemma in HYPOTHETICAL_HEADS | ASKING and child.dep_ == "xcomp") or (
                carried and lemma in PLANNING
            ):
                forecast = True  # (what is asked is not done: "warned Pyongyang to stop")
            if lemma == "be" and child.dep_ == "xcomp" and any(c.lower_ == "to" for c in child.children):
                forecast = True  # "troops are to withdraw within 60 days": due, not done
            if lemma in ASKING_HEADS and child.dep_ in {"xcomp", "ccomp"} and child.tag_ != "VBD":
                forecast = True
            if lemma == "unlikely":
                estimate = "unlikely"
            if estimate is None:
                estimate = _estimate(token)
                if estimate is None and (child.dep_ in {"xcomp", "conj"} or carried):
                    modal, ahead = _modal(token)
                    estimate = modal
                    forecast = forecast or ahead
    if forecast:
        return Stance(estimate or certainty, is_event=False, conditional=conditioned)
    return Stance(estimate or certainty)
