"""A watch's alerts as an Atom feed (RFC 4287), built with xml.etree (text is escaped by the
serializer). Each entry is one alert: the event's sentence, date and certainty, a link to the
document in the reader and `related` links to the URLs of the sentence's notes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from watchfloor.store.db import Connection
from watchfloor.watch.alerts import Alert, load_alerts
from watchfloor.watch.model import Watch

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 200  # the newest alerts a feed shows


def add_element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def atom_time(value: str) -> str:
    """An RFC 3339 date-time for Atom: the store writes ISO seconds with an offset already."""
    return value if "T" in value else f"{value}T00:00:00Z"


def feed_alerts(conn: Connection, watch: Watch) -> list[Alert]:
    """The newest alerts of the watch, newest first."""
    assert watch.id is not None
    alerts = load_alerts(
        conn, "a.id IN (SELECT id FROM alerts WHERE watch_id = ? ORDER BY id DESC LIMIT ?)",
        (watch.id, FEED_ENTRIES),
    )  # fmt: skip
    return alerts[::-1]


def atom_feed(watch: Watch, alerts: list[Alert], base_url: str, feed_url: str) -> bytes:
    """The feed document, UTF-8 with its XML declaration."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    add_element(feed, "id", f"{base_url.rstrip('/')}/feeds/watch/{watch.name}")
    add_element(feed, "title", f"Watchfloor watch: {watch.name}")
    add_element(feed, "subtitle", _describe(watch))
    updated = max((a.created_at for a in alerts), default="1970-01-01T00:00:00+00:00")
    add_element(feed, "updated", atom_time(updated))
    add_element(feed, "link", rel="self", href=feed_url, type="application/atom+xml")
    add_element(add_element(feed, "author"), "name", "Watchfloor")
    add_element(feed, "generator", "Watchfloor")
    for alert in alerts:
        _entry(feed, alert, base_url)
    ET.indent(feed)
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body


def _entry(feed: ET.Element, alert: Alert, base_url: str) -> None:
    entry = add_element(feed, "entry")
    add_element(entry, "id", f"{base_url.rstrip('/')}/feeds/alerts/{alert.id}")
    add_element(entry, "title", alert.headline)
    add_element(entry, "updated", atom_time(alert.created_at))
    if alert.published:
        add_element(entry, "published", atom_time(alert.published))
    add_element(entry, "link", rel="alternate", type="text/html", href=alert.reader_url(base_url))
    for url in alert.notes:
        add_element(entry, "link", rel="related", href=url)
    add_element(entry, "category", term=alert.type)
    add_element(entry, "category", term=f"certainty:{alert.certainty}")
    source = alert.outlet or alert.document_title
    summary = (
        f"{alert.text} (date: {alert.date or 'undated'}; certainty: {alert.certainty}; source: {source})"
    )
    add_element(entry, "summary", summary, type="text")


def _describe(watch: Watch) -> str:
    parts = [f"{label}: {', '.join(values)}" for label, values in (
        ("entities", watch.entities), ("types", watch.types), ("countries", watch.countries),
        ("keywords", watch.keywords),
    ) if values]  # fmt: skip
    parts.append(f"certainty >= {watch.min_certainty}" + (" or denied" if watch.include_denied else ""))
    return "; ".join(parts)
