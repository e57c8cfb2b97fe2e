"""Mentions of one parsed paragraph: knowledge-base spans first, then the statistical NER's.

Offsets are made absolute (into the stored text). A mention governed by a locative preposition
("in Tehran", "to Damascus") is flagged, because a capital there is the city, not the government.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from watchfloor.kb import KnowledgeBase
from watchfloor.kb.normalize import fold
from watchfloor.nlp.argument_reader import stamp_break
from watchfloor.nlp.arguments import STANCES
from watchfloor.nlp.datelines import DISTRICT, dateline_end
from watchfloor.nlp.datelines import REACH as DATELINE_REACH
from watchfloor.nlp.forces_and_offices import office_holders, state_forces
from watchfloor.nlp.kb_mentions import POSSESSIVE_MARKS, SPAN_KEY
from watchfloor.nlp.name_context import PORTFOLIOS
from watchfloor.nlp.outlets import named_as_outlet
from watchfloor.nlp.place_positions import (
    MISREAD,
    PLACE_NOUNS,
    SITE_NOUNS,
    compounded_noun,
    force_falls_on,
    listed_names,
    names_a_forum,
    names_a_province,
    names_the_attack_site,
    unmarked_places,
)
from watchfloor.nlp.places import states_sharing
from watchfloor.nlp.types import Mention
from watchfloor.nlp.vessels import find_vessels

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
LOCATIVE = frozenset(
    {"in", "at", "near", "to", "from", "into", "across", "outside", "inside", "around", "throughout",
     "via", "through", "toward", "towards", "within", "between", "over", "off", "of"}
)  # fmt: skip


# prepositions after which a name is where something happens ("in Sanaa", "at Erbil"), unlike "to"
# or "from" ("spoke to Kennedy"): the NER's body or person there may be a city, as may its facility
# anywhere ("shelled Kharkiv"); the gazetteer decides
PLACE_ONLY = frozenset({"in", "at", "near", "outside", "around", "into", "dateline", "of"})
# bearings from a place, which a name after "of" is then near: "waters east of Taiwan"
BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
     "north-west", "south-east", "south-west"}
)  # fmt: skip


BODY_OR_PERSON = frozenset({"ORG", "PERSON"})  # the NER's readings a town's name may wrongly get
# a site a place's name may modify ("the Ryazan refinery"), and the words of a province's name
DIVISIONS = frozenset({"oblast", "province", "governorate", "region", "krai", "district", "county", "state"})


def may_be_place(span: Span, label: str, preposition: str | None) -> bool:
    """Whether a proper name the NER took for a facility, or for a body or a person standing
    where a place does (after a place preposition, "in Sanaa", "the town of Nikopol", where
    force falls, "shelled Kherson", or naming a site's place, "the Ryazan refinery"), may be a
    place: the gazetteer decides."""
    root = span.root
    site = root.dep_ == "compound" and compounded_noun(root) in SITE_NOUNS  # "the Ryazan refinery"
    where = preposition in PLACE_ONLY or force_falls_on(root) or site
    stands = label == "FAC" or (label in BODY_OR_PERSON and where)
    return stands and all(t.pos_ == "PROPN" for t in span)


def names_placed_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """The names the NER took for a body or a person where the same document names a place by
    them ("RSF takes El Fasher" over "seized El Fasher"; "Ryazan" over "Ryazan Oblast"), now
    marked as maybe that place."""
    places = {fold(m.text) for m in mentions if m.label in {"GPE", "LOC"} and m.kb_key is None}
    places |= {name.rsplit(" ", 1)[0] for name in places if name.rsplit(" ", 1)[-1] in DIVISIONS}
    marked = []
    for mention in mentions:
        if mention.label in BODY_OR_PERSON and mention.kb_key is None and fold(mention.text) in places:
            mention.may_be_place = True
            marked.append(mention)
    return marked


def _where(label: str, preposition: str | None) -> str | None:
    """A place preposition that makes a name a place: never a known person's ("apologised to
    Ilham Aliyev")."""
    return None if label == "PERSON" else preposition


def _kb_place_preposition(span: Span) -> str | None:
    """`place_preposition`, or "at" for a capital, a town or a site named where an attack fell
    ("the Moscow attack", "the Tower 22 attack") or a pact was made ("the Algiers agreement")."""
    place = span.id_ == "metonym" or (span.label_ in {"GPE", "FAC"} and not span.kb_id_.startswith("state:"))
    named_after = place and (names_the_attack_site(span) or names_a_forum(span))
    return place_preposition(span) or ("at" if named_after else None)


def place_preposition(span: Span) -> str | None:
    """The place preposition when the span names a location as such: the object of one, or a
    place in apposition with one ("in Gomel, Belarus"); None otherwise."""
    if is_dateline(span):
        return "dateline"
    head: Token = span.root
    if span.start > 0 and span.doc[span.start - 1].lower_ == "off":
        return "off"  # "struck by a drone off Oman", however the parse hangs it
    if head.dep_ == "dobj" and head.head.lemma_.lower() in {"visit", "tour"}:
        return "visit"  # "Xi visited Riyadh": the city, though no preposition says so
    if head.dep_ in {"compound", "poss"} and (
        head.head.lemma_.lower() in PLACE_NOUNS or names_a_province(head.head)
    ):
        return "in"  # "a Beirut suburb", "Kyiv's outskirts", "Nigeria's Zamfara state": where
    for _ in range(3):
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE:
            if head.head.lower_ == "of" and head.head.head.lower_ in BEARINGS:
                return "near"  # "missiles fired into waters east of Taiwan": near it
            if head.head.lower_ != "of" or head.head.head.lower_ in PLACE_NOUNS:
                return head.head.lower_
            return None
        if head.dep_ in {"appos", "conj", "compound", "npadvmod"} and head.head.i != head.i:
            head = head.head
            continue
        return None
    return None


def is_dateline(span: Span) -> bool:
    """ "WASHINGTON —", "TAMPA, Fla. -", "BEIRUT (Reuters) -": a place within the dateline that
    opens a paragraph is where the news was filed, the city and not its government."""
    if span.start >= DATELINE_REACH:
        return False
    end = dateline_end(span.doc)  # "TAIPEI/BEIJING, April 2 -": each city of it
    return end is not None and span.end < end


LINKS = frozenset({"of", "for", "on", "al", "el"})  # small words inside a body's name
WATERS = frozenset({"Gulf", "Sea", "Strait", "Straits", "Bay"})


def water_bodies(doc: Doc) -> list[Span]:
    """ "Gulf of Aden", "Strait of Hormuz", "Sea of Azov": a body of water named after a place."""
    found = []
    for token in doc[:-2]:
        if token.text not in WATERS:
            continue
        following = doc[token.i + 2]
        if doc[token.i + 1].lower_ == "of" and following.text[:1].isupper():
            end = token.i + 3
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                end += 1
            found.append(doc[token.i : end])
    return found


def longer_names(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """ "U.S. Naval Forces Central Command": NER names that end in a body the knowledge base
    knows ("Central Command") with more of a name before it are other bodies, named by the whole
    (not "the Treasury Department's Office of ...": two bodies; nor "Project (CTP": an acronym;
    nor "Islamic Jihad and Hamas": a list)."""
    found = []
    for span in doc.spans[SPAN_KEY]:
        if span.label_ != "ORG":
            continue
        for ent in doc.ents:
            if ent.label_ != "ORG" or not (ent.start < span.start and span.end == ent.end):
                continue
            extra = [t for t in doc[ent.start : span.start] if t.lower_ != "the"]
            in_name = all(t.text[:1].isupper() or t.lower_ in LINKS for t in extra)
            if not in_name or any(t.lower_ in POSSESSIVE_MARKS or t.is_punct for t in extra):
                continue
            named = [t for t in extra if t.is_alpha and t.text[:1].isupper()]
            if named and not kb.state_named(named[-1].text) and not kb.demonym(named[-1].text):
                found.append(ent)
    return found


def _with_district(span: Span) -> Span:
    """ "Washington, D.C." as one name (the district is no place of its own)."""
    doc = span.doc
    end = span.end
    if span.text.lower() == "washington" and end + 1 < len(doc) and doc[end].text == ",":
        return doc[span.start : end + 2] if doc[end + 1].lower_ in DISTRICT else span
    return span


def _trimmed(span: Span) -> Span | None:
    """The name without its article, or the "anti-" or "pro-" the NER took in ("anti-American"),
    or a live blog's time stamp before it ("16:00 NPT - Soldiers")."""
    start = max([span.start, *(t.i + 1 for t in span if stamp_break(t))])
    while start < span.end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    if start + 2 < span.end and span.doc[start].lower_ in STANCES and span.doc[start + 1].text == "-":
        start += 2
    end = span.end
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return None
    return span.doc[start:end]


def _a_portfolio(span: Span) -> bool:
    """A minister's portfolio the NER took for a body ("Health and Population" Minister ...)."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    words = {t.lower_ for t in span} - {"and", "&"}
    return following is not None and following.lower_ == "minister" and words <= PORTFOLIOS


def paragraph_mentions(doc: Doc, offset: int, kb: KnowledgeBase) -> list[Mention]:
    """Every mention in `doc`, a paragraph whose first character sits at `offset`."""
    found: list[Mention] = []
    taken: set[int] = set()
    for vessel in find_vessels(doc, kb):  # "USS Carney", "M/V Tutor": ships, whatever the NER says
        taken.update(range(vessel.span.start, vessel.span.end))
        found.append(
            Mention(
                start=offset + vessel.span.start_char, end=offset + vessel.span.end_char,
                text=vessel.span.text, label="VESSEL", via="warship" if vessel.warship else "ship",
                country=vessel.country,
            )
        )  # fmt: skip
    # "Gulf of Aden": a sea, not the city or the state it names; "U.S. Naval Forces Central
    # Command": a body of its own, not the known one its name ends with
    named_whole = [(w, "LOC") for w in water_bodies(doc)] + [(n, "ORG") for n in longer_names(doc, kb)]
    for whole, label in named_whole:
        if not any(i in taken for i in range(whole.start, whole.end)):
            taken.update(range(whole.start, whole.end))
            found.append(Mention(offset + whole.start_char, offset + whole.end_char, whole.text, label))
    for kb_span in doc.spans[SPAN_KEY]:
        if any(i in taken for i in range(kb_span.start, kb_span.end)):
            continue
        named = _with_district(kb_span)
        taken.update(range(named.start, named.end))
        found.append(
            Mention(
                start=offset + named.start_char,
                end=offset + named.end_char,
                text=named.text,
                label=kb_span.label_,
                kb_key=kb_span.kb_id_ or None,
                via=kb_span.id_ or None,
                locative=(preposition := _where(kb_span.label_, _kb_place_preposition(kb_span))) is not None,
                preposition=preposition,
            )
        )
    for ent in (part for whole in doc.ents for part in listed_names(whole)):
        if ent.label_ not in NER_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        span = _trimmed(ent)
        if span is None or not any(ch.isupper() for ch in span.text) or _a_portfolio(span):
            continue
        outlet = ent.label_ in {"GPE", "LOC", "ORG"} and named_as_outlet(span)  # ("news agency Mizan")
        label = "ORG" if outlet else ent.label_
        kb_key = None
        preposition = place_preposition(span)  # (the model's "person" may be a place it misread)
        named_after = names_the_attack_site(span) or names_a_forum(span)
        if preposition is None and label in {"GPE", "FAC"} and named_after:
            preposition = "at"  # "the Tower 22 attack", "the Hague tribunal": where, not who
        if label == "NORP":
            iso3 = kb.demonym(span.text)
            if iso3 is None and not states_sharing(kb, span.text):
                continue
            kb_key = f"state:{iso3}" if iso3 else None  # ("Congolese": of the state the story tells)
        found.append(
            Mention(
                start=offset + span.start_char,
                end=offset + span.end_char,
                text=span.text,
                label=label,
                kb_key=kb_key,
                via="demonym" if kb_key else "outlet" if outlet else None,
                locative=preposition is not None,
                preposition=preposition,
                may_be_place=may_be_place(span, label, preposition),
            )
        )
    # (a "NORP" that is no demonym, "Belgorod region", is no reading the NER got right either)
    misread = [
        e for e in doc.ents
        if e.label_ in MISREAD
        or (e.label_ == "NORP" and not kb.demonym(e.text) and not states_sharing(kb, e.text))
        or _misread_language(e)
    ]  # fmt: skip
    marked = {i for e in doc.ents if e not in misread for i in range(e.start, e.end)}
    found.extend(unmarked_places(doc, offset, taken | marked))
    found.extend(office_holders(doc, offset, kb, taken))
    found.extend(state_forces(doc, offset, kb, taken))
    found.sort(key=lambda m: m.start)
    return found


def _misread_language(ent: Span) -> bool:
    """A town the NER took for a language ("an apartment block in Odesa", "shelled Odesa"): where
    force falls, or in a place phrase of a thing rather than of a verb ("said in Persian")."""
    if ent.label_ != "LANGUAGE" or not all(t.pos_ == "PROPN" for t in ent):
        return False
    root = ent.root
    of_a_thing = root.dep_ == "pobj" and root.head.lower_ in PLACE_ONLY and root.head.head.pos_ == "NOUN"
    return of_a_thing or force_falls_on(root)
