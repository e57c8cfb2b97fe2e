"""What one sentence offers the event model: features for which PLOVER types it reports, the
parties that could act or be acted on (with features of where each stands relative to the
type's trigger), and, per type, the trigger, stance, date and place an event would carry.

Features are plain strings so that the training script and extraction compute them the same way;
`event_model` turns them into decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from watchfloor.nlp import party_noun_lists
from watchfloor.nlp.arguments import set_off_participle
from watchfloor.nlp.deed_roles import (
    addresses_someone,
)
from watchfloor.nlp.parse_memo import head_chain, memo
from watchfloor.nlp.types import Event

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
ANAPHORS = frozenset({"he", "she", "it", "they", "its", "his", "her", "their", "them"})
# the nouns of an unnamed party, from data/events/party_nouns.yaml (where each list is described)
_PARTY_NOUNS = party_noun_lists.load()
DEFINITE_BACK = _PARTY_NOUNS.definite_back  # "the group": a party named before
PEOPLE_NOUNS = _PARTY_NOUNS.people  # people of no state's organ ("dozens of protesters")
LEGISLATOR_NOUNS = _PARTY_NOUNS.legislators  # "lawmakers urged ..."
PARTY_NOUNS = _PARTY_NOUNS.parties  # its own words | PEOPLE_NOUNS | LEGISLATOR_NOUNS
DOER_NOUNS = _PARTY_NOUNS.doers  # "a migrant attack", "police raids"
NEGATIONS = frozenset({"not", "n't", "never", "no"})
NAMED = frozenset({"ORG", "GPE", "NORP", "PERSON"})  # names of who may act
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # fmt: skip

# the types of a statement, whose place is only where it was made ("said in Doha"), and with the
# sanction, acts of decree: made where the report is datelined when they name no place
STATEMENTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
DATELINED = STATEMENTS | {"SANCTION"}


@dataclass
class Party:
    """Someone the sentence (or the text just before it) names who could be actor or recipient."""

    name: str
    country: str | None
    key: str | None
    label: str  # PERSON, ORG, GPE, NORP, GROUP, PREVIOUS, AUTHOR
    head: Token | None  # where it stands in the parse (None: named outside this sentence)
    features: list[str] = field(default_factory=list)  # features that do not depend on the trigger
    coordinated: list[int] = field(default_factory=list)  # indices of parties coordinated with it
    other_heads: list[Token] = field(default_factory=list)  # where the sentence names it again

    @property
    def ref(self) -> str:
        """What tells the party apart from others: its entity's key, else its name."""
        return self.key or self.name


@dataclass
class EventTemplate:
    """What an event of one type read from this sentence would carry."""

    trigger: str  # the trigger's text ("" when the sentence has none for the type)
    mode: str | None
    date: str | None
    place: str | None
    certainty: str
    source: str | None
    quantity: str | None
    is_event: bool  # False: a forecast, hypothetical or false claim
    inverse: bool = False  # the trigger's subject suffers the event ("shot down", lexicon `inverse`)
    named: bool = False  # the trigger is a word of an organisation's name ("the Houthi movement")
    mutual: bool = False  # parties named together do it to each other ("clashed", lexicon `mutual`)


@dataclass
class SentenceEvidence:
    start: int  # the sentence's span in the stored text
    end: int
    text: str
    markers: tuple[str, ...]
    features: list[str]
    parties: list[Party]
    rule_events: list[Event]
    templates: dict[str, EventTemplate]  # by type; "" is the sentence root's, for any other type
    role_features: dict[tuple[str, int], list[str]] = field(default_factory=dict)  # (type, party index)
    # a second trigger of a type, in a phrase of its own ("strikes ... in response to attacks on
    # U.S. forces by militias"), with the parties' role features relative to it
    seconds: dict[str, EventTemplate] = field(default_factory=dict)
    second_role_features: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    aimed_elsewhere: set[str] = field(default_factory=set)  # second triggers aimed at no party named
    quoted: bool = False  # inside a quotation an earlier sentence of the paragraph opened
    quoted_by: str | None = None  # who the quotation it is in (or opens) quotes, where named
    dateline: str | None = None  # where the report is datelined: a statement's place if it names none
    dateline_country: str | None = None  # (and the dateline's state)


def sentence_features(sent: Span, lexicon_hits: dict[int, list[str]], rule_types: set[str],
                      headline: bool) -> list[str]:  # fmt: skip
    """Bag of lemmas, the root, verb-object pairs, lexicon hits by type and position, the rule
    engine's verdicts, and markers of negation, modality and headlines."""
    out: list[str] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ in CONTENT_POS and token.is_alpha:
            out.append(f"w:{lemma}")
            if token.dep_ == "ROOT":
                out.append(f"root:{lemma}")
            if token.pos_ == "VERB":
                for child in token.children:
                    if child.dep_ in {"dobj", "prt"} and child.is_alpha:
                        out.append(f"vo:{lemma}_{child.lemma_.lower()}")
                    elif child.dep_ == "prep":
                        out.append(f"vp:{lemma}_{child.lower_}")
            elif token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"}:
                out.append(f"subjnoun:{lemma}")
        if token.lower_ in NEGATIONS and token.dep_ == "neg":
            out.append("neg")
        if token.lower_ in MODALS and token.dep_ == "aux":
            out.append(f"modal:{token.lower_}")
        for kind in lexicon_hits.get(token.i, []):
            out.append(f"lex:{kind}")
            out.append(f"lex:{kind}:{token.pos_}")
            if token.dep_ == "ROOT":
                out.append(f"lexroot:{kind}")
    out.extend(f"rule:{kind}" for kind in rule_types)
    if headline:
        out.append("headline")
    if sent.text.rstrip().endswith("?"):
        out.append("question")
    return sorted(set(out))


