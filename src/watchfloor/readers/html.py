"""HTML pages: main text and metadata via trafilatura, with note markers and the notes list kept.

trafilatura's XML output is walked here rather than its plain text, because the plain text drops
the numbers of an ordered notes list ("1." becomes "-") and the addresses behind linked notes;
both are what the layout stage needs to resolve citation markers.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag
from xml.etree import ElementTree

from watchfloor.errors import InputError
from watchfloor.models import Document
from watchfloor.readers.bylines import detect_authors, split_authors
from watchfloor.readers.files import require_content, require_not_binary
from watchfloor.readers.metadata import (
    clean_title,
    detect_lang,
    detect_published,
    normalize_lang,
    parse_date,
)
from watchfloor.readers.text import detect_title

# htmldate without its extensive search: no guessing from the body or a partial date in the URL.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_NOTES_HEADING = re.compile(
    r"^(?:notes?|end ?notes|foot ?notes|references|sources|citations|bibliography)\b", re.IGNORECASE
)
_MARKER = re.compile(r"\[?(?:\d{1,3}|[ivxlc]{1,7})\]?", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(?:\[\w{1,7}\]|\d{1,3}[.)])\s")
_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]{2,12})", re.IGNORECASE)


def parse_html(data: bytes, source: str, name: str, url: str | None = None) -> Document:
    """A document from HTML bytes; the page's own metadata beats detection from its text."""
    require_content(source, data)
    require_not_binary(source, data)
    import trafilatura  # here, not at the top: a quarter of a second that only HTML needs

    try:
        xml = trafilatura.extract(
            data,
            url=url,
            output_format="xml",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=True,
            include_formatting=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise InputError(source, f"HTML could not be parsed: {exc}") from None
    if not xml:
        raise InputError(
            source, "HTML has no extractable text (a page of scripts, images or navigation only?)"
        )
    root = ElementTree.fromstring(xml)
    page_url = url or root.get("url") or None
    text = xml_to_text(root, page_url)
    if not text.strip():
        raise InputError(
            source, "HTML has no extractable text (a page of scripts, images or navigation only?)"
        )
    title = clean_title(root.get("title")) or clean_title(detect_title(text))
    stated_lang = root.get("language") or _declared_lang(data)
    return Document(
        text=text,
        source=source,
        name=name,
        format="html",
        title=title,
        published=parse_date(root.get("date") or "") or detect_published(text),
        authors=split_authors(root.get("author") or "") or detect_authors(text, skip=[title or ""]),
        outlet=root.get("sitename") or None,
        url=page_url,
        lang=normalize_lang(stated_lang) or detect_lang(text),
    )


def _declared_lang(data: bytes) -> str | None:
    match = _HTML_LANG.search(data[:8192])
    return match.group(1).decode("ascii") if match else None


def xml_to_text(root: ElementTree.Element, page_url: str | None = None) -> str:
    """trafilatura's XML as text: one block per paragraph, heading, list item or table."""
    main = root.find("main")
    if main is None:
        return ""
    blocks: list[str] = []
    in_notes = False
    for elem in main:
        if elem.tag == "head":
            heading = _inline(elem, [])
            in_notes = bool(_NOTES_HEADING.match(heading.strip()))
            blocks.append(heading)
        elif elem.tag == "list":
            blocks.extend(_list_blocks(elem, in_notes, page_url))
        elif elem.tag == "table":
            rows = (" | ".join(_inline(cell, []).strip() for cell in row) for row in elem.iter("row"))
            blocks.append("\n".join(row for row in rows if row.strip(" |")))
        elif elem.tag != "graphic":
            links: list[str] = []
            line = _inline(elem, links)
            blocks.append(_with_links(line, links, page_url) if in_notes else line)
    return "\n\n".join(_tidy(block) for block in blocks if block.strip())


def _list_blocks(elem: ElementTree.Element, in_notes: bool, page_url: str | None) -> list[str]:
    """List items as blocks: a notes list keeps "[n]" markers and link addresses, other lists "n." or "-"."""
    items: list[tuple[str, list[str]]] = []
    for item in elem.findall("item"):
        links: list[str] = []
        items.append((_inline(item, links), links))
    looks_like_notes = sum(1 for text, links in items if links or _ADDRESS.search(text)) * 2 > len(items)
    notes = in_notes or (elem.get("rend") == "ol" and looks_like_notes)
    blocks = []
    for number, (text, links) in enumerate(items, start=1):
        text = text.strip()
        if notes:
            text = _with_links(text, links, page_url)
            blocks.append(text if _NUMBERED.match(text + " ") else f"[{number}] {text}")
        elif elem.get("rend") == "ol":
            blocks.append(f"{number}. {text}")
        else:
            blocks.append(f"- {text}")
    return blocks


def _inline(elem: ElementTree.Element, links: list[str]) -> str:
    """The text of an element: <lb/> as a line break, superscript markers as "[n]", link targets collected."""
    parts = [elem.text or ""]
    for child in elem:
        inner = _inline(child, links)
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == "hi" and "sup" in (child.get("rend") or "") and _MARKER.fullmatch(inner.strip()):
            parts.append("[" + inner.strip().strip("[]") + "]")
        else:
            parts.append(inner)
        if child.tag == "ref" and child.get("target"):
            links.append(child.get("target") or "")
        parts.append(child.tail or "")
    return "".join(parts)


def _with_links(text: str, links: list[str], page_url: str | None) -> str:
    """A note's text followed by the addresses of its links that the text does not already show."""
    page = urldefrag(page_url)[0] if page_url else None
    extra = []
    for link in links:
        address, fragment = urldefrag(link)
        if not link.startswith(("http://", "https://")) or link in text or (fragment and address == page):
            continue
        extra.append(link)
    return " ".join([text.strip(), *extra]) if extra else text


def _tidy(block: str) -> str:
    """Fold runs of spaces within each line of a block and drop blank lines inside it."""
    lines = (" ".join(line.split()) for line in block.splitlines())
    return "\n".join(line for line in lines if line)
