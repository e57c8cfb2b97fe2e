"""Mentions → the document's entities: one per real-world thing, with its country and office.

Resolution inside a document: knowledge-base names share their entry; a person's surname or a
shorter form of the name joins the fullest name the document used; an acronym joins the
organisation whose initials it spells; a capital named as a place is the city, named as an actor
it is its government. A person's office and country come from the words before the name
("Iranian Defense Minister Brigadier General ...") or from the knowledge base.
"""

from __future__ import annotations

import re

from watchfloor.kb import KnowledgeBase
from watchfloor.kb.normalize import fold
from watchfloor.kb.records import KbEntity, Person, State
from watchfloor.nlp.non_entities import is_non_entity
from watchfloor.nlp.types import OFFICE_KEY, Entity, Mention

_SMALL_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "at", "to", "de", "al"})
_WORD = re.compile(r"[\w’'\-.]+")
_LOOKBACK = 90
_POSSESSIVE = re.compile(r"[’']s?$")
# ", a 22-year-old Iranian woman", ", an Iranian-American journalist": up to five words, then a noun
_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){1,5}?)(?:woman|man|citizen|national|journalist|activist|"
    r"student|dissident|girl|boy|rapper|singer|athlete|lawyer|researcher|businessman|businesswoman|"
    r"official|diplomat|cleric|commander|general)\b"
)
# "Sen. Jacky Rosen (D-Nev.)", "Rep. Josh Gottheimer (NJ-5)": a member of the US Congress by party and state
_US_LEGISLATOR = re.compile(
    r"\s*\((?:(?:R|D|I)\s?-\s?[A-Z][A-Za-z.]{1,5}(?:\s?[A-Z][A-Za-z.]{0,5})?(?:-\d{1,2})?|[A-Z]{2}-\d{1,2})\)"
)
# the generic word of a body's name, which alone points back to the body named before
GENERIC_BODIES = frozenset(
    {"agency", "board", "council", "secretariat", "committee", "commission", "ministry", "department",
     "office", "court", "parliament", "assembly", "fleet", "command", "administration", "government",
     "cabinet", "coalition", "alliance", "mission", "embassy", "bureau", "directorate", "authority",
     "corps", "organization", "organisation", "bank"}
)  # fmt: skip
GOVERNMENT_BODY = re.compile(
    r"\b(?:Ministry|Council|Parliament|Majlis|Cabinet|Presidency|Armed Forces|General Staff|Army|Navy|"
    r"Air Force|Police|Judiciary|Central Bank|Statistical Center|Statistics Center)\b"
)  # characters before a name searched for its title


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS and w[0].isalpha()).upper()


