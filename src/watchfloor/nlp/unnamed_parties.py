"""Unnamed parties ("U.S. military personnel", "Iranian-backed groups", "protesters", "eight
companies based in the UAE") and the state each belongs to: the one its phrase names, owns or
is based in, the body it is a member of, the speaker's, else the document's."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from spacy.tokens import Token

from watchfloor.kb import load_kb
from watchfloor.nlp import party_noun_lists
from watchfloor.nlp.argument_reader import is_sponsor_word, own_name
from watchfloor.nlp.arguments import reporting_subject, stance_of
from watchfloor.nlp.event_evidence import LEGISLATOR_NOUNS, PEOPLE_NOUNS, Party
from watchfloor.nlp.party_features import governor_features
from watchfloor.nlp.party_senses import air_defences_as_a_party, counts_the_harmed
from watchfloor.nlp.place_positions import SITE_NOUNS
from watchfloor.nlp.repressed_parties import repressed_by
from watchfloor.nlp.vessels import flag_in_phrase


def unnamed_party(
    token: Token,
    named: list[Party],
    named_at: NamedAt,
    home: str | None = None,
    author: str | None = None,
    earlier: tuple[Party, ...] = (),
) -> Party:
    """An unnamed party ("U.S. military personnel", "Iranian-backed groups", "protesters"): of the
    state a modifier names, unless it is only backed by it; an organ of state of the state it is
    "of" or "in" ("the regime in Iran"); "our citizens" are the author's; people of no named
    state ("dozens of protesters") are of the place the sentence names nearest them, else of the
    country the document is about (`home`). `named_at` gives every mention's country by token (a
    state named twice is one party, whose head is its first mention); `earlier`, the parties the
    sentences before named, most recent first, own a person's "his" or "her"."""
    # (a noun that modifies another shares its modifiers: "Kenyan police officers" are Kenyan)
    # (but a site's holder is named alone: "other government buildings" are the government's)
    shares = token.dep_ == "compound" and token.head.lemma_.lower() not in SITE_NOUNS
    start = token.head.left_edge.i if shares else token.left_edge.i
    phrase_tokens = token.doc[min(start, token.left_edge.i) : token.i + 1]
    lemma = "people" if counts_the_harmed(token) else token.lemma_.lower()  # ("killed 12")
    features = [f"group:{lemma}", *governor_features(token)]
    if air_defences_as_a_party(token):
        features.append("air_defence")  # (stops force, never uses it: `role_exclusions`)
    if any(is_sponsor_word(t) for t in phrase_tokens):
        features.append("sponsored")
        return Party(phrase_tokens.text.strip(), None, None, "GROUP", token, features)
    # (not the cause it is for or against: "anti-Israel protesters" are no Israelis)
    modifiers = [i for i in range(phrase_tokens.start, token.i) if stance_of(token.doc[i]) is None]
    country = next((named_at.country[i] for i in modifiers if i in named_at.country), None)
    if lemma in OTHERS | {"proxy", "affiliate", "surrogate"}:
        country = None  # "Iranian proxies", "U.S. allies": another's, not the state's own
    if country is None and lemma in STATE_ORGANS:
        country = _state_it_is_of(token, named_at)
    if country is None and lemma in BUSINESSES:
        country = _where_based(token, named_at)
    if country is None and lemma in MEMBERS:
        country = _body_it_is_of(token, named_at)
    if lemma in MEMBERS | {"commander", "soldier", "operative", "official"}:
        # "members of the People's Defence Force": of the body, which is no other side to them
        features += [f"member_of:{p.ref}" for p in _bodies_of(token, named)]
    if country is None and lemma not in OTHERS | {"proxy", "affiliate", "surrogate"}:
        country = _possessor_country(token, named, earlier) or _shared_possessor(token, named_at)
    if country is None and lemma in SHIPS:
        country = flag_in_phrase(phrase_tokens, load_kb())  # "a Norwegian-flagged tanker"
    if country:
        features.append("group_of_state")
    elif author and any(c.lower_ == "our" for c in token.children) and lemma not in OTHERS:
        country = author
        features.append("group_of_author")
    elif _serves_at_home(token) and (country := _located(token, named_at) or _told_by(named) or home):
        features.append("group_of_state")  # "a shootout with police": the organ of the state there
    elif lemma in OF_THE_PLACE:
        # the place named nearest, not the party it stands for, which may be named elsewhere too
        # ("Israeli jets struck villages in Lebanon, killing four people, ... in northern Israel")
        located = _located(token, named_at)
        # "Pakistan said the strikes killed 26 civilians": the speaker's own people
        told_by = _told_by(named)
        # "the ruling party cracked down on protesters": a state's own people, whoever tells it
        ruled = repressed_by(token, named)
        of_state = _state_it_is_of(token, named_at)  # "the people of Ukraine"
        country = of_state or ruled or located or told_by or home
        sources = (("people_of", of_state), ("people_ruled", ruled), ("people_located", located),
                   ("people_told_by", told_by), ("people_home", home))  # fmt: skip
        features.append(next((name for name, found in sources if found), "people"))
    return Party(own_name(phrase_tokens, token), country, None, "GROUP", token, features)


def _located(token: Token, named_at: NamedAt) -> str | None:
    """The state of the place the sentence names nearest the token, not one a relative clause
    says of someone else ("Police said a network run by Ilan Shor, who lives in Moscow, ...")."""
    places = [i for i in named_at.where if i in named_at.country and not _aside(token.doc[i], token)]
    nearest = min(places, key=lambda i: abs(i - token.i), default=None)
    return named_at.country[nearest] if nearest is not None else None


