"""News outlets in a sentence: the one a report is told to or made by carries the news and takes
no part in the events it reports ("..., an official told Reuters")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.kb import load_kb
from watchfloor.nlp import name_word_lists
from watchfloor.nlp.certainty import REPORTING

# word lists of data/entities/name_words.yaml (where each is described)
_LISTS = name_word_lists.load()

# who a statement to the press is made to: speaking to them is no meeting (CONSULT)
PRESS = _LISTS.press


# what an outlet's own name may stand beside: "the judiciary's news agency Mizan", "Mizan agency"
OUTLET_NOUNS = _LISTS.outlet_nouns


def named_as_outlet(span: Span) -> bool:
    """Whether a name the NER took for a place stands beside an outlet's noun as its name ("the
    news agency Mizan reported", "Mizan news agency", "Mizan, the judiciary's agency"): an
    organisation, not the town of that name."""
    root, doc = span.root, span.doc
    if root.dep_ in {"appos", "compound"} and root.head.lemma_.lower() in OUTLET_NOUNS:
        return True
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]  # (however parsed)
    return any(t.lemma_.lower() in OUTLET_NOUNS for t in beside) or any(
        c.dep_ == "appos" and c.lemma_.lower() in OUTLET_NOUNS for c in root.children
    )


# what one says to, with or through the press: "spoke to VOA", "in an interview with CNN"
SPEAKING = REPORTING | {"speak", "talk", "comment", "interview", "quote", "cite", "brief", "remark"}


def phrase_top(head: Token) -> Token:
    """The token a name's phrase hangs from its governor by: past compounds, appositions and
    conjuncts ("Reuters and AFP" -> "Reuters", whose governor is the verb)."""
    node = head
    while node.dep_ in {"compound", "appos", "conj"} and node.head.i != node.i:
        node = node.head
    return node


def reports_to_or_for(head: Token) -> bool:
    """Whether a phrase is the one a report is told to or made by ("told Reuters", "according
    to VOA", "Reuters reported", "spoke to CNN", "in an interview with Al Jazeera", "quoted by
    TASS"): for an outlet, no party to the events it carries."""
    node = phrase_top(head)
    governor = node.head
    if node.dep_ == "nsubj" and governor.lemma_.lower() in REPORTING:
        return True
    if node.dep_ == "pobj" and governor.lower_ == "to" and governor.head.lower_ == "according":
        return True
    return is_told_to(head)


def is_told_to(head: Token) -> bool:
    """Whether a phrase is the one a report is told or given to ("told Example Daily", "spoke to
    Example Radio", "quoted by ..."): the press, whether or not it is a known outlet; a name no one
    knows that itself says or reports something is a party ("the Balochistan Liberation Army
    said")."""
    node = phrase_top(head)
    governor = node.head
    if node.dep_ in {"dobj", "dative"} and governor.lemma_.lower() in REPORTING:
        return True
    return (
        node.dep_ == "pobj"
        and governor.lower_ in {"to", "with", "by"}
        and governor.head.lemma_.lower() in SPEAKING
    )


# what the press does to get a story: "VOA asked the ministry", "contacted by Reuters"
INQUIRING = _LISTS.inquiring


def inquires_as_press(head: Token) -> bool:
    """Whether an outlet's phrase is the one asking for the story ("VOA asked the National
    Security Council whether ...", "asked by AFP", "Reuters contacted the ministry"): the press
    at work, no request of any party's."""
    node = phrase_top(head)
    governor = node.head
    if node.dep_ == "nsubj":
        return governor.lemma_.lower() in INQUIRING
    return node.dep_ == "pobj" and governor.lower_ == "by" and governor.head.lemma_.lower() in INQUIRING


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def is_credit(span: Span) -> bool:
    """ "BEIRUT, Oct 2 (AP) -": a name in parentheses of its own, the outlet credited with the story;
    or one last in the dateline, before its dash ("Tehran, July 20, IRNA --")."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1].text, doc[span.end].text
    return (before == "(" and after == ")") or (before == "," and after in DASHES)


def is_dateline_credit(span: Span) -> bool:
    """ "BEIRUT, Nov 27 (Example Post) - ...": a name in parentheses before the dateline's dash,
    the outlet credited with the story whether or not it is a known one."""
    return is_credit(span) and span.end + 1 < len(span.doc) and span.doc[span.end + 1].text in DASHES


def addresses_the_press(trigger: Token) -> bool:
    """ "told reporters", "speaking to journalists", "briefed the press", "spoke to VOA": a
    statement made through the news, not a meeting with anyone."""
    heard = [c for c in trigger.children if c.dep_ in {"dobj", "dative"}]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}):
        heard += [c for c in prep.children if c.dep_ == "pobj"]
    kb = load_kb()
    for token in heard:
        if token.lemma_.lower() in PRESS:
            return True
        named = kb.matches(token.text) if token.pos_ == "PROPN" else []
        if any(kb.is_media(f"{m.entity.category}:{m.entity.id}") for m in named):
            return True
    return False


# verbs of speaking to someone, whose object or addressee the press may be as an audience
SPEAKING_TO = _LISTS.speaking_to


def is_press_audience(token: Token) -> bool:
    """ "reporters" in "told reporters", "speaking to reporters": who hears a statement is no
    party to what it says."""
    if token.lemma_.lower() not in PRESS:
        return False
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ in {"to", "with"}:
        governor = governor.head
    # (journalists a verb does something to are its parties: "sentenced two journalists")
    spoken_to = governor.lemma_.lower() in SPEAKING_TO
    return governor.i != token.i and spoken_to and addresses_the_press(governor)


# a news agency or service ("its Amaq news agency") and the compound that makes it one
NEWS_SERVICES = _LISTS.news_services
NEWS_SERVICE_WORDS = _LISTS.news_service_words


def names_an_outlet(token: Token) -> bool:
    """A news agency or service, which reports, never acts ("through its Amaq news agency")."""
    return token.lemma_.lower() in NEWS_SERVICES and any(
        c.dep_ == "compound" and c.lower_ in NEWS_SERVICE_WORDS for c in token.children
    )