class EntityResolver:
    """Collects a document's mentions and merges them into entities."""

    def __init__(self, kb: KnowledgeBase, text: str) -> None:
        self.kb = kb
        self.text = text
        self.entities: dict[str, Entity] = {}
        self._surnames: dict[str, str] = {}  # folded surname or short form -> person key
        self._acronyms: dict[str, str] = {}  # acronym -> organisation key

    # --- resolution -------------------------------------------------------------------------------
    def know_full_names(self, mentions: list[Mention]) -> None:
        """Register the people the document names in full (or the knowledge base knows) before
        any is resolved, so that a surname met first ("Austin meets ..." in a headline above
        "Lloyd J. Austin III") joins the full name rather than starting an entity of its own."""
        for mention in mentions:
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
        if mention.kb_key:
            record = self._kb_record(mention.kb_key)
            if record is not None:
                if isinstance(record, State) and mention.via == "metonym" and mention.locative:
                    return self._plain(mention, "GPE", record.iso3)
                return self._from_kb(record, mention)
        if mention.via == "title":
            return self._office_holder(mention)
        if mention.via == "forces":
            return self._forces(mention)
        if mention.label == "VESSEL":
            kind = "WEAPON" if mention.via == "warship" else "FAC"
            return self._plain(mention, kind, mention.country)
        if is_non_entity(mention.text, mention.label) or self._title_alone(mention):
            return None
        if mention.label == "PERSON" and any(ch.isdigit() for ch in mention.text):
            return None  # "Agenda Item 7": no one's name has a number in it
        if mention.label == "PERSON":
            return self._person(mention)
        if mention.label == "ORG" and fold(_POSSESSIVE.sub("", mention.text)) in GENERIC_BODIES:
            return self._named_before(_POSSESSIVE.sub("", mention.text)) or self._organisation(mention)
        if mention.label == "ORG":
            return self._organisation(mention)
        if mention.label in {"GPE", "LOC", "FAC"}:
            return self._plain(mention, mention.label, None)
        return None

    def _forces(self, mention: Mention) -> Entity:
        """One entity for a state's armed forces however the document words them ("U.S.
        forces", "the U.S. military", "American troops"), named as first written."""
        key = f"forces:{mention.country}"
        if key not in self.entities:
            self.entities[key] = Entity(key=key, name=mention.text, type="ORG", country=mention.country)
        return self.entities[key]

    def _title_alone(self, mention: Mention) -> bool:
        """A name the NER found that is only an office or a rank: "Director General", "Chair",
        "Air Force Brig" (a name cut short before the person's own)."""
        words = mention.text.split()
        if mention.label == "PERSON" and self._parse_titles(words) is not None:
            return True
        last = self.kb.longest_title(words[-1].rstrip("."))
        if mention.label in {"PERSON", "ORG"} and last is not None and last[0].kind == "rank":
            return True
        return mention.label != "PERSON" and (self._ends_a_title(mention) or self._starts_a_title(mention))

    def _ends_a_title(self, mention: Mention) -> bool:
        """ "Secretary of State", "Secretary of Defense": the last word of an office, not a body."""
        before = _WORD.findall(self.text[max(mention.start - 40, 0) : mention.start])
        for size in range(1, min(len(before), 4) + 1):
            phrase = " ".join([*before[-size:], mention.text])
            found = self.kb.longest_title(phrase)
            if found is not None and len(phrase.split()) == found[1]:
                return True
        return False

    def _starts_a_title(self, mention: Mention) -> bool:
        """ "Defense Secretary", "Foreign Minister": the first word of an office before a name."""
        after = _WORD.findall(self.text[mention.end : mention.end + 30])[:3]
        for size in range(1, len(after) + 1):
            phrase = " ".join([mention.text, *after[:size]])
            found = self.kb.longest_title(phrase)
            if found is not None and len(phrase.split()) == found[1]:
                return True
        return False

    def _kb_record(self, key: str) -> KbEntity | None:
        category, _, ident = key.partition(":")
        return self.kb.entity(category, ident)  # type: ignore[arg-type]

    def _from_kb(self, record: KbEntity, mention: Mention) -> Entity:
        key = f"{record.category}:{record.id}"
        entity = self.entities.get(key)
        if entity is None:
            country = record.iso3 if isinstance(record, State) else record.country
            entity = Entity(key=key, name=record.name, type=record.type, country=country, kb_key=key)
            self.entities[key] = entity
            if isinstance(record, Person):
                for form in (record.name, *record.aliases):
                    self._surnames.setdefault(fold(form.split()[-1]), key)
        if entity.type == "PERSON" and entity.title is None:
            entity.title, country = self.title_before(mention.start)
            entity.country = entity.country or country or self.nationality_after(mention.end)
        if entity.type == "ORG":  # "Harakat al-Nujaba (HAN)": the acronym names it from here on
            acronym = self._acronym_after(mention.end)
            if acronym:
                self._acronyms.setdefault(acronym, key)
        return entity

    def _person(self, mention: Mention) -> Entity:
        words = mention.text.split()
        if len(words) == 1 and fold(mention.text) not in self._surnames:
            record = self._office_holder_named(mention)
            if record is not None:
                return self._from_kb(record, mention)
        surname = fold(words[-1])
        key = self._surnames.get(fold(mention.text)) or self._surnames.get(surname)
        if key is None or (len(words) > 1 and not self._compatible(self.entities[key].name, mention.text)):
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
            entity.title, country = self.title_before(mention.start)
            entity.country = entity.country or country
        entity.country = entity.country or self.nationality_after(mention.end)
        return entity

    def _office_holder_named(self, mention: Mention) -> Person | None:
        """ "Secretary Austin": a surname the knowledge base shares out (a city's name, another
        person's) names the one person it lists whose office the capitalised words before it
        name or begin ("Defense Secretary", "Secretary")."""
        before = _WORD.findall(self.text[max(mention.start - 40, 0) : mention.start])[-3:]
        phrases = [" ".join(before[i:]) for i in range(len(before)) if before[i][:1].isupper()]
        phrases = [phrase for phrase in phrases if len(phrase) > 2]

        def fits(office: str) -> bool:
            wanted = self.kb.title(office)
            return any(
                (wanted is not None and self.kb.title(phrase) == wanted)
                or office.casefold().startswith(phrase.casefold())
                for phrase in phrases
            )

        fitting = [
            match.entity
            for match in self.kb.matches(mention.text)
            if isinstance(match.entity, Person) and any(fits(held.title) for held in match.entity.offices)
        ]
        return fitting[0] if len(fitting) == 1 else None

    def nationality_after(self, end: int) -> str | None:
        """ "Mahsa Amini, a young Iranian woman": the state an apposition right after a person's
        name gives them; "(R-Wyo.)" after it makes them a member of the US Congress."""
        if _US_LEGISLATOR.match(self.text, end):
            return "USA"
        match = _APPOSITION.match(self.text, end)
        if match is None:
            return None
        for word in match.group(1).split():
            code = self.kb.demonym(word.split("-")[0])
            if code is not None:
                return code
        return None

    def _office_holder(self, mention: Mention) -> Entity:
        """The person the document named with this office (and nationality), else a person known
        only by the office: "the Iranian industry minister"."""
        office, country = self._parse_titles(mention.text.split()) or (None, None)
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

    @staticmethod
    def _compatible(known: str, new: str) -> bool:
        """Two forms of one name: same surname and the shorter one's words all in the longer."""
        a, b = fold(known).split(), fold(new).split()
        if a[-1] != b[-1]:
            return False
        short, long = (a, b) if len(a) <= len(b) else (b, a)
        return set(short) <= set(long)

    def _organisation(self, mention: Mention) -> Entity:
        text = mention.text
        key = self._acronyms.get(text) if text.isupper() else None
        key = key or f"org:{fold(text)}"
        entity = self.entities.get(key)
        if entity is None:
            first = text.split()[0].rstrip("’'s") if text.split() else ""
            country = self.kb.demonym(first) or self.kb.state_named(first) if len(text.split()) > 1 else None
            entity = Entity(key=key, name=text, type="ORG", country=country)  # "U.S. Naval Forces ..."
            self.entities[key] = entity
            acronym = self._acronym_after(mention.end) or initials(text)
            if len(acronym) >= 2:
                self._acronyms.setdefault(acronym, key)
        return entity

    def _named_before(self, word: str) -> Entity | None:
        """ "the Agency", "the Board": a body's generic word alone is the body the document last
        named with it ("International Atomic Energy Agency"), if any."""
        folded = fold(word)
        for entity in reversed(list(self.entities.values())):
            if entity.type == "ORG" and folded in fold(entity.name).split():
                return entity
        return None

    def _acronym_after(self, end: int) -> str | None:
        match = re.match(r"\s*\(([A-Z]{2,8})\)", self.text[end : end + 12])
        return match.group(1) if match else None

    def _plain(self, mention: Mention, kind: str, country: str | None) -> Entity:
        key = f"{kind.lower()}:{fold(mention.text.split(',')[0])}"  # "Washington, D.C." is Washington
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key=key, name=mention.text, type=kind, country=country)
            self.entities[key] = entity
        if entity.name.isupper() and not mention.text.isupper():
            entity.name = mention.text  # "WASHINGTON —" in a dateline, "Washington" in the prose
        return entity

    def assign_home_country(self, iso3: str) -> None:
        """A government body named without its state ("the Foreign Affairs Ministry") belongs to
        the state the document is chiefly about."""
        for entity in self.entities.values():
            unplaced = entity.type == "ORG" and entity.country is None and entity.kb_key is None
            if unplaced and GOVERNMENT_BODY.search(entity.name):
                entity.country = iso3

    # --- titles ---------------------------------------------------------------------------------
    def title_before(self, start: int) -> tuple[str | None, str | None]:
        """(office, country) from the words right before a name: demonym, offices and ranks."""
        line_start = max(self.text.rfind("\n", 0, start) + 1, start - _LOOKBACK)
        words = _WORD.findall(self.text[line_start:start])
        for first in range(len(words)):
            parsed = self._parse_titles(words[first:])
            if parsed is not None:
                return parsed
        return None, None

    def _parse_titles(self, words: list[str]) -> tuple[str | None, str | None] | None:
        """(office, country) if `words` is entirely demonyms/country names, offices and ranks."""
        office: str | None = None
        country: str | None = None
        position, found_title = 0, False
        while position < len(words):
            word = (
                words[position].rstrip("’'s") if words[position].endswith(("’s", "'s")) else words[position]
            )
            code = self.kb.demonym(word)
            if code is None and word[:1].isupper():
                code = self.kb.state_named(word)
            if code is not None:
                country = country or code
                position += 1
                continue
            title = self.kb.longest_title(" ".join(words[position:]))
            if title is None:
                return None
            record, size = title
            found_title = True
            if record.kind == "office" and office is None:
                office = " ".join(words[position : position + size])
            position += size
        return (office, country) if found_title else None
