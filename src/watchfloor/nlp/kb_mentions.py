"""spaCy component: mark every knowledge-base name in a Doc (states, demonyms, metonyms, bodies,
people, weapons, sites) as a span in `doc.spans["kb"]`.

A PhraseMatcher on lower-cased tokens proposes spans; the knowledge base then confirms each one
with its own rules (short acronyms only in capitals, possessives, plurals of weapons). Overlaps keep
the longest span. Each span carries `label_` (entity type, NORP for a demonym), `kb_id_`
("category:id") and `id_` (how the text names it: name, alias, demonym, metonym).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from watchfloor.kb import load_kb
from watchfloor.kb.normalize import fold, without_accents
from watchfloor.kb.records import KbEntity
from watchfloor.nlp.triggers import load_lexicon

SPAN_KEY = "kb"
INITIAL = re.compile(r"[A-Z]\.?")
POSSESSIVE_MARKS = frozenset({"'s", "’s"})  # the token spaCy splits off "Iran's"
HONORIFICS = frozenset({"leader", "mr", "mrs", "ms", "dr", "madam", "comrade", "mister", "sir", "lady"})
LONGER_NAMES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})  # NER labels of names a word may end


def kb_key(entity: KbEntity) -> str:
    return f"{entity.category}:{entity.id}"


class KbMentions:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.kb = load_kb()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms: set[str] = set()
        for entity in (*self.kb.states, *self.kb.organizations, *self.kb.people, *self.kb.weapon_families,
                       *self.kb.weapons, *self.kb.sites):  # fmt: skip
            for surface, _via in entity.surface_forms():
                forms.add(surface)
                if surface.lower().startswith("the "):
                    forms.add(surface[4:])
        for weapon in (*self.kb.weapon_families, *self.kb.weapons):  # "more Patriots", "Su-35s"
            forms |= {f"{surface}s" for surface, _via in weapon.surface_forms() if not surface.endswith("s")}
        # a name written in lower case is a common phrase ("the foreign policy chief", not the
        # magazine) unless the knowledge base writes it so ("morality police")
        self.lowercase_forms = {form for form in forms if not any(ch.isupper() for ch in form)}
        # news sets apostrophes curly ("People’s Republic", "Kata’ib"): the tokens differ, not the name
        forms |= {form.replace("'", "\u2019") for form in forms if "'" in form}
        # and may write a name with or without its accents ("Güler", "Guler"): matched unaccented
        forms = {without_accents(form) for form in forms}
        self.matcher.add("KB", [nlp.make_doc(form) for form in sorted(forms)])

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for _, start, end in self.matcher(unaccented(doc)):
            span = doc[start:end]
            if not any(ch.isupper() for ch in span.text) and span.text not in self.lowercase_forms:
                continue
            if _inside_a_hyphenated_word(span) and not self._names_beside(span):
                continue  # "PORT-AU-PRINCE": no African Union ("Iran-Iraq-Syria railway": Iraq)
            matches = self.kb.matches(span.text)
            if not matches:
                continue
            best = matches[0]
            if best.via == "demonym" and _inside_a_place_name(span):
                continue  # "British Columbia", "the Indian Ocean": a word of the place's own name
            if best.via == "demonym" and self._ends_a_regions_name(span):
                continue  # "Latin American governments": of a region, not of the United States
            if best.via != "demonym" and best.entity.type != "PERSON" and self._ends_a_longer_name(span):
                continue  # "Puerto Jordan", "the ruling Social Democrats": no Jordan, no US party
            if best.entity.type == "PERSON" and (
                _part_of_a_double_name(span) or self._another_given_name(span, best.entity.name)
            ):
                continue  # "Clementine Nkweta-Salami", "Lyudmila Navalnaya": another of the name
            if best.entity.type == "ORG" and _begins_a_persons_name(span):
                continue  # "Rafael Caro Quintero": a man, not the arms maker Rafael
            label = "NORP" if best.via == "demonym" else best.entity.type
            if label == "PERSON":
                start = given_names_before(doc, start, best.entity.name)
            elif label == "ORG" and best.entity.country:
                start = self.state_before(doc, start, best.entity.country)
            found.append(Span(doc, start, end, label=label, kb_id=kb_key(best.entity), span_id=best.via))
        doc.spans[SPAN_KEY] = filter_spans(found)
        return doc

    def _another_given_name(self, span: Span, name: str) -> bool:
        """Whether the NER reads the span, a person's family name, as the end of a name whose
        given name is not the known person's ("Lyudmila Navalnaya" for "Yulia Navalnaya"; not
        "Leader Khamenei", "Mrs. Navalnaya" nor "Vladimir Zelensky")."""
        doc = span.doc
        if span.start == 0 or len(name.split()) < 2 or fold(span.text) == fold(name):
            return False
        word = doc[span.start - 1]
        in_a_name = any(e.label_ == "PERSON" and e.start <= word.i and e.end >= span.end for e in doc.ents)
        given = {fold(part) for part in name.split()[:-1]}
        plain = (
            word.is_alpha
            and word.is_title
            and self.kb.title(word.text) is None
            and word.lower_ not in HONORIFICS
        )
        # (an initial shared is the same name spelt otherwise: "Vladimir Zelensky")
        return in_a_name and plain and fold(word.text)[:1] not in {part[:1] for part in given}

    def _names_beside(self, span: Span) -> bool:
        """Whether a word the span is hyphenated to is a name the knowledge base knows too."""
        doc = span.doc
        return bool(self.kb.matches(doc[span.start - 2].text) or self.kb.matches(doc[span.end + 1].text))

    def _ends_a_regions_name(self, span: Span) -> bool:
        """Whether the NER reads the span as the last word of a longer demonym that names no
        state ("Latin American", "North American"; "South Korean" names one, and "Iranian American"
        begins with a state's own)."""
        for ent in span.doc.ents:
            if ent.label_ == "NORP" and ent.end == span.end and ent.start < span.start:
                return self.kb.demonym(ent.text) is None and self.kb.demonym(ent[0].text) is None
        return False

    def _ends_a_longer_name(self, span: Span) -> bool:
        """Whether a one-word name is the last word of a longer one the NER reads, begun by
        capitalised words the knowledge base does not know ("Puerto Jordan"; "Lebanese Hezbollah"
        is Hezbollah, "Attack on Israel" names Israel)."""
        if len(span) != 1 or span.doc[span.start - 1].text == "-":
            return False  # ("anti-Israel": a word made of the name)
        return any(
            ent.label_ in LONGER_NAMES and ent.end == span.end and ent.start < span.start
            and not any(t.is_stop or not t.is_title for t in span.doc[ent.start : span.start])
            and not self.kb.matches(ent[0].text)
            for ent in span.doc.ents
        )  # fmt: skip

    def state_before(self, doc: Doc, start: int, country: str) -> int:
        """ "U.S. Department of State", "U.S. 5th Fleet": the body's own state written before the
        form the knowledge base lists is part of its name."""
        for size in (2, 1):
            if start - size < 0:
                continue
            before = doc[start - size : start]
            if any(t.is_punct or t.lower_ in POSSESSIVE_MARKS for t in before):
                continue
            words = before.text
            if self.kb.state_named(words) == country or self.kb.demonym(words) == country:
                return start - size
        return start


def _begins_a_persons_name(span: Span) -> bool:
    """Whether the NER reads the span as the first name of a longer person's name, the rest of
    it names, not words of a headline the NER misread ("Houthis Kill Innocent Civilians")."""
    lexicon = load_lexicon()
    for ent in span.doc.ents:
        if ent.label_ != "PERSON" or ent.start != span.start or ent.end <= span.end:
            continue
        rest = span.doc[span.end : ent.end]
        words = {t.lemma_.lower() for t in rest} | {t.lower_ for t in rest}
        if all(t.pos_ == "PROPN" for t in rest) and not any(
            w in lexicon.verbs or w in lexicon.nouns for w in words
        ):
            return True
    return False


def _inside_a_place_name(span: Span) -> bool:
    """Whether the NER reads the span as the first words of a longer place name."""
    places = (ent for ent in span.doc.ents if ent.label_ in {"GPE", "LOC"})
    return any(ent.start == span.start and span.end < ent.end for ent in places)


def _inside_a_hyphenated_word(span: Span) -> bool:
    """Whether the span is the middle of a word joined by hyphens on both sides ("Port-au-Prince");
    "Iran-backed" and "UN-led" are names with a suffix."""
    doc = span.doc
    if span.start < 2 or span.end + 1 >= len(doc):
        return False
    hyphens = (doc[span.start - 1], doc[span.end])
    glued = (doc[span.start - 2], doc[span.start - 1], span[-1], doc[span.end])  # no space after these
    return all(t.text == "-" for t in hyphens) and not any(t.whitespace_ for t in glued)


def _part_of_a_double_name(span: Span) -> bool:
    """Whether the span is hyphenated, with no space, to a capitalised word ("Nkweta-Salami")."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_
    before = before and not doc[span.start - 1].whitespace_ and doc[span.start - 2].is_title
    after = span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_
    after = after and not doc[span.end].whitespace_ and doc[span.end + 1].is_title
    return before or after


def unaccented(doc: Doc) -> Doc:
    """The document's words without their accents, word for word ("Güler" -> "Guler")."""
    if doc.text.isascii():
        return doc
    texts = [t.text for t in doc]
    words = [without_accents(text) or text for text in texts]
    if words == texts:  # (curly quotes and dashes: nothing to drop)
        return doc
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


def given_names_before(doc: Doc, start: int, name: str) -> int:
    """Where a known person's name begins when the text writes it out beyond the form the
    knowledge base lists: "Antony J. Blinken" for "Blinken", "ANTONY J. BLINKEN"."""
    given = fold(name.split()[0])
    i = start
    while i > 0 and INITIAL.fullmatch(doc[i - 1].text):
        i -= 1
    if i > 0 and fold(doc[i - 1].text) == given and fold(doc[start].text) != given:
        return i - 1
    return start


@Language.factory("watchfloor_kb_mentions", assigns=["doc.spans"], requires=["token.text"])
def make_kb_mentions(nlp: Language, name: str) -> KbMentions:
    return KbMentions(nlp, name)
