"""Features of a party that do not depend on the event: what its phrase hangs from, which
parties are coordinated with it, and which of a state and its people the sentence names
(`unnamed_parties` finds the parties it names by a noun alone)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from watchfloor.nlp.argument_reader import ORIGIN, SPONSORED
from watchfloor.nlp.arguments import first_conjunct, phrase_root
from watchfloor.nlp.certainty import REPORTING
from watchfloor.nlp.event_evidence import Party


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


BROKERING = frozenset({"broker", "mediate"})
# officials and offices posted abroad: where they serve is no party ("the Russian embassy in Berlin")
POSTINGS = frozenset(
    {"ambassador", "envoy", "representative", "emissary", "consul", "attache", "attaché", "embassy",
     "consulate", "mission", "legation"}
)  # fmt: skip


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
        if governor.lower_ == "to" and governor.head.lower_ == "according":
            out.append("reports_it")  # "... were arrested, according to rights groups": who tells it
        if governor.lower_ == "by" and governor.dep_ == "prep" and governor.head.pos_ in {"NOUN", "PROPN"}:
            out.append("by_a_noun")  # "attacks by the Houthis": that noun's doer
        if governor.dep_ == "agent" and governor.head.lemma_.lower() in BROKERING:
            out.append("brokers")  # "a ceasefire brokered by Qatar": who brokered it, no party to it
        if (
            node.i == head.i
            and governor.head.lemma_.lower() in POSTINGS
            and governor.lower_ in {"to", "in", "at"}
        ):
            out.append("posted_to")  # "Iran's ambassador to Syria": where an official serves, no party
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
    first = first_conjunct(head)
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
    if head.ent_type_ == "PERSON":
        return _persons_listed(head)
    first = head
    while first.dep_ in {"appos", "conj"} and first.head.i != first.i and first.head.ent_type_ == "GPE":
        first = first.head
    if first.ent_type_ != "GPE":
        return []
    items = _list_from(first, lambda c: c.dep_ == "conj" or _state_apposition(c))
    if not any(t.dep_ == "conj" for t in items):
        return []
    return [t for t in items if t.i != head.i]


def _persons_listed(head: Token) -> list[Token]:
    """ "warrants for Benjamin Netanyahu, his former defence minister Yoav Gallant and Mohammed
    Deif": three named people the parser hung on one another as appositions, and a conjunct at
    the end, are a list (two are a conjunct already; one named in apposition to a title is one)."""
    top = head
    while top.dep_ in {"appos", "conj"} and top.head.i != top.i:
        top = top.head
    items = _list_from(top, lambda c: c.dep_ in {"appos", "conj"})
    named = [t for t in items if t.ent_type_ == "PERSON"]
    if len(named) < 3 or not any(t.dep_ == "conj" for t in items):
        return []
    return [t for t in named if t.i != head.i]


def _list_from(first: Token, goes_on: Callable[[Token], bool]) -> list[Token]:
    """A list's items from its first down every link that `goes_on` it."""
    items, stack = [], [first]
    while stack:
        token = stack.pop()
        items.append(token)
        stack += [c for c in token.children if goes_on(c)]
    return items


def _state_apposition(token: Token) -> bool:
    return token.dep_ == "appos" and token.ent_type_ == "GPE"


MODIFYING = frozenset({"amod", "compound", "nmod", "poss"})
PLURAL = frozenset({"NNS", "NNPS"})  # "Iranians": the state's people
ACTING = frozenset({"nsubj", "nsubjpass", "dobj"})  # where a state named on its own acts or is acted on


