"""Deeds a clause makes sure whatever the type scorer doubts, read off who does what to whom:
two sides agreeing to do something, a party buying arms, cutting a diplomatic tie with another,
sending its forces somewhere, declaring a restriction, forces withdrawing or leaving a country, a
truce taking effect, captives set free, a party asked to act (detentions and ships seized:
`seizure_deeds`); and the tests `sure_readings` shares (whether a noun names a party, whether a
verb is hedged, who a verb's subjects are)."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.arguments import counted
from watchfloor.nlp.event_rules import DECIDING
from watchfloor.nlp.triggers import Lexicon

# word lists of data/events/verb_classes.yaml (where each is described)
_LISTS = verb_class_lists.load()
# words that make a subject two sides ("both governments", "the two countries")
PAIRING = frozenset({"both", "two"})


def agreed_together(verb: Token, party_heads: set[int]) -> bool:
    """Whether two sides, as the subject of "agree", agree to do something ("the two countries
    agreed to stop all firing", "Iran and Pakistan agreed to return their ambassadors"), or sign
    something together: an agreement between them, whatever is agreed."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in {"agree", "sign"} or hedged(verb):
        return False
    # (what they agree to do, or what they sign: "Putin, Aliyev and Pashinyan sign a statement")
    if not any(c.dep_ == ("xcomp" if lemma == "agree" else "dobj") for c in verb.children):
        return False
    subjects = [s for s in subjects_of(verb) if names_a_party(s, party_heads)]
    return any(any(c.dep_ == "conj" for c in s.children) or two_sides(s, party_heads) for s in subjects)


def two_sides(noun: Token, party_heads: set[int]) -> bool:
    """Whether a noun heading a party is made two sides ("both governments", "the two armies")."""
    pairing = any(c.lower_ in PAIRING and c.dep_ in {"det", "nummod", "predet"} for c in noun.children)
    return pairing and names_a_party(noun, party_heads)


# verbs of armed forces leaving ground ("withdrew", "pulled back", "drew down"), by their lemma
WITHDRAWING = _LISTS.withdrawing
LEAVING = _LISTS.leaving  # forces leaving a place they name
STEPPING_BACK = frozenset({"back", "out", "down"})  # the particle "pull" and "draw" need
FORCES = _LISTS.forces


def withdraws_outright(verb: Token, party_heads: set[int], lexicon: Lexicon) -> bool:
    """Whether a party, as subject, withdraws its forces, or withdraws from somewhere that is no
    pact or talks ("Forces loyal to Haftar pulled back from Tripoli", "Russia withdrew its troops
    from Kherson"), the verb neither negated nor modal: a retreat, whatever the model makes of it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and lemma in LEAVING and not hedged(verb):
        return _forces_leave_a_place(verb, party_heads)  # ("the last US troops left Afghanistan")
    if verb.pos_ != "VERB" or lemma not in WITHDRAWING or hedged(verb):
        return False
    children = list(verb.children)
    particles = [c for c in children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in STEPPING_BACK]
    if lemma in {"pull", "draw"} and not particles:
        return False
    subjects = [s for s in subjects_of(verb) if names_a_party(s, party_heads)]
    if not subjects:
        return False
    # ("from Kherson", "pulled out of el-Fasher")
    preps = [
        c for h in (verb, *particles) for c in h.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
    ]
    places = [o for c in preps for o in c.children if o.dep_ == "pobj"]
    objects = [c for c in children if c.dep_ == "dobj"]
    named = [o.lemma_.lower() for o in (*places, *objects)]
    if any(t.type in {"AGREE", "CONSULT"} for word in named for t in lexicon.nouns.get(word, [])):
        return False  # ("withdrew from the nuclear deal", "from the talks"): no forces leave
    if any(word in DIPLOMATIC for word in named):
        return False  # ("withdrew its ambassador": a penalty)
    armed = any(t.lemma_.lower() in FORCES for s in subjects for t in s.subtree)
    return any(o.lemma_.lower() in FORCES for o in objects) or (armed and bool(places))


def _forces_leave_a_place(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party's forces, as the subject, leave a named place, the verb's object."""
    subjects = [s for s in subjects_of(verb) if names_a_party(s, party_heads)]
    armed = any(t.lemma_.lower() in FORCES for s in subjects for t in s.subtree)
    places = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in {"GPE", "LOC", "FAC"}]
    return armed and bool(places)


