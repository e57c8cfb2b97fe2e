"""Where a party's phrase stands relative to a deed, beyond its grammatical role: where force
came from or what was taken from whom, a place that only locates another party, where what is
told of is to be used, a clause on another party or a partner joined in the deed, a relative
clause's subject inside the deed's phrase, a remark inside its clause, where a body is based,
where another clause's subject acted, whom a deed was done in support of."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.arguments import first_conjunct, phrase_root
from watchfloor.nlp.parse_memo import head_chain

LOCATING = frozenset({"in", "inside", "across", "throughout", "near", "at"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})
REMARKING = frozenset({"say", "claim", "allege", "believe", "report", "assess", "tell"})
BASED = frozenset({"base", "locate", "headquarter", "register", "incorporate"})


def where_based(party: Token, trigger: Token) -> bool:
    """Whether the party is named as where a body is based ("seven companies based in the United
    Arab Emirates", "Norway-based Iran Human Rights"): the body acts, not the state it is in."""
    prep = party.head
    verb = prep.head
    if party.dep_ == "npadvmod" and prep.lemma_.lower() in BASED and prep.dep_ == "amod":
        return True  # "Norway-based Iran Human Rights"
    return (
        party.dep_ == "pobj" and prep.lower_ == "in" and verb.dep_ == "acl" and verb.lemma_.lower() in BASED
    )


def remarks_on_it(party: Token, trigger: Token) -> bool:
    """Whether the party only remarks on the deed, inside its clause ("companies that it said
    had supplied the RSF"): who says so did not do it."""
    verb = party.head
    return (
        party.dep_ == "nsubj"
        and verb.lemma_.lower() in REMARKING
        and verb.dep_ == "parataxis"
        and verb.head.i == trigger.i
    )


def subject_of_a_relative(party: Token, trigger: Token) -> bool:
    """Whether the party is the subject of a relative clause inside the trigger's phrase
    ("sentenced on charges that he and the US government rejected"), not one on the trigger's
    own subject ("the missile that Russia fired hit a school") nor a clause of content
    ("reports that Iran sent drones")."""
    node = first_conjunct(party)
    verb = node.head
    if node.dep_ != "nsubj" or verb.dep_ not in {"relcl", "acl"} or verb.i == trigger.i:
        return False
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS for c in verb.children):
        return False  # "reports that Iran sent drones": what the noun says, no relative (the parser
        # marks either kind either way; a relative clause's verb lacks its object)
    noun = verb.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i == trigger.i:
        return False
    return trigger.i in head_chain(verb)


# deeds whose "from" names whom something was taken from, not where force came from
TAKING = frozenset(
    {"capture", "recapture", "retake", "seize", "take", "wrest", "liberate", "reclaim", "regain",
     "win", "steal", "loot", "free", "oust", "drive", "push", "expel", "evict", "snatch", "grab"}
)  # fmt: skip


def fired_from(party: Token, trigger: Token) -> bool:
    """Whether the party is named where the deed came from ("a missile was fired from a
    Houthi-controlled area of Yemen", "drones launched from Russia's Kursk region"): the origin
    of force is its side, never its target. Not what was taken from someone ("recaptured the
    town from the paramilitaries": from whom)."""
    return trigger.lemma_.lower() not in TAKING and _under_from(party, trigger)


def taken_from(party: Token, trigger: Token) -> bool:
    """Whether the party is whom something was taken from ("recaptured the town from the
    paramilitaries"): it suffers the deed."""
    return trigger.lemma_.lower() in TAKING and _under_from(party, trigger)


def _under_from(party: Token, trigger: Token) -> bool:
    origins = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(origin.left_edge.i <= party.i <= origin.right_edge.i for origin in origins)


def locates_another(party: Token, trigger: Token) -> bool:
    """Whether the party only says where someone or something else is ("attacks on U.S.
    personnel in Iraq and Syria", "a drone attack on a base in northeast Jordan"): the place of
    the target, not a party to the deed."""
    party = first_conjunct(party)
    preposition = party.head
    if party.dep_ != "pobj" or preposition.lower_ not in LOCATING:
        return False
    owner = preposition.head
    if preposition.lower_ in AIMING_PREPS and owner.dep_ == "dobj" and owner.head.i == trigger.i:
        return False  # "fired a barrage of rockets at northern Israel": where it was aimed
    if owner.lemma_.lower() in PROJECTILES:
        return False  # "hit by a Russian missile in Odesa": where it struck (no one is in a missile)
    return owner.pos_ in {"NOUN", "PROPN"} and owner.i != trigger.i


