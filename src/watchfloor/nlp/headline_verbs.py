"""A headline's verb the parser read as a noun: "U.S. Targets Leader of Terrorist Group",
"RSF shells El Fasher hospital", "US sanctions Chinese firms". Headlines drop the articles that
tell a verb from a noun, so the small parser makes one long noun phrase of them and no event
is read; or it reads the verb and makes its subject a modifier of it ("Mali junta expels
Swedish ambassador": no one expels). Where a short line has no verb before its reporting tail
(", Seoul says") and a word after a name or a word of a party ("police fire rubber bullets") is a
form of one of the trigger lexicon's verbs, or
such a verb has no subject and a name leans on it, the line is parsed again with that word
swapped for a verb the parser cannot take for a noun ("finds"); if that reading makes it the
line's verb with a subject, the parse (heads, dependencies, parts of speech) is taken over onto
the original words, whose text, names and offsets stay as they were. The reverse too: a
statement's title whose last word the parser made a verb ("Statement by NATO Secretary General
on Russian missile strikes") is parsed again with a noun in its place.
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from watchfloor.nlp.event_evidence import PARTY_NOUNS
from watchfloor.nlp.headline_case import third_person
from watchfloor.nlp.triggers import load_lexicon

MAX_TOKENS = 25  # a headline or a caption, not a paragraph
STAND_INS = {True: ("finds", "sees"), False: ("find", "see")}  # (third person -s form?)
VERBAL = frozenset({"VERB", "AUX"})
PARSING = frozenset({"tok2vec", "tagger", "watchfloor_datelines", "parser", "attribute_ruler"})
PARSE: list[int | str] = ["HEAD", "DEP", "POS", "TAG"]  # what is taken over from the stand-in's reading
COMPLEMENTS = frozenset({"dobj", "prep", "ccomp", "xcomp", "dative", "attr", "advmod"})


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, tuple[str, bool]]:
    """Each present-tense form of the lexicon's one-word verbs: its lemma, and whether it is the
    third person's ("targets": target, True)."""
    forms: dict[str, tuple[str, bool]] = {}
    for phrase in load_lexicon().verbs:
        if " " in phrase:
            continue
        forms.setdefault(phrase, (phrase, False))
        forms.setdefault(third_person(phrase), (phrase, True))
    return forms


def _is_short_line(doc: Doc) -> bool:
    return len(doc) <= MAX_TOKENS and len(list(doc.sents)) == 1


def _candidates(doc: Doc) -> list[tuple[Token, str, bool]]:
    """Forms of a lexicon verb read as nouns right after a name, before any verb of the line
    ("Joint Statement Condemning DPRK-Russia Arms Transfers": no) but its reporting tail ("...,
    US says"); and such verbs read as verbs with no subject, a name before them leaning on them
    ("Mali junta expels ...")."""
    forms = _verb_forms()
    root = next(t for t in doc if t.dep_ == "ROOT")
    # (or the line's verb is an infinitive whose "to" the headline's verb took: "junta orders
    # French ambassador to leave")
    infinitive = root.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
    # (or its verb is a bare infinitive, which no headline's verb is: "Cuba denounces return to
    # ...", read with "return" for the verb)
    bare = root.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
    nouns_misread = root.pos_ not in VERBAL or _is_reporting_tail(root) or infinitive or bare
    # (or the line's verb is its object, no verb of the lexicon's, and the lexicon's verb before it
    # its subject or a modifier of it: "Greece and Macedonia sign deal to rename neighbour")
    # (in a headline, no sentence: "Anti-Japanese protests spread across China." keeps its verb)
    object_misread = (
        root.pos_ == "VERB"
        and root.lower_ not in forms
        and root.lemma_.lower() not in forms
        and doc[-1].text not in {".", "!", "?"}
    )
    # (a word of a party before it only where the line has no verb at all but modifiers: not "a
    # coast guard ship rammed a vessel, the coast guard said")
    verbless = not any(t.pos_ in VERBAL and t.dep_ != "amod" for t in doc)
    out = []
    for token in doc[1:]:
        found = forms.get(token.lower_)
        before = doc[token.i - 1]
        # (after a name, or a word of a party: "junta orders", "police fire rubber bullets")
        after_name = before.pos_ == "PROPN" or before.text[:1].isupper()
        after_name = after_name or ((verbless or infinitive) and _party_word(before))
        # (a noun with an object is a verb misread: "IAEA board censures Iran again; ...")
        objected = token.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in token.children)
        if token.pos_ in VERBAL and token.dep_ != "amod":
            if found and _lacks_its_subject(token):
                out.append((token, *found))
            if not _is_reporting_tail(token):
                break
        elif (
            found
            and token.pos_ in {"NOUN", "PROPN", "VERB"}
            and (
                (after_name and nouns_misread)
                or (object_misread and _leans_on_root(token, root))
                or (objected and (after_name or _party_word(before) or _acronym(doc[0])))
            )
        ):
            out.append((token, *found))  # (a verb too, made a modifier: "soldiers detain president")
    return out


