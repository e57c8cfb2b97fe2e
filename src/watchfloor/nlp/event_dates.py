"""When an event happened: the date its own phrase gives, the day the report gave a deed a later
"the strikes" points back to, a "since" start (a date, or an event the news names instead,
"since Russia's invasion of Ukraine"), the report's date for what is going on now, the date the
paragraph last gave, or else the report's date. None where the text says it happened at a time
it does not give ("because Iran has signed agreements")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from watchfloor.models import Passage
from watchfloor.nlp.arguments import clause_verb
from watchfloor.nlp.date_values import DateValue
from watchfloor.nlp.dates import find_dates
from watchfloor.nlp.event_rules import dates_trigger
from watchfloor.nlp.known_events import known_event_date
from watchfloor.nlp.triggers import load_lexicon

Dated = tuple[int, int, DateValue]  # a date found in a sentence: start, end, value


@dataclass
class ToldDays:
    """The days a report has given so far, kept from paragraph to paragraph: each deed's, by the
    word that told it (for a later "the strikes"), and the last one (for "on the same day")."""

    by_word: dict[str, str] = field(default_factory=dict)
    last: str | None = None


class EventDater:
    """Dates the triggers of one paragraph Doc whose text starts at `offset` in `text`."""

    def __init__(
        self,
        doc: Doc,
        offset: int,
        text: str,
        published: str | None,
        anchor: str | None,
        told: ToldDays | None = None,
    ) -> None:
        self.doc, self.offset, self.text, self.published = doc, offset, text, published
        # the days the report gave before: each trigger word's, for a later "the strikes", and the last
        self.told = told if told is not None else ToldDays()
        self.anchor = published or anchor  # what "October 25" and "on Tuesday" are read against
        self.last_date: str | None = None
        self.triggers: set[int] = set()  # token indices of the current sentence's triggers
        self._dates: dict[tuple[int, tuple[int, ...]], tuple[list[Dated], list[Token | None]]] = {}
        self._found: dict[int, list[Dated]] = {}  # each sentence's dates, by its start

    def date(self, sentence: Passage | None, position: int, token: Token) -> str | None:
        """A date in the trigger's own phrase; else one no other trigger of the sentence owns
        (a reporting clause's "revealed in June"); else, for "the strikes", the day the report
        gave the strikes before; else a "since" start; else, for what is going on now, the document's
        date, which then stands for the paragraph; else the last date this paragraph gave; else
        the document's. None for a perfect given as a reason: done before, when is not said."""
        if sentence is not None:
            found, owners = self._sentence_dates(sentence)
            mine = [f for f, o in zip(found, owners, strict=True) if o is not None and o.i == token.i]
            # (a date ahead of the report that another verb owns is that verb's alone: "condemned
            # the strike and called a meeting for Tuesday": the meeting is Tuesday's, not the
            # condemnation; an occasion's still dates the deed: "called for ... during a meeting on")
            own = mine or [
                f
                for f, o in zip(found, owners, strict=True)
                if o is not None
                and not _names_another_deed(o)
                and dates_trigger(o, token)
                and not (o.pos_ == "VERB" and self.published and f[2].iso[:10] > self.published[:10])
            ]
            free = [f for f, o in zip(found, owners, strict=True) if o is None]
            free = free or [f for f in found if self._dates_its_when_clause(sentence.start + f[0], token)]
            if own or free:
                nearest = min(own or free, key=lambda f: abs(sentence.start + f[0] - position))
                self.last_date = self.told.last = nearest[2].iso
                if own:
                    self.told.by_word[token.lemma_.lower()] = self.last_date
                return self.last_date
            ongoing = [f for f in found if f[2].start_only]
            if ongoing and _perfect(token.sent.root):
                return ongoing[0][2].iso  # "has followed efforts ... since June 2023": since then
            same_day = self.told.last
            if not found and same_day and SAME_DAY.search(self.text, sentence.start, sentence.end):
                return same_day  # "On the same day, the ministry lodged a protest": the day told last
        told = self.told.by_word.get(token.lemma_.lower()) if _points_back(token) else None
        if told is not None and _recent(told, self.published):
            return told  # "The strikes were directed at ...": those the report dated before
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        while verb.dep_ in {"xcomp", "conj"} and verb.tag_ == "VB" and verb.head.i != verb.i:
            verb = verb.head  # "are working to increase trade": the tense is the finite verb's
        since = self._since_date(verb) or self._since_date(clause_verb(token))
        if since is not None:
            return since
        if _perfect(verb) and _gives_reason(verb):
            return None  # "... may stem from it because Iran has signed agreements": some time before
        present = verb.tag_ in {"VBZ", "VBP", "VBG"} or any(
            c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
        )
        if present and self.published:
            self.last_date = self.published  # going on as of the report: dated to the report
            return self.last_date
        return self.last_date or self.published  # reported with no date: as of the report

    def _dates_its_when_clause(self, position: int, token: Token) -> bool:
        """Whether the date at `position` is on the clause a "when" clause with the trigger hangs
        from ("escalated in late September, when an air strike killed Nasrallah": then)."""
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        if verb.dep_ != "advcl" or not any(c.lower_ == "when" for c in verb.children):
            return False
        node = self._root_at(position)
        return node is not None and node.head.dep_ == "prep" and node.head.head.i == verb.head.i

    def _root_at(self, position: int) -> Token | None:
        """The root of the words at `position` in the stored text."""
        span = self.doc.char_span(position - self.offset, position - self.offset + 1, alignment_mode="expand")
        return span.root if span is not None else None

    def _sentence_dates(self, sentence: Passage) -> tuple[list[Dated], list[Token | None]]:
        """The sentence's dates and the trigger owning each, worked out once for all its triggers."""
        key = (sentence.start, tuple(sorted(self.triggers)))
        if key not in self._dates:  # (the dates once per sentence, their owners per set of triggers)
            found = self._found.get(sentence.start)
            if found is None:
                words = self.text[sentence.start : sentence.end]
                found = find_dates(words, self.anchor)
                # (the dateline's date is the report's, not the deed's the sentence dates itself:
                # "28 April 2023 — Iran's navy seized the tanker ... on Thursday")
                told = [f for f in found if not _dateline_date(words, f)]
                found = told if told else found
                self._found[sentence.start] = found
            self._dates[key] = (found, [self._date_owner(sentence.start + f[0]) for f in found])
        return self._dates[key]

    def _since_date(self, verb: Token) -> str | None:
        """ "have expanded ties since Russia invaded Ukraine in February 2022": ongoing activity
        is dated to the start its "since" phrase gives."""
        for child in verb.children:
            opens_since = child.lower_ == "since" and child.dep_ in {"prep", "advmod"}
            if opens_since or (child.dep_ == "advcl" and any(g.lower_ == "since" for g in child.children)):
                start = self.offset + child.left_edge.idx
                end = self.offset + child.right_edge.idx + len(child.right_edge.text)
                found = find_dates(self.text[start:end], self.anchor)
                if found:
                    return found[0][2].iso
                named = self.doc[child.left_edge.i : child.right_edge.i + 1]
                known = known_event_date(named, self.anchor)  # "since Russia's invasion of Ukraine"
                if known is not None:
                    return known
        return None

    def _date_owner(self, position: int) -> Token | None:
        """The trigger of this sentence whose phrase holds the date at `position`, if any."""
        node = self._root_at(position)  # (the one word the date starts in)
        if node is None:
            return None
        start = node.i
        told_then = [c for c in node.children if c.dep_ == "relcl" and c.i in self.triggers]
        if told_then:
            return told_then[0]  # "in late September, when an air strike killed Nasrallah": then
        if (
            _names_another_deed(node.head)
            and node.dep_ in DATE_MODIFIERS
            and node.head.i not in self.triggers
        ):
            return node.head  # "killed Sinwar, the architect of the October 7 attack": that attack's
        for _ in range(12):
            if node.i in self.triggers:
                return node
            if node.head.i == node.i:
                break
            node = node.head
        # attached higher up by the parser: the trigger right before it in the sentence owns it
        before = [i for i in self.triggers if self.doc[start].sent.start <= i < start]
        return self.doc[max(before)] if before else None


DATELINE_DATE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[—–-]")  # "(Reuters) —" after a date
DATELINE_REACH = 60  # characters from the sentence's start a dateline's date may end within


def _dateline_date(words: str, found: Dated) -> bool:
    """Whether a date found in a sentence is its dateline's: near its start and followed by a
    dash ("KYIV, Jan 3, 2024 (WNS) -", "28 April 2023 —")."""
    return found[1] <= DATELINE_REACH and DATELINE_DATE.match(words, found[1]) is not None


DATE_MODIFIERS = frozenset({"nmod", "compound", "npadvmod", "amod", "nummod"})
OCCASIONS = frozenset({"during", "amid", "at"})  # a deed's occasion dates it too


def _names_another_deed(noun: Token) -> bool:
    """Whether a noun a date modifies is a deed of its own ("the October 7 attack", "a 2019
    murder"): the date is that deed's."""
    occasion = noun.dep_ == "pobj" and noun.head.lower_ in OCCASIONS  # ("during his May 3 trip")
    return (
        not occasion
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in load_lexicon().nouns
        and any(c.dep_ in DATE_MODIFIERS and (c.like_num or c.ent_type_ == "DATE") for c in noun.children)
    )


POINTING_BACK = frozenset({"the", "these", "those", "this", "that"})


def _points_back(trigger: Token) -> bool:
    """ "the strikes", "these precision strikes": a noun that points back to a deed told before."""
    pointer = any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in trigger.children)
    return trigger.pos_ == "NOUN" and pointer


RECENT_DAYS = 31  # how far before the report a deed "the strikes" may point back to lies
# a day named by the one the report gave last: "on the same day", "later that day", "hours later"
SAME_DAY = re.compile(r"(?i)\b(?:the\s+same\s+day|that\s+same\s+day|later\s+that\s+day|hours\s+later)\b")


def _recent(told: str, published: str | None) -> bool:
    """Whether a day the report gave lies within a month before the report: its "the deal" may
    point back to a deal of this month, not to "the 2015 nuclear deal" it also names."""
    if published is None or len(told) < len("YYYY-MM-DD"):
        return False
    try:
        gap = date.fromisoformat(published[:10]) - date.fromisoformat(told[:10])
    except ValueError:
        return False
    return 0 <= gap.days <= RECENT_DAYS


def _perfect(verb: Token) -> bool:
    """ "has followed", "have spoken": a present perfect, for what has gone on since a date."""
    return any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children)


REASON_MARKS = frozenset({"because", "as", "since"})


def _gives_reason(verb: Token) -> bool:
    """ "because Iran has signed ...": the clause explains something else, it does not report news."""
    return any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in verb.children)