AIMING_PREPS = frozenset({"at", "toward", "towards", "into"})
PROJECTILES = frozenset(
    {"missile", "drone", "rocket", "shell", "bomb", "projectile", "munition", "uav", "warhead"}
)


USING = frozenset({"use", "employ"})
AIMING = frozenset({"in", "against", "on", "inside"})


def where_it_is_used(party: Token, trigger: Token) -> bool:
    """Whether the party is where or against whom what the trigger tells of is to be used
    ("providing weapons to Russia for use in Ukraine", "sold drones to Russia to use against
    Ukraine"): the target of a later use, not a party to this deed. Not when the trigger is
    itself that use's deed ("for use in attacks on Ukraine")."""
    node = first_conjunct(party)
    if node.dep_ != "pobj" or node.head.lower_ not in AIMING:
        return False
    for _ in range(6):
        node = node.head
        if node.i == trigger.i or node.head.i == node.i:
            return False
        if node.lemma_.lower() in USING:
            return trigger.i in [t.i for t in node.ancestors]
    return False


def in_a_clause_on_another(party: Token, trigger: Token, party_nouns: frozenset[str]) -> bool:
    """Whether the party is named in a relative clause that describes another party (a name or
    one of `party_nouns`), the trigger outside it ("provision of missiles to proxies that
    threaten Israel", "condemned Iran, which attacked Israel"): a party to the clause's own
    deed, not to this one. A clause on a deed ("a strike that killed three soldiers") tells of
    the deed."""
    node = party
    for _ in range(12):
        if node.dep_ == "relcl":
            if node.left_edge.i <= trigger.i <= node.right_edge.i:
                return False
            described = node.head
            return described.pos_ == "PROPN" or described.lemma_.lower() in party_nouns
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def joined_in_it(party: Token, trigger: Token) -> bool:
    """Whether the party is one that another joins in the trigger's act ("the United States is
    joining France and Germany in sponsoring a resolution", "Canada joined Japan in condemning
    the launch"): a partner in the act, not its recipient."""
    party = first_conjunct(party)
    verb = party.head
    if party.dep_ != "dobj" or verb.lemma_.lower() != "join":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and c.left_edge.i <= trigger.i <= c.right_edge.i
        for c in verb.children
    )


CHARGING_VERBS = frozenset({"accuse", "charge", "indict", "fault", "suspect", "convict"})


def in_the_charge(party: Token, trigger: Token) -> bool:
    """Whether the party is named inside what a verb of charging charges someone with, however
    deep ("accused aid workers of spying for the United States": the United States is no one
    accused)."""
    if trigger.lemma_.lower() not in CHARGING_VERBS:
        return False
    holders = [trigger, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"})]
    charges = [
        o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
        for o in p.children if o.dep_ in {"pobj", "pcomp"}
    ]  # fmt: skip
    return any(c.left_edge.i <= party.i <= c.right_edge.i for c in charges)


def where_another_acted(place: Token, trigger: Token) -> bool:
    """Whether a place is named in a clause with a subject of its own that holds no trigger ("The
    strike came a day before the delegations met in Istanbul"): where another acted."""
    if first_conjunct(place).dep_ != "pobj":
        return False  # (a place named as a doer: "two days after Iran launched missiles")
    verb = next((t for t in place.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i in head_chain(trigger):  # (the trigger's own clause, or one it is in)
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


SUPPORTING = frozenset({"support", "defence", "defense", "aid", "backing"})


def supported_in_it(party: Token, trigger: Token) -> bool:
    """Whether a party is whom a deed was done "in support of" ("an airstrike ... in support of
    the Somali army"): a side, not the target."""
    node = phrase_root(party)
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    noun = node.head.head
    return noun.lemma_.lower() in SUPPORTING and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "for"}
