"""Paragraphs, sentences and sections of a report's body, as spans of the stored text.

- Paragraphs: in these reports each line is a paragraph, and so is each list item ("  1. ...",
  "  • ...", "- ..."); a list item's span starts after its bullet. A line that starts with a
  lowercase letter continues the paragraph above when that one stops mid-sentence (hard-wrapped
  text, or a paragraph broken by a stray blank line: "...against Romanian" / "websites, ...").
- Sections: a heading is a Markdown heading (``## **US Policy Implications**``), a line that is
  all bold, or a short line with no final punctuation followed by body text ("Key Takeaways").
  The first line (the title), datelines ("Iran Update, July 31, 2023") and bylines are not
  headings. Every passage carries the heading it sits under (a heading, its own text); None
  before the first. Headings and titles are kept as paragraphs and sentences too.
- Sentences: see ``sentences.py``. Note markers count for the passage whose span holds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from watchfloor.layout.markers import MARKER, labels_in
from watchfloor.layout.sentences import sentence_spans
from watchfloor.models import Passage

_SP = r"[ \t\u00a0]"
_BULLET = re.compile(rf"{_SP}*(?:[-*+•·▪‣◦–]|\d{{1,3}}[.)]|[a-z][.)]|\(\w{{1,3}}\)){_SP}+(?=\S)")
_MD_HEADING = re.compile(rf"{_SP}*#{{1,6}}{_SP}+")
_EMPHASIS = "*_ \t\u00a0"
_ALL_BOLD = re.compile(r"(\*\*|__)[^*_\n]+\1")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b|\b\d{{4}}-\d\d-\d\d\b")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+"
# "By Jane Doe", "Jane Doe, John Roe, and Ann Poe"; "Jane Doe and John Roe" passes for a heading.
_BYLINE = re.compile(rf"By\s+{_NAME}.*|{_NAME}(?:\s*,\s*{_NAME})+(?:,?\s+and\s+{_NAME})?")
_END_MARKERS = re.compile(rf"(?:{_SP}*{MARKER.pattern})+$")
_ADDRESS_HINT = re.compile(r"https?://|www\.", re.IGNORECASE)

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12


@dataclass
class _Paragraph:
    start: int
    end: int
    bullet: bool
    markdown_heading: bool


def _paragraphs(text: str, end: int) -> Iterator[_Paragraph]:
    """Paragraph spans in text[:end]: one per line or list item, wrapped lines joined."""
    current: _Paragraph | None = None
    pos = 0
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        s, e, bullet, md = _content(text, pos, line_end)
        pos = line_end + 1
        if s >= e:
            continue
        if (
            current is not None
            and not bullet
            and not md
            and not current.markdown_heading
            and text[s].islower()
            and _open_end(text[current.end - 1])
        ):
            current.end = e  # the line continues the paragraph above
            continue
        if current is not None:
            yield current
        current = _Paragraph(s, e, bullet, md)
    if current is not None:
        yield current


def _open_end(last: str) -> bool:
    """Whether a line ending in this character stops mid-sentence."""
    return last.isalnum() or last in ",–—-"


def _content(text: str, s: int, e: int) -> tuple[int, int, bool, bool]:
    """A line's content span without its bullet or '#' prefix, and which of them it had."""
    bullet = md = False
    m = _MD_HEADING.match(text, s, e)
    if m:
        s, md = m.end(), True
    else:
        m = _BULLET.match(text, s, e)
        if m:
            s, bullet = m.end(), True
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if not md and _ALL_BOLD.fullmatch(text, s, e):  # an all-bold short line is a heading too
        md = _short_unpunctuated(text[s:e].strip(_EMPHASIS))
    if md:  # the heading's words, without '**'
        while s < e and text[s] in _EMPHASIS:
            s += 1
        while e > s and text[e - 1] in _EMPHASIS:
            e -= 1
    return s, e, bullet, md


def _short_unpunctuated(line: str) -> bool:
    """Short, and ending in a word rather than in punctuation (closing quotes aside)."""
    if not 0 < len(line) <= MAX_HEADING_CHARS or len(line.split()) > MAX_HEADING_WORDS:
        return False
    return _END_MARKERS.sub("", line).rstrip(")]\"'”’*_")[-1:].isalnum()


def _is_plain_heading(line: str, before_body: bool) -> bool:
    """A short unpunctuated line, not a dateline or byline, that is followed by body text."""
    if not before_body or not _short_unpunctuated(line) or not line[0].isupper():
        return False
    return not (
        _DATE.search(line) or _BYLINE.fullmatch(line) or _ADDRESS_HINT.search(line) or MARKER.search(line)
    )


def _is_body(text: str, par: _Paragraph | None) -> bool:
    """Whether a paragraph is body text (a list item, or prose) rather than another heading."""
    if par is None or par.markdown_heading:
        return False
    return par.bullet or not _short_unpunctuated(text[par.start : par.end])


def split_passages(text: str, end: int | None = None, letters: frozenset[str] = frozenset()) -> list[Passage]:
    """Paragraph and sentence passages of text[:end], each paragraph followed by its sentences."""
    end = len(text) if end is None else end
    paragraphs = list(_paragraphs(text, end))
    passages: list[Passage] = []
    section: str | None = None
    for i, par in enumerate(paragraphs):
        line = text[par.start : par.end]
        if i > 0 and not par.bullet:  # the first line is the title, not a heading
            following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            if par.markdown_heading or _is_plain_heading(line, _is_body(text, following)):
                section = line
        markers = labels_in(text, par.start, par.end, letters)
        passages.append(Passage("paragraph", par.start, par.end, markers, section))
        for s, e in sentence_spans(text, par.start, par.end):
            passages.append(Passage("sentence", s, e, labels_in(text, s, e, letters), section))
    return passages
