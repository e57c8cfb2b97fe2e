"""Metadata detected from a document's own text: publication date, language, title clean-up.

Only the head of a document is searched (its first non-empty lines), and only a full date with a
year on a dateline or byline counts: a date deep in the body is an event date, not the publication
date, and a month without a day is never padded to a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

HEAD_LINES = 10  # a dateline or byline sits in the first lines ...
HEAD_CHARS = 1500  # ... and near the top
SHORT_LINE = 160  # a dateline, byline or title is a short line, not a paragraph

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# "July 31, 2023", "Jul. 31, 2023", "July 31/2023"; "31 July 2023"; "2023-07-31"; "31.07.2023" (the
# day first, as Europe writes it); "31 of July of 2023" (as machine translation writes Spanish).
_FULL_DATES = (
    re.compile(rf"\b{_MONTH}\.?\s+{_DAY}(?:,?\s+|\s*/\s*|\s+of\s+){_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\.?,?\s+(?:of\s+)?{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"),
)
_MONTH_YEAR = re.compile(rf"^{_MONTH}\.?,?\s+{_YEAR}$", re.IGNORECASE)
_ISO_PREFIX = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?:[T ].*)?$")

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MARKUP = re.compile(r"</?[a-z][^>]*>|[*_`]+|\\(?=[*_])", re.IGNORECASE)  # tags, emphasis marks
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [text](url) -> text
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_DATE_LABEL = re.compile(
    r"^(?:(?:published|updated|posted|date|dated|last updated)\b\s*(?:on\b)?[\s:|-]*)?$", re.I
)
_AFTER_DATE = re.compile(r"^(?:(?:at\s+)?\d{1,2}[:.]\d{2}\b.*|\|.*)?$", re.IGNORECASE)
_EVENT_PREPOSITIONS = frozenset({"on", "since", "until", "by", "from", "before", "after", "in", "of", "to"})
# the small words of places' names in a dateline ("GOMA, Democratic Republic of the Congo, ...")
PLACE_LINKS = frozenset({"of", "the", "de", "del", "la", "es", "al", "el", "da", "do", "and"})
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_EN_STOPWORDS = frozenset(
    {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it", "are"}
    | {"be", "this", "from", "at", "or", "has", "have", "an", "not", "which", "its", "but", "were", "their"}
    | {"will", "been", "had", "said", "would", "they", "he", "she", "his", "her", "who", "also", "than"}
)


def head_lines(text: str, limit: int = HEAD_LINES, chars: int = HEAD_CHARS) -> Iterator[str]:
    """The first `limit` non-empty lines that start within the first `chars` characters, stripped."""
    offset = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        if offset > chars or seen >= limit:
            return
        offset += len(line)
        if line.strip():
            seen += 1
            yield line.strip()


def plain(line: str) -> str:
    """A line without Markdown marks, inline tags or link targets, white space folded."""
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _MARKUP.sub("", _LINK.sub(r"\1", line))
    return " ".join(line.split())


def markdown_heading(line: str) -> str | None:
    """The text of an ATX Markdown heading line ("# Title" -> "Title"), or None for any other line."""
    heading = _HEADING.match(line)
    return heading.group(1) if heading else None


def is_url_line(line: str) -> bool:
    """True for a line that is just an address."""
    return bool(line.strip()) and not _URL.sub("", line).strip()


def _iso(year: str, month: str, day: str | None) -> str | None:
    """An ISO prefix for the parts given, or None when they are not a real date."""
    number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    try:
        full = dt.date(int(year), number, int(day or 1))
    except ValueError:
        return None
    return full.isoformat() if day else full.isoformat()[:7]


def _full_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date (day, month and year) in a text: (start, end, ISO date)."""
    return [
        (match.start(), match.end(), iso)
        for pattern in _FULL_DATES
        for match in pattern.finditer(text)
        if (iso := _iso(match["year"], match["month"], match["day"]))
    ]


def find_full_date(line: str) -> tuple[str, int, int] | None:
    """The first full date (day, month and year) in a line: (ISO date, start, end)."""
    found = _full_dates(line)
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def latest_full_date(text: str) -> str | None:
    """The latest full date (day, month and year) a text names, as an ISO date."""
    return max((iso for _, _, iso in _full_dates(text)), default=None)


def parse_date(value: str) -> str | None:
    """Normalise a stated date to an ISO prefix that keeps its precision (2023, 2023-07, 2023-07-31)."""
    value = value.strip()
    iso = _ISO_PREFIX.match(value)
    if iso:
        if iso["month"] is None:
            return iso["year"] if int(iso["year"]) >= 1000 else None
        return _iso(iso["year"], iso["month"], iso["day"])
    full = find_full_date(value)
    if full:
        return full[0]
    month_year = _MONTH_YEAR.match(value)
    if month_year:
        return _iso(month_year["year"], month_year["month"], None)
    return None


