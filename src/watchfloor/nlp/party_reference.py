"""Parties named by reference rather than by name: "the country", "the group", "the minister"
point back to a party the paragraph named before, "it" to the party (or the thing) the sentence
before was about; a headline's "X: ..." prefix names who reports it, not who acts ("both sides" and
"the North": `pair_references`)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from watchfloor.nlp import party_noun_lists
from watchfloor.nlp.arguments import clause_verb, reporting_subject
from watchfloor.nlp.event_evidence import PARTY_NOUNS, Party
from watchfloor.nlp.event_parties import known_armed_force, known_armed_group, organ_of_state
from watchfloor.nlp.parse_memo import head_chain
from watchfloor.nlp.party_senses import SERVING

STATES = frozenset({"GPE", "NORP", "AUTHOR", "PREVIOUS"})
ORGANISATIONS = frozenset({"ORG"})  # may be of no state: "the bloc" (the EU), "the watchdog" (the IAEA)
# the noun of a definite description -> the labels of the parties it can point back to
BACK_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("country", "state", "nation", "kingdom", "republic"), STATES),
    # (a state's organs: "Taiwan's defence ministry said ... The ministry condemned": Taiwan's)
    **dict.fromkeys(("government", "regime", "administration", "side", "ministry"), STATES | {"ORG"}),
    **dict.fromkeys(("group", "militia", "movement", "organization", "organisation", "company", "firm",
                     "agency", "network", "bloc", "alliance", "council", "watchdog", "paramilitary",
                     "militant", "rebel", "insurgent"),
                    ORGANISATIONS),
    **dict.fromkeys(("minister", "president", "official", "spokesperson", "spokesman", "spokeswoman",
                     "leader", "commander", "envoy", "ambassador", "diplomat"), frozenset({"PERSON"})),
    **dict.fromkeys(("ship", "vessel", "tanker", "freighter", "carrier"), frozenset({"VESSEL"})),
}  # fmt: skip
# noun lists of data/events/party_nouns.yaml (where each is described)
_NOUNS = party_noun_lists.load()
ARMED = _NOUNS.armed_back  # point back to an armed force named
RULERS = ARMED | {"junta", "council", "authority", "cabinet"}  # a state's organs described by their noun
DEMONSTRATIVES = frozenset({"the", "this", "that"})
HISTORY = 8  # parties remembered per paragraph, most recent first
# "US: Drone attack targets US base", "Iran's foreign ministry: ...": a short name, then a colon
PREFIX = re.compile(r"^\s*([A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,4}):\s+\S")


def antecedent(token: Token, history: list[Party]) -> Party | None:
    """The party a definite description ("the country", "the militant group") points back to: the
    most recent one named of a fitting kind (`history`, most recent first); None for anything
    else."""
    lemma = token.lemma_.lower()
    kinds = BACK_KINDS.get(lemma)
    if not any(c.lower_ in DEMONSTRATIVES for c in token.children):
        return None
    if any(
        (c.dep_ in {"compound", "nmod", "poss"} or (c.dep_ == "amod" and not c.is_lower))
        and c.lemma_.lower() not in KINDS_OF_GROUP
        for c in token.children
    ):
        return None  # "the Iranian government", "the defense minister": a description of its own
    # ("the International Criminal Court ... The court", "the IAEA Board of Governors ... the board")
    # (not an armed force's noun: "the Arakan Army ... the army" may be the state's)
    named = lemma not in ARMED | {"force"}
    body = (
        next((p for p in history if p.label == "ORG" and _named_by_noun(p, token)), None) if named else None
    )
    if body is not None:
        return body
    same_noun = next((p for p in history if p.label == "GROUP" and f"group:{lemma}" in p.features), None)
    if same_noun is not None:  # "Mali's military government ... The transitional government"
        return same_noun  # ("Niger's military junta ... The junta")
    if kinds is None and lemma not in ARMED:
        return None
    if kinds is None:  # "the Israeli military said ... The military said": the forces named
        return next((p for p in history if p.country and known_armed_force(p.key)), None)
    fitting = [
        p for p in history
        if p.label in kinds and (p.country or kinds == ORGANISATIONS) and not _described_otherwise(p, lemma)
    ]  # fmt: skip
    if lemma in NON_STATE:  # "the group": an armed group named before, else not a state's own forces
        armed = [p for p in history if known_armed_group(p.key)]
        fitting = armed or [p for p in fitting if not organ_of_state(p)]
    elif lemma in STATE_BODIES:  # "the ministry", "the government": never an armed group
        fitting = [p for p in fitting if not known_armed_group(p.key)]
    return fitting[0] if fitting else None


def _named_by_noun(party: Party, noun: Token) -> bool:
    """Whether a body's name is headed by the noun ("International Criminal Court": "the court"),
    its head word first where an "of" follows ("Board of Governors": "the board")."""
    words = party.name.lower().split()
    if not words:
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in {noun.lower_, noun.lemma_.lower()}


def _described_otherwise(party: Party, noun: str) -> bool:
    """Whether a party was named by a noun of another kind ("police", "the army"): not what "the
    government" points back to."""
    nouns = {f.split(":", 1)[1] for f in party.features if f.startswith(("group:", "coref:"))}
    described = bool(nouns) or bool({"prev:GROUP", "lab:GROUP"} & set(party.features))
    return described and noun not in nouns