def _leans_on_root(token: Token, root: Token) -> bool:
    """Whether a word after a name is the subject or a modifier of the line's verb ("Greece and
    Macedonia sign deal")."""
    return token.head == root and token.dep_ in {"nsubj", *LEANING} and token.nbor(-1).pos_ == "PROPN"


def _acronym(token: Token) -> bool:
    """ "IAEA", "EU": a body's short name, whatever part of speech the parser gives it."""
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha()


def _party_word(token: Token) -> bool:
    """Whether a word names a kind of party ("police", "soldiers"), lemmatised or not (the stand-in's
    parse has no lemmas)."""
    word = token.lower_
    return token.lemma_.lower() in PARTY_NOUNS or word in PARTY_NOUNS or word.removesuffix("s") in PARTY_NOUNS


def _lacks_its_subject(verb: Token) -> bool:
    """A verb with no subject on which a name before it leans as a modifier."""
    return not any(c.dep_ in SUBJECTS for c in verb.children) and any(
        c.dep_ in LEANING and c.i < verb.i and any(t.text[:1].isupper() for t in c.subtree)
        for c in verb.children
    )


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
LEANING = frozenset({"amod", "compound", "npadvmod", "nmod", "dep"})


def _is_reporting_tail(verb: Token) -> bool:
    """The line's reporting verb after a comma: ", Seoul says"."""
    return verb.dep_ == "ROOT" and verb.i > 0 and any(t.text == "," for t in verb.doc[: verb.i])


def _reads_as_clause(verb: Token) -> bool:
    """A verb with a named subject and something after it: "Treasury Sanctions Iranian
    Leaders", "Mali junta expels Swedish ambassador, Bamako says", not "Press Release" or
    "Iran Protests"; the line's own verb or what its reporting tail says."""
    subject = any(
        c.dep_ == "nsubj"
        and (_party_word(c) or any(t.pos_ == "PROPN" or t.ent_type_ or _acronym(t) for t in c.subtree))
        for c in verb.lefts
    )
    reported = verb.dep_ in {"ccomp", "parataxis"} and _is_reporting_tail(verb.head)
    # (or a clause of its own before a semicolon: "IAEA board censures Iran; Tehran orders ...")
    doc = verb.doc
    joined = verb.dep_ in {"ccomp", "parataxis", "conj"} and any(
        t.text == ";" for t in doc[verb.i : verb.head.i]
    )
    own = verb.dep_ == "ROOT" or reported or joined
    return subject and any(c.dep_ in COMPLEMENTS for c in verb.rights) and own


def read_verbless_headline(doc: Doc, nlp: Language) -> bool:
    """Gives `doc` (in place) the parse that makes a misread verb its line's verb; whether it did."""
    if not _is_short_line(doc):
        return False
    for token, lemma, third in _candidates(doc):
        for stand_in in STAND_INS[third]:
            words = [stand_in if t.i == token.i else t.text for t in doc]
            text = "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True))
            variant = _parsed(nlp, text)
            if [t.text for t in variant] != words:
                continue
            verb = variant[token.i]
            if verb.pos_ != "VERB" or not _reads_as_clause(verb):
                continue
            if len(list(variant.sents)) != 1:
                continue  # (the line stays one sentence, as its layout has it)
            doc.from_array(PARSE, cast(Ints2d, variant.to_array(PARSE)))
            token.lemma_ = lemma
            return True
    return False


# what a statement's title starts with ("Statement by NATO Secretary General on Russian missile
# strikes", "Joint Statement on ..."): the rest names its author and its subject, no clause
TITLE_WORDS = frozenset({"statement", "remarks", "readout", "release", "communique", "declaration"})
NOUN_STAND_INS = {True: "matters", False: "matter"}  # (a plural's -s kept)


def read_titled_statement(doc: Doc, nlp: Language) -> bool:
    """Gives `doc` (in place) the parse that keeps a statement's title a noun phrase where the
    parser made its subject's last word a verb ("... on Russian missile strikes": no one strikes);
    whether it did."""
    if not _is_short_line(doc) or not any(t.lower_ in TITLE_WORDS for t in doc[:3]):
        return False
    root = next(t for t in doc if t.dep_ == "ROOT")
    title = next(t for t in doc[:3] if t.lower_ in TITLE_WORDS)
    if root.pos_ != "VERB" or root.i <= title.i or title.dep_ != "nsubj" or any(root.rights):
        return False  # ("Statement says Russia struck Kyiv": a clause, its verb with its objects)
    words = [NOUN_STAND_INS[root.lower_.endswith("s")] if t.i == root.i else t.text for t in doc]
    text = "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True))
    variant = _parsed(nlp, text)
    if [t.text for t in variant] != words or variant[root.i].pos_ != "NOUN" or len(list(variant.sents)) != 1:
        return False
    doc.from_array(PARSE, cast(Ints2d, variant.to_array(PARSE)))
    return True


def _parsed(nlp: Language, text: str) -> Doc:
    """`text` through the pipeline up to the parser and the part-of-speech mapping, no further
    (its names and lemmas are not wanted)."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name not in PARSING:
            continue
        doc = component(doc)
    return doc