def name_most_specific(parties: list[Party]) -> list[Party]:
    """ "Turkish President Recep Tayyip Erdogan": the state a demonym names acts through the
    person (or body) the demonym describes, so the event names that person (GUIDE: the most
    specific named entity), who is of that state when nothing else says; the demonym is no
    party of its own, though a state its speaker's demonym names stays one where the sentence
    also names it as a place ("drones at Ukraine, Ukrainian officials said")."""
    by_head = {p.head.i: p for p in parties if p.head is not None and p.label in {"PERSON", "ORG", "GROUP"}}
    merged: set[int] = set()
    people: list[Party] = []
    renamed: dict[int, Party] = {}
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
                if described.country and "nocountry" in described.features:
                    described.features.remove("nocountry")  # (its state is known now)
                described.features.append("described_by_state")
                alone = [h for h in party.other_heads if h.dep_ not in MODIFYING and h.tag_ in PLURAL]
                named = [h for h in party.other_heads if h.dep_ in ACTING and h.tag_ == "NNP"]
                if party.other_heads and "speaker" in described.features and "loc" in party.features:
                    # "drones at Ukraine, Ukrainian officials said": who reports it is no target,
                    # the place of its state named beside it still may be
                    party.head = party.other_heads.pop(0)
                elif ground := _its_ground(party):
                    # "Pakistan's military struck ... after Iran attacked Pakistani territory": the
                    # state whose ground is named apart from the body it describes is a party there
                    features = [f"lab:{party.label}", "via:demonym", f"norp_of:{ground.head.lemma_.lower()}"]
                    renamed[index] = Party(party.name, party.country, party.key, party.label, ground,
                                           [*features, *governor_features(ground)])  # fmt: skip
                elif named and described.label == "GROUP":
                    # "Hamas frees three Israeli hostages as Israel releases ...": the state named
                    # on its own acts apart from the group of its people
                    features = ["lab:GPE", "via:name", *governor_features(named[0])]
                    alone_state = Party(party.name, party.country, party.key, "GPE", named[0], features)
                    alone_state.other_heads = [h for h in party.other_heads if h.i != named[0].i]
                    renamed[index] = alone_state
                    people += [_people_of(party, head) for head in alone]
                else:
                    # "Iranian authorities executed four Iranians": the state's people named on
                    # their own are a group beside the body the demonym described
                    people += [_people_of(party, head) for head in alone]
                    merged.add(index)
                break
    return [renamed.get(i, p) for i, p in enumerate(parties) if i not in merged] + people


# nouns of a state's own ground: force aimed at them is aimed at the state
GROUND = frozenset(
    {"territory", "soil", "airspace", "waters", "border", "coast", "position", "base", "outpost",
     "town", "city", "village", "province", "region"}
)  # fmt: skip


def _its_ground(state: Party) -> Token | None:
    """The state's other word, where it names the state's ground ("Pakistani territory")."""
    return next(
        (h for h in state.other_heads if h.dep_ in {"amod", "compound", "poss"}
         and h.head.lemma_.lower() in GROUND and h.head.i != h.i),
        None,
    )  # fmt: skip


def name_the_person(parties: list[Party]) -> list[Party]:
    """ "Hamas leader Yahya Sinwar", "Wall Street Journal reporter Evan Gershkovich": a body that
    only describes a person named after it acts and suffers through that person (GUIDE: the most
    specific named entity), who is of the body's state when nothing else says."""
    people = {p.head.i: p for p in parties if p.head is not None and p.label == "PERSON"}
    merged: set[int] = set()
    for index, party in enumerate(parties):
        if party.head is None or party.label != "ORG" or party.other_heads:
            continue
        node = party.head
        for _ in range(3):  # up the chain of modifiers to the person's name
            if node.dep_ not in {"compound", "nmod"} or node.head.i <= node.i:
                break
            node = node.head
            person = people.get(node.i)
            if person is not None:
                person.country = person.country or party.country
                if person.country and "nocountry" in person.features:
                    person.features.remove("nocountry")  # (its state is known now)
                person.features.append("described_by_body")
                merged.add(index)
                break
    return [p for i, p in enumerate(parties) if i not in merged]


def _people_of(state: Party, head: Token) -> Party:
    """The people of a state a plural demonym names ("four Iranians"): a group of that state,
    which its own state may act on."""
    phrase = head.doc[head.left_edge.i : head.i + 1].text.strip()
    features = ["group:people", "group_of_state", "demonym_people", *governor_features(head)]
    return Party(phrase, state.country, None, "GROUP", head, features)
