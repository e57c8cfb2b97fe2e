"""The records that flow from one stage to the next (see DESIGN.md, "Data flows one way")."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

Format = Literal["text", "markdown", "html", "pdf", "feed"]
PassageKind = Literal["paragraph", "sentence"]

_SPACE_RUN = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """The text as stored: Unicode NFC, Unix newlines, no NUL, no trailing blank space."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.rstrip()


def content_key(text: str) -> str:
    """Identity of a document: hash of its text with every run of white space folded to one."""
    folded = _SPACE_RUN.sub(" ", normalize_text(text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One report as read from its source, before any analysis."""

    text: str
    source: str  # path or URL it was read from (a feed item: its link)
    name: str  # short id used in records: the file's basename, or the URL's
    format: Format
    title: str | None = None
    published: str | None = None  # ISO 8601 prefix: 2023, 2023-07, 2023-07-31
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    lang: str | None = None

    def __post_init__(self) -> None:
        self.text = normalize_text(self.text)

    @property
    def key(self) -> str:
        return content_key(self.text)


@dataclass(frozen=True)
class Citation:
    """A note marker resolved to one source address (a note with several gives several)."""

    marker: str  # without brackets: "9", "xiii"
    url: str  # usable address, un-defanged
    raw: str  # the address as the note wrote it
    defanged: bool = False  # "tass dot ru", "sana [dot] sy"
    foreign: bool = False  # marked with an asterisk: a foreign-domain source


@dataclass(frozen=True)
class Passage:
    """A paragraph or sentence: a character span of the stored text and the note markers it carries."""

    kind: PassageKind
    start: int
    end: int
    markers: tuple[str, ...] = ()
    section: str | None = None  # e.g. "Key Takeaways" or the heading the passage sits under


@dataclass
class Layout:
    """How a document's text is organised: where the analysed body ends, its notes, its passages."""

    body_end: int  # the notes section (if any) starts here; analysis reads text[:body_end]
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
