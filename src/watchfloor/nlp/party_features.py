"""Features of a party that do not depend on the event: what its phrase hangs from, which
parties are coordinated with it, and unnamed parties ("U.S. military personnel") with their state."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Token

from watchfloor.kb import load_kb
from watchfloor.nlp.argument_reader import ORIGIN, SPONSORED
from watchfloor.nlp.arguments import phrase_root, reporting_subject
from watchfloor.nlp.certainty import REPORTING
from watchfloor.nlp.event_evidence import PEOPLE_NOUNS, Party
from watchfloor.nlp.vessels import flag_in_phrase


def names_origin(head: Token) -> bool:
    """ "Iranian-made", "U.S.-supplied", "Liberian-flagged": a demonym that says where a thing
    comes from or whose flag it flies, not who acts (the thing itself may be a party); and
    "Iran-backed militias": the sponsor of an unnamed group, which is the group's, not a party
    to what the group does (GUIDE: the group keeps a null country)."""
    doc = head.doc
    after = doc[head.i + 1 : head.i + 3]
    words = ORIGIN | SPONSORED
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in words:
        return True
    modifies = head.dep_ in {"npadvmod", "amod", "compound", "advmod", "nmod", "dep"}  # not "Iran backed ..."
    return modifies and head.head.lower_ in words and head.head.i > head.i and head.head.i - head.i <= 2


def is_place(label: str, kb_key: str | None) -> bool:
    return label in {"GPE", "FAC"} and not (kb_key or "").startswith("state:")


def unnamed_party(
    token: Token, named: list[Party], named_at: NamedAt, home: str | None = None, author: str | None = None
) -> Party:
    """An unnamed party ("U.S. military personnel", "Iranian-backed groups", "protesters"): of the
    state a modifier names, unless it is only backed by it; an organ of state of the state it is
    "of" or "in" ("the regime in Iran"); "our citizens" are the author's; people of no named
    state ("dozens of protesters") are of the place the sentence names nearest them, else of the
    country the document is about (`home`). `named_at` gives every mention's country by token (a
    state named twice is one party, whose head is its first mention)."""
    phrase_tokens = token.doc[token.left_edge.i : token.i + 1]
    lemma = token.lemma_.lower()
    features = [f"group:{lemma}", *governor_features(token)]
    if any(t.lower_.split("-")[-1] in SPONSORED for t in phrase_tokens):
        features.append("sponsored")
        return Party(phrase_tokens.text.strip(), None, None, "GROUP", token, features)
    modifiers = range(phrase_tokens.start, token.i)
    country = next((named_at.country[i] for i in modifiers if i in named_at.country), None)
    if lemma in OTHERS | {"proxy", "affiliate", "surrogate"}:
        country = None  # "Iranian proxies", "U.S. allies": another's, not the state's own
    if country is None and lemma in STATE_ORGANS:
        country = _state_it_is_of(token, named_at)
    if country is None and lemma in BUSINESSES:
        country = _where_based(token, named_at)
    if country is None and lemma in MEMBERS:
        country = _body_it_is_of(token, named_at)
    if country is None and lemma not in OTHERS | {"proxy", "affiliate", "surrogate"}:
        country = _possessor_country(token, named) or _shared_possessor(token, named_at)
    if country is None and lemma in SHIPS:
        country = flag_in_phrase(phrase_tokens, load_kb())  # "a Norwegian-flagged tanker"
    if country:
        features.append("group_of_state")
    elif author and any(c.lower_ == "our" for c in token.children) and lemma not in OTHERS:
        country = author
        features.append("group_of_author")
    elif lemma in PEOPLE_NOUNS:
        places = [p for p in named if p.country and "loc" in p.features and p.head is not None]
        nearest = min(places, key=lambda p: abs(p.head.i - token.i) if p.head else 0, default=None)
        located = nearest.country if nearest is not None else None
        # "Pakistan said the strikes killed 26 civilians": the speaker's own people
        told_by = next((p.country for p in named if "speaker" in p.features and p.country), None)
        country = located or told_by or home
        sources = (("people_located", located), ("people_told_by", told_by), ("people_home", home))
        features.append(next((name for name, found in sources if found), "people"))
    return Party(phrase_tokens.text.strip(), country, None, "GROUP", token, features)


OTHERS = frozenset({"ally", "partner", "friend", "adversary", "enemy"})  # "our allies" are not us
# nouns for a state's own organs: "the regime in Iran", "the government of Iraq", "authorities in
# Tehran" (not forces or fighters, who are often abroad: "forces in Syria")
STATE_ORGANS = frozenset(
    {"government", "regime", "authority", "ministry", "administration", "police", "court", "official",
     "leader", "leadership", "parliament", "judiciary", "cabinet"}
)  # fmt: skip


@dataclass(frozen=True)
class NamedAt:
    """The country of each token that heads a mention in the sentence, and which of them name a
    state (or a place of one) rather than a body or a person."""

    country: dict[int, str]
    states: set[int]


# who is of the state where they are based (GUIDE: a designated firm's country is where it is based)
BUSINESSES = frozenset({"company", "firm", "entity", "network", "business", "bank", "exchange", "individual"})
BASED = frozenset({"base", "headquarter", "register", "locate", "incorporate"})


def _where_based(token: Token, named_at: NamedAt) -> str | None:
    """ "eight companies based in the UAE", "a firm registered in Hong Kong": the first state
    (or place of one) where they are based."""
    for verb in token.children:
        if verb.dep_ in {"acl", "relcl"} and verb.lemma_.lower() in BASED:
            found = _named_under(verb, {"in"}, named_at.states, named_at)
            if found:
                return found
    return None


def _named_under(node: Token, preps: set[str], named: Container[int], named_at: NamedAt) -> str | None:
    """The country of the first mention in `named` that is the noun of one of the node's
    prepositions `preps` ("the government of Iraq", "based in the UAE", "members of Hamas")."""
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i in named:
                    return named_at.country[obj.i]
    return None


# who is of the body they serve: "two members of Hamas", "a leader of Kataib Hezbollah"
MEMBERS = frozenset({"leader", "member", "fighter", "militant"})


def _body_it_is_of(token: Token, named_at: NamedAt) -> str | None:
    """The country of the named body (or state) a member is "of"."""
    return _named_under(token, {"of"}, named_at.country, named_at)


SHIPS = frozenset({"ship", "vessel", "tanker", "freighter", "carrier", "bulker", "boat", "dhow", "trawler"})
POSSESSIVE_PRONOUNS = {"his": True, "her": True, "its": False, "their": None}  # whether of a person


def _possessor_country(token: Token, named: list[Party]) -> str | None:
    """ "urging his administration", "Iran said its military ...": a group owned by a pronoun is
    of the state of the party the pronoun points back to, the nearest named before it in the
    sentence (a person for "his" and "her", not for "its")."""
    owners = [c.lower_ for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    if not owners:
        return None
    person = POSSESSIVE_PRONOUNS[owners[0]]
    before = [p for p in named if p.head is not None and p.head.i < token.i and p.label != "GROUP"]
    bound = _clause_subject(token, before) if person is not True else None
    if bound is not None:
        return bound.country  # "the ministry said it had dispatched its own forces": the ministry's
    for party in reversed(before):
        if person is None or (party.label == "PERSON") == person:
            return party.country
    return None


def _clause_subject(token: Token, named: list[Party]) -> Party | None:
    """The party the clause's subject is, which owns a group's "its": through "it" the subject of
    the verb that reports the clause ("the ministry said it had dispatched its forces"), or a
    named subject that owns "its own" ("Indian forces shelled their own positions")."""
    verb = token.head
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"it", "they"}:
        subject = reporting_subject(verb)
    elif not any(c.lower_ == "own" for c in token.children):
        return None  # "Pakistan said Indian forces shelled its posts": "its" may be the speaker's
    if subject is None or subject.pos_ == "PRON":
        return None
    inside = [
        p for p in named if p.head is not None and subject.left_edge.i <= p.head.i <= subject.right_edge.i
    ]
    return inside[0] if inside else None


def _shared_possessor(token: Token, named_at: NamedAt) -> str | None:
    """ "Iran's Morality Police and senior security officials": the state that owns the first
    of a list owns the groups listed with it."""
    if token.dep_ != "conj" or any(c.dep_ in {"poss", "det"} for c in token.children):
        return None
    owners = [c.i for c in token.head.children if c.dep_ == "poss" and c.i in named_at.states]
    return named_at.country[owners[0]] if owners else None


def _state_it_is_of(token: Token, named_at: NamedAt) -> str | None:
    return _named_under(token, {"of", "in"}, named_at.states, named_at)


def governor_features(head: Token) -> list[str]:
    """What the party's phrase hangs from: "gov:say" for a speaker, "gov:nsubj:launch"."""
    node = phrase_root(head)
    governor = node.head
    out = [f"dep:{node.dep_}"]
    if governor.pos_ in {"VERB", "AUX"}:
        lemma = governor.lemma_.lower()
        out.append(f"gov:{node.dep_}:{lemma}")
        if lemma in REPORTING and node.dep_ == "nsubj":
            out.append("speaker")
    elif governor.pos_ == "ADP":
        out.append(f"govprep:{governor.lower_}")
    if node.i != head.i:
        out.append(f"inside:{head.dep_}")
    return out