SENDING = _LISTS.sending
# what a state sends when it deploys force ("sent 300 military instructors", "deployed warships")
SENT_FORCES = FORCES | {"instructor", "adviser", "advisor", "warship", "jet", "peacekeeper", "contingent"}


def deploys_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, sends or deploys its forces somewhere ("Russia sends 300
    military instructors to the Central African Republic", "deployed troops to the border"), the
    verb neither negated nor modal: a deployment, whatever the model makes of it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SENDING or hedged(verb):
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    sent = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in SENT_FORCES]
    whither = [c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"}]
    return bool(sent) and bool(whither)


BUYING = _LISTS.buying
ARMS_BOUGHT = _LISTS.arms_bought


def buys_arms(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, orders or buys arms ("Indonesia orders 42 Rafale jets"), the
    verb neither negated nor modal: a purchase (GUIDE: AGREE, buyer to seller)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BUYING or hedged(verb):
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    objects = [n for c in verb.children if c.dep_ == "dobj" for n in counted(c)]
    words = [o.lemma_.lower() for o in objects]
    return any(w in ARMS_BOUGHT or w.removesuffix("s") in ARMS_BOUGHT for w in words)  # ("42 Rafale Jets")


# verbs that put a restriction in force ("declared a state of emergency", "imposed a curfew")
DECLARING = _LISTS.declaring


def restricts_outright(noun: Token, party_heads: set[int]) -> bool:
    """Whether a noun of restriction is what a party, as subject, declares or imposes, the verb
    neither negated nor modal: a restriction in force, whatever the model makes of it."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.lemma_.lower() not in DECLARING or hedged(verb):
        return False
    return done_by_a_party(verb, party_heads)


TRUCES = _LISTS.truces
TAKING_HOLD = _LISTS.taking_hold  # a truce's own verbs of coming into force
IN_FORCE = _LISTS.in_force  # "took effect", "came into force", "went into effect"


def truce_takes_hold(noun: Token, party_heads: set[int]) -> bool:
    """Whether a truce that names its sides comes into force, the verb neither negated nor modal
    ("A ceasefire between Israel and Hezbollah took effect", "the Gaza truce began"): each side
    stops fighting the other (GUIDE: a ceasefire is a retreat), whatever the model makes of it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TRUCES or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    into_force = any(
        t.lower_ in IN_FORCE for c in verb.children if c.dep_ in {"dobj", "prep"} for t in c.subtree
    )
    if hedged(verb) or not (lemma in TAKING_HOLD or (lemma in {"take", "come", "go"} and into_force)):
        return False
    between = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for o in c.subtree]
    return names_a_party(noun, party_heads) or any(t.i in party_heads for t in between)  # (not its brokers)


# verbs of setting captives free, and the captives ("Hamas freed 24 hostages", "each released 390
# prisoners")
RELEASING = _LISTS.releasing
CAPTIVES = _LISTS.captives


def releases_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, sets captives free, the verb neither negated nor modal: a
    release, whatever the model makes of it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELEASING or hedged(verb):
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CAPTIVES for c in verb.children)


# verbs of asking someone to do something ("demanded that Moscow admit guilt", "urged Beijing to ...")
REQUESTING = _LISTS.requesting


