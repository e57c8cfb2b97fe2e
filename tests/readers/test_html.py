"""HTML pages: main text kept, boilerplate dropped, metadata read, note markers and notes kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import InputError
from watchfloor.models import Document
from watchfloor.readers import read_source
from watchfloor.settings import Settings

SETTINGS = Settings()

HEAD = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Analysis | Two Ministries Agree on a Drone Assembly Line | Example Policy Institute</title>
<meta name="author" content="Jane Analyst, Omar Researcher">
<meta property="article:published_time" content="2023-08-02T09:00:00Z">
<meta property="og:site_name" content="Example Policy Institute">
<meta property="og:title" content="Two Ministries Agree on a Drone Assembly Line">
<link rel="canonical" href="https://example.org/analysis/drone-assembly-line">
</head>
"""
NAV = """<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/donate">Donate today</a></li></ul></nav></header>
<main><article>
<h1>Two Ministries Agree on a Drone Assembly Line</h1>
"""
ARTICLE = """<p>The defence ministries of two fictional states signed a memorandum on joint production of
loitering munitions during a visit to the capital on August 1.<sup><a href="#fn1">1</a></sup> Officials
described the agreement as the first step toward a permanent assembly line.</p>
<p>Satellite imagery reviewed by the institute shows new hangars at an airfield outside the city,
consistent with the reported plans.[2] Analysts assess that the facility will likely begin operating
within a year.</p>
<p>The delegation also discussed rail links and banking arrangements intended to reduce exposure to
sanctions.[3]</p>
"""
NOTES_PARAGRAPHS = """<h2>Notes</h2>
<p>[1] https://example.com/news/memorandum-signed</p>
<p>[2] https://imagery.example.net/report/4411</p>
<p>[3] www.example dot ir/news/85186070</p>
"""
NOTES_LIST = """<h2>Endnotes</h2>
<ol class="notes">
<li id="fn1"><a href="https://example.com/news/memorandum-signed">https://example.com/news/memorandum-signed</a></li>
<li id="fn2">Imagery brief, <a href="https://imagery.example.net/report/4411">report 4411</a></li>
<li id="fn3">www.example dot ir/news/85186070</li>
</ol>
"""
FOOT = """</article></main>
<footer><p>Copyright 2023 Example Policy Institute. All rights reserved.</p>
<p>Subscribe to our newsletter for weekly updates</p></footer>
</body></html>
"""


def _read(tmp_path: Path, html: str, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    [doc] = read_source(str(path), SETTINGS)
    return doc


def test_article_text_and_metadata(tmp_path: Path) -> None:
    doc = _read(tmp_path, HEAD + NAV + ARTICLE + NOTES_PARAGRAPHS + FOOT)
    assert doc.format == "html"
    assert doc.name == "page.html"
    assert doc.title == "Two Ministries Agree on a Drone Assembly Line"
    assert doc.published == "2023-08-02"
    assert doc.authors == ["Jane Analyst", "Omar Researcher"]
    assert doc.outlet == "Example Policy Institute"
    assert doc.url == "https://example.org/analysis/drone-assembly-line"
    assert doc.lang == "en"
    assert "signed a memorandum on joint production" in doc.text
    assert "within a year." in doc.text


def test_boilerplate_is_dropped(tmp_path: Path) -> None:
    doc = _read(tmp_path, HEAD + NAV + ARTICLE + NOTES_PARAGRAPHS + FOOT)
    for boilerplate in ("Donate today", "About us", "All rights reserved", "Subscribe to our newsletter"):
        assert boilerplate not in doc.text


def test_paragraphs_are_separated_by_blank_lines(tmp_path: Path) -> None:
    doc = _read(tmp_path, HEAD + NAV + ARTICLE + NOTES_PARAGRAPHS + FOOT)
    paragraphs = doc.text.split("\n\n")
    first = next(p for p in paragraphs if p.startswith("The defence ministries"))
    assert first.endswith("permanent assembly line.")
    assert any(p.startswith("Satellite imagery") for p in paragraphs)


def test_note_markers_and_notes_paragraphs_survive(tmp_path: Path) -> None:
    doc = _read(tmp_path, HEAD + NAV + ARTICLE + NOTES_PARAGRAPHS + FOOT)
    assert "on August 1.[1] Officials" in doc.text  # a superscript link marker becomes [1]
    assert "reported plans.[2]" in doc.text
    assert doc.text.endswith(
        "Notes\n\n[1] https://example.com/news/memorandum-signed\n\n"
        "[2] https://imagery.example.net/report/4411\n\n[3] www.example dot ir/news/85186070"
    )


def test_ordered_notes_list_keeps_numbers_and_link_addresses(tmp_path: Path) -> None:
    doc = _read(tmp_path, HEAD + NAV + ARTICLE + NOTES_LIST + FOOT)
    assert "\n\n[1] https://example.com/news/memorandum-signed\n\n" in doc.text
    assert "[2] Imagery brief, report 4411 https://imagery.example.net/report/4411" in doc.text
    assert doc.text.endswith("[3] www.example dot ir/news/85186070")


def test_ordinary_lists_are_not_turned_into_notes(tmp_path: Path) -> None:
    points = "<h2>Key Takeaways</h2><ol><li>The first point is made here.</li><li>The second follows.</li>"
    points += "</ol>"
    doc = _read(tmp_path, HEAD + NAV + points + ARTICLE + FOOT)
    assert "1. The first point is made here.\n\n2. The second follows." in doc.text


def test_without_metadata_the_text_is_searched(tmp_path: Path) -> None:
    bare_head = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><article>"
    byline = "<h1>Harbour Works Resume</h1><p>Ana Lima and Tomás Ruiz March 4, 2024</p>"
    doc = _read(tmp_path, bare_head + byline + ARTICLE + "</article></body></html>")
    assert doc.title == "Harbour Works Resume"
    assert doc.published == "2024-03-04"
    assert doc.outlet is None
    assert doc.lang == "en"  # no lang attribute: detected from the words


def test_page_without_text_is_an_input_error(tmp_path: Path) -> None:
    empty = "<html><head><title>Nothing</title><script>var a = 1;</script></head>"
    empty += "<body><nav></nav></body></html>"
    with pytest.raises(InputError, match="no extractable text"):
        _read(tmp_path, empty)


def test_binary_bytes_with_html_suffix_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        read_source(str(path), SETTINGS)
