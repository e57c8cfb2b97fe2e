"""The lexicon's nouns as they stand in a sentence: a noun of many words ("hunger strike", "state
of emergency") reads as a whole, and the words inside it read as nothing of their own."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from watchfloor.kb import KnowledgeBase, load_kb
from watchfloor.nlp.arguments import SERIES_NOUNS, first_conjunct
from watchfloor.nlp.context_readings import official_readings
from watchfloor.nlp.parse_memo import of_token
from watchfloor.nlp.triggers import Lexicon, Trigger

MODIFIERS = frozenset({"compound", "amod"})
# things a deed's noun may name the kind of ("attack helicopter", "supply ship", "strike group")
KINDS_OF_THINGS = frozenset(
    {"vessel", "ship", "boat", "helicopter", "drone", "aircraft", "plane", "jet", "vehicle",
     "truck", "submarine", "craft", "group", "unit", "team", "squad", "brigade", "battalion", "dog"}
)  # fmt: skip


# nouns of saying a deed is in force, which the deed named after them reads for
DECLARING = frozenset({"declaration", "proclamation", "imposition", "announcement"})
# verbs whose object is a deed rehearsed, not done
SIMULATING = frozenset({"simulate", "rehearse", "practise", "practice", "mimic", "imitate"})


def _opens_a_title(token: Token) -> bool:
    """Whether a noun is the first of an office's words of more than one ("charge d'affaires")."""
    kb = load_kb()
    if token.lower_ not in _title_openings(kb):
        return False
    found = kb.longest_title(token.doc[token.i : token.i + 4].text)
    return found is not None and found[1] > 1


@cache
def _title_openings(kb: KnowledgeBase) -> frozenset[str]:
    """The first words of the knowledge base's offices of more than one word, in lower case."""
    names = (name for title in kb.titles for name in (title.name, *title.aliases))
    return frozenset(words[0].lower() for words in (name.split() for name in names) if len(words) > 1)