def asks_outright(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, asks a party to do something: the one asked is its object
    ("urged Beijing to act with restraint"), after "on" ("called on both sides to ..."), or the
    subject of the clause it demands ("demanded that Moscow admit guilt"); the verb neither
    negated nor modal: a request, whatever the model makes of it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in REQUESTING or hedged(verb):
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    children = list(verb.children)
    asked = [o for p in children if p.dep_ == "prep" and p.lower_ in {"on", "upon"} for o in p.children]
    if lemma != "call":
        asked += [c for c in children if c.dep_ == "dobj"]
        asked += [s for c in children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    named = [a for a in asked if a.dep_ in {"pobj", "dobj", "nsubj"}]
    return any(names_a_party(a, party_heads) or a.ent_type_ in NAMES for a in named)


NAMES = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # (a name named again: "demanded that Moscow ...")


# verbs that cut a diplomatic tie, and the ties they cut ("recalled its ambassador from Tehran",
# "expelled two Indian diplomats", "severed ties with the UAE", "ordered diplomats from Peru to leave")
CUTTING = _LISTS.cutting_ties
DIPLOMATIC = _LISTS.diplomatic_ties
TIED_TO = frozenset({"from", "with", "to"})  # the other side: "from Tehran", "ties with Israel"


def cuts_ties(verb: Token, party_heads: set[int]) -> bool:
    """Whether a party, as subject, cuts a diplomatic tie with another party the object's phrase
    or the verb's "from", "with" or "to" names: a penalty, whatever the model makes of it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CUTTING or hedged(verb):
        return False
    if not done_by_a_party(verb, party_heads):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    ties = [o for o in objects if o.lemma_.lower() in DIPLOMATIC]
    if not ties:
        return False
    owners = [
        t for o in ties for t in o.children if t.dep_ in {"poss", "amod", "compound"} and t.tag_ != "PRP$"
    ]
    preps = [c for c in (*verb.children, *(t for o in ties for t in o.children)) if c.dep_ == "prep"]
    sides = [o for c in preps if c.lower_ in TIED_TO for o in c.children if o.dep_ == "pobj"]
    # (a capital after "from" is where the party was named first, its head moved on: "from Tehran")
    return any(
        names_a_party(t, party_heads) or t.ent_type_ in {"GPE", "NORP", "ORG"} for t in [*owners, *sides]
    )


def subjects_of(verb: Token) -> list[Token]:
    """A verb's subjects, or, for a verb joined to another with none of its own, or taken by a
    verb of deciding, that one's ("soldiers seized weapons and arrested 27 suspects", "Pakistan
    decided to expel ..."); joined to a passive clause a speaker reports, the speaker's (the
    parser's reading of "said the plane was shot ... and demanded"); of a deed a verb takes a
    party to task "for", that party; of a relative clause, the noun it is on."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and [c.lower_ for c in own] in (["which"], ["who"], ["that"]):
        return [verb.head]  # "The M23 rebel group, which seized Goma ...": the group
    if not own and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECIDING:
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not own and verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        # whom a verb takes to task for a deed did it ("sanctioned two firms for supplying ...")
        return [c for c in verb.head.head.children if c.dep_ == "dobj"]
    if own or verb.dep_ != "conj":
        return own
    head = verb.head
    passive = any(c.dep_ == "nsubjpass" for c in head.children)
    if passive and head.dep_ == "ccomp":  # ("said the plane had been shot at ... and demanded that")
        head = head.head
    return [c for c in head.children if c.dep_ == "nsubj"]


def done_by_a_party(verb: Token, party_heads: set[int]) -> bool:
    """Whether one of the verb's subjects (`subjects_of`) names a party."""
    return any(names_a_party(s, party_heads) for s in subjects_of(verb))


def names_a_party(noun: Token, party_heads: set[int]) -> bool:
    """Whether a noun, or a word before it in its phrase, heads a party ("Israeli jets")."""
    return any(i in party_heads for i in range(noun.left_edge.i, noun.i + 1))


def hedged(verb: Token) -> bool:
    """Whether a verb is negated or under a modal ("did not strike", "may have shot")."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)
