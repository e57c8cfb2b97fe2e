"""A stored edition's brief read back from its JSON (`Brief.as_dict`), so the archive, the feed and
the mail render exactly what was issued, with links made for where they are read."""

from __future__ import annotations

from typing import Any

from watchfloor.brief import Brief, Paragraph, Section, Sentence, Source


def brief_from_dict(data: dict[str, Any]) -> Brief:
    sources = {
        int(s["number"]): Source(
            int(s["number"]),
            int(s["document_id"]),
            str(s["title"]),
            s.get("published"),
            s.get("marker"),
            s.get("url"),
        )
        for s in data.get("sources", [])
    }

    def sentence(item: dict[str, Any]) -> Sentence:
        cited = tuple(sources[int(n)] for n in item.get("sources", []) if int(n) in sources)
        return Sentence(str(item["text"]), int(item["story"]), cited, tuple(int(e) for e in item["events"]))

    sections = tuple(
        Section(str(s["title"]), tuple(Paragraph(tuple(sentence(x) for x in p)) for p in s["paragraphs"]))
        for s in data.get("sections", [])
    )
    return Brief(
        title=str(data["title"]),
        period=str(data["period"]),
        scope=str(data.get("scope", "")),
        takeaways=tuple(sentence(s) for s in data.get("takeaways", [])),
        sections=sections,
        sources=tuple(sources[n] for n in sorted(sources)),
    )