def _dateline_date(line: str) -> str | None:
    """The date of a dateline: a short line that ends with a full date or opens with one."""
    line = _URL.sub("", line).strip()
    if len(line) > SHORT_LINE:
        return None
    found = find_full_date(line)
    if not found:
        return None
    iso, start, end = found
    before = line[:start].strip(" \t,;:|-–—(")
    after = line[end:].strip(" \t.,;)")
    if before and not _DATE_LABEL.match(before) and before.split()[-1].lower() in _EVENT_PREPOSITIONS:
        return None  # "... signed on July 15, 2022": an event in a sentence, not a dateline
    if not after or (_DATE_LABEL.match(before) and _AFTER_DATE.match(after)):
        return iso
    return None


def detect_published(text: str) -> str | None:
    """The publication date from a dateline or byline near the top, or None."""
    for line in head_lines(text):
        text = plain(line)
        iso = _dateline_date(text) or _news_dateline_date(text) or _lead_date(text)
        if iso:
            return iso
    return None


LEAD_REACH = 110  # characters from a lead's start its dateline's date may end within
# a dateline's or a lead's word before its date: a credit, a dash, a number, "on", "today", a capital
_LEAD_WORD = re.compile(r"^(?:\([^()]{1,40}\)|[-–—/,:]+|\d+,?|today,?|on|[A-Z][\w.'’-]*,?)$")


def _lead_date(line: str) -> str | None:
    """The date a news lead opens with, after its dateline's places and wire and perhaps its
    subject and weekday: "MINSK, May 25, 2023. /TASS/.", "Baku, December 29, 2024, APA.", "9 July
    2024 — The UN ...", "WASHINGTON — Today, January 10, 2025, ...", "MOSCOW (AP) — Russia on
    Monday, July 17, 2023, declined ..."; not a sentence opening with an event's date ("On
    October 7, 2023, ...", "In June 2024 ...")."""
    found = find_full_date(line[:LEAD_REACH])
    if found is None:
        return None
    iso, start, _ = found
    words = line[:start].split()
    if len(words) > 8 or (words and words[0].lower() in _EVENT_PREPOSITIONS):
        return None
    return iso if all(_LEAD_WORD.match(w) for w in words) else None


# a wire story's opening up to its dash: "SANAA/JERUSALEM, April 18, 2025 (Reuters) - ..."
_NEWS_OPENING = re.compile(r"^(.{3,90}?)\s[-–—]{1,2}\s")
_CREDIT = re.compile(r"^(?:\([^()]{1,40}\))?$")


def _news_dateline_date(line: str) -> str | None:
    """The date of a news dateline that opens the lead: places (each word capitalised), the full
    date, perhaps the wire's credit, then a dash; "On October 7, 2023 - ..." is no dateline."""
    opening = _NEWS_OPENING.match(line)
    found = find_full_date(opening.group(1)) if opening else None
    if opening is None or found is None:
        return None
    iso, start, end = found
    places = opening.group(1)[:start].strip()
    after = opening.group(1)[end:].strip()
    if places.endswith("(") and after.startswith(")"):  # "ANKARA (24.10.2024) -"
        places, after = places[:-1].rstrip() + ",", after[1:].strip()
    words = [w for w in re.split(r"[\s/,]+", places) if w]
    capitalised = [w[:1].isupper() or (w in PLACE_LINKS and i > 0) for i, w in enumerate(words)]
    if not places.endswith(",") or not words or not all(capitalised):
        return None
    return iso if _CREDIT.match(after) else None


# "/2024/03/12/", "/2024/3/12/", "-2024-03-12/", "/20240312/": a news site's path names its day
_URL_DAY = re.compile(r"[/-]((?:19|20)\d\d)([/-]?)(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)")


def date_in_url(url: str | None) -> str | None:
    """The publication day a news address carries in its path, or None."""
    if not url:
        return None
    for match in _URL_DAY.finditer(url):
        year, separator, month, day = match.groups()
        if not separator and (len(month), len(day)) != (2, 2):
            continue  # "/2024312/" says nothing for sure
        if 1 <= int(month) <= 12:
            iso = _iso(year, month, day)
            if iso:
                return iso
    return None


def is_date_line(line: str) -> bool:
    """True for a line that is nothing but a date (optionally with a label like "Published")."""
    line = plain(line)
    found = find_full_date(line)
    if not found:
        return False
    _, start, end = found
    return bool(_DATE_LABEL.match(line[:start].strip())) and not line[end:].strip(" .,;")


def normalize_lang(value: str | None) -> str | None:
    """A language tag cut to its primary subtag ("en-US" -> "en"), or None when it is not one."""
    if not value:
        return None
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def detect_lang(text: str) -> str | None:
    """ "en" when common English function words make up a good share of the words, else None."""
    words = _WORD.findall(text[:20000].lower())
    if len(words) < 20:
        return None
    share = sum(1 for word in words if word in _EN_STOPWORDS) / len(words)
    return "en" if share >= 0.2 else None


def strip_section_label(title: str) -> str:
    """Drop a short section label before " | " ("Opinion | Title" -> "Title")."""
    label, sep, rest = title.partition(" | ")
    if (
        sep
        and len(label) <= 30
        and len(label.split()) <= 3
        and len(rest.split()) >= max(4, len(label.split()) + 1)
    ):
        return rest.strip()
    return title


def clean_title(title: str | None) -> str | None:
    """A title as shown: no Markdown marks, white space folded, section label dropped; None if empty."""
    if title is None:
        return None
    cleaned = strip_section_label(plain(title))
    return cleaned or None