def link_coordinated(parties: list[Party]) -> None:
    """ "The United States, Japan and the ROK condemn …": parties whose heads (wherever the
    sentence names them: "a partnership between Iran and Russia ... sanctions on Iran") are
    conjuncts of each other act (or are acted on) together."""
    where = {h.i: i for i, p in enumerate(parties) for h in _heads(p)}
    for i, party in enumerate(parties):
        together: list[int] = []
        for head in _heads(party):
            linked = (*head.conjuncts, *listed_with(head), *modified_together(head), *joined_with(head))
            together += [where[t.i] for t in linked if t.i in where]
        party.coordinated = [j for j in dict.fromkeys(together) if j != i]
        if party.coordinated and "coordinated" not in party.features:
            party.features.append("coordinated")


def _heads(party: Party) -> list[Token]:
    return [party.head, *party.other_heads] if party.head is not None else []


def joined_with(head: Token) -> list[Token]:
    """ "The United States joined France and Germany in condemning ...": who joins and whom it
    joins act together (not "Sweden joined NATO in March": a membership, dated)."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    if first.dep_ not in {"nsubj", "dobj"} or verb.lemma_.lower() != "join" or not _joins_in_an_act(verb):
        return []
    other = "dobj" if first.dep_ == "nsubj" else "nsubj"
    return [t for c in verb.children if c.dep_ == other for t in (c, *c.conjuncts)]


def _joins_in_an_act(verb: Token) -> bool:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for child in prep.children:
                if child.dep_ == "pcomp" or (child.dep_ == "pobj" and child.pos_ == "NOUN"):
                    return True
    return False


MODIFIERS = frozenset({"nmod", "compound", "amod"})


def modified_together(head: Token) -> list[Token]:
    """ "U.S. and British forces": a state listed with the first modifier of a group's noun acts
    with that group (and the group with it)."""
    if head.dep_ == "conj" and head.head.dep_ in MODIFIERS:
        return [head.head.head]  # the state: the group it modifies along with the first
    firsts = [c for c in head.children if c.dep_ in MODIFIERS]
    return [t for c in firsts for t in c.conjuncts if t.i > c.i]  # the group: the states listed


def listed_with(head: Token) -> list[Token]:
    """ "The U.S., South Korea, and Japan": the parser may take a list's second state for an
    apposition of the first (and hang the rest on either); a state in apposition to a state, in
    a list that goes on to a conjunct, is a list item (a person's apposition is the same person:
    "its minister, Abbas Araghchi")."""
    first = head
    while first.dep_ in {"appos", "conj"} and first.head.i != first.i and first.head.ent_type_ == "GPE":
        first = first.head
    if first.ent_type_ != "GPE":
        return []
    items, stack = [], [first]
    while stack:
        token = stack.pop()
        items.append(token)
        stack += [c for c in token.children if c.dep_ == "conj" or _state_apposition(c)]
    if not any(t.dep_ == "conj" for t in items):
        return []
    return [t for t in items if t.i != head.i]


def _state_apposition(token: Token) -> bool:
    return token.dep_ == "appos" and token.ent_type_ == "GPE"


MODIFYING = frozenset({"amod", "compound", "nmod", "poss"})
PLURAL = frozenset({"NNS", "NNPS"})  # "Iranians": the state's people


def name_most_specific(parties: list[Party]) -> list[Party]:
    """ "Turkish President Recep Tayyip Erdogan": the state a demonym names acts through the
    person (or body) the demonym describes, so the event names that person (GUIDE: the most
    specific named entity), who is of that state when nothing else says; the demonym is no
    party of its own, though a state its speaker's demonym names stays one where the sentence
    also names it as a place ("drones at Ukraine, Ukrainian officials said")."""
    by_head = {p.head.i: p for p in parties if p.head is not None and p.label in {"PERSON", "ORG", "GROUP"}}
    merged: set[int] = set()
    people: list[Party] = []
    for index, party in enumerate(parties):
        if party.head is None or party.label not in {"NORP", "GPE"}:
            continue
        node = party.head
        for _ in range(3):  # up through the modifier chain (or an apposition) to the named head
            if node.head.i == node.i or node.dep_ not in {"amod", "compound", "nmod", "poss", "appos"}:
                break
            node = node.head
            described = by_head.get(node.i)
            # an unnamed group is the state's own only when it took the state ("Iranian
            # authorities"), not when it is backed by it ("Iranian-backed groups")
            allowed = {party.country} if described is not None and described.label == "GROUP" else {
                None, party.country}  # fmt: skip
            if described is not None and described.country in allowed:
                described.country = party.country
                described.features.append("described_by_state")
                alone = [h for h in party.other_heads if h.dep_ not in MODIFYING and h.tag_ in PLURAL]
                if party.other_heads and "speaker" in described.features and "loc" in party.features:
                    # "drones at Ukraine, Ukrainian officials said": who reports it is no target,
                    # the place of its state named beside it still may be
                    party.head = party.other_heads.pop(0)
                else:
                    # "Iranian authorities executed four Iranians": the state's people named on
                    # their own are a group beside the body the demonym described
                    people += [_people_of(party, head) for head in alone]
                    merged.add(index)
                break
    return [p for i, p in enumerate(parties) if i not in merged] + people


def _people_of(state: Party, head: Token) -> Party:
    """The people of a state a plural demonym names ("four Iranians"): a group of that state,
    which its own state may act on."""
    phrase = head.doc[head.left_edge.i : head.i + 1].text.strip()
    features = ["group:people", "group_of_state", "demonym_people", *governor_features(head)]
    return Party(phrase, state.country, None, "GROUP", head, features)
