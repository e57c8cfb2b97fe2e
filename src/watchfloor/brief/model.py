"""A drafted brief: title, Key Takeaways, sections of paragraphs, each sentence with its sources.

A sentence's sources are the reports (document and event) it was drafted from; each source gives
the note URL of the report's sentence where it had one, so the brief cites exactly what backs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """A document behind a sentence, with the note (marker and URL) of the sentence it was read
    from; one per note, or one without a note when that sentence had none."""

    number: int  # the brief's numbering of its sources, from 1
    document_id: int
    title: str
    published: str | None
    marker: str | None  # the note marker of the source sentence ("7", "iv"), if any
    url: str | None  # the note's URL, if the sentence had a note that gives one

    def as_dict(self) -> dict[str, object]:
        return {
            "number": self.number,
            "document_id": self.document_id,
            "title": self.title,
            "published": self.published,
            "marker": self.marker,
            "url": self.url,
        }


@dataclass(frozen=True)
class Sentence:
    text: str
    story: int  # the event cluster id, or minus the event id for an event in no cluster
    sources: tuple[Source, ...]
    events: tuple[int, ...] = ()  # the stored events (reports) the sentence was drafted from

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "story": self.story,
            "events": list(self.events),
            "sources": [s.number for s in self.sources],
        }


@dataclass(frozen=True)
class Paragraph:
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Section:
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Brief:
    title: str
    period: str  # the period in words ("July 31, 2023", "July 24 – 31, 2023")
    scope: str  # the filters in words ("actor: Iran; topic: military"), empty for none
    takeaways: tuple[Sentence, ...] = ()
    sections: tuple[Section, ...] = ()
    sources: tuple[Source, ...] = field(default_factory=tuple)

    @property
    def sentences(self) -> list[Sentence]:
        """Every sentence of the brief: takeaways, then the sections' paragraphs."""
        body = [s for section in self.sections for p in section.paragraphs for s in p.sentences]
        return [*self.takeaways, *body]

    def as_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "period": self.period,
            "scope": self.scope,
            "takeaways": [s.as_dict() for s in self.takeaways],
            "sections": [
                {"title": s.title, "paragraphs": [[x.as_dict() for x in p.sentences] for p in s.paragraphs]}
                for s in self.sections
            ],
            "sources": [s.as_dict() for s in self.sources],
        }
