"""Linguistic rules that decide what counts as an event and what belongs to it: purpose
clauses, topics, habits, passing mentions, false claims, multi-word triggers, object phrases."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.arguments import SERIES_NOUNS, is_light_verb
from watchfloor.nlp.certainty import REPORTING
from watchfloor.nlp.triggers import Lexicon, Trigger

_LISTS = verb_class_lists.load()  # the word lists (data/events/verb_classes.yaml)

# "X falsely claimed that Y …", "X repeated false claims that Y …": X accuses Y (GUIDE: the
# claiming is an asserted ACCUSE, what was claimed is not an event).
FALSE_CLAIM = Trigger("ACCUSE", "allege", ("against",))
CLAIM_NOUNS = _LISTS.claim_nouns
# A reported future act of these types is the speaker's promise: an AGREE event (PLOVER).
PROMISABLE = frozenset({"COOPERATE", "AID", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT"})
# ... and of these, the speaker's threat: a THREATEN event.
THREATENABLE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
NOT_NAMING_PREPS = frozenset({"in", "at", "near", "during", "on"})
TOPIC_PREPS = frozenset({"on", "about", "for", "of", "over", "regarding", "concerning"})
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "throughout", "within", "across", "around"})
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
PRONOUNS = frozenset({"they", "he", "she", "it", "their", "its", "his", "her", "them", "both"})


# verbs whose infinitive is what their subject did, not an aim ("decided to expel", "voted to ...")
DECIDING = _LISTS.deciding


def is_purpose_or_topic(verb: Token, lexicon: Lexicon) -> bool:
    """An infinitive of purpose ("to support the invasion") states an aim, and a verb that is the
    topic of another trigger ("discussed establishing factories") is what was talked about:
    neither is an event of its own."""
    head = verb.head
    low, high = sorted((verb.i, head.i))
    if any(t.text == ";" for t in verb.doc[low:high]):
        return False  # "IAEA board censures Iran; Tehran orders centrifuges": a clause of its own
    if verb.dep_ == "xcomp" and head.lemma_.lower() in DECIDING and head.tag_ in {"VBD", "VBN"}:
        return False  # "Pakistan decided to expel India's envoy", "parliament voted to ...": done
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ASPECTUAL:
        return False  # "Russia continued to pound Ukrainian cities": the deed itself, going on
    if _to_infinitive(verb):
        return True
    if verb.dep_ in {"xcomp", "ccomp"} and _to_infinitive(head):
        return True  # "to help the police fight gangs": the aim's own verb
    return verb.dep_ in {"xcomp", "ccomp"} and head.pos_ == "VERB" and head.lemma_.lower() in lexicon.verbs


# verbs of a deed's course, whose infinitive is the deed done: "continued to pound", "began to withdraw"
ASPECTUAL = _LISTS.aspectual


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to" ("to support the invasion")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def is_standing_condition(noun: Token, lasting: frozenset[str] = frozenset()) -> bool:
    """A nominal trigger named in passing, not reported as happening: a definite noun under a
    preposition ("support for the invasion"), a modifier of another noun ("sanctions relief"), or
    the object of a verb that is neither a trigger nor a light verb ("to mitigate US sanctions"),
    or what a deed is done despite ("despite US sanctions").
    A noun of a lasting state (`lasting`: "war") is background under any preposition ("for use in
    its war against Ukraine") and as the subject of a "since" clause ("since the war began")."""
    if noun.dep_ == "compound":  # (but what a series noun counts: "a new sanctions package")
        return noun.head.lemma_.lower() not in SERIES_NOUNS
    if noun.lemma_.lower() in lasting and (noun.dep_ == "pobj" or is_since_subject(noun)):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in EASED:
        return True  # "the lifting of all sanctions on Syria": the easing is the event, not the sanctions
    if noun.dep_ == "pobj" and _conceded(noun.head):
        return True  # "kept buying Iranian crude despite US sanctions": what is defied, not done
    if noun.dep_ == "pobj":
        definite = any(c.lower_ == "the" for c in noun.children)
        return definite and not any(c.dep_ == "poss" for c in noun.children)
    head = noun.head
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and not is_light_verb(head)


def _conceded(preposition: Token) -> bool:
    """Whether a preposition concedes what it governs: "despite", "notwithstanding", "in spite
    of", "in defiance of"."""
    word = preposition.lower_
    return word in CONCEDING or (word == "of" and preposition.head.lower_ in {"spite", "defiance"})


CONCEDING = frozenset({"despite", "notwithstanding"})


# nouns of a restriction eased, whose "of" names what is eased, no deed of its own
EASED = _LISTS.eased


def is_since_subject(noun: Token) -> bool:
    """ "the war" in "since the war began": the subject of a clause that marks a time."""
    verb = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "mark" and c.lower_ in {"since", "before", "after", "until"} for c in verb.children
    )


