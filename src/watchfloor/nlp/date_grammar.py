"""The date grammar: its forms, tried in order at each word start, compiled into one master expression.

Each form is a pattern with the handler that reads its match (``calendar_dates``, ``relative_dates``).
The master expression puts the forms side by side as named groups, digit-led forms first, with an
optional value-shaping prefix ("since", "from", "between") and suffix ("onwards").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from watchfloor.nlp.calendar_dates import (
    bare_year,
    day_month_list,
    day_month_range,
    iso,
    month_alone,
    month_day,
    month_day_list,
    month_day_range,
    month_list,
    month_of_relative_year,
    month_range,
    month_year,
    numeric,
    year_dash,
    year_list,
    year_range,
)
from watchfloor.nlp.date_lexicon import DAY, FULL_MONTH, MONTH, NUMBER_WORDS, VAGUE_COUNTS, WEEKDAY, YEAR
from watchfloor.nlp.date_values import DateContext, Span
from watchfloor.nlp.relative_dates import (
    ago,
    day_before,
    last_unit,
    past_span,
    present,
    recent,
    relative_day,
    this_unit,
    weekday,
    weekend,
)

Handler = Callable[[re.Match[str], DateContext], list[Span]]

# Pieces of the form patterns, beside the month, day and year tokens of ``date_lexicon``.
_YEND = r"(?![\w%]|[.,]\d)"
_NOT_NUMBER_BEFORE = r"(?<![\w$€£#/.,:;+-])"
_BARE_YEAR = rf"(?:(?<=[Mm]id-)|(?<=MID-)|{_NOT_NUMBER_BEFORE}){YEAR}{_YEND}(?!-\w|/\d)"
_CONN = r"(?:\s*[-–—]\s*|\s+(?i:to|through|thru|till|until)\s+)"
_AND = r"\s*,?\s+(?:and|&)\s+"
_NUM = rf"(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)}|(?:a\s+)?few|several|(?:a\s+)?couple\s+of)"
_UNIT = r"(?:days?|weeks?|months?|years?)"
_DAYPART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_UNITS_AFTER_NUMBER = (
    r"(?!\s+(?i:percent|per|people|persons|troops|soldiers|fighters|personnel|men|women|civilians|"
    r"km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|barrels|bpd|dollars|euros|"
    r"rubles|roubles|rials|hours|hrs|gmt|utc|local\s+time|units|vehicles|times|casualties|dead|"
    r"killed|wounded|injured|refugees|rounds|shells|rockets|missiles|drones|tanks|aircraft)\b)"
)
_DATE_AHEAD = rf"\s*,?\s*\(?(?:{MONTH}\s+{DAY}|{DAY}\s+(?:of\s+)?{MONTH})"


def _reject(m: re.Match[str], ctx: DateContext) -> list[Span]:
    """A form that is recognised only to be no event date ("Monday through Friday")."""
    return []


@dataclass(frozen=True)
class _Form:
    name: str
    pattern: str
    handler: Handler
    digit: bool = False  # starts with a digit (else with a word from _LEAD_WORDS or a capital)


_FORMS = (
    _Form(
        "iso", rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])", iso, True
    ),
    _Form(
        "numeric",
        rf"(?<![\d/.-])(?:\d{{1,2}}/\d{{1,2}}/(?:{YEAR}|\d\d)|\d{{1,2}}\.\d{{1,2}}\.{YEAR}|{YEAR}/\d{{1,2}}/\d{{1,2}}"
        rf"|\d{{1,2}}-{MONTH}-{YEAR})(?![\d/.]\d|\d)",
        numeric,
        True,
    ),
    _Form(
        "day_month_range",
        rf"(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?{_CONN}(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s*(?P<y2>{YEAR}){_YEND})?",
        day_month_range,
        True,
    ),
    _Form(
        "day_month_list",
        rf"{DAY}(?:\s*,\s*{DAY})*{_AND}{DAY}\s+(?P<m>{MONTH})(?:,?\s*(?P<y>{YEAR}){_YEND})?",
        day_month_list,
        True,
    ),
    _Form(
        "day_month",
        rf"(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<m>{MONTH})(?:,?\s*(?P<y>{YEAR}){_YEND})?",
        month_day,
        True,
    ),
    _Form("year_dash", rf"(?<![\w-])(?P<y>{YEAR})(?P<dash>[-–/])(?P<n>\d\d)(?![\w/-])", year_dash, True),
    _Form("year_range", rf"{_NOT_NUMBER_BEFORE}(?P<y1>{YEAR}){_CONN}(?P<y2>{YEAR}){_YEND}", year_range, True),
    _Form("year_list", rf"{_NOT_NUMBER_BEFORE}{YEAR}(?:\s*,\s*{YEAR})*{_AND}{YEAR}{_YEND}", year_list, True),
    _Form("year", rf"{_BARE_YEAR}{_UNITS_AFTER_NUMBER}", bare_year, True),
    _Form(
        "the_day_of_month",
        rf"(?i:the)\s+(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<m>{MONTH})(?:,?\s*(?P<y>{YEAR}){_YEND})?",
        month_day,
    ),
    _Form(
        "month_day_range",
        rf"(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s*(?P<y1>{YEAR}))?{_CONN}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})"
        rf"(?:,?\s*(?P<y2>{YEAR}){_YEND})?",
        month_day_range,
    ),
    _Form(
        "month_day_list",
        rf"(?P<m>{MONTH})\s+{DAY}(?:\s*,\s*{DAY})*{_AND}{DAY}(?:,?\s*(?P<y>{YEAR}){_YEND})?",
        month_day_list,
    ),
    _Form("month_day", rf"(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s*(?P<y>{YEAR}){_YEND})?", month_day),
    _Form(
        "month_range",
        rf"(?P<m1>{FULL_MONTH})(?:,?\s+(?P<y1>{YEAR}))?{_CONN}(?P<m2>{FULL_MONTH})(?:,?\s+(?P<y2>{YEAR}){_YEND})?",
        month_range,
    ),
    _Form(
        "month_list",
        rf"{FULL_MONTH}(?:\s+{YEAR})?(?:\s*,\s*{FULL_MONTH}(?:\s+{YEAR})?)*{_AND}{FULL_MONTH}(?:,?\s+{YEAR}{_YEND})?",
        month_list,
    ),
    _Form("month_year", rf"(?P<m>{MONTH})(?:,?\s+|\s+(?i:of)\s+)(?P<y>{YEAR}){_YEND}", month_year),
    _Form(
        "month_of_relative_year",
        rf"(?P<m>{FULL_MONTH})\s+(?:(?i:of)\s+)?(?P<ry>(?i:last|this|next))\s+(?i:year)(?![A-Za-z])",
        month_of_relative_year,
    ),
    _Form("month", rf"(?:(?P<rel>(?i:last|this))\s+)?(?P<m>{FULL_MONTH})", month_alone),
    _Form("weekday_range", rf"{WEEKDAY}{_CONN}{WEEKDAY}", _reject),
    _Form(
        "weekday",
        rf"(?:(?P<rel>(?i:last|this|past|next))\s+)?(?P<wd>{WEEKDAY}){_DAYPART}(?!{_DATE_AHEAD})",
        weekday,
    ),
    _Form(
        "relative_day",
        r"(?P<k>(?i:the\s+day\s+before\s+yesterday|yesterday|last\s+night|(?:earlier\s+)?today|tonight"
        r"|this\s+(?:morning|afternoon|evening)))(?![A-Za-z])" + _DAYPART,
        relative_day,
    ),
    _Form(
        "day_before",
        r"(?i:(?:the|a|one)\s+day\s+(?:before|earlier|prior)|the\s+(?:previous|preceding|prior)\s+day)"
        r"(?!\s+(?:the|a|an|his|her|its|their|this|these|those|[A-Z][a-z]*|\d+)\b)",
        day_before,
    ),
    _Form("ago", rf"(?i:(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?:ago|earlier))(?![A-Za-z])", ago),
    _Form(
        "this_unit", r"(?i:(?:earlier\s+|so\s+far\s+)?this\s+(?P<u>week|month|year))(?![A-Za-z])", this_unit
    ),
    _Form(
        "last_unit",
        r"(?i:(?:last|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<u>week|month|year))(?![A-Za-z])",
        last_unit,
    ),
    _Form(
        "weekend",
        r"(?i:(?:over|at|during)\s+the\s+weekend|(?P<rel>last|this|past)\s+weekend)(?![A-Za-z])",
        weekend,
    ),
    _Form(
        "past_span",
        rf"(?i:(?:the\s+)?(?:past|last)\s+(?:(?P<n>{_NUM})\s+)?(?P<u>{_UNIT}))(?![A-Za-z])",
        past_span,
    ),
    _Form(
        "recent", r"(?i:recent\s+(?P<u>days|weeks|months|years|decades)|recently|recent)(?![A-Za-z])", recent
    ),
    _Form(
        "present",
        r"(?<!from )(?i:right\s+now|now|currently|at\s+present|presently|at\s+the\s+moment|nowadays)"
        r"(?![A-Za-z-])",
        present,
    ),
)

# Every form starts at a word start: a digit, a capital, or one of these words (lower case).
_LEAD_WORDS = (
    *NUMBER_WORDS,
    *VAGUE_COUNTS,
    *("the", "yesterday", "today", "tonight", "last", "this", "earlier", "so", "past", "recent", "recently"),
    *("now", "right", "currently", "at", "presently", "nowadays", "over", "during"),
    *("since", "from", "between", "starting", "beginning"),
)
_PREFIX = (
    r"(?:(?P<pre>(?i:since|from|between|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|on))?))\s+)?"
)
_SUFFIX = r"(?P<post>\s+(?i:onwards?)(?![A-Za-z]))?"
_UNNAMED = re.compile(r"\(\?P<\w+>")


def _alternatives(forms: list[_Form]) -> str:
    return "|".join(f"(?P<{form.name}>{_UNNAMED.sub('(?:', form.pattern)})" for form in forms)


MASTER_PATTERN = re.compile(
    rf"(?<!\w)(?=[\dA-Z]|(?:{'|'.join(_LEAD_WORDS)})\b){_PREFIX}"
    rf"(?:(?=\d)(?:{_alternatives([f for f in _FORMS if f.digit])})"
    rf"|(?!\d)(?:{_alternatives([f for f in _FORMS if not f.digit])})){_SUFFIX}"
)
FORM_PATTERNS = {form.name: re.compile(form.pattern) for form in _FORMS}
FORM_HANDLERS = {form.name: form.handler for form in _FORMS}
