"""The notes section at the end of a report, and the citations its notes resolve to.

A notes section is the trailing block of note lines: ``[1] https://...``, ``[xiii] https://a ;
https://b``, ``[^4]: https://...``, and, only when every one of them starts with an address,
``1. https://...`` or ``^1 https://...`` (a numbered list in the body is not a notes section).
A note's addresses may continue on the following lines (``[viii] https://x ;`` then, after blank
lines, ``https://y ;``), and its text may wrap onto up to three lines. A heading such as "Notes"
or "Endnotes" right above the first note opens the section; a few short lines after the last note
("Tags", "View Citations") are trailing junk. A body paragraph that merely contains "[3]" never
starts the section: a note line starts with its marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watchfloor.layout.defang import address_at, find_addresses
from watchfloor.layout.markers import ARABIC, LETTER, ROMAN, ROMAN_UPPER, normalize_label
from watchfloor.models import Citation

MAX_TAIL_LINES = 8  # non-blank lines allowed after the last note
MAX_TAIL_CHARS = 300  # a longer line after the "notes" is body text: they were not the notes
MAX_WRAP = 3  # lines a note's text may wrap onto
MAX_ADDRESS_LINE = 4000  # longer lines are prose, whatever they hold

_SP = r"[ \t\u00a0]"
_BRACKET_NOTE = re.compile(rf"{_SP}*\\?\[\^?(?P<label>{ARABIC}|{ROMAN}|{ROMAN_UPPER}|{LETTER})\\?\]:?{_SP}*")
_NUMBERED_NOTE = re.compile(rf"{_SP}*(?:\^(?P<caret>{ARABIC})|(?P<number>{ARABIC})[.)]){_SP}+")
_ASTERISK = re.compile(r"\\?\*")
_FOREIGN_MARK = re.compile(rf"\\?\*{_SP}?$")
_ADDRESS_GLUE = re.compile(r"[\s;,|*\\]*(?:(?:and|or)[\s;,|*\\]*)?", re.IGNORECASE)
_CONTINUES = re.compile(r"[;,]\s*$")
NOTES_HEADING = re.compile(
    rf"{_SP}*(?:#{{1,6}}{_SP}*)?(?:\*\*|__|\*|_)?"
    r"(?:end[ -]?notes|foot[ -]?notes|notes|references|sources|citations|bibliography|works cited)"
    rf"(?:\*\*|__|\*|_)?{_SP}*:?{_SP}*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Note:
    """One note: its label and the citations it resolves to (none if it names no address)."""

    label: str
    start: int
    end: int
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class NotesSection:
    """The notes block: it starts at ``start`` (its heading, or its first note)."""

    start: int
    heading: str | None
    notes: tuple[Note, ...]

    @property
    def citations(self) -> list[Citation]:
        return [c for note in self.notes for c in note.citations]

    @property
    def letters(self) -> frozenset[str]:
        """Single-letter labels the notes define (so that "[a]" in the body is a marker)."""
        return frozenset(n.label for n in self.notes if len(n.label) == 1 and n.label.isalpha())


class _Lines:
    """The text's lines as (start, end) spans, with cached classifications."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            self.spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        self._starts: dict[int, tuple[str, int] | None] = {}

    def blank(self, i: int) -> bool:
        s, e = self.spans[i]
        return not self.text[s:e].strip()

    def note_start(self, i: int) -> tuple[str, int] | None:
        """(label, offset where the note's content begins) if line i opens a note."""
        if i not in self._starts:
            self._starts[i] = self._note_start(i)
        return self._starts[i]

    def _note_start(self, i: int) -> tuple[str, int] | None:
        s, e = self.spans[i]
        m = _BRACKET_NOTE.match(self.text, s, e)
        if m:
            label = m.group("label")
            if (
                label.isalpha()
                and len(label) == 1
                and label not in "ivxIVX"
                and not self._starts_with_address(m.end(), e)
            ):
                return None  # "[a] word": a lettered note only when it names an address
            return normalize_label(label), m.end()
        m = _NUMBERED_NOTE.match(self.text, s, e)
        if m and self._starts_with_address(m.end(), e):
            return m.group("caret") or m.group("number"), m.end()
        return None

    def _starts_with_address(self, pos: int, end: int) -> bool:
        a = _ASTERISK.match(self.text, pos, end)
        pos = a.end() if a else pos
        return address_at(self.text, pos, end) is not None

    def address_only(self, i: int) -> bool:
        """Line i holds nothing but addresses (and separators): a note's continuation."""
        s, e = self.spans[i]
        if e - s > MAX_ADDRESS_LINE:
            return False
        pos, found = s, False
        for a in find_addresses(self.text, s, e, bare=True):
            if not _ADDRESS_GLUE.fullmatch(self.text, pos, a.start):
                return False
            pos, found = a.end, True
        return found and bool(_ADDRESS_GLUE.fullmatch(self.text, pos, e))