def phrasal(verb: Token) -> str:
    """A verb with its particle or governed preposition, for multi-word triggers ("draw down",
    "call for", "work together")."""
    for child in verb.children:
        if child.dep_ in {"prt", "advmod", "prep"} and child.i == verb.i + 1:
            return f"{verb.lemma_.lower()} {child.lower_}"
    # ("called for civilians to be allowed to leave": "for" parsed as the clause's mark)
    for clause in verb.children:
        if any(c.dep_ == "mark" and c.lower_ == "for" and c.i == verb.i + 1 for c in clause.children):
            return f"{verb.lemma_.lower()} for"
    return verb.lemma_.lower()


CORE_DEPS = frozenset({"dobj", "amod", "compound", "nmod", "poss", "appos", "conj", "xcomp", "npadvmod"})


def object_core(head: Token) -> list[Token]:
    """The tokens of an object phrase reached without entering a prepositional phrase or a
    subordinate clause, in text order."""
    found, stack = [head], [head]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in CORE_DEPS:
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def dates_trigger(owner: Token, trigger: Token) -> bool:
    """Whether a date owned by `owner` dates `trigger`: the same trigger, verbs coordinated with
    it ("hosted and signed ... on July 31"), or an occasion it happened during ("signed ...
    during his trip")."""
    if owner.i == trigger.i:
        return True
    if trigger.head.i == owner.i and trigger.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        return True  # "conducted a strike on Tuesday": the light verb's date is the strike's
    if owner.dep_ in {"acl", "advcl"} and owner.tag_ == "VBG" and owner.head.i == trigger.i:
        return True  # "airstrikes targeting sites in Iran on October 26", "pounded cities, launching
        # drones overnight into Saturday": the participle tells the day of the same deed
    if (owner.dep_ == "conj" and owner.head.i == trigger.i) or (
        trigger.dep_ == "conj" and trigger.head.i == owner.i
    ):
        return True
    if _inside_its_object(owner, trigger):
        return True
    if owner.dep_ != "pobj" or owner.head.lower_ not in {"during", "amid", "at"}:
        return False
    # the occasion's phrase hangs off the trigger, off the verb whose object the trigger is
    # ("increase trade during a conference"), or off a non-finite clause below either
    # ("discussed plans to build a rail link during his May trip")
    targets = {trigger.i, trigger.head.i} if trigger.dep_ == "dobj" else {trigger.i}
    node = owner.head.head
    for _ in range(4):
        if node.i in targets:
            return True
        if node.dep_ not in {"acl", "xcomp", "pcomp", "dobj", "pobj", "prep"} or node.head.i == node.i:
            return False
        node = node.head
    return False


# links of a noun phrase and its non-finite modifiers: no clause of its own tense in between
PHRASE_LINKS = frozenset({"dobj", "pobj", "prep", "acl", "compound", "nmod", "amod"})


def _inside_its_object(owner: Token, trigger: Token) -> bool:
    """ "In June, the Board supported the adoption of a resolution expressing concern": an event
    noun inside the dated trigger's object, reached through the phrase and its non-finite
    modifiers (no clause of its own tense), happened then too."""
    if trigger.pos_ != "NOUN":
        return False
    node = trigger
    for _ in range(6):
        if node.dep_ not in PHRASE_LINKS or node.head.i == node.i:
            return False
        if node.dep_ == "acl" and node.tag_ not in {"VBG", "VBN"}:
            return False
        node = node.head
        if node.i == owner.i:
            return True
    return False


