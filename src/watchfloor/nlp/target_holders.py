"""Parties that stand behind another in a deed's sentence without doing it: who holds what the
deed is aimed at ("strikes on facilities used by the IRGC", "struck Iran's nuclear sites": an
attack on a site is aimed at the party that holds it, GUIDE), and who backs the one that acts
("M23 rebels backed by Rwanda captured Goma", "fighters linked to al Qaeda attacked a base"), who
brokered a deal, whose backers or rivals act, and a speaker telling of harm to its own people;
and the one that claims a deed, which did it ("Islamic State claimed responsibility for the
attack")."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.arguments import first_conjunct

# prepositions that name what a deed is aimed at ("strikes on", "an attack against")
AIMED = frozenset({"on", "against", "at", "into", "upon", "targeting"})
# how a noun names its holder beside it: "Iran's facilities", "Houthi targets", "Iranian sites"
HOLDER_DEPS = frozenset({"poss", "compound", "amod"})
# verbs and adjectives that tie a party to its patron: "backed by Rwanda", "linked to al Qaeda"
BACKING = frozenset(
    {"back", "support", "sponsor", "arm", "fund", "finance", "train", "equip", "direct", "control",
     "link", "tie", "affiliate", "align", "ally", "loyal", "close"}
)  # fmt: skip
PATRON_PREPS = frozenset({"by", "to", "with"})


def holds_the_target(party: Token, trigger: Token) -> bool:
    """Whether the party holds, owns or uses what the trigger is aimed at: the owner of its
    object ("struck Iran's nuclear facilities"; or the noun that object renames: "Tower 22, a US
    outpost"), the agent of a clause describing it ("strikes on facilities used and operated by
    the IRGC"), the one it belongs to ("sites belonging to the militia")."""
    party = first_conjunct(party)
    held = _what_it_holds(party)
    if held is not None:
        target = first_conjunct(held)
        if target.dep_ == "appos":  # "an attack on Tower 22, a US outpost in Jordan"
            target = first_conjunct(target.head)
            # (hung on where the site is: "Tower 22 in Jordan, a US outpost", the place named
            # in the site's phrase or as where the trigger struck)
            if target.dep_ == "pobj" and target.head.lower_ in {"in", "near"}:
                if target.head.head.i == trigger.i:
                    return held.i != trigger.i
                target = first_conjunct(target.head.head)
        return held.i != trigger.i and _aimed_at(target, trigger)
    verb = _describing_participle(party)
    # the parser may hang the participle on the clause: "conducted strikes on facilities ...
    # used by the IRGC" (the target named before the participle, in the trigger's clause)
    return verb is not None and any(
        t.i < verb.i and _aimed_at(first_conjunct(t), trigger) for t in verb.head.subtree if t.pos_ == "NOUN"
    )


def backs_another(party: Token, trigger: Token) -> bool:
    """Whether the party is named only as the patron of another ("rebels backed by Rwanda",
    "fighters linked to al Qaeda", "militias loyal to Tehran"), the trigger outside that phrase:
    the one backed acts, not its patron."""
    party = first_conjunct(party)
    if party.dep_ != "pobj" or party.head.lower_ not in PATRON_PREPS:
        return False
    tie = first_conjunct(party.head.head)
    if tie.lemma_.lower() not in BACKING or tie.dep_ not in {"acl", "amod", "advcl"}:
        return False
    backed = tie.head
    inside = trigger.i in {t.i for t in tie.subtree}
    return backed.pos_ in {"NOUN", "PROPN"} and backed.i != trigger.i and not inside


def _what_it_holds(party: Token) -> Token | None:
    if party.dep_ in HOLDER_DEPS and party.head.pos_ in {"NOUN", "PROPN"}:
        return party.head
    if party.dep_ != "pobj":
        return None
    preposition = party.head
    verb = first_conjunct(preposition.head)
    described = verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}
    belongs = verb.lemma_ == "belong" and preposition.lower_ == "to"
    if described and (preposition.dep_ == "agent" or belongs):
        return verb.head  # "facilities used by X", "sites belonging to X"
    if preposition.dep_ == "agent" and verb.pos_ == "NOUN":
        return verb  # ("a school run by the agency", its participle parsed as the noun)
    return None


def _describing_participle(party: Token) -> Token | None:
    """The passive participle hanging on a clause whose agent the party is ("..., used by X")."""
    if party.dep_ != "pobj" or party.head.dep_ != "agent":
        return None
    verb = first_conjunct(party.head.head)
    subjects = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb if verb.dep_ == "advcl" and not subjects else None  # (an agent: a passive)