NON_STATE = _NOUNS.non_state_back  # "the group": an armed group named before
STATE_BODIES = _NOUNS.state_bodies_back  # "the ministry", "the government": never an armed group
# words that say what kind of group it is, not whose: "the rebel group" points back as "the group" does
KINDS_OF_GROUP = _NOUNS.kinds_of_group


def remember(history: list[Party], parties: list[Party]) -> list[Party]:
    """The paragraph's parties after a sentence: its named ones first, then the older ones; not
    a sponsor named in passing ("the al-Qaeda-linked group": the group is the one to remember).
    An organ of a state described, not named ("Mali's military government"), is remembered for
    a later description by the same noun."""
    named = [
        p for p in parties
        if (p.label not in {"AUTHOR", "GROUP"} or _describes_an_organ(p)) and not _sponsor_named(p)
    ]  # fmt: skip
    known = {p.ref for p in named}
    return (named + [p for p in history if p.ref not in known])[:HISTORY]


def _describes_an_organ(party: Party) -> bool:
    """An unnamed party of a known state whose noun a description can repeat ("the government",
    "the ministry", "the army")."""
    nouns = {f.removeprefix("group:") for f in party.features if f.startswith("group:")}
    kinds = set(BACK_KINDS) | RULERS | SERVING
    return party.country is not None and party.head is not None and bool(nouns & kinds)


SPONSORING = frozenset({"back", "sponsor", "align", "affiliate", "link", "support", "fund", "ally"})


def _sponsor_named(party: Party) -> bool:
    """Whether the party is named only as the one backing another ("Rwanda-backed", "al-Qaeda-linked")."""
    return any(f.startswith("gov:npadvmod:") and f.rsplit(":", 1)[1] in SPONSORING for f in party.features)


def headline_source(text: str, headline: bool) -> tuple[str, int] | None:
    """(who, where the prefix ends) for a headline that opens with who reports it."""
    if not headline:
        return None
    match = PREFIX.match(text)
    if match is None or any(ch.isdigit() for ch in match.group(1)):
        return None
    return match.group(1), match.end(1) + 1


def thing_subject(sent: Span, parties: list[Party]) -> bool:
    """Whether the sentence's main subject is a thing, not a party: a common noun that heads
    no party's phrase, names no kind of party and is no party's ("The resolution", "The report";
    not "Iran's intent", whose "it" is Iran)."""
    subject = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if any(c.dep_ == "poss" for c in subject.children):
        return False
    heads = {p.head.i for p in parties if p.head is not None}
    return subject.i not in heads and subject.lemma_.lower() not in PARTY_NOUNS


OWN_PRONOUNS = {"it": False, "its": False, "he": True, "she": True, "his": True, "her": True}  # of a person?
PLURAL_PRONOUNS = frozenset({"they", "their"})


