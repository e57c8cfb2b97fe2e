"""spaCy component, run before the parser: a news dateline ("KYIV, March 12 (Reuters) -",
"WASHINGTON —", "TAMPA, Fla. -") is a sentence of its own, so that the parser does not take the
city for the subject of the lead ("KYIV ... - Ukraine's air force said" had two subjects).

Only the parse changes: the stored sentence still runs from the dateline to its full stop.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from watchfloor.nlp.event_evidence import PARTY_NOUNS, PEOPLE_NOUNS
from watchfloor.readers.metadata import PLACE_LINKS

DASHES = frozenset({"—", "–", "-", "--"})
DISTRICT = frozenset({"d.c.", "dc", "d.c"})
SPACED_DASHES = frozenset({"-", "--"})  # a hyphen is a dateline's only with space before it
REACH = 16  # a dateline's dash comes within this many tokens of the paragraph's start


def dateline_end(doc: Doc) -> int | None:
    """The index of the first token after a dateline that opens the paragraph, or None: capitalised
    words, numbers and a wire's credit up to a spaced dash, the city in capitals unless a credit
    or the district follows it ("Beirut (AFP) -", "Washington, D.C. -")."""
    if len(doc) < 3:
        return None
    stamp = _time_stamp_end(doc)
    if stamp is not None:
        return stamp
    if not _opens_dateline(doc[0]):
        return None
    depth = 0
    credited = False
    for token in doc[1 : min(REACH, len(doc) - 1)]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth, credited = max(depth - 1, 0), True
        elif token.text in DASHES and depth == 0:
            if token.text in SPACED_DASHES and not doc[token.i - 1].whitespace_:
                return None  # "US-backed forces"
            if not (doc[0].text.isupper() or credited or _district(doc)):
                return None
            return token.i + 1 if doc[token.i + 1].text[:1].isalnum() else None
        elif depth == 0 and not _dateline_word(token):
            return None
    if len(doc) <= REACH and _district(doc) and all(_dateline_word(t) for t in doc[3:]):
        return len(doc)  # a paragraph that is only the dateline ("Washington, DC")
    return None


CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
ZONES = frozenset({"gmt", "utc", "et", "est", "edt", "cet", "local", "am", "pm", "a.m.", "p.m."})


def _time_stamp_end(doc: Doc) -> int | None:
    """After a live report's time stamp ("10:42 -", "09:50 GMT -"), which is no one's name."""
    if not CLOCK.match(doc[0].text):
        return None
    dash = 1
    while dash < min(len(doc) - 1, 3) and doc[dash].lower_ in ZONES:
        dash += 1
    if doc[dash].text in DASHES and dash + 1 < len(doc) and doc[dash + 1].text[:1].isalnum():
        return dash + 1  # (a stamp with nothing after it is no paragraph's opening)
    return None


def _district(doc: Doc) -> bool:
    """ "Washington, D.C. -": a title-case dateline that names the district."""
    return doc[1].text == "," and doc[2].lower_ in DISTRICT


def _opens_dateline(token: Token) -> bool:
    # a city's name, "WASHINGTOND.C." (sic) too, not "U.S." ("U.S. - Iran talks")
    return token.text[:1].isupper() and sum(c.isalpha() for c in token.text) >= 3


def _dateline_word(token: Token) -> bool:
    """A place's or a date's word: capitalised, a number, a place name's small word, or a comma
    or full stop ("Fla.")."""
    return (
        token.text[:1].isupper()
        or token.like_num
        or token.text in {",", ".", "/"}
        or (
            token.text in PLACE_LINKS
            and (token.nbor(-1).text[:1].isupper() or token.nbor(-1).text in PLACE_LINKS)
        )
    )


class DatelineSplitter:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        end = dateline_end(doc)
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
            _untitle(doc[end])
            # and the lead runs to its full stop: "DOHA, Nov 22 (AFP) - Israel and Hamas agreed"
            # had the parser end a sentence at "Israel"
            for token in doc[end + 1 :]:
                if doc[token.i - 1].text in SENTENCE_ENDS:
                    break
                token.is_sent_start = False
        return doc


SENTENCE_ENDS = frozenset({".", "!", "?", "\u201d", '"'})


COMMON_NOUNS = PARTY_NOUNS | PEOPLE_NOUNS  # the nouns a lead may open with: "Gunmen killed ..."


def _untitle(lead: Token) -> None:
    """The lead's first word, capitalised only for opening it, is the common noun it is: the
    tagger takes "Gunmen" and "Rebels" after a dateline for names."""
    if lead.tag_ not in {"NNP", "NNPS"}:
        return
    word = lead.lower_
    singular = [(word, "NN")]
    plural = [(word[: -len(end)] + base, "NNS") for end, base in PLURALS if word.endswith(end)]
    tag = next((tag for form, tag in singular + plural if form in COMMON_NOUNS), None)
    if tag is not None:
        lead.tag_, lead.pos_ = tag, "NOUN"


PLURALS = (("men", "man"), ("ies", "y"), ("s", ""))  # gunmen, authorities, rebels


@Language.factory("watchfloor_datelines", requires=["token.text"])
def make_dateline_splitter(nlp: Language, name: str) -> DatelineSplitter:
    return DatelineSplitter(name)
