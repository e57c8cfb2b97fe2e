"""RSS and Atom feeds: one document per item with text."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import InputError
from watchfloor.readers import read_source
from watchfloor.readers.feed import fragment_to_text
from watchfloor.settings import Settings

SETTINGS = Settings()

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example Monitor</title>
  <link>https://monitor.example.org/</link>
  <language>en-us</language>
  <item>
    <title>Opinion | Ministers meet to discuss the rail corridor project</title>
    <link>https://monitor.example.org/news/rail-corridor</link>
    <pubDate>Mon, 31 Jul 2023 10:00:00 GMT</pubDate>
    <dc:creator>Jane Doe</dc:creator>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>Transport ministers met in the capital to discuss the rail corridor.[1]</p>
<p>They agreed to <b>finish</b> a feasibility study by the end of the year.</p>]]></content:encoded>
  </item>
  <item>
    <title>Drone factory plans reported</title>
    <link>https://monitor.example.org/news/drone-factory</link>
    <pubDate>Tue, 01 Aug 2023 23:30:00 -0400</pubDate>
    <description>&lt;p&gt;Officials are reported to be planning a drone factory.&lt;/p&gt;</description>
  </item>
  <item>
    <title>A link with no text</title>
    <link>https://monitor.example.org/news/empty</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example Atom Desk</title>
  <id>urn:example:atom-desk</id>
  <updated>2024-03-05T08:00:00Z</updated>
  <entry>
    <title>Harbour works resume</title>
    <link href="https://atom.example.net/2024/harbour-works"/>
    <id>urn:example:1</id>
    <updated>2024-03-04T08:00:00Z</updated>
    <author><name>Ana Lima</name></author>
    <author><name>Tomás Ruiz</name></author>
    <content type="html">&lt;p&gt;Work on the second berth resumed on Monday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <link href="https://atom.example.net/2024/plain"/>
    <id>urn:example:2</id>
    <published>2024-03-01T08:00:00Z</published>
    <updated>2024-03-02T08:00:00Z</updated>
    <summary type="text">A summary written as plain text &lt;not a tag&gt;.</summary>
  </entry>
</feed>
"""


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_rss_items_become_documents(tmp_path: Path) -> None:
    docs = read_source(_write(tmp_path, "monitor.rss", RSS), SETTINGS)
    assert len(docs) == 2  # the item with no text is skipped
    first, second = docs
    assert first.format == "feed"
    assert first.title == "Ministers meet to discuss the rail corridor project"
    assert first.url == first.source == "https://monitor.example.org/news/rail-corridor"
    assert first.name == "rail-corridor"
    assert first.published == "2023-07-31"
    assert first.authors == ["Jane Doe"]
    assert first.outlet == "Example Monitor"
    assert first.lang == "en"
    # full content beats the summary; HTML becomes paragraphs
    assert first.text == (
        "Transport ministers met in the capital to discuss the rail corridor.[1]\n\n"
        "They agreed to finish a feasibility study by the end of the year."
    )
    assert second.text == "Officials are reported to be planning a drone factory."
    assert second.published == "2023-08-02"  # 23:30 at UTC-4 is the next day in UTC
    assert second.authors == []


def test_atom_entries_become_documents(tmp_path: Path) -> None:
    docs = read_source(_write(tmp_path, "desk.atom", ATOM), SETTINGS)
    assert [doc.url for doc in docs] == [
        "https://atom.example.net/2024/harbour-works",
        "https://atom.example.net/2024/plain",
    ]
    first, second = docs
    assert first.authors == ["Ana Lima", "Tomás Ruiz"]
    assert first.published == "2024-03-04"
    assert first.outlet == "Example Atom Desk"
    assert first.text == "Work on the second berth resumed on Monday."
    assert second.published == "2024-03-01"  # published beats updated
    assert second.text == "A summary written as plain text <not a tag>."


def test_xml_suffix_is_read_as_a_feed(tmp_path: Path) -> None:
    docs = read_source(_write(tmp_path, "feed.xml", ATOM), SETTINGS)
    assert len(docs) == 2


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<rss><channel><title>Broken", "feed could not be parsed"),
        ("<note><to>nobody</to></note>", "not an RSS or Atom feed"),
        ("just some words, no XML at all", "feed could not be parsed"),
        ('<rss version="2.0"><channel><title>Empty</title></channel></rss>', "feed has no items"),
        (
            '<rss version="2.0"><channel><item><title>No text</title></item>'
            "<item><link>https://e.org/x</link></item></channel></rss>",
            "every one of the feed's 2 items is empty",
        ),
    ],
)
def test_malformed_or_empty_feed_is_an_input_error(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        read_source(_write(tmp_path, "bad.rss", text), SETTINGS)


def test_fragment_to_text() -> None:
    html = (
        "<div><h2>Head</h2><p>One <i>two</i>\n three.</p><script>x()</script>"
        "<ul><li>a</li><li>b</li></ul>x<br>y</div>"
    )
    assert fragment_to_text(html) == "Head\n\nOne two three.\n\na\n\nb\n\nx\ny"


def test_an_item_with_a_defanged_or_broken_link_is_read(tmp_path: Path) -> None:
    """Found by tests/fuzz: `hxxps://bad[.]example[.]net/p` made urlsplit raise (its brackets read
    as an IPv6 host) and the whole feed failed with a ValueError."""
    items = "".join(
        f"<item><title>T{n}</title><link>{link}</link><description>Iran said so.</description></item>"
        for n, link in enumerate(["hxxps://bad[.]example[.]net/p", "http://[::1"])
    )
    source = _write(tmp_path, "defanged.rss", f'<?xml version="1.0"?><rss version="2.0"><channel>'
                    f"<title>F</title>{items}</channel></rss>")  # fmt: skip
    documents = read_source(source, SETTINGS)
    assert [d.name for d in documents] == ["hxxps://bad[.]example[.]net/p", "http://[::1"]
