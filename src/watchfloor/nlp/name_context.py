"""What the words around a name say of it: the offices, ranks and state written before it
("Iranian Defense Minister Brigadier General ..."), a state an apposition, an "of" or a party
label gives after it ("..., a young Iranian woman", "of Eritrea", "(R-Wyo.)"), and whether the
name is itself only part of an office ("Director General", "Defense Secretary")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from watchfloor.kb import KnowledgeBase
from watchfloor.kb.records import Organization, Person
from watchfloor.nlp import name_word_lists
from watchfloor.nlp.name_word_lists import alternation
from watchfloor.nlp.types import Mention

# word lists of data/entities/name_words.yaml (where each is described)
_LISTS = name_word_lists.load()
_WORD = re.compile(r"[\w’'\-.]+")
_LOOKBACK = 90  # characters before a name searched for its title
# ", a 22-year-old Iranian woman", ", an Iranian-American journalist": up to five words, then a noun
_PERSON_NOUNS = alternation(_LISTS.person_nouns)
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){1,5}?)" + _PERSON_NOUNS + r"\b", re.IGNORECASE)
# ", commander of U.S. Naval Forces Central Command": an office in apposition, up to the next comma
# a description set before a name from the start of its sentence ("The UN envoy for Yemen, ")
_APPOSED_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|\n)([^.;:!?\n,]{3,100}),\s*$")
_OFFICE_APPOSITION = re.compile(r",\s+(?:the\s+)?([^,;:()\"“”]{3,100})(?=[,;:()\"“”]|$)")
_NOT_APPOSITION = frozenset({"who", "which", "that", "and", "but", "said", "says", "told", "while", "when"})
# "the death of a young Iranian woman, Mahsa Amini": the same description before the name
# "former Russian spy Sergei Skripal", "American journalist Evan Gershkovich": a description that
# runs into the name
_DESCRIPTION_BEFORE = re.compile(r"\b((?:[\w’'-]+\s+){1,4}?)" + _PERSON_NOUNS + r"\s+$", re.IGNORECASE)
_APPOSITION_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+((?:[\w’'-]+\s+){1,5}?)" + _PERSON_NOUNS + r",\s*$", re.IGNORECASE
)
# a minister's portfolio before the office ("Health and Population Minister ..."): no other body's
PORTFOLIOS = _LISTS.portfolios
# words that may stand before an office with no state: "Former President ...", "The Prime Minister"
_BARE_OFFICE_WORDS = _LISTS.bare_office_words | {"the", "by", "as"}  # (with function words)
# "President Isaias Afwerki of Eritrea": the state a person is "of", right after the name
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
# "Sen. Jacky Rosen (D-Nev.)", "Rep. Josh Gottheimer (NJ-5)": a member of the US Congress by party and state
_US_LEGISLATOR = re.compile(
    r"\s*\((?:(?:R|D|I)\s?-\s?[A-Z][A-Za-z.]{1,5}(?:\s?[A-Z][A-Za-z.]{0,5})?(?:-\d{1,2})?|[A-Z]{2}-\d{1,2})\)"
)


class NameContext:
    """Reads the text around the names of one document."""

    def __init__(self, kb: KnowledgeBase, text: str) -> None:
        self.kb = kb
        self.text = text

    def title_alone(self, mention: Mention) -> bool:
        """A name the NER found that is only an office or a rank: "Director General", "Chair",
        "Air Force Brig" (a name cut short before the person's own)."""
        words = mention.text.split()
        if mention.label == "PERSON" and self.parse_titles(words) is not None:
            return True
        last = self.kb.longest_title(words[-1].rstrip("."))
        if mention.label in {"PERSON", "ORG"} and last is not None and last[0].kind == "rank":
            return True
        return mention.label != "PERSON" and (self._ends_a_title(mention) or self._starts_a_title(mention))

    def _ends_a_title(self, mention: Mention) -> bool:
        """ "Secretary of State", "Secretary of Defense": the last word of an office, not a body."""
        before = _WORD.findall(self.text[max(mention.start - 40, 0) : mention.start])
        return any(
            self._whole_title([*before[-size:], mention.text]) for size in range(1, min(len(before), 4) + 1)
        )

    def _starts_a_title(self, mention: Mention) -> bool:
        """ "Defense Secretary", "Foreign Minister": the first word of an office before a name."""
        after = _WORD.findall(self.text[mention.end : mention.end + 30])[:3]
        return any(self._whole_title([mention.text, *after[:size]]) for size in range(1, len(after) + 1))

    def _whole_title(self, words: list[str]) -> bool:
        """Whether the words are, all of them and nothing more, an office or a rank."""
        phrase = " ".join(words)
        found = self.kb.longest_title(phrase)
        return found is not None and len(phrase.split()) == found[1]

    def office_holder_named(self, mention: Mention) -> Person | None:
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
        return self._demonym_in(_APPOSITION.match(self.text, end)) or self._state_of(end)

    def _state_of(self, end: int) -> str | None:
        """ "President Isaias Afwerki of Eritrea": the state named after "of", by its longest name."""
        match = _OF_STATE.match(self.text, end)
        if match is None:
            return None
        words = [without_possessive(w) for w in match.group(1).split()]
        for size in range(len(words), 0, -1):
            code = self.kb.state_named(" ".join(words[:size]))
            if code is not None:
                return code
        return None

    def office_after(self, end: int) -> str | None:
        """ "Vice Adm. Brad Cooper, commander of U.S. Naval Forces Central Command", "Robert Wood,
        U.S. Alternative Representative": the state of the office an apposition gives a person,
        by its demonym or state, else by the organisation the knowledge base knows it in."""
        match = _OFFICE_APPOSITION.match(self.text, end)
        if match is None:
            return None
        words = [without_possessive(w) for w in _WORD.findall(match.group(1))]
        if not words or words[0].lower() in _NOT_APPOSITION:
            return None
        if not any(self.kb.longest_title(" ".join(words[i:])) for i in range(len(words))):
            return None  # no office named: not a title apposition ("Robert Wood, Iran and Russia")
        for position in range(len(words)):
            if words[position][:1].isupper():
                code = self._demonym_at(words, position, words[position])[1]
                if code is not None:
                    return code
        return next((body.country for _, body in self._organisations(words) if body.country), None)

    def _organisations(self, words: list[str]) -> Iterator[tuple[int, Organization]]:
        """The organisations the knowledge base knows that runs of up to six of the words name,
        with where each run starts: the longest runs first, each length from the left."""
        for size in range(min(len(words), 6), 0, -1):
            for position in range(len(words) - size + 1):
                for found in self.kb.matches(" ".join(words[position : position + size])):
                    if isinstance(found.entity, Organization):
                        yield position, found.entity

    def speaks_for_many_states(self, start: int, end: int) -> bool:
        """Whether a description set beside a name names a body of many states or of none ("The
        UN humanitarian coordinator for Sudan, Clementine Nkweta-Salami"; "Michael O'Flaherty, the
        Council of Europe's human rights commissioner"): its holder speaks for the body."""
        before = _APPOSED_BEFORE.search(self.text, max(start - _LOOKBACK, 0), start)
        after = _OFFICE_APPOSITION.match(self.text, end)
        return any(m is not None and self._names_a_body_of_states(m.group(1)) for m in (before, after))

    def _names_a_body_of_states(self, description: str) -> bool:
        """Whether the words name an intergovernmental body the knowledge base knows (the UN,
        the Council of Europe, MINUSMA), and no state before it ("Russia's ambassador to the
        United Nations" is Russia's; "the UN coordinator for Sudan" is the UN's)."""
        words = [without_possessive(w) for w in _WORD.findall(description)]
        named_at = [at for at, body in self._organisations(words) if body.kind == "intergovernmental"]
        if not named_at:
            return False
        before = [w for w in words[: min(named_at)] if w[:1].isupper()]
        return not any(self.kb.demonym(w) or self.kb.state_named(w) for w in before)

    def nationality_before(self, start: int) -> str | None:
        """ "a young Iranian woman, Mahsa Amini": the state a description right before a
        person's name gives them."""
        window = max(start - _LOOKBACK, 0)
        return self._demonym_in(_APPOSITION_BEFORE.search(self.text, window, start)) or self._demonym_in(
            _DESCRIPTION_BEFORE.search(self.text, window, start)
        )

    def _demonym_in(self, match: re.Match[str] | None) -> str | None:
        """The nationality nearest the noun ("Iranian police detained French teacher": French)."""
        if match is None:
            return None
        for word in reversed(match.group(1).split()):
            code = self.kb.demonym(word.split("-")[0])
            if code is None and word.isupper():  # ("former US Marine Paul Whelan")
                code = self.kb.state_named(word)
            if code is not None:
                return code
        return None

    def title_before(self, start: int) -> tuple[str | None, str | None]:
        """(office, country) from the words right before a name: demonym, offices and ranks."""
        found = self._titles_before(start)
        return (found[0], found[1]) if found is not None else (None, None)

    def office_of_no_state(self, start: int) -> bool:
        """Whether the words before a name give a state's office and no state nor other body
        ("to remove President Pedro Castillo", not "European Commission President Ursula ...")."""
        found = self._titles_before(start)
        if found is None:
            return False
        office, country, before = found
        title = self.kb.longest_title(office) if office and country is None else None
        if title is None or not title[0].of_a_state:
            return False
        return (
            not before[:1].isupper()
            or before.lower() in _BARE_OFFICE_WORDS
            or before.lower() in PORTFOLIOS  # ("Information Minister Michael Makuei")
            or before.endswith((".", ",", ":", ";", "-"))  # (a sentence's or a dateline's end)
        )

    def _titles_before(self, start: int) -> tuple[str | None, str | None, str] | None:
        """(office, country, the word before them) of the titles right before a name."""
        line_start = max(self.text.rfind("\n", 0, start) + 1, start - _LOOKBACK)
        words = _WORD.findall(self.text[line_start:start])
        for first in range(len(words)):
            parsed = self.parse_titles(words[first:])
            if parsed is not None:
                before = words[first - 1] if first else ""
                if not any(ch.isalnum() for ch in words[first]):
                    before = words[first]  # ("(Reuters) - Prime Minister ...": the dateline's dash)
                return (*parsed, before)
        return None

    def parse_titles(self, words: list[str]) -> tuple[str | None, str | None] | None:
        """(office, country) if `words` is entirely demonyms/country names, offices and ranks."""
        office: str | None = None
        country: str | None = None
        position, found_title = 0, False
        while position < len(words):
            word = without_possessive(words[position])
            if not any(ch.isalnum() for ch in word):
                position += 1  # ("(Reuters) - Prime Minister ...": a dash is no word of a title)
                continue
            if found_title and word.lower() in {"to", "in"} and position + 1 < len(words):
                size, posted = self._demonym_at(words, position + 1, words[position + 1])
                if posted is not None:  # "Iran's ambassador to Syria": where the office is held
                    position += 1 + size
                    continue
            size, code = self._demonym_at(words, position, word)
            if code is not None:
                country = country or code
                position += size
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

    def _demonym_at(self, words: list[str], position: int, word: str) -> tuple[int, str | None]:
        """(words, country) of the demonym or state name at `position`, the longest first: "South
        Korean" before "Korean", which alone could be either Korea."""
        for size in (3, 2):
            phrase = " ".join(words[position : position + size])
            if len(words) - position >= size:
                code = self.kb.demonym(phrase) or self.kb.state_named(phrase)
                if code is not None:
                    return size, code
        code = self.kb.demonym(word)
        if code is None and word[:1].isupper():
            code = self.kb.state_named(word)
        return 1, code


def without_possessive(word: str) -> str:
    """ "Iran's" -> "Iran", "Hamas’s" -> "Hamas" (not "Hama": only the ending comes off)."""
    return word[:-2] if word.endswith(("’s", "'s")) else word