def is_false_claim(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in REPORTING:
        return any(c.lower_ == "falsely" for c in token.children)
    if token.pos_ == "NOUN" and lemma in CLAIM_NOUNS:
        return any(c.lower_ in {"false", "baseless", "fabricated", "unfounded"} for c in token.children)
    return False


def claim_contents(token: Token) -> list[Token]:
    """The clause(s) stating what was claimed."""
    return [c for c in token.children if c.dep_ in {"ccomp", "acl", "xcomp"} and c.pos_ in {"VERB", "AUX"}]


GROUP_NOUNS = _LISTS.group_nouns  # nouns that stand for an unnamed group of actors


def is_group(token: Token, nouns: frozenset[str] = GROUP_NOUNS) -> bool:
    """A phrase that stands for an unnamed group of actors: "the West", "European states"; not
    one that points back to a group named before ("the two countries", "these states"), nor
    one that names nobody ("no group", "neither side")."""
    if any(c.lower_ in {"no", "neither", "none"} for c in token.children):
        return False
    definite = any(c.lower_ in {"the", "these", "those"} for c in token.children)
    anaphoric = any(
        (c.dep_ == "nummod" and definite) or c.lower_ in {"these", "those", "such", "both"}
        for c in token.children
    )  # "the two countries" points back; "two men", "500 people" do not
    named = token.lemma_.lower() in nouns and not anaphoric
    return named and not names_a_machine(token) and not is_might(token)


# what an act of opposing is against or by ("opposition to the plan"): no body of people
OPPOSED_BY = frozenset({"to", "against", "from", "over", "by"})
# words that describe the opposition as a body ("the main opposition"), not an act ("strong opposition")
BODY_OF_OPPOSITION = _LISTS.body_of_opposition


def names_the_opposition(token: Token) -> bool:
    """Whether "opposition" names a country's political opposition ("accused the opposition",
    "the opposition Democratic Party", "opposition lawmakers"), not an act of opposing
    ("opposition to the deal", "strong opposition")."""
    if token.lemma_.lower() != "opposition":
        return False
    if any(c.dep_ == "prep" and c.lower_ in OPPOSED_BY for c in token.children):
        return False
    if token.dep_ in {"compound", "amod"} and token.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "opposition lawmakers"
    described = [c for c in token.children if c.dep_ == "amod"]
    definite = any(c.lower_ == "the" for c in token.children)
    return definite and all(c.lower_ in BODY_OF_OPPOSITION for c in described)


def is_might(token: Token) -> bool:
    """ "The use of force", "excessive force": "force" with no article, owner or kind is might,
    not a body of troops ("the force", "a force", "its air force", "Quds Force" are)."""
    bare = not any(c.dep_ in {"det", "poss", "compound", "nummod"} for c in token.children)
    return token.lower_ == "force" and token.tag_ == "NN" and bare


# aircraft a party noun may name the kind of: "fighter jets", "bomber aircraft"
AIRCRAFT = _LISTS.aircraft


def names_a_machine(token: Token) -> bool:
    """Whether a party noun only says what kind of aircraft its head is ("fighter jets")."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in AIRCRAFT


def is_habitual(verb: Token) -> bool:
    """Simple present with no auxiliary ("the project provides updates"), or a custom that
    describes a party named ("Russia, which has long mediated between the two"): what an actor
    does as a rule, not an event the text reports. A custom the sentence tells of is one ("Israel
    has long threatened to strike ...", "a change long demanded by London", as annotated)."""
    describes = verb.dep_ == "relcl" and verb.head.pos_ == "PROPN"
    if describes and any(c.dep_ == "advmod" and c.lower_ in CUSTOMARY for c in verb.children):
        return True
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


CUSTOMARY = _LISTS.customary  # adverbs of a custom ("traditionally"), as written


QUANTITY_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
NUMERAL_POS = frozenset({"NUM", "NOUN", "SYM"})  # "46", "hundreds", "$"


def quantity_of(trigger: Token) -> str | None:
    """How much, where the text says so: the counted phrase in what the trigger acts on ("46
    drones", "around one million barrels of oil per day")."""
    holders = [trigger] if trigger.pos_ in {"NOUN", "PROPN"} else []
    holders += [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    for holder in holders:
        for token in holder.subtree:
            numeral = token.tag_ == "CD" or (token.ent_type_ in QUANTITY_ENTS and token.pos_ in NUMERAL_POS)
            if not numeral or token.ent_type_ in {"DATE", "TIME"}:
                continue
            head = token
            while head.dep_ in {"nummod", "quantmod", "compound"} and head.head.i != head.i:
                head = head.head
            if head.i == token.i and token.dep_ != "pobj":
                head = token
            if head.pos_ == "PROPN" or (head.i == token.i and token.head.pos_ == "PROPN"):
                continue  # a number in a name ("UNSCR 2231", "Resolution 1701") counts nothing
            end = head.i + 1
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in {"of", "per", "a"}:
                    end = child.right_edge.i + 1
            start = min(t.left_edge.i for t in (token, head))
            if end - start <= 12:
                return trigger.doc[start:end].text
        break
    return None
