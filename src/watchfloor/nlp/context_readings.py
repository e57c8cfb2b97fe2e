"""Words that read otherwise in a context: when a state says them (lexicon `official`: "Tokyo
lodged a protest with Beijing", "China protested to Manila" are accusations a government makes,
not demonstrations); verbs of force a penalty does ("the package, targeting companies in
China", "the new sanctions hit Russian banks": sanctions, no attack); forces that arrive ("the
first contingent of Kenyan police officers arrived": deployed, no visit); a dismissal ("fires
army chief Zaluzhnyi": no weapon fired); and a place taken or left ("seized the town",
"withdrew from the town": no arrest, no treaty renounced); a verb with an object that makes it
another type (lexicon `by_object`: "targeted six firms" sanctions them); a drill held with a
partner or alone (cooperation, or a show of force)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.arguments import counted
from watchfloor.nlp.no_event_triggers import has_no_one_for_subject
from watchfloor.nlp.triggers import Lexicon, Trigger

_LISTS = verb_class_lists.load()  # the word lists (data/events/verb_classes.yaml)
# nouns of a state's organs and office-holders, who speak for it
ORGANS = _LISTS.state_organs
STATE_NAMES = frozenset({"GPE", "NORP"})
# verbs that make a noun of theirs a statement by their subject ("lodged a protest")
CONVEYING = _LISTS.conveying


def official_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The word's readings, those of `official` instead where a state or its organ says it."""
    instead = lexicon.official.get(token.lemma_.lower())
    if instead and _said_by_a_state(token):
        return instead
    return readings


WARNED_OF = frozenset({"of", "against", "about"})