def _aimed_at(noun: Token, trigger: Token) -> bool:
    """Whether the noun is what the trigger is aimed at: its object or passive subject, or the
    noun of its aiming preposition ("strikes on facilities"), also where the trigger is a light
    verb's object ("conducted strikes against facilities"), or the object of the verb the trigger
    is the subject of ("the strikes hit infrastructure")."""
    if noun.head.i == trigger.i and noun.dep_ in {"dobj", "nsubjpass"}:
        return True
    if noun.dep_ == "dobj" and trigger.dep_ == "nsubj" and noun.head.i == trigger.head.i:
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ not in AIMED:
        return False
    governor = noun.head.head
    return governor.i == trigger.i or (governor.i == trigger.head.i and trigger.dep_ == "dobj")


CREDIT = frozenset({"responsibility", "credit"})


def claims_the_deed(party: Token, trigger: Token) -> bool:
    """Whether the party is the subject of "claim" whose object is the deed ("Islamic State
    claims the attack", "... claimed responsibility for the bombing"): the claimer did it."""
    credit = credit_for(trigger)
    node = credit if credit is not None and _claimed(credit) else trigger
    if not _claimed(node):
        return False
    subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and party.i in {t.i for t in subject.subtree}


def credit_claimed(noun: Token) -> bool:
    """ "claimed responsibility": a deed owned up to, no charge against anyone."""
    return noun.lemma_.lower() in CREDIT and _claimed(noun)


def credit_not_claimed(deed: Token) -> bool:
    """ "Israel did not claim responsibility for the killing": a deed no one here owns up to, told
    in passing; not an event of this sentence (nor a denial)."""
    credit = credit_for(deed)
    return credit is not None and _claimed(credit) and any(c.dep_ == "neg" for c in credit.head.children)


def credit_for(deed: Token) -> Token | None:
    """The credit noun a deed is named "for" ("responsibility for the killing"), if any."""
    prep = deed.head
    if deed.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in CREDIT:
        return prep.head
    return None


def _claimed(noun: Token) -> bool:
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim"


# possessives a speaker names its own people by ("five of its peacekeepers were killed")
OWN_PEOPLE = frozenset({"its", "their", "our"})


def owns_the_sufferers(party: Token, trigger: Token) -> bool:
    """Whether the party says that the trigger, a passive in the clause it reports, befell its own
    people ("Russia said five of its peacekeepers had been killed"): it suffered the deed."""
    verb = party.head
    if party.dep_ != "nsubj" or trigger.dep_ != "ccomp" or trigger.head.i != verb.i:
        return False
    sufferers = [c for c in trigger.children if c.dep_ == "nsubjpass"]
    return any(t.tag_ == "PRP$" and t.lower_ in OWN_PEOPLE for s in sufferers for t in s.subtree)


# verbs of bringing others to a deal ("a truce brokered by Qatar", "talks mediated by Turkey")
BROKERING = frozenset({"broker", "mediate", "facilitate", "sponsor", "host"})


def brokers_it(party: Token, trigger: Token) -> bool:
    """Whether the party is named only as who brought the trigger's deal about, in the "by" phrase
    of a participle on it ("a four-day truce brokered by Qatar, Egypt and the United States"): a
    go-between, no side of the deal."""
    party = first_conjunct(party)
    if party.dep_ != "pobj" or party.head.dep_ != "agent":
        return False
    verb = first_conjunct(party.head.head)
    return verb.lemma_.lower() in BROKERING and verb.dep_ in {"acl", "relcl"} and verb.head.i == trigger.i


# nouns of those who stand with or against someone: "Haftar's backers" are others than Haftar
RELATIONS = frozenset(
    {"backer", "ally", "supporter", "sponsor", "patron", "partner", "friend", "rival", "enemy", "opponent",
     "critic", "adversary", "foe"}
)  # fmt: skip


def owns_another_party(party: Token, trigger: Token) -> bool:
    """Whether the party is named only as whose backers, allies or rivals the trigger's doers are
    ("Haftar's backers, including the UAE and Russia, have supplied him with weapons")."""
    party = first_conjunct(party)
    head = party.head
    return party.dep_ == "poss" and head.lemma_.lower() in RELATIONS and head.i != trigger.i


def within_the_agent(party: Token, trigger: Token) -> bool:
    """Whether the party is named anywhere in a passive trigger's "by" phrase, however deep
    ("intercepted by its air defences and by a coalition led by the United States")."""
    agents = [c for c in trigger.children if c.dep_ == "agent"]
    return any(a.left_edge.i <= party.i <= a.right_edge.i for a in agents)
