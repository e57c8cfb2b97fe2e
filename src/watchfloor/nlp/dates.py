"""Event dates: English date expressions resolved against the document's date.

``resolve_date(phrase, anchor)`` reads one date expression (a spaCy DATE entity, with or without
its preposition); ``find_dates(text, anchor)`` scans a sentence for every such expression and
returns their spans and values. ``anchor`` is the publication date (ISO ``YYYY-MM-DD``) or None.

Values carry only the precision the text gives (``2023-07-31`` day, ``2023-07`` month, ``2023``
year) and nothing is invented: without an anchor, "July 31", "in June" and "on Tuesday" give
nothing, and a relative expression ("last week", "in recent months") gets the finest precision
that holds for every day it can mean. Rules:

- Month-day without a year takes the anchor's year, or the year before when that would put it
  more than 31 days after the anchor; a month alone is the latest such month not after the
  anchor's month. Weekdays are the latest such day on or before the anchor.
- Ranges ("May 3 - 5", "from August 13 to 27", "between April and May 2023", "2019-2021") and
  "since ..." give their start with ``start_only``; lists ("May 8 and 10", "in April and May
  2023") give one value per item, the year shared from the end.
- Future, recurring and bounding expressions ("next Tuesday", "every July", "before July 31",
  "Monday through Friday") and durations ("six months", "11 years") are not event dates.
- A bare four-digit year (1900-2100) counts unless the number is clearly something else
  ("2000 troops", "Resolution 2023", "$2015").

The grammar is a single compiled regular expression of table-driven forms (pure string work,
a few microseconds per sentence); numeric dates ("07/31/2023", "31.07.2023") go to dateparser,
which detects the day-month order. dateparser is not used for the rest: measured on these forms
it reads durations as dates ("six months" -> six months ago, "11 years" -> 2011), puts
"December 28" in the previous year for an August anchor, fails on ranges, "since", "late 2022"
and "recent months", and costs about half a millisecond a call.

The parts: ``date_lexicon`` (vocabulary and token patterns), ``date_values`` (``DateValue``),
``calendar_dates`` and ``relative_dates`` (one handler per form), ``date_grammar`` (the forms and
the master expression); this module scans a sentence with them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from watchfloor.nlp.clean import clean_for_parser
from watchfloor.nlp.date_grammar import FORM_HANDLERS, FORM_PATTERNS, MASTER_PATTERN
from watchfloor.nlp.date_values import DateContext, DateValue, Span

__all__ = ["find_dates", "resolve_date"]

# Words before an expression that make it no event date: future, recurring, or a bound.
_REJECT_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:next|coming|upcoming|following|every|each|later|before|after|prior\s+to|"
    r"ahead\s+of)\s+$"
)
_START_PREFIXES = ("since", "starting", "beginning")


@lru_cache(maxsize=256)
def _anchor_date(anchor: str | None) -> date | None:
    if not anchor:
        return None
    try:
        return date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def find_dates(text: str, anchor: str | None) -> list[tuple[int, int, DateValue]]:
    """Date expressions in a sentence, in order: (start, end, value), ``text[start:end]`` the expression.

    A prefix that shapes the value ("since", "from", "between") is part of the span; a plain
    preposition ("on", "in") is not. Lists give one span per item.
    """
    clean = clean_for_parser(text)
    ctx = DateContext(clean, _anchor_date(anchor))
    found: list[Span] = []
    for m in MASTER_PATTERN.finditer(clean):
        name = next(name for name in FORM_HANDLERS if m.start(name) >= 0)
        if _REJECT_BEFORE.search(clean, max(0, m.start() - 16), m.start()):
            continue
        form = FORM_PATTERNS[name].fullmatch(clean, m.start(name), m.end(name))
        if form is None:  # pragma: no cover - the master and the form are the same pattern
            continue
        try:
            spans = FORM_HANDLERS[name](form, ctx)
        except (ValueError, OverflowError):  # it falls outside the calendar (years 1-9999): no date
            continue
        if not spans:
            continue
        prefix = (m["pre"] or "").lower()
        if prefix == "between" or (prefix == "from" and spans[0][2].start_only):
            spans = [(m.start(), m.end(), replace(spans[0][2], start_only=True))]
        elif prefix.startswith(_START_PREFIXES) or m["post"]:
            first = spans[0]
            spans[0] = (
                m.start(),
                first[1] if len(spans) > 1 else m.end(),
                replace(first[2], start_only=True),
            )
        elif prefix:
            spans[0] = (m.start(), *spans[0][1:])
        found.extend(spans)
    return found


def resolve_date(phrase: str, anchor: str | None) -> DateValue | None:
    """The value of one date expression (the first item of a list, the start of a range), or None."""
    found = find_dates(phrase, anchor)
    return found[0][2] if found else None