def object_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """The verb's readings, those of `by_object` instead where its object calls for them ("targets
    six firms", "targets a Houthi finance network": sanctions)."""
    lemma = token.lemma_.lower()
    if _done_by_no_one(token):
        return readings  # ("did not claim responsibility", "no group claimed responsibility")
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]  # ("gave the envoy 48 hours")
    # (or the parser's adverbial noun: "gave France's ambassador 48 hours to leave")
    objects += [c for c in token.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
    # ("ordered the French ambassador to leave": the parser's subject of the verb it takes)
    objects += [
        s
        for c in token.children
        if c.dep_ in {"ccomp", "xcomp"}
        for s in c.children
        if s.dep_ in {"nsubj", "nsubjpass"}  # ("warned that strict action would be taken")
    ]
    # ("warned that Israel would pay a heavy price", "vowed that it would receive its just
    # punishment": what the clause it governs, or that clause's own complement, takes)
    clauses = [c for c in token.children if c.dep_ in {"ccomp", "xcomp"}]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]
    objects += [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    # ("warned Iran of serious consequences": what a warning is of)
    objects += [o for p in token.children if p.lower_ in WARNED_OF for o in p.children if o.dep_ == "pobj"]
    return _by_object(lemma, objects, lexicon) or readings


def of_object_readings(noun: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """A deed noun's readings, those of `by_object` instead where what it is "of" calls for them
    ("the withdrawal of the diplomatic personnel of seven states": a break in relations)."""
    objects = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return _by_object(noun.lemma_.lower(), objects, lexicon) or readings


def _by_object(lemma: str, objects: list[Token], lexicon: Lexicon) -> list[Trigger]:
    """The `by_object` readings the word takes with one of its objects, [] for none."""
    objects = [n for o in objects for n in counted(o)]  # ("expelled dozens of Russian diplomats")
    for child in objects:
        noun = child.lemma_.lower()
        before = [c.lemma_.lower() for c in child.children if c.dep_ in {"compound", "amod"}]
        # (a name's kind before it: "handed over captured Indian pilot Abhinandan Varthaman")
        # (or a word of the name itself: "launched Operation Peace Spring")
        kinds = [
            c.lower_ if c.pos_ == "PROPN" else c.lemma_.lower()
            for c in child.children
            if c.dep_ == "compound"
        ]
        kinds = kinds if child.pos_ == "PROPN" else []
        for pair in [
            (lemma, noun),
            *((lemma, f"{word} {noun}") for word in before),
            *((lemma, k) for k in kinds),
        ]:
            if pair in lexicon.by_object:
                return lexicon.by_object[pair]
    return []


def _done_by_no_one(verb: Token) -> bool:
    """Whether a verb is negated or its subject is no one ("no group claimed ...")."""
    return any(c.dep_ == "neg" for c in verb.children) or has_no_one_for_subject(verb)


def _said_by_a_state(token: Token) -> bool:
    words = [
        w for speaker in _speakers(token)
        for w in (speaker, *(c for c in speaker.children if c.dep_ in {"compound", "amod", "poss"}))
    ]  # fmt: skip
    return any(w.ent_type_ in STATE_NAMES or w.lemma_.lower() in ORGANS for w in words)


def _speakers(token: Token) -> list[Token]:
    """Who says the word: a verb's subject (each word the parser made one: "Vice-Minister ...
    Mori lodged"); a noun's owner ("Japan's protest"), whom it comes from ("a protest from
    Beijing") or the subject of the verb that conveys it
    ("Tokyo lodged a protest"); for an infinitive with no subject of its own, the subject of the
    verb it hangs from ("summoned the envoy to lodge a protest")."""
    verb = token
    if token.pos_ != "VERB":
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return [owner]
        voices = [o for p in token.children if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
        if voices:
            return voices  # ("drawing a protest from Beijing")
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in CONVEYING:
            return []
    if verb.dep_ in {"xcomp", "advcl"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return [c for c in verb.children if c.dep_ == "nsubj"]


# what a state sends of its own forces is deployed, not given ("sent warships to the strait")
FORCE_UNITS = _LISTS.force_units
# those who arrive or land as a body of forces, not as visitors ("the first contingent of Kenyan
# police officers arrived in Haiti")
ARRIVING = FORCE_UNITS | {"contingent", "mission", "police", "officer", "peacekeeper", "policeman", "convoy",
                          "bomber", "warplane", "jet", "fighter", "gunship"}  # fmt: skip
WITHDRAWING = _LISTS.pulling_out
MOVING = _LISTS.moving  # (warplanes that "flew close to its airspace": no visit)


def deployment_readings(token: Token, readings: list[Trigger]) -> list[Trigger]:
    """A verb of arriving or flying whose subject is a body of forces deploys them, no visit (what forces
    launch or fire is read as before); forces withdrawn retreat ("withdrew its troops from Niger":
    no ambassador recalled, no treaty left)."""
    if token.lemma_.lower() in WITHDRAWING:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        retreat = [r for r in readings if r.type == "RETREAT"]
        return retreat if retreat and any(o.lemma_.lower() in FORCE_UNITS for o in objects) else readings
    if token.lemma_.lower() not in MOVING:
        return readings
    deployed = next((r for r in readings if r.type == "MOBILIZE"), None)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if deployed is not None and any(s.lemma_.lower() in ARRIVING for s in subjects):
        return [deployed]
    return readings


DISMISSING = _LISTS.dismissing
OFFICES = _LISTS.offices


def dismissal_readings(token: Token, readings: list[Trigger]) -> list[Trigger]:
    """A verb of dismissal with a person or an office-holder for object ("Zelensky fires army
    chief Zaluzhnyi", "dismissed the defence minister") fires no weapon and rejects nothing."""
    if token.lemma_.lower() not in DISMISSING:
        return readings
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if any(o.ent_type_ == "PERSON" or o.lemma_.lower() in OFFICES for o in objects):
        return [r for r in readings if r.type not in {"ASSAULT", "REJECT"}]
    return readings


def undowned_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """What was not downed tells nothing by it ("the drone that hit Tel Aviv was not intercepted":
    the hit tells the attack): a negated verb of downing (a type's turned-round word) reads as none."""
    if not any(c.dep_ == "neg" for c in token.children):
        return readings
    lemma = token.lemma_.lower()
    downing = any(lemma in words for words in (*lexicon.inverse.values(), *lexicon.inverse_on.values()))
    return [] if downing else readings


AIMING = _LISTS.aiming  # what a penalty, too, does to whom it names
# words of force beside a penalty's noun ("military action", "an armed operation"): no penalty
FORCIBLE = _LISTS.forcible


def penalty_readings(token: Token, readings: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """A verb of aiming whose doer is a penalty ("sanctions targeting Iranian firms", "the
    package, targeting companies in China") reads as the penalty does."""
    if token.lemma_.lower() not in AIMING or not any(r.type == "ASSAULT" for r in readings):
        return readings
    for doer in _doers(token):
        words = [doer, *(c for c in doer.children if c.dep_ in {"compound", "amod"})]
        if any(w.lemma_.lower() in FORCIBLE for w in words):
            continue  # "military action targeting Hamas": force, whatever the noun
        found = [lexicon.nouns[w.lemma_.lower()][0] for w in words if w.lemma_.lower() in lexicon.nouns]
        penalty = next((r for r in found if r.type == "SANCTION"), None)
        if penalty is not None:
            return [penalty]
    return readings


def _doers(verb: Token) -> list[Token]:
    """The verb's subject, or what a participle or relative clause says it of: the noun it
    modifies, or the object of the verb it hangs from ("adopted a package, targeting ...")."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in {"acl", "relcl"}:
        out.append(verb.head)
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
        out += [c for c in verb.head.children if c.dep_ == "dobj"]
    return out


# places force takes or troops leave (`place_positions.PLACE_NOUNS` are those that say where)
HELD_PLACES = _LISTS.held_places


def names_a_place(noun: Token) -> bool:
    """A name of a place, or a noun of one ("the town")."""
    return noun.ent_type_ in {"GPE", "LOC", "FAC"} or noun.lemma_.lower() in HELD_PLACES


def leaves_a_place(verb: Token) -> bool:
    """ "withdrew from the town": left a place, not a treaty (the verb's own reading, not its
    phrasal form's)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(o.dep_ == "pobj" and names_a_place(o) for o in c.children)
        for c in verb.children
    )


# a show of force is cooperation only with a partner ("joint drills", "drills with Iran", "Russia
# and Belarus held exercises"); alone, it mobilises ("China staged drills around Taiwan")
SHOWS_OF_FORCE = _LISTS.shows_of_force
PARTNER_WORDS = _LISTS.partner_words
SERVICES_TOGETHER = _LISTS.services_together
WITH_PARTNER = frozenset({"with", "alongside", "between", "among"})


def fired_in_a_test(token: Token) -> bool:
    """ "North Korea test-fired a missile": a weapon tried out, no attack on anyone; the test
    is the deed (a show of force)."""
    return token.pos_ == "VERB" and any(
        c.lower_ == "test" and c.dep_ in {"npadvmod", "compound", "advmod", "amod"} for c in token.children
    )


def show_of_force_reading(token: Token, kinds: list[str]) -> str | None:
    """COOPERATE for a drill with a partner, MOBILIZE for one held alone; None for other words."""
    if token.lemma_.lower() not in SHOWS_OF_FORCE or not {"COOPERATE", "MOBILIZE"} <= set(kinds):
        return None
    return "COOPERATE" if _partnered(token) else "MOBILIZE"


def _partnered(token: Token) -> bool:
    """ "joint drills", "drills with Greece", "held exercises with Iran", "Russia and Belarus
    held drills": a partner is named in the drill's phrase, its verb's or its subject."""
    # ("joint", "combined" alone: one state's services together, "joint drills around Taiwan")
    if any(c.lower_ in PARTNER_WORDS - SERVICES_TOGETHER for c in token.children):
        return True
    holders = [token] if token.pos_ == "VERB" else [token, token.head]
    for word in holders:
        if any(c.dep_ == "prep" and c.lower_ in WITH_PARTNER for c in word.children):
            return True
    verb = token if token.pos_ == "VERB" else token.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)


SPEAKING = _LISTS.speaking


def setting_readings(token: Token, readings: list[Trigger]) -> list[Trigger]:
    """ "Speaking at a rally in Caracas, Maduro said ...": a participle that sets the scene of a
    statement meets no one (a talk "with" someone still does)."""
    if token.lemma_.lower() not in SPEAKING or token.tag_ != "VBG" or token.dep_ != "advcl":
        return readings
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return readings
    return [r for r in readings if r.type != "CONSULT"]