def find_notes(text: str) -> NotesSection | None:
    """The trailing notes section of text, or None when the text has none."""
    lines = _Lines(text)
    last = _last_note(lines)
    if last is None:
        return None
    first = _first_note(lines, last)
    notes = _parse(lines, first, last)
    k = first - 1
    while k >= 0 and lines.blank(k):
        k -= 1
    heading = None
    start = lines.spans[first][0]
    if k >= 0 and NOTES_HEADING.fullmatch(text, *lines.spans[k]):
        s, e = lines.spans[k]
        heading, start = text[s:e].strip(" \t\u00a0#*_:"), s
    if heading is None and not any(note.citations for note in notes):
        return None  # a few lines that start with "[3]" but cite nothing: not a notes section
    return NotesSection(start, heading, tuple(notes))


def _last_note(lines: _Lines) -> int | None:
    """The last note line, if it is followed by no more than a few short junk lines."""
    tail = 0
    for i in range(len(lines.spans) - 1, -1, -1):
        if lines.blank(i):
            continue
        if lines.note_start(i):
            return i
        s, e = lines.spans[i]
        tail += 1
        if tail > MAX_TAIL_LINES or e - s > MAX_TAIL_CHARS:
            return None
    return None


def _first_note(lines: _Lines, last: int) -> int:
    """Walk up from the last note over notes, blank lines, address lines and wrapped note text."""
    first, i = last, last - 1
    while i >= 0:
        if lines.blank(i) or lines.address_only(i):
            i -= 1
        elif lines.note_start(i):
            first, i = i, i - 1
        else:  # wrapped note text: a few non-blank lines right under a note line
            j = i
            while j > i - MAX_WRAP and j > 0 and not (lines.blank(j - 1) or lines.note_start(j - 1)):
                j -= 1
            if j > 0 and lines.note_start(j - 1):
                first, i = j - 1, j - 2
            else:
                break
    return first


def _parse(lines: _Lines, first: int, last: int) -> list[Note]:
    """Read the notes from line ``first`` on: note lines, their continuations, then stop."""
    notes: list[tuple[str, int, list[tuple[int, int]]]] = []
    gap, wrapped = False, 0
    for i in range(first, len(lines.spans)):
        s, e = lines.spans[i]
        if lines.blank(i):
            gap = True
            continue
        opened = lines.note_start(i)
        if opened:
            notes.append((opened[0], s, [(opened[1], e)]))
            gap, wrapped = False, 0
            continue
        segments = notes[-1][2]
        seg_s, seg_e = segments[-1]
        # an address line after a blank line still belongs to the note if the note runs on (";"),
        # has said nothing yet ("[3]" alone), or more notes follow
        runs_on = bool(_CONTINUES.search(lines.text, seg_s, seg_e)) or not lines.text[seg_s:seg_e].strip()
        if lines.address_only(i) and (not gap or runs_on or i < last):
            segments.append((s, e))
        elif not gap and wrapped < MAX_WRAP and not lines.address_only(i):
            segments.append((s, e))
            wrapped += 1
        else:
            break  # trailing junk
        gap = False
    return [_note(lines.text, label, start, segments) for label, start, segments in notes]


def _note(text: str, label: str, start: int, segments: list[tuple[int, int]]) -> Note:
    citations = []
    for s, e in segments:
        for a in find_addresses(text, s, e, bare=True):
            foreign = bool(_FOREIGN_MARK.search(text, max(s, a.start - 3), a.start))
            citations.append(Citation(label, a.url, a.raw, a.defanged, foreign))
    return Note(label, start, segments[-1][1], tuple(citations))