def named_before_it(pronoun: Token, named: list[Party]) -> bool:
    """Whether a pronoun points to a party the sentence named before it, not to the sentences
    before: a person's to a person ("Gershkovich had been sentenced on charges that he
    rejected"), "it" to a state or a body that is the subject of a verb above it ("Iraq's
    foreign ministry summoned the envoy to protest against what it called a violation"); not "its",
    which the text may give another's ("a missile attack on a tanker that missed its target")."""
    person = OWN_PRONOUNS.get(pronoun.lower_)
    if person is None or (not person and pronoun.dep_ != "nsubj"):
        return False
    labels = {"PERSON"} if person else {"GPE", "ORG"}
    heads = [p.head for p in named if p.head is not None and p.label in labels and p.head.doc is pronoun.doc]
    if person:
        return any(pronoun.sent.start <= head.i < pronoun.i for head in heads)
    doc = pronoun.doc
    subjects = [c for i in head_chain(pronoun)[1:] for c in doc[i].children if c.dep_ == "nsubj"]
    return any(s.i < pronoun.i and s.left_edge.i <= h.i <= s.right_edge.i for s in subjects for h in heads)


def speaks_of_itself(pronoun: Token, named: list[Party]) -> bool:
    """Whether a pronoun is the speaker's own: "it" in "Germany said it was outraged", "he" in
    "Blinken said he had spoken to Gallant", "they" in "Egypt and Qatar said they were alarmed"
    (the subject of the verb its clause hangs from, a party named in the sentence, of the
    pronoun's kind: a person for "he", several for "they")."""
    plural = pronoun.lower_ in PLURAL_PRONOUNS
    person = OWN_PRONOUNS.get(pronoun.lower_)
    if person is None and not plural:
        return False
    subject = reporting_subject(clause_verb(pronoun))
    if subject is None:
        return False
    if plural:
        listed = any(c.dep_ in {"conj", "appos"} for c in subject.children)
        several = listed or subject.tag_ in {"NNS", "NNPS"}
        return several and any(p.head is not None and p.head.i == subject.i for p in named)
    # the subject itself, or a party named inside its phrase ("Taiwan's defence ministry said it")
    phrase = {t.i for t in subject.subtree}
    speaker = next((p for p in named if p.head is not None and p.head.i == subject.i), None) or next(
        (p for p in named if p.head is not None and p.head.i in phrase), None
    )
    return speaker is not None and (speaker.label == "PERSON") == person


OBJECT_PRONOUNS = frozenset({"him", "her"})
# verbs whose "it" is no party: "it is important", "it seems", "it takes time"
IMPERSONAL = frozenset({"be", "seem", "appear", "remain", "take", "make", "rain", "matter"})


def _described_body(party: Party) -> bool:
    """A body named by a singular noun ("the army", "Mali's military government"), which "it" can
    name again."""
    return party.label in {"GROUP", "PREVIOUS"} and party.head is not None and party.head.tag_ == "NN"


# what a party fights with, whose owner a possessive pronoun names ("its drones", "their jets")
ARMS = frozenset(
    {"drone", "missile", "rocket", "jet", "warplane", "aircraft", "helicopter", "artillery", "warship",
     "troop", "force", "soldier", "fighter"}
)  # fmt: skip


def _arms_that_act(noun: Token) -> bool:
    """Whether a noun is arms that are a verb's subject ("its jets dropped bombs")."""
    return noun.lemma_.lower() in ARMS and noun.dep_ == "nsubj"


def name_pronouns(sent: Span, parties: list[Party]) -> None:
    """A pronoun later in the sentence names a party again: a person's "him" or "her"
    ("sanctioned Kabarebe, accusing him of ..."), a state's or a body's "it" as a subject, when
    one was the subject before ("China sent warships, in drills it said were a warning"). The
    pronoun becomes one of the party's heads, so that the role features read the mention nearest
    each trigger: the party of its kind named last before it."""
    for token in sent:
        if token.lower_ in OBJECT_PRONOUNS and token.dep_ in {"dobj", "pobj", "dative"}:
            kinds, subjects_only = frozenset({"PERSON"}), False
        elif token.lower_ == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() not in IMPERSONAL:
            kinds, subjects_only = frozenset({"GPE", "ORG", "NORP"}), True
        elif token.lower_ in {"its", "their"} and token.dep_ == "poss" and _arms_that_act(token.head):
            # "the military said its jets dropped bombs": whose arms acted
            kinds, subjects_only = frozenset({"GPE", "ORG", "NORP"}), True
        else:
            continue
        before = [
            p for p in parties
            if (p.label in kinds or (subjects_only and _described_body(p))) and p.head is not None
            and p.head.i < token.i and (not subjects_only or p.head.dep_ in {"nsubj", "nsubjpass"})
        ]  # fmt: skip
        if before:
            max(before, key=lambda p: p.head.i if p.head is not None else -1).other_heads.append(token)
