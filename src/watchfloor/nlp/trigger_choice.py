"""Which trigger a word is: the lexicon's reading its grammar picks, or none (a topic, a habit)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.arguments import carried_nouns, is_light_verb
from watchfloor.nlp.context_readings import show_of_force_reading
from watchfloor.nlp.event_rules import (
    FALSE_CLAIM,
    TOPIC_PREPS,
    is_false_claim,
    is_habitual,
    is_purpose_or_topic,
    is_standing_condition,
)
from watchfloor.nlp.halted_deeds import by_mishap
from watchfloor.nlp.lexicon_nouns import noun_readings
from watchfloor.nlp.name_triggers import reports_no_deed
from watchfloor.nlp.trigger_readings import named_by_its_object, takes_its_objects, verb_readings
from watchfloor.nlp.triggers import Lexicon, Trigger


def trigger_of(token: Token, lexicon: Lexicon, headline: bool = False) -> Trigger | None:
    """The reading of the lexicon `token` triggers, or None (a topic, a habit, a light verb's noun,
    a mishap, a judgement)."""
    if is_false_claim(token):
        return FALSE_CLAIM
    if token.pos_ == "VERB":
        options = verb_readings(token, lexicon)
        # (a headline's present tense tells of a deed done: "Ukraine downs 40 Russian drones")
        habit = is_habitual(token) and not headline
        if options and (is_purpose_or_topic(token, lexicon) or habit):
            return None
        if options and is_light_verb(token) and any(_noun_event(c, lexicon) for c in carried_nouns(token)):
            return None  # "launched an attack": the noun says what happened
    elif token.pos_ in {"NOUN", "PROPN"}:
        options = noun_readings(token, lexicon)
        topic = token.dep_ in {"dobj", "compound"} or (
            token.dep_ == "pobj" and token.head.lower_ in TOPIC_PREPS
        )
        if options and topic:
            head = token.head if token.dep_ != "pobj" else token.head.head
            head_options = verb_readings(head, lexicon) if head.pos_ == "VERB" else []
            if head.pos_ == "VERB" and head_options and not (token.dep_ == "dobj" and is_light_verb(head)):
                return None  # "discussed cooperation": the verb's event
        standing = is_standing_condition(token, lexicon.lasting)
        if options and (standing or _is_topic_of_trigger(token, lexicon)):
            return None
    else:
        return None
    if not options or (options[0].type == "ASSAULT" and by_mishap(token)):
        return None  # "killed in a helicopter crash": nobody's use of force
    if reports_no_deed(token):
        return None  # "called the strikes an act of war": the judgement, no war of its own
    force = show_of_force_reading(token, [o.type for o in options])  # joint drills cooperate
    if force is not None:
        return next(o for o in options if o.type == force)
    # "intercepted two drones", "launched drones at Israel": the reading a projectile for
    # object makes, whichever is listed first
    projectile = next((o for o in options if takes_its_objects(token, o.type, lexicon)), None)
    if projectile is not None or len(options) == 1 or token.pos_ != "VERB":
        return projectile or options[0]
    # "warned Washington of consequences": the reading its object names
    named = named_by_its_object(token, [o.type for o in options], lexicon)
    return next((o for o in options if o.type == named), options[0])


def _noun_event(noun: Token, lexicon: Lexicon) -> bool:
    return noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() in lexicon.nouns


def _is_topic_of_trigger(noun: Token, lexicon: Lexicon) -> bool:
    """ "discussed deepening cooperation": the object of a light verb that is itself what
    another trigger is about."""
    verb = noun.head
    if noun.dep_ != "dobj" or not is_light_verb(verb):
        return False
    head = verb.head
    return (
        verb.dep_ in {"xcomp", "ccomp", "pcomp"}
        and head.pos_ == "VERB"
        and head.lemma_.lower() in lexicon.verbs
    )
