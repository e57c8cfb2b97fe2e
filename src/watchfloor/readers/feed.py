"""RSS and Atom feeds via feedparser: one document per item that has text."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any

import feedparser

from watchfloor.errors import InputError
from watchfloor.models import Document
from watchfloor.readers.bylines import split_authors
from watchfloor.readers.files import require_content, require_not_binary, url_name
from watchfloor.readers.metadata import clean_title, detect_lang, normalize_lang, parse_date

_BLOCKS = frozenset(
    {"p", "div", "section", "article", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr"}
)
_HIDDEN = frozenset({"script", "style", "template", "noscript"})
_SPACE = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    """Text of an HTML fragment: block elements become paragraphs, <br> a line break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_SPACE.sub(" ", data))


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = re.split(r"\n\s*\n", "".join(collector.parts))
    tidy = ("\n".join(line.strip() for line in para.split("\n") if line.strip()) for para in paragraphs)
    return "\n\n".join(para for para in tidy if para)


def parse_feed(data: bytes, source: str, name: str) -> list[Document]:
    """One document per feed item with text; a feed with none is an InputError."""
    require_content(source, data)
    require_not_binary(source, data)
    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never fetches or opens a path
    entries: list[Any] = list(parsed.entries)
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise InputError(source, f"feed could not be parsed ({problem}); is it complete RSS or Atom XML?")
        if not parsed.get("version"):
            raise InputError(source, "is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
        raise InputError(source, "feed has no items")
    info: Mapping[str, Any] = parsed.get("feed", {})
    outlet = " ".join(str(info.get("title") or "").split()) or None
    feed_lang = normalize_lang(info.get("language"))
    documents = []
    for number, entry in enumerate(entries, start=1):
        text = _entry_text(entry)
        if not text:
            continue  # an item with a title and a link only has nothing to analyse
        link = str(entry.get("link") or "") or None
        documents.append(
            Document(
                text=text,
                source=link or f"{source}#item-{number}",
                name=url_name(link) if link else f"{name}#item-{number}",
                format="feed",
                title=clean_title(entry.get("title")),
                published=_entry_date(entry),
                authors=_entry_authors(entry),
                outlet=outlet,
                url=link,
                lang=_entry_lang(entry) or feed_lang or detect_lang(text),
            )
        )
    if not documents:
        raise InputError(
            source, f"every one of the feed's {len(entries)} items is empty (no content or summary)"
        )
    return documents


def _entry_text(entry: Mapping[str, Any]) -> str:
    """The item's full content if it has some, else its summary; HTML turned into text."""
    details = [*entry.get("content", []), entry.get("summary_detail") or {}]
    for detail in details:
        value = str(detail.get("value") or "")
        if not value.strip():
            continue
        kind = str(detail.get("type") or "text/html")
        text = fragment_to_text(value) if "html" in kind else value.strip()
        if text:
            return text
    return ""


def _entry_date(entry: Mapping[str, Any]) -> str | None:
    """Published (else updated) date as YYYY-MM-DD; feedparser has already parsed it to UTC."""
    for key in ("published", "updated", "created"):
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        stated = entry.get(key)
        if isinstance(stated, str) and parse_date(stated):
            return parse_date(stated)
    return None


def _entry_authors(entry: Mapping[str, Any]) -> list[str]:
    names = [" ".join(str(author.get("name") or "").split()) for author in entry.get("authors", [])]
    names = [name for name in names if name]
    if not names and isinstance(entry.get("author"), str):
        names = split_authors(entry["author"])
    return names


def _entry_lang(entry: Mapping[str, Any]) -> str | None:
    for detail in [*entry.get("content", []), entry.get("summary_detail") or {}]:
        lang = normalize_lang(detail.get("language"))
        if lang:
            return lang
    return None
