"""Mentions → the document's entities: one per real-world thing, with its country and office.

Resolution inside a document: knowledge-base names share their entry; a person's surname or a
shorter form of the name joins the fullest name the document used; an acronym joins the
organisation whose initials it spells; a capital named as a place is the city, named as an actor
it is its government. A person's office and country come from the words before the name
("Iranian Defense Minister Brigadier General ...") or from the knowledge base.
"""

from __future__ import annotations

import re
from itertools import pairwise

from watchfloor.kb import KnowledgeBase
from watchfloor.kb.normalize import fold
from watchfloor.kb.records import KbEntity, Organization, Person, State
from watchfloor.nlp.acronyms import Acronyms, share_a_word
from watchfloor.nlp.body_names import GOVERNMENT_BODY, INTERNATIONAL_BODY
from watchfloor.nlp.name_context import NameContext
from watchfloor.nlp.named_earlier import (
    GENERIC_BODIES,
    forms_of_one_name,
    kb_record,
    known_by_short_name,
    named_before,
    person_by_surname,
    state_named_last,
)
from watchfloor.nlp.non_entities import is_non_entity
from watchfloor.nlp.types import OFFICE_KEY, Entity, Mention
from watchfloor.nlp.vessels import ship_name

_POSSESSIVE = re.compile(r"[’']s?$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")  # "the Eastern Theater Command of the People's Liberation Army"

# states whose people are named again by the first word of their names: the family name first
# ("Mao Ning", "Kim Yo Jong", "Lai Ching-te"), or a given name before the father's ("Abiy Ahmed",
# "Isaias Afwerki")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "ETH", "ERI"})


