"""Names that stand where a place does though the NER did not take them for one: "shelled
Kharkiv", "an attack on Kursk", "in Kharkiv, Odesa and Zaporizhzhia", "in Russia's Belgorod
region". The statistical NER misses many towns of a war's front or reads them as a person, a
body or a product; a name in such a position is a candidate the gazetteer must confirm, never a
place on its word alone.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from watchfloor.nlp.arguments import first_conjunct
from watchfloor.nlp.datelines import dateline_end
from watchfloor.nlp.triggers import load_lexicon
from watchfloor.nlp.types import Mention

# prepositions whose noun is where a place stands ("in Sanaa", "near Hodeidah")
WHERE = frozenset({"in", "near", "at", "to", "from", "outside", "around"})
# prepositions whose noun is where force falls when they hang from a word of force ("strikes on
# Sumy", "drones over Kyiv")
FALLS_ON = frozenset({"on", "over", "across", "against", "at"})
PLACE_NOUNS = frozenset(
    {"city", "province", "region", "outskirts", "town", "village", "suburb", "neighborhood", "neighbourhood",
     "district", "countryside", "downtown", "centre", "center", "border", "frontier", "coast", "coastline",
     "airspace", "waters", "port", "harbor", "harbour", "capital", "enclave", "island"}
)  # fmt: skip


def names_a_places_state(demonym: Token) -> bool:
    """Whether a demonym describes a place ("the Ukrainian town of Bucha", "Polish airspace")."""
    return demonym.dep_ == "amod" and demonym.head.lemma_.lower() in PLACE_NOUNS


def names_a_province(token: Token) -> bool:
    """ "Zamfara state", "Rakhine State": a state's province by its name, a place, no party."""
    return token.lemma_.lower() == "state" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
    )


# sites named after the place they are in ("the Ryazan refinery", "the Kramatorsk train station")
SITE_NOUNS = frozenset(
    {"refinery", "plant", "airport", "airfield", "port", "base", "depot", "station", "factory",
     "terminal", "bridge", "dam", "harbour", "harbor", "shipyard", "substation", "hospital", "market",
     "prison", "building", "headquarters", "compound", "residence"}
)  # fmt: skip


def compounded_noun(token: Token) -> str:
    """The lemma of the noun a compound's chain modifies ("the Mykolaiv government building":
    "building")."""
    named = token.head
    while named.dep_ == "compound" and named.head.i != named.i:
        named = named.head
    return named.lemma_.lower()


POSITIONS = frozenset({"pobj", "dobj", "conj", "compound"})  # where a name may stand for a place
# the NER's readings a town's name is often given that stand for no party of their own
MISREAD = frozenset({"PRODUCT", "WORK_OF_ART"})


@lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """The trigger lexicon's verbs and nouns of attack."""
    lexicon = load_lexicon()
    tables = (lexicon.verbs, lexicon.nouns)
    return frozenset(
        word
        for table in tables
        for word, readings in table.items()
        if any(r.type == "ASSAULT" for r in readings)
    )


def force_falls_on(token: Token) -> bool:
    """Whether the token is where force falls: the object of a verb of attack ("shelled
    Kharkiv"), the noun of an attack's "on" or "over" ("an attack on Kursk"), or listed with
    such a noun ("hit Kharkiv and Sumy")."""
    token = first_conjunct(token)
    governor = token.head
    force = _force_words()
    if token.dep_ == "dobj":
        return governor.pos_ == "VERB" and governor.lemma_.lower() in force
    if token.dep_ == "pobj" and governor.lower_ in FALLS_ON:
        return governor.head.lemma_.lower() in force
    return False


def names_the_attack_site(span: Span) -> bool:
    """Whether a place's name modifies a noun of attack ("the Moscow concert hall attack", "a
    Kyiv strike", "the Tower 22 attack"): where force fell, not the government that used it."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]  # ("Tower" and "22" of one)
    return any(
        t.dep_ in {"compound", "nmod", "nummod"}
        and t.head.pos_ == "NOUN"
        and t.head.lemma_.lower() in _force_words()
        for t in outside
    )


# nouns of pacts and of meetings named after the city where they were made or held ("the 2000
# Algiers peace agreement", "the Geneva talks", "the Hague tribunal", "the Minsk accords")
FORUM_NOUNS = frozenset(
    {"agreement", "accord", "deal", "treaty", "pact", "declaration", "protocol", "communique",
     "memorandum", "talks", "summit", "conference", "process", "format", "tribunal", "court",
     "ruling", "negotiation", "meeting", "convention", "charter", "framework"}
)  # fmt: skip


def names_a_forum(span: Span) -> bool:
    """Whether a city's name modifies a noun of a pact or a meeting ("the Algiers agreement", "the
    Hague tribunal's ruling"): where it was made, not the government that made it."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    return any(
        t.dep_ in {"compound", "nmod"}
        and t.head.pos_ in {"NOUN", "PROPN"}
        and t.head.lemma_.lower() in FORUM_NOUNS
        for t in outside
    )


def listed_names(span: Span) -> list[Span]:
    """A body or person the NER made of a list of names ("Kharkiv, Odesa"): each name on its
    own; any other span as it is."""
    if span.label_ not in {"ORG", "PERSON"} or not any(t.text == "," for t in span):
        return [span]
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            parts.append(span.doc[start : token.i])
            start = token.i + 1
    parts.append(span.doc[start : span.end])
    if not all(len(p) and all(t.pos_ == "PROPN" for t in p) for p in parts):
        return [span]
    return [Span(span.doc, p.start, p.end, label=span.label_) for p in parts]


def unmarked_places(doc: Doc, offset: int, taken: set[int]) -> list[Mention]:
    """Proper nouns where a place stands ("near Hodeidah", "shelled Kharkiv"), and a dateline's
    other cities ("WASHINGTON/SANAA, Jan 12 -"), that neither the knowledge base nor the NER
    marked as a name of its kinds: candidates the gazetteer must confirm."""
    out = []
    end = dateline_end(doc) or 0
    for token in doc[1:end]:  # (the first city is the NER's; "Fla." is no city)
        joined = doc[token.i - 1].text in {"/", "&"}
        if joined and token.i not in taken and token.is_alpha and len(token) >= 3 and token.text[0].isupper():
            out.append(
                Mention(
                    start=offset + token.idx, end=offset + token.idx + len(token), text=token.text,
                    label="GPE", locative=True, preposition="dateline", guessed=True,
                )
            )  # fmt: skip
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or token.dep_ not in POSITIONS:
            continue
        where = token.head.lower_ if token.dep_ == "pobj" and token.head.lower_ in WHERE else None
        coordinated = token.i > 0 and doc[token.i - 1].dep_ == "cc"  # "Sistan and Baluchistan province"
        if (
            token.dep_ == "compound"
            and compounded_noun(token) in PLACE_NOUNS | SITE_NOUNS
            and not coordinated
        ):
            where = "in"  # "in Russia's Belgorod region", "the Kherson region", "the Kramatorsk station"
        if where is None and force_falls_on(token):
            where = token.head.lower_ if token.dep_ == "pobj" else "object"
        if where is None:
            continue
        span = doc[token.left_edge.i : token.i + 1]
        if any(i in taken for i in range(span.start, span.end)) or not all(t.pos_ == "PROPN" for t in span):
            continue
        out.append(
            Mention(
                start=offset + span.start_char, end=offset + span.end_char, text=span.text, label="GPE",
                locative=True, preposition=where, guessed=True,
            )
        )  # fmt: skip
    return out