def template_features(kind: str, template: EventTemplate) -> list[str]:
    """Features of the type's own trigger: its stance and whether it reads as an event."""
    out = [f"stance:{kind}:{template.certainty}"]
    if not template.is_event:
        out.append(f"notevent:{kind}")
    if not template.trigger:
        out.append(f"notrigger:{kind}")
    return out


def trigger_features(kind: str, trigger: Token, party_heads: list[Token]) -> list[str]:
    """How the type's trigger stands in the sentence: the word, its part of speech, its relation to its
    head (the main predicate, a clause under a reporting verb, a modifier named in passing), its
    tense, and whether parties stand as its subject and its object."""
    out = [f"tdep:{kind}:{trigger.dep_}", f"tpos:{kind}:{trigger.pos_}", f"ttag:{kind}:{trigger.tag_}"]
    out.append(f"tlemma:{kind}:{trigger.lemma_.lower()}")  # which word: "raid" is surer than "pressure"
    if trigger.head.i != trigger.i:
        out.append(f"thead:{kind}:{trigger.head.lemma_.lower()}")
    paths = {dependency_path(head, trigger) for head in party_heads}
    if any(p.startswith(("nsubj^", "poss^", "compound^", "amod^", "agent")) or "agent" in p for p in paths):
        out.append(f"targ:{kind}:subject")
    if any(p.startswith(("dobj^", "nsubjpass^", "pobj^prep")) for p in paths):
        out.append(f"targ:{kind}:object")
    if trigger.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in trigger.children):
        out.append(f"tsubj:{kind}")  # a subject of its own, a name or a pronoun ("it had retaken")
    if set_off_participle(trigger):
        out.append(f"tpart:{kind}")  # done by its verb's subject ("imposed sanctions ..., accusing them of")
    relative_subject = any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in trigger.children)
    if trigger.dep_ == "relcl" and relative_subject:
        out.append(f"trel:{kind}")  # done by the noun its relative clause is on ("M23, which seized Goma")
    agents = [o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if trigger.pos_ == "VERB" and any(o.ent_type_ in NAMED or o.lemma_.lower() in PARTY_NOUNS
                                      for o in agents):  # fmt: skip
        out.append(f"tagent:{kind}")  # its "by" phrase names who did it ("forces backed by militias")
    if trigger.pos_ == "NOUN" and any(_names_the_doer(c) for c in trigger.children):
        out.append(f"tdoer:{kind}")  # its own modifier names who did it ("a migrant attack", "police raids")
    if kind == "REQUEST" and addresses_someone(trigger):
        out.append(f"addressee:{kind}")  # whom it asks, when named, is its recipient
    return out


def _names_the_doer(modifier: Token) -> bool:
    """Whether a noun modifying a deed's noun names its doer ("migrant" of "a migrant attack",
    "police raids"; not "anti-militant operations", its target)."""
    if modifier.dep_ not in {"compound", "amod"} or modifier.lemma_.lower() not in DOER_NOUNS:
        return False
    return modifier.i < 2 or modifier.doc[modifier.i - 1].text != "-"


def dependency_path(party: Token, trigger: Token) -> str:
    """The dependency path from a party's head up to the lowest common ancestor with the trigger
    and down to it, e.g. "nsubj^" (subject of the trigger), "pobj^prep:against^" or
    "amod^dobj^" (a modifier of its object); "far" past four steps."""
    paths: dict[tuple[int, int], str] = memo(party.doc, "paths")
    found = paths.get((party.i, trigger.i))
    if found is None:
        found = paths[(party.i, trigger.i)] = _dependency_path(party, trigger)
    return found


def _dependency_path(party: Token, trigger: Token) -> str:
    up, down = ancestry(party, 8), ancestry(trigger, 8)
    doc = party.doc
    for steps, ancestor in enumerate(up):
        if ancestor in down:
            depth = down.index(ancestor)
            if steps + depth > 4:
                return "far"
            parts = [_step(doc[i]) + "^" for i in up[:steps]]
            parts += ["v" + _step(doc[i]) for i in reversed(down[:depth])]
            return "".join(parts) or "self"
    return "far"


def ancestry(token: Token, limit: int) -> list[int]:
    """The indices of the token and of the heads above it, at most `limit` in all."""
    return head_chain(token)[:limit]


def _step(token: Token) -> str:
    if token.dep_ == "prep" or token.dep_ == "agent":
        return f"{token.dep_}:{token.lower_}"
    return token.dep_
