"""Who the grammar of a deed's sentence rules out of its roles: who judges, penalises or names a
deed did not do it ("Biden condemned the attack", "Egypt said it condemned the attacks",
"Treasury sanctioned X for supplying drones", "Sharif called the strikes an act of war", whose
name is no deed of its own), a deed's passive subject suffers it ("a commander of Hezbollah was
killed"), a judgement is of what it judges, not of a party named beside it, a verb's subject is
not its recipient (`role_exclusions` reads these off role features), and a person is no "they"."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.nlp.arguments import phrase_root, set_off_participle
from watchfloor.nlp.certainty import REPORTING
from watchfloor.nlp.naming_verbs import does_the_judged, naming_predicates
from watchfloor.nlp.triggers import load_lexicon

# verbs whose subject judges a deed done by someone else: "Biden condemned the attack"
JUDGING = frozenset(
    {"condemn", "denounce", "deplore", "decry", "criticize", "criticise", "slam", "lambaste", "censure",
     "blame", "mourn", "lament", "regret", "protest", "investigate", "probe", "welcome", "praise", "hail",
     "applaud", "commend", "label", "brand", "comment", "discuss", "assess", "evaluate", "review",
     "oppose", "raise", "highlight", "flag"}
)  # fmt: skip  # ("did not comment on the strikes": who speaks of a deed did not do it)
# verbs that charge someone with a deed: who charges did not do it ("accused China of hacking")
ACCUSING = frozenset({"accuse", "charge", "indict", "fault"})


def judges(verb: Token) -> bool:
    """Whether a verb judges what it governs: "condemned", "welcomed"; "called ... an act of war"."""
    return verb.lemma_.lower() in JUDGING or bool(naming_predicates(verb))


def judges_it(party: Token, trigger: Token) -> bool:
    """Whether the party is the subject of a verb that judges or penalises the trigger's deed,
    named as its object or in its phrase ("Biden condemned the attack", "Iran denounced the
    strikes as a violation", "the UN deplored the killing of ...", "sanctioned two firms for
    supplying drones"), itself or through a pronoun: it judges the deed, it did not do it."""
    verb = trigger
    if trigger.pos_ == "VERB" and trigger.dep_ == "conj":
        if trigger.head.dep_ not in {"pcomp", "pobj"}:
            return False  # "accused China of hacking and imposed sanctions": a deed of the judge's own
        verb = trigger.head  # "accused the pilots of dumping fuel and striking the propeller": both charged
    punished = False  # passed through a penalty's reason: "sanctions on X for having provided ..."
    felt = False  # through a judging stance: "the EU is deeply concerned by the arrest of ..."
    for _ in range(6):
        if verb.dep_ not in JUDGED_ON_THE_WAY or verb.head.i == verb.i:
            return False
        if verb.dep_ == "prep" and verb.lower_ in REASONS and verb.head.lemma_.lower() in PUNISHING:
            punished = True
        verb = verb.head
        if verb.pos_ == "ADJ" and verb.lower_ in STANCES and verb.dep_ == "acomp":
            verb, felt = verb.head, True
        if verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.lemma_.lower() in JUDGING_NOUNS and _modifies(party, verb):
            return True  # "U.S. criticism over Hong Kong sentences": the US judges the sentences
    if verb.lemma_.lower() in INFORMED and phrase_root(party).dep_ == "nsubjpass":
        return phrase_root(party).head.i == verb.i  # "Trump had been told of the attack": told, not its doer
    if not (judges(verb) or punished or felt or verb.lemma_.lower() in PUNISHING | ACCUSING):
        return False
    return subject_of(_whose_body(party)).i == verb.i or judges_through_pronoun(party, verb)


def _whose_body(party: Token) -> Token:
    """The subject a party is named in as whose body it is ("The Ministry of Foreign Affairs of
    the Islamic Republic of Iran strongly condemns ..."): the party where it is no such owner."""
    node = phrase_root(party)
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.pos_ not in {"NOUN", "PROPN"}:
            break
        node = phrase_root(node.head.head)
    return node if node.dep_ == "nsubj" else party


INFORMED = frozenset({"tell", "inform", "notify", "brief", "warn", "alert"})  # told of a deed, passive
TOLD_OF = frozenset({"of", "about", "on"})  # ("briefed on the strikes")


def told_of_it(party: Token, trigger: Token) -> bool:
    """Whether the party is the passive subject of a verb of telling whose phrase holds the deed
    ("Trump had been told of the attack", "Congress was briefed on the strikes"): it hears of the
    deed, neither doing it nor suffering it."""
    root = phrase_root(party)
    if root.dep_ != "nsubjpass" or root.head.lemma_.lower() not in INFORMED:
        return False
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in TOLD_OF and node.head.i == root.head.i:
            return True
        if node.dep_ not in {"pobj", "prep", "pcomp", "compound", "amod", "conj"}:
            return False
        node = node.head
    return False


# (and a decision's or a plan's clause: "opposes the decision of the US to impose tariffs")
JUDGED_ON_THE_WAY = frozenset(
    {"dobj", "pobj", "prep", "conj", "appos", "nsubjpass", "pcomp", "acl", "amod", "compound", "agent"}
)  # ("accused China of a hacking campaign": the hacking judged; "concerned by the arrest")
# what one is, of a deed, in judging it: "is deeply concerned by the arrest of", "alarmed at"
STANCES = frozenset(
    {"concerned", "alarmed", "appalled", "outraged", "dismayed", "troubled", "disappointed", "worried",
     "shocked", "saddened", "disturbed", "pleased", "encouraged", "heartened", "gratified"}
)  # fmt: skip
# nouns whose owner judges what their phrase names: "U.S. criticism over the sentences"
JUDGING_NOUNS = frozenset({"criticism", "condemnation", "denunciation", "censure", "outrage", "rebuke"})


def _modifies(party: Token, noun: Token) -> bool:
    """Whether the party's phrase owns or describes the noun ("U.S. criticism", "Iran's
    condemnation", "Western condemnation")."""
    return any(
        node.head.i == noun.i and node.dep_ in {"poss", "compound", "amod", "nmod"}
        for node in (party, phrase_root(party))
    )


# who penalises a deed did not do it: "Treasury sanctioned X for providing drones to Russia"
PUNISHING = frozenset(
    {"sanction", "designate", "designation", "penalize", "penalise", "penalty", "punish", "punishment",
     "indict", "indictment", "charge", "fine", "blacklist"}
)  # fmt: skip
REASONS = frozenset({"for", "over"})


SELF_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def judges_through_pronoun(party: Token, verb: Token) -> bool:
    """ "Egypt said it condemned the attacks": the judging verb's subject is a pronoun and the
    party is the subject of the verb that reports it, so the party judges."""
    pronoun = any(c.dep_ == "nsubj" and c.lower_ in SELF_PRONOUNS for c in verb.children)
    return pronoun and verb.dep_ == "ccomp" and subject_of(party).i == verb.head.i


def subject_of(party: Token) -> Token:
    """The verb a party is the subject of (the party itself when it is no verb's subject)."""
    subject = phrase_root(party)
    return subject.head if subject.dep_ == "nsubj" else party


JUDGED_LINKS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp"})


def beside_the_judged(party: Token, trigger: Token) -> bool:
    """Whether a party stands outside what a judging verb judges: "Biden condemned the attack and
    said he would convene G7 leaders" judges no G7, nor does "condemned the strikes as a
    violation of Yemen's sovereignty" judge Yemen. What is judged is the verb's object, its
    phrases ("for", "over", "against"; not "as", which is the judgement) and the clause it
    governs; its subject judges."""
    if not judges(trigger) or trigger.pos_ != "VERB":
        return False
    if subject_of(party).i == trigger.i or owns_a_charge(party) or does_the_judged(party, trigger):
        return False
    judged = [c for c in trigger.children if c.dep_ in JUDGED_LINKS and c.lower_ != "as"]
    # so is what a participle set off after it says ("condemned the move, saying Israel was
    # exploiting the turmoil": Israel is judged)
    judged += [c for c in trigger.children if set_off_participle(c) and c.lemma_.lower() in REPORTING]
    return not any(c.left_edge.i <= party.i <= c.right_edge.i for c in judged)


def owns_a_charge(party: Token) -> bool:
    """Whether the party owns what a word of accusation qualifies, wherever in the sentence: "said
    it would not tolerate Israel's reckless behaviour" judges Israel too."""
    if party.dep_ != "poss":
        return False
    noun = party.head
    words = [noun, *(c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i)]
    return any(r.type == "ACCUSE" for w in words for r in load_lexicon().nouns.get(w.lemma_.lower(), [])[:1])


def undergoes_it(party: Token, trigger: Token) -> bool:
    """Whether the party, or the one it owns, is the passive subject of the trigger ("A commander
    of Hezbollah was killed", "Iran's embassy was struck") or the noun a passive clause of the
    trigger describes ("five Americans who had been detained", "the sailors held in Iran"): it
    suffers the deed."""
    node = party
    described = _described_by_passive(trigger)
    for _ in range(4):
        if described and trigger.head.i == node.i:  # ("Kosovo police officer killed in attack")
            return True
        if node.dep_ == "nsubj" and _among_those(node.head, trigger):
            return True
        if node.dep_ == "nsubjpass":  # of the trigger, of a verb joined to it ("... and two were hurt")
            verb = node.head  # or of the one its clause tells the cause of ("were hurt when rockets hit")
            joined = verb.dep_ == "conj" and verb.head.i == trigger.i
            return verb.i == trigger.i or joined or (trigger.dep_ == "advcl" and trigger.head.i == verb.i)
        if node.dep_ in {"compound", "poss", "amod", "conj"}:  # (of a list: "peacekeepers and soldiers")
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in {"of", "from"}:  # ("troops from Italy")
            node = node.head.head
        else:
            return False
    return False


def _among_those(verb: Token, trigger: Token) -> bool:
    """Whether a copula says its subject is among those the trigger's participle describes
    ("two soldiers were among those killed in the fighting")."""
    return (
        verb.lemma_ == "be"
        and trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and trigger.head.dep_ == "pobj"
        and trigger.head.head.lower_ == "among"
        and trigger.head.head.head.i == verb.i
    )


def addresses_someone(trigger: Token) -> bool:
    """Whether the trigger names whom it addresses, a party or not: "urged you to ...", "call on
    the administration to ..."."""
    for child in trigger.children:
        if child.dep_ in {"dobj", "dative"}:
            return True
        if child.dep_ == "prep" and child.lower_ in {"on", "upon"}:
            return any(c.dep_ == "pobj" for c in child.children)
    return False


def _described_by_passive(trigger: Token) -> bool:
    """A trigger in a passive clause that describes a noun: "who had been detained", "held in
    Iran" (a participle)."""
    if trigger.dep_ == "relcl":
        return any(c.dep_ in {"auxpass", "nsubjpass"} for c in trigger.children)
    return trigger.dep_ == "acl" and trigger.tag_ == "VBN"


AIMED = frozenset({"aim", "intend", "design", "mean", "direct"})  # "the strikes were aimed at ..."


def tells_of_anothers_deed(speaker: Token, trigger: Token, party_nouns: frozenset[str]) -> bool:
    """Whether a speaker tells of a deed whose doer the clause names as someone else ("Pakistan
    said the strikes killed 26 civilians", "Hezbollah fired rockets, Israel said", "the police
    confirmed the report, and rockets hit two barns"): a noun of no owner, or another name, is
    the deed's subject, wherever the reporting verb stands; "its strikes" and "it" are its, and
    so may be "troops" or "forces" (`party_nouns`: "the army said troops struck ...")."""
    subject = (
        trigger
        if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.pos_ == "NOUN"
        else next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    )
    if subject is not None and subject.lower_ == "they" and speaker.ent_type_ == "PERSON":
        # "'For years, they have funded Hamas,' said Congressman Lawler": a person is no "they"
        return subject.head.dep_ == "ccomp" and subject_of(speaker).i == subject.head.head.i
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.i == speaker.i:
        return False
    if subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in AIMED:
        return False  # "CENTCOM said the strikes were aimed at ...": who tells what they were for did them
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in party_nouns:
        return False
    owners = [c for c in subject.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    owned = any(c.pos_ in {"PROPN", "PRON"} or c.ent_type_ for c in owners)
    return not (owned and subject.pos_ == "NOUN")


STATEMENT_NOUNS = frozenset(
    {"statement", "readout", "report", "remarks", "release", "briefing", "comment", "comments", "update"}
)  # fmt: skip
TOPIC_PREPS = frozenset({"on", "of", "about", "regarding", "concerning"})


def issues_statement_on(party: Token, trigger: Token) -> bool:
    """Whether the party only issues a statement about the deed ("CENTCOM Statement on Missile
    Attack", "the Pentagon's readout of the strikes"): the party modifies a statement noun whose
    on/of/about phrase holds the trigger."""
    statement = party.head.head if party.dep_ == "pobj" and party.head.lower_ == "by" else party.head
    if (
        party.dep_ not in {"compound", "poss", "nmod", "pobj"}
        or statement.lemma_.lower() not in STATEMENT_NOUNS
    ):
        return False  # (or "Statement by the Ministry ... on the Arrest of ...")
    topics = [c for c in statement.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
    return any(trigger.i in {t.i for t in topic.subtree} for topic in topics)