class EntityResolver:
    """Collects a document's mentions and merges them into entities."""

    def __init__(self, kb: KnowledgeBase, text: str, on: str | None = None) -> None:
        self.kb = kb
        self.text = text
        self.on = on  # the date the document speaks from: the offices people held then
        self.entities: dict[str, Entity] = {}
        self._surnames: dict[str, str] = {}  # folded surname or short form -> person key
        self._acronyms = Acronyms(text)
        self._ships: dict[str, str] = {}  # folded name without prefix ("mason") -> vessel key
        self._offices_of_no_state: set[str] = set()  # people named with an office and no state
        self._international_officials: set[str] = set()  # described as officials of a body of states
        self.context = NameContext(kb, text)

    # --- resolution -------------------------------------------------------------------------------
    def know_full_names(self, mentions: list[Mention]) -> None:
        """Register the people the document names in full (or the knowledge base knows) before
        any is resolved, so that a surname met first ("Austin meets ..." in a headline above
        "Lloyd J. Austin III") joins the full name rather than starting an entity of its own."""
        for mention in mentions:
            if mention.label == "VESSEL" and mention.via != "ship_name":
                self.resolve(mention)  # so is a ship, for "the Mason" before "USS Mason" (a headline)
            if mention.label != "PERSON" or mention.via == "title":
                continue
            if mention.kb_key or len(mention.text.split()) > 1:
                self.resolve(mention)

    def resolve(self, mention: Mention) -> Entity | None:
        """The entity `mention` names (created on first sight); sets `mention.entity`."""
        entity = self._resolve(mention)
        if entity is not None:
            mention.entity = entity.key
            if mention.text not in entity.mentions:
                entity.mentions.append(mention.text)
        return entity

    def _resolve(self, mention: Mention) -> Entity | None:
        defined = self._spelt_out(mention)
        if defined is not None:
            return defined  # "the Arakan Army (AA) ... the AA": not the knowledge base's AA
        if mention.kb_key:
            record = kb_record(self.kb, mention.kb_key)
            if record is not None:
                if isinstance(record, State) and mention.via == "metonym" and mention.locative:
                    return self._plain(mention, "GPE", record.iso3)
                return self._from_kb(record, mention)
        if mention.via == "title":
            return self._office_holder(mention)
        if mention.via == "forces":
            return self._forces(mention)
        ship_key = self._ships.get(fold(_THE.sub("", mention.text)))
        if ship_key is not None:  # "the Mason shot down a drone", "the Tutor": that ship
            ship = self.entities[ship_key]
            if ship.country is None and mention.label == "VESSEL" and mention.country:
                ship.country = mention.country  # (its flag given only after a headline named it)
            return ship
        if mention.via == "ship_name":
            return None  # (a ship's name seen alone before the ship itself: nobody yet)
        if mention.label == "VESSEL":
            kind = "WEAPON" if mention.via == "warship" else "FAC"
            ship = self._plain(mention, kind, mention.country)
            if ship.country is None and mention.country:
                ship.country = mention.country  # a headline's ship, its flag given in the text below
            self._ships.setdefault(fold(ship_name(mention.text)), ship.key)
            return ship
        if is_non_entity(mention.text, mention.label) or self.context.title_alone(mention):
            return None
        if mention.label == "PERSON" and any(ch.isdigit() for ch in mention.text):
            return None  # "Agenda Item 7": no one's name has a number in it
        if mention.label == "PERSON":
            return self._person(mention)
        if mention.label == "ORG" and fold(_POSSESSIVE.sub("", mention.text)) in GENERIC_BODIES:
            generic = _POSSESSIVE.sub("", mention.text)
            return named_before(self.entities, generic) or self._organisation(mention)
        if mention.label == "ORG":
            return (
                known_by_short_name(self.kb, self.entities, mention.text)
                or self._body_of_a_state_named(mention)
                or person_by_surname(self.entities, self._surnames, mention.text)
                or self._organisation(mention)
            )
        if mention.label in {"GPE", "LOC", "FAC"}:
            return self._plain(mention, mention.label, None)
        return None

    def _of_many_states(self, org: str | None) -> bool:
        """Whether the knowledge base's organisation is of no one state (the UN, NATO)."""
        record = self.kb.entity("organization", org) if org else None
        return isinstance(record, Organization) and record.country is None

    def _forces(self, mention: Mention) -> Entity:
        """One entity for a state's armed forces however the document words them ("U.S.
        forces", "the U.S. military", "American troops"), named as first written."""
        key = f"forces:{mention.country}"
        if key not in self.entities:
            self.entities[key] = Entity(key=key, name=mention.text, type="ORG", country=mention.country)
        return self.entities[key]

    def _from_kb(self, record: KbEntity, mention: Mention) -> Entity:
        key = f"{record.category}:{record.id}"
        entity = self.entities.get(key)
        if entity is None:
            country = record.iso3 if isinstance(record, State) else record.country
            held = record.office_on(self.on) if isinstance(record, Person) and self.on else None
            if held is not None and held.country:
                country = held.country  # ("Prime Minister Rutte" in 2023: the Netherlands')
            elif held is not None and self._of_many_states(held.org):
                country = None  # (Stoltenberg in 2022 speaks for NATO, not for Norway)
            entity = Entity(key=key, name=record.name, type=record.type, country=country, kb_key=key)
            self.entities[key] = entity
            if isinstance(record, Person):
                for form in (record.name, *record.aliases):
                    self._surnames.setdefault(fold(form.split()[-1]), key)
                    if country in FAMILY_NAME_FIRST:  # "Mao Ning ... Mao said"
                        self._surnames.setdefault(fold(form.split()[0]), key)
        if entity.type == "PERSON" and entity.title is None:
            entity.title, country = self.context.title_before(mention.start)
            entity.country = entity.country or country or self._nationality(mention)
        if entity.type == "ORG":  # "Harakat al-Nujaba (HAN)": the acronym names it from here on
            self._acronyms.register(key, mention.end)
        return entity

    def _person(self, mention: Mention) -> Entity:
        words = mention.text.split()
        if len(words) == 1 and fold(mention.text) not in self._surnames:
            record = self.context.office_holder_named(mention)
            if record is not None:
                return self._from_kb(record, mention)
        surname = fold(words[-1])
        key = self._surnames.get(fold(mention.text)) or self._surnames.get(surname)
        if key is None or (len(words) > 1 and not forms_of_one_name(self.entities[key].name, mention.text)):
            key = f"person:{fold(mention.text)}"
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, name=mention.text, type="PERSON")
            self.entities[key] = entity
        elif len(words) > len(entity.name.split()) and entity.kb_key is None:
            entity.name = mention.text  # the fullest form the document uses
        self._surnames.setdefault(surname, key)
        self._surnames.setdefault(fold(mention.text), key)
        if entity.title is None:
            entity.title, country = self.context.title_before(mention.start)
            entity.country = entity.country or country
            if entity.title and country is None and self.context.office_of_no_state(mention.start):
                self._offices_of_no_state.add(key)
        if self.context.speaks_for_many_states(mention.start, mention.end):
            self._international_officials.add(key)  # ("The UN envoy for Yemen, Hans Grundberg,")
        entity.country = entity.country or self._nationality(mention)
        if entity.country in FAMILY_NAME_FIRST and len(words) > 1:
            self._surnames.setdefault(fold(words[0]), key)  # "President Moon Jae-in ... Moon said"
        return entity

    def _nationality(self, mention: Mention) -> str | None:
        context = self.context
        return (
            context.nationality_after(mention.end)
            or context.office_after(mention.end)
            or context.nationality_before(mention.start)
        )

    def _office_holder(self, mention: Mention) -> Entity:
        """The person the document named with this office (and nationality), else a person known
        only by the office: "the Iranian industry minister"."""
        office, country = self.context.parse_titles(mention.text.split()) or (None, None)
        wanted = self.kb.title(office) if office else None
        for entity in self.entities.values():
            if entity.type != "PERSON" or entity.title is None or wanted is None:
                continue
            same_office = self.kb.title(entity.title) == wanted
            if same_office and (country is None or entity.country in {None, country}):
                return entity
        key = f"{OFFICE_KEY}{country}:{fold(office or mention.text)}"
        if key not in self.entities:
            self.entities[key] = Entity(
                key=key, name=mention.text, type="PERSON", country=country, title=office
            )
        return self.entities[key]

    def _organisation(self, mention: Mention) -> Entity:
        text = mention.text
        key = self._acronyms.of_bodies.get(text) if text.isupper() else None
        key = key or f"org:{fold(text)}"
        entity = self.entities.get(key)
        if entity is None:
            first = _POSSESSIVE.sub("", text.split()[0]) if text.split() else ""
            country = self.kb.demonym(first) or self.kb.state_named(first) if len(text.split()) > 1 else None
            entity = Entity(key=key, name=text, type="ORG", country=country)  # "U.S. Naval Forces ..."
            self.entities[key] = entity
            self._acronyms.register(key, mention.end, text)
        return entity

    def _body_of_a_state_named(self, mention: Mention) -> Entity | None:
        """ "The United States determined ... The Treasury also sanctioned ...": a short name the
        knowledge base gives bodies of several states is the body of the state the document
        named last among theirs, else the international body that shares it."""
        candidates = {
            m.entity.country: m.entity for m in self.kb.matches(mention.text) if m.via == "ambiguous_alias"
        }
        latest = state_named_last(self.kb, self.text, mention.start, [c for c in candidates if c])
        if latest is not None:  # ("Misri accused Pakistan ..., a charge the Foreign Office rejected")
            return self._from_kb(candidates[latest], mention)
        for entity in reversed(list(self.entities.values())):
            record = candidates.get(entity.country) if entity.country else None
            if record is not None:
                return self._from_kb(record, mention)
        # where no state of theirs is named, the one body of no state ("the Security Council" in
        # a story on Congo is the UN's, not Russia's)
        return self._from_kb(candidates[None], mention) if None in candidates else None

    def _spelt_out(self, mention: Mention) -> Entity | None:
        """The organisation the text spelt the mention out for as an acronym ("the Arakan Army
        (AA) ... the AA"), not the knowledge base's body of it (the Anadolu Agency)."""
        key = self._acronyms.spelt_out.get(mention.text) if mention.text.isupper() else None
        entity = self.entities.get(key) if key else None
        if entity is None or not mention.kb_key or entity.kb_key == mention.kb_key:
            return entity
        known = kb_record(self.kb, mention.kb_key)
        return None if known is not None and share_a_word(known, entity.name) else entity

    def _plain(self, mention: Mention, kind: str, country: str | None) -> Entity:
        key = f"{kind.lower()}:{fold(mention.text.split(',')[0])}"  # "Washington, D.C." is Washington
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, name=mention.text, type=kind, country=country)
            self.entities[key] = entity
        if entity.name.isupper() and not mention.text.isupper():
            entity.name = mention.text  # "WASHINGTON —" in a dateline, "Washington" in the prose
        return entity

    def place_bodies_of_bodies(self, mentions: list[Mention]) -> None:
        """A body named as part of another is of the other's state: "the Eastern Theater Command
        of the People's Liberation Army" is China's, "the University of Tehran" Iran's."""
        for part, whole in pairwise(sorted(mentions, key=lambda m: m.start)):
            joined = _OF.fullmatch(self.text[part.end : whole.start])
            if part.entity is None or whole.entity is None or joined is None:
                continue
            body, owner = self.entities[part.entity], self.entities[whole.entity]
            if body.type == "ORG" and body.country is None and body.kb_key is None and owner.country:
                body.country = owner.country

    def place_office_holders(self, iso3: str) -> None:
        """A person the document names with a state's office and no state, and says nothing else
        of ("to remove President Pedro Castillo"), holds it in the state the story is about."""
        for key in self._offices_of_no_state:
            entity = self.entities[key]
            if entity.country is None and entity.kb_key is None:
                entity.country = iso3

    def place_people(self, iso3: str, in_body: set[str]) -> None:
        """A person named in full in the body (`in_body`: keys), whose state nothing tells ("Nika
        Gvaramia was detained"), is one of the state the story is about; not one named with an
        office ("Director General John Smith"), whose body may be of no state, nor a headline's
        capitalised words the NER took for a name, nor one described as an official of a body of
        many states ("the UN envoy for Yemen, Hans Grundberg")."""
        for key in in_body - self._international_officials:
            entity = self.entities[key]
            if entity.type != "PERSON" or entity.country is not None or entity.kb_key is not None:
                continue
            if len(entity.name.split()) > 1 and entity.title is None and not self.kb.matches(entity.name):
                entity.country = iso3

    def place_bodies(self, iso3: str, in_body: set[str]) -> None:
        """A body the knowledge base does not know, named in the body with no state ("the
        opposition Democratic Centre party", "the Arewa Consultative Forum"), is of the state the
        story is about; not one whose name says it is international ("Global Coalition ...")."""
        for key in in_body:
            entity = self.entities[key]
            if entity.type != "ORG" or entity.country is not None or entity.kb_key is not None:
                continue
            if not INTERNATIONAL_BODY.search(entity.name) and not self.kb.matches(entity.name):
                entity.country = iso3

    def assign_home_country(self, iso3: str) -> None:
        """A government body named without its state ("the Foreign Affairs Ministry") belongs to
        the state the document is chiefly about."""
        for entity in self.entities.values():
            unplaced = entity.type == "ORG" and entity.country is None and entity.kb_key is None
            if unplaced and GOVERNMENT_BODY.search(entity.name):
                entity.country = iso3