def listed_phrase(token: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """The longest of the lexicon's many-word nouns a noun ends, with the index of its first word:
    "hunger strike" (a protest, not an attack), "death sentence", "tear gas"; or one it heads
    with an "of" phrase ("state of emergency", "show of force")."""
    if token.lemma_.lower() not in lexicon.phrase_heads:
        return None
    for of in of_nouns(token):
        if (phrase := f"{token.lemma_.lower()} of {of.lemma_.lower()}") in lexicon.nouns:
            return phrase, token.i
    doc, first = token.doc, token.i
    while first > token.sent.start and doc[first - 1].dep_ in MODIFIERS and doc[first - 1].head.i == token.i:
        first -= 1
    for start in range(first, token.i):
        phrase = " ".join([t.lower_ for t in doc[start : token.i]] + [token.lemma_.lower()])
        if phrase in lexicon.nouns:
            return phrase, start
    return None


def noun_readings(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """`_noun_readings`, worked out once per token (the rules and the evidence both ask). Shared:
    not to be changed."""
    return of_token("noun_readings", token, lambda t: _noun_readings(t, lexicon), lexicon)


def _noun_readings(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """A noun's readings: those of the many-word noun it ends, else its lemma's; none for a word
    inside another's many-word noun ("death" in "death sentence") nor for one that names a kind
    of thing ("a supply vessel")."""
    head = token.head
    if token.dep_ == "compound" and head.i > token.i and head.lemma_.lower() in KINDS_OF_THINGS:
        return []  # "a supply vessel", "attack drones", "a patrol boat": what kind of thing, no deed
    if _opens_a_title(token):
        return []  # "summoned India's charge d'affaires": an office, no charge
    if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in SIMULATING:
        return []  # "drills to simulate a blockade of the island": a rehearsal, no blockade
    if token.lemma_.lower() in DECLARING and any(_noun_readings(o, lexicon) for o in of_nouns(token)):
        return []  # "his declaration of martial law": the martial law, no joint declaration
    inside = listed_phrase(head, lexicon) if token.dep_ in MODIFIERS and head.i > token.i else None
    if inside is not None and inside[1] <= token.i:
        return []
    owner = head.head  # "force" in "show of force"
    if token.dep_ == "pobj" and head.lower_ == "of" and owner.i != head.i:
        phrase = listed_phrase(owner, lexicon)
        if phrase is not None and phrase[0].endswith(f" of {token.lemma_.lower()}"):
            return []
    phrase = listed_phrase(token, lexicon)
    readings = lexicon.nouns[phrase[0]] if phrase else lexicon.nouns.get(token.lemma_.lower()) or []
    if token.dep_ == "dobj":  # an idiom of the lexicon's: "caught fire", "took responsibility"
        pair = (head.lemma_.lower(), token.lemma_.lower())
        readings = [r for r in readings if pair not in lexicon.idioms.get(r.type, frozenset())]
    if _agreed_to(token, lexicon):  # "agreed to a ceasefire": the agreement, no truce kept yet
        readings = [r for r in readings if r.type != "RETREAT"]
    return readings if phrase else official_readings(token, readings, lexicon)


SETTLED = frozenset({"AGREE", "RETREAT"})  # what an agreement settles: a deal, a ceasefire, a release


def settles_on(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of agreeing takes a deal or a truce for its object ("agreed to a ceasefire",
    "signed a trade agreement", "agreed on a prisoner exchange"): an agreement, whatever the
    model makes of the verb."""
    if not _agrees(verb, lexicon):
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
ACCUSING_OUTRIGHT = frozenset({"accuse", "condemn", "denounce", "blame", "decry", "criticize", "criticise"})


def accuses_outright(verb: Token) -> bool:
    """Whether a verb of accusing has a subject, or is set off after a verb that has one
    ("imposed sanctions on Iran, accusing it of ..."), and someone or something accused as its
    object: an accusation, whatever the model makes of the sentence."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSING_OUTRIGHT:
        return False
    return has_a_doer(verb) and any(c.dep_ == "dobj" for c in verb.children)


def has_a_doer(verb: Token) -> bool:
    """Whether a verb has a subject, or is a participle set off after a verb that has one."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    set_off = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return set_off and any(c.dep_ == "nsubj" for c in verb.head.children)


# verbs of force that, done by a party to a party, are an attack whatever the model makes of it
ATTACKING_OUTRIGHT = frozenset(
    {"attack", "strike", "bomb", "shell", "shoot", "kill", "raid", "ambush", "assassinate", "bombard",
     "abduct", "kidnap", "behead", "invade"}
)  # fmt: skip


def attacks_outright(verb: Token, party_heads: set[int], lexicon: Lexicon) -> bool:
    """Whether a verb of force, active and neither negated nor modal, has a party for subject and
    a party for object ("police shot dead 19 protesters", "gunmen kidnapped two engineers"), or a
    verb the lexicon makes an attack by its object has one for the noun of "on", "at" or "against"
    ("Israeli jets dropped bombs on Hezbollah positions")."""
    if verb.pos_ != "VERB":
        return False
    lemma, children = verb.lemma_.lower(), list(verb.children)
    if any(c.dep_ in {"neg", "auxpass"} or (c.dep_ == "aux" and c.tag_ == "MD") for c in children):
        return False
    if not any(c.dep_ == "nsubj" and _names_a_party(c, party_heads) for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma in ATTACKING_OUTRIGHT:
        return any(_names_a_party(c, party_heads) for c in objects)
    by_object = any(
        t.type == "ASSAULT" for o in objects for t in lexicon.by_object.get((lemma, o.lemma_.lower()), [])
    )
    aimed = [o for c in children if c.dep_ == "prep" and c.lower_ in AIMED for o in c.children]
    return by_object and any(_names_a_party(o, party_heads) for o in aimed)  # ("the Fordow plant")


AIMED = frozenset({"on", "at", "against"})
CARRIED = frozenset({"ASSAULT", "MOBILIZE"})  # deeds a party carries out by a light verb
# the light verbs of doing a deed (not of ordering or approving it: "authorized the deployment")
CARRYING = frozenset({"carry", "conduct", "launch", "stage", "hold", "begin", "start", "continue", "mount"})


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
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in [*children, *noun.children]):
        return False
    return any(c.dep_ == "nsubj" and _names_a_party(c, party_heads) for c in children)


def _names_a_party(noun: Token, party_heads: set[int]) -> bool:
    """Whether a noun, or a word before it in its phrase, heads a party ("Israeli jets")."""
    return any(i in party_heads for i in range(noun.left_edge.i, noun.i + 1))


def _agreed_to(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is what a verb of agreeing takes ("agreed to a ceasefire and the release of
    hostages", "signed a truce"): the content of the agreement."""
    node = first_conjunct(noun)
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head
    return node.dep_ in {"dobj", "prep"} and _agrees(node.head, lexicon)


def _agrees(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a word is a verb of agreeing in the lexicon (its own lemma's readings, asked of the
    table directly: the noun readings ask this of their verb)."""
    return verb.pos_ == "VERB" and any(t.type == "AGREE" for t in lexicon.verbs.get(verb.lemma_.lower(), []))


def of_nouns(token: Token) -> list[Token]:
    """The nouns of a token's "of" phrase."""
    return [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
