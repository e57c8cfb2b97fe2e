"""A drafted brief as Markdown (GitHub footnotes for citations) or as a standalone HTML page."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

import jinja2

from watchfloor.brief.model import Brief, Sentence, Source


def templates_dir() -> Path:
    return Path(str(resources.files("watchfloor") / "brief" / "templates"))


def to_markdown(brief: Brief) -> str:
    lines = [f"# {brief.title}", ""]
    if brief.scope:
        lines += [f"*Scope: {_md(brief.scope)}*", ""]
    lines += ["*Drafted by Watchfloor from the stored reports; every sentence cites its sources.*", ""]
    if not brief.sentences:
        return "\n".join([*lines, "No events were reported in this period.", ""])
    lines += ["## Key Takeaways", ""]
    lines += [f"{i}. {_cited(s)}" for i, s in enumerate(brief.takeaways, 1)]
    for section in brief.sections:
        lines += ["", f"## {_md(section.title)}"]
        for paragraph in section.paragraphs:
            lines += ["", " ".join(_cited(s) for s in paragraph.sentences)]
    lines += ["", "## Sources", ""]
    lines += [f"[^{s.number}]: {_source_line(s)}" for s in brief.sources]
    return "\n".join(lines) + "\n"


def to_html(brief: Brief, document_href: Callable[[Source], str] | None = None) -> str:
    """A standalone page; sources link to `document_href(source)` (default: the document's id)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    href = document_href or (lambda source: f"#document-{source.document_id}")
    return env.get_template("brief_document.html").render(brief=brief, document_href=href)


def _cited(sentence: Sentence) -> str:
    return _md(sentence.text) + "".join(f"[^{s.number}]" for s in sentence.sources)


def _source_line(source: Source) -> str:
    line = _md(source.title) + (f" ({source.published})" if source.published else "")
    line += f", document {source.document_id}"
    if source.marker:
        line += f", note [{_md(source.marker)}]"
    if source.url:
        line += f": <{source.url.replace('<', '%3C').replace('>', '%3E')}>"
    return line


def _md(text: str) -> str:
    """Text safe inside Markdown: characters that would start markup are escaped."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)
