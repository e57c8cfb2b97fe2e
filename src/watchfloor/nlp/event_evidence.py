"""What one sentence offers the event model: features for which PLOVER types it reports, the
parties that could act or be acted on (with features of where each stands relative to the
type's trigger), and, per type, the trigger, stance, date and place an event would carry.

Features are plain strings so that the training script and extraction compute them the same way;
`event_model` turns them into decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from watchfloor.nlp.arguments import clause_verb, phrase_root
from watchfloor.nlp.deed_roles import (
    addresses_someone,
    beside_the_judged,
    fired_from,
    in_a_clause_on_another,
    issues_statement_on,
    joined_in_it,
    judges_it,
    locates_another,
    tells_of_anothers_deed,
    undergoes_it,
)
from watchfloor.nlp.types import Event

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
ANAPHORS = frozenset({"he", "she", "it", "they", "its", "his", "her", "their", "them"})
DEFINITE_BACK = frozenset(
    {"country", "group", "minister", "government", "regime", "militia", "ministry", "side", "president",
     "official", "spokesperson", "spokesman", "company"}
)  # fmt: skip
# people who are not a state's organ: with no state of their own named, they are of the place the
# sentence names, else of the country the document is about ("dozens of protesters", "500 people")
PEOPLE_NOUNS = frozenset(
    {"people", "protester", "demonstrator", "citizen", "civilian", "student", "worker", "activist",
     "journalist", "detainee", "prisoner", "hostage", "victim", "resident", "woman", "man", "child",
     "refugee", "crew", "sailor", "mariner", "reporter", "dissident", "national"}
)  # fmt: skip
# members of a legislature, who may address their own state's government ("lawmakers urged ...")
LEGISLATOR_NOUNS = frozenset(
    {"lawmaker", "legislator", "senator", "congressman", "congresswoman", "parliamentarian", "mp"}
)
# nouns that stand for an unnamed party: "U.S. military personnel", "Houthi fighters", "protesters"
PARTY_NOUNS = frozenset(
    {"state", "country", "government", "official", "force", "militia", "group", "proxy", "ally", "power",
     "media", "protester", "demonstrator", "leader", "west", "nation", "member", "partner", "regime",
     "personnel", "troop", "soldier", "military", "army", "navy", "militant", "fighter", "rebel",
     "terrorist", "authority", "agency", "ministry", "administration", "diplomat", "lawmaker", "court",
     "police", "guard", "company", "firm", "network", "entity", "individual", "contractor",
     "citizen", "civilian", "student", "worker", "activist", "journalist", "insurgent", "coalition",
     "ship", "vessel", "tanker", "freighter", "warship", "destroyer", "frigate", "cruiser", "bloc",
     "alliance", "watchdog", "council"}
) | PEOPLE_NOUNS | LEGISLATOR_NOUNS  # fmt: skip
NEGATIONS = frozenset({"not", "n't", "never", "no"})
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # fmt: skip


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
    quoted: bool = False  # inside a quotation an earlier sentence of the paragraph opened
    quoted_by: str | None = None  # who the quotation it is in (or opens) quotes, where named


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
    if kind == "REQUEST" and addresses_someone(trigger):
        out.append(f"addressee:{kind}")  # whom it asks, when named, is its recipient
    return out


def dependency_path(party: Token, trigger: Token) -> str:
    """The dependency path from a party's head up to the lowest common ancestor with the trigger
    and down to it, e.g. "nsubj^" (subject of the trigger), "pobj^prep:against^" or
    "amod^dobj^" (a modifier of its object); "far" past four steps."""
    up, down = _ancestry(party, 8), _ancestry(trigger, 8)
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


def _ancestry(token: Token, limit: int) -> list[int]:
    """The indices of the token and of the heads above it, at most `limit` in all."""
    heads = _heads(token.doc)
    chain = [token.i]
    while heads[chain[-1]] != chain[-1] and len(chain) < limit:
        chain.append(heads[chain[-1]])
    return chain


def _heads(doc: Doc) -> list[int]:
    """Each token's head's index, worked out once per parse (the parse is read many times)."""
    heads: list[int] | None = doc.user_data.get(HEADS_KEY)
    if heads is None or len(heads) != len(doc):
        heads = [t.head.i for t in doc]
        doc.user_data[HEADS_KEY] = heads
    return heads


HEADS_KEY = "watchfloor_heads"


def _step(token: Token) -> str:
    if token.dep_ == "prep" or token.dep_ == "agent":
        return f"{token.dep_}:{token.lower_}"
    return token.dep_


def role_features(party: Party, trigger: Token | None, first: bool, last: bool) -> list[str]:
    """Where a party stands relative to one trigger; conjoined with the type by the model."""
    out = list(party.features)
    if first:
        out.append("first")
    if last:
        out.append("last")
    if party.head is None or trigger is None:
        out.append("nopath")
        return out
    head = nearest_mention(party, trigger)
    path = dependency_path(head, trigger)
    out.append(f"path:{path}")
    out.append(f"lpath:{party.label}|{path}")
    first_step = path.split("^")[0] if "^" in path else path
    out.append(f"path1:{first_step}")
    out.append(f"wpath1:{trigger.lemma_.lower()}:{first_step}")  # "received" takes its recipient as subject
    if "speaker" in party.features and _says_it_did(party.head, trigger):
        out.append("says_own_act")
    if "speaker" in party.features and tells_of_anothers_deed(party.head, trigger, PARTY_NOUNS):
        out.append("tells_of_anothers")
    if judges_it(party.head, trigger):
        out.append("judges_it")
    if issues_statement_on(head, trigger):
        out.append("states_on_it")
    if undergoes_it(head, trigger):
        out.append("undergoes_it")
    if fired_from(head, trigger):
        out.append("fired_from")
    if locates_another(head, trigger):
        out.append("locates_another")
    if in_a_clause_on_another(head, trigger, PARTY_NOUNS):
        out.append("in_clause_on_another")
    if joined_in_it(head, trigger):
        out.append("joined_in_it")
    if beside_the_judged(head, trigger):
        out.append("beside_judged")
    out.extend(clause_crossings(head, trigger))
    out.append("before" if head.i < trigger.i else "after")
    distance = abs(head.i - trigger.i)
    out.append(f"dist:{min(distance // 3, 5)}")
    return out


CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})


def clause_crossings(party: Token, trigger: Token) -> list[str]:
    """The outermost clause boundary the path from a party to a trigger climbs out of, each side:
    "Israel" in "provision of drones to proxies that threaten Israel" sits in a relative clause
    ("up:relcl"); a trigger in a clause of its own has "down:" its kind."""
    up, down = _ancestry(party, 12), _ancestry(trigger, 12)
    common = next((i for i in up if i in down), None)
    if common is None:
        return ["up:apart"]
    doc, out = party.doc, []
    for side, chain in (("up", up), ("down", down)):
        kinds = [doc[i].dep_ for i in chain[: chain.index(common)] if doc[i].dep_ in CLAUSES]
        if kinds:
            out.append(f"{side}:{kinds[-1]}")
    return out


def nearest_mention(party: Party, trigger: Token) -> Token:
    """Of the party's mentions in the sentence, the one whose parse path to the trigger is the
    shortest ("Israeli warplanes struck Hezbollah positions ... after Hezbollah fired": the
    second "Hezbollah" is the firing's subject)."""
    assert party.head is not None
    return min([party.head, *party.other_heads], key=lambda head: _tree_distance(head, trigger))


def _tree_distance(a: Token, b: Token) -> int:
    """Steps between two tokens through their lowest common ancestor (99: different trees)."""
    up = {i: steps for steps, i in enumerate(_ancestry(a, len(a.doc)))}
    for steps, i in enumerate(_ancestry(b, len(b.doc))):
        if i in up:
            return up[i] + steps
    return 99


SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
OWNING_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def _says_it_did(speaker: Token, trigger: Token) -> bool:
    """ "The Israeli military said it struck targets in Iran" ("... said its strikes killed"): the
    trigger's clause has a pronoun, or a noun a pronoun owns, for its subject and hangs from the
    verb the party is the subject of, so the party is the one said to act."""
    clause = clause_verb(trigger)
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    owned = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS]
    if not owned and not any(s.lower_ in SUBJECT_PRONOUNS for s in subjects):
        return False
    reporting = phrase_root(speaker).head
    node = clause
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == reporting.i:
            return True
    return False
