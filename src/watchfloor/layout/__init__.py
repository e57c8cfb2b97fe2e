"""Layout analysis: where a report's body ends, what its notes cite, and its passages.

``analyse_layout(text)`` reads the stored text of one document (NFC, ``\\n`` newlines) and returns
a :class:`~watchfloor.models.Layout`: ``body_end`` (the start of the trailing notes section, or
``len(text)``), the notes' citations in note order (one per address, un-defanged), and the
paragraph and sentence passages of ``text[:body_end]`` with their note markers and sections.
Pure string work with compiled regular expressions: no model, no I/O.

Modules: ``markers`` (marker syntax), ``defang`` (addresses, defanged or not), ``notes`` (the
notes section and its citations), ``sentences`` (the splitter), ``passages`` (paragraphs,
sentences, sections).
"""

from __future__ import annotations

from watchfloor.layout.defang import Address, find_addresses, is_defanged, refang
from watchfloor.layout.markers import Marker, find_markers, labels_in
from watchfloor.layout.notes import Note, NotesSection, find_notes
from watchfloor.layout.passages import split_passages
from watchfloor.layout.sentences import sentence_spans
from watchfloor.models import Layout

__all__ = [
    "Address",
    "Marker",
    "Note",
    "NotesSection",
    "analyse_layout",
    "find_addresses",
    "find_markers",
    "find_notes",
    "is_defanged",
    "labels_in",
    "refang",
    "sentence_spans",
    "split_passages",
]


def analyse_layout(text: str) -> Layout:
    """Body end, citations and passages of one document's stored text."""
    notes = find_notes(text)
    if notes is None:
        return Layout(body_end=len(text), citations=[], passages=split_passages(text))
    return Layout(
        body_end=notes.start,
        citations=notes.citations,
        passages=split_passages(text, notes.start, notes.letters),
    )