def _aside(place: Token, token: Token) -> bool:
    """Whether a place is named in a relative clause or a participle's phrase that tells of
    another than the token."""
    node = place
    for _ in range(12):
        if node.dep_ in {"relcl", "acl"} and not node.left_edge.i <= token.i <= node.right_edge.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _told_by(named: list[Party]) -> str | None:
    """The state of the sentence's speaker."""
    return next((p.country for p in named if "speaker" in p.features and p.country), None)


# noun lists of data/events/party_nouns.yaml (where each is described)
_NOUNS = party_noun_lists.load()
OTHERS = _NOUNS.allies_and_enemies  # "our allies" are not us
OF_THE_PLACE = PEOPLE_NOUNS | LEGISLATOR_NOUNS  # people and lawmakers: of where they are named
DOMESTIC = _NOUNS.domestic_organs  # organs of a state named by no state: "prosecutors charged him"
RULING = _NOUNS.ruling_bodies  # so too where they head their phrase
RULING_WORDS = _NOUNS.ruling_words  # "interim", "transitional": still named as such


def _serves_at_home(token: Token) -> bool:
    """The police, security and government forces ("security forces killed six of the attackers"), the army,
    government or junta named as such ("The army imposed a curfew", not "junta supporters" nor
    "Western governments")."""
    lemma = token.lemma_.lower()
    if lemma in RULING:  # (one, named as such: not "Western governments")
        described = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}} - RULING_WORDS
        # (or the one holding a site named after it: "attacked an army base")
        holds_a_site = token.dep_ == "compound" and token.head.lemma_.lower() in SITE_NOUNS
        # (or whose arms or deeds it names: "army fighter jets struck", "army air strikes")
        named = token
        while named.dep_ == "compound" and named.head.i != named.i:
            named = named.head  # ("army fighter jets": the jets)
        arms = token.dep_ == "compound" and named.lemma_.lower() in ARMED_HEADS
        return (token.dep_ != "compound" or holds_a_site or arms) and token.tag_ == "NN" and not described
    home_forces = lemma == "force" and any(c.lower_ in HOME_FORCES for c in token.children)
    return lemma in DOMESTIC or home_forces or air_defences_as_a_party(token)


ARMED_HEADS = _NOUNS.arms_and_strikes  # "army fighter jets struck", "army air strikes"
HOME_FORCES = _NOUNS.home_force_words  # "security forces", "government forces"


# nouns for a state's own organs: "the regime in Iran", "the government of Iraq", "authorities in
# Tehran" (not forces or fighters, who are often abroad: "forces in Syria")
STATE_ORGANS = _NOUNS.state_organs


@dataclass(frozen=True)
class NamedAt:
    """The country of each token that heads a mention in the sentence, which of them name a
    state (or a place of one) rather than a body or a person, and which name a place as such
    ("in Lebanon")."""

    country: dict[int, str]
    states: set[int]
    where: set[int] = field(default_factory=set)


# who is of the state where they are based (GUIDE: a designated firm's country is where it is based)
BUSINESSES = _NOUNS.businesses
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
MEMBERS = _NOUNS.members


def _body_it_is_of(token: Token, named_at: NamedAt) -> str | None:
    """The country of the named body (or state) a member is "of"."""
    return _named_under(token, {"of"}, named_at.country, named_at)


def _bodies_of(token: Token, named: list[Party]) -> list[Party]:
    """The named parties a noun's "of" phrase gives ("members of the PDF": the PDF)."""
    heads = {o.i for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"}
    return [p for p in named if p.head is not None and p.head.i in heads]


SHIPS = _NOUNS.ships  # of the state whose flag the phrase names: "a Norwegian-flagged tanker"
POSSESSIVE_PRONOUNS = {"his": True, "her": True, "its": False, "their": None}  # whether of a person


def _possessor_country(token: Token, named: list[Party], earlier: tuple[Party, ...]) -> str | None:
    """ "urging his administration", "Iran said its military ...": a group owned by a pronoun is
    of the state of the party the pronoun points back to, the nearest named before it in the
    sentence (a person for "his" and "her", not for "its"); a person's, failing that, the last
    person the sentences before named ("Sharif called ... His government summoned ...")."""
    owners = [c.lower_ for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS]
    if not owners:
        return _the_states(token, named, earlier)
    person = POSSESSIVE_PRONOUNS[owners[0]]
    before = [p for p in named if p.head is not None and p.head.i < token.i and p.label != "GROUP"]
    bound = _clause_subject(token, before) if person is not True else None
    if bound is not None:
        return bound.country  # "the ministry said it had dispatched its own forces": the ministry's
    for party in reversed(before):
        if person is None or (party.label == "PERSON") == person:
            return party.country
    if person:
        return next((p.country for p in earlier if p.label == "PERSON"), None)
    return None


STATE_WORDS = frozenset({"country", "kingdom", "republic", "nation", "emirate"})


def _the_states(token: Token, named: list[Party], earlier: tuple[Party, ...]) -> str | None:
    """ "The kingdom's public prosecutor", "the country's military": a group owned by "the
    country" is of the state named last, in the sentence or the ones before."""
    owned = any(
        c.dep_ == "poss" and c.lemma_.lower() in STATE_WORDS and any(d.lower_ == "the" for d in c.children)
        for c in token.children
    )
    if not owned:
        return None
    states = [p for p in named if p.head is not None and p.head.i < token.i and p.label == "GPE"]
    return next((p.country for p in [*reversed(states), *earlier] if p.label == "GPE" and p.country), None)


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
