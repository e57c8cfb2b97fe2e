"""A profile's editions as an Atom feed (RFC 4287), built with the watchlists' Atom helpers: one
entry per edition, newest first, its content the brief's HTML with sources linked to the workspace."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from watchfloor.brief.render import templates_dir
from watchfloor.editions.issue import Edition
from watchfloor.editions.profiles import Profile
from watchfloor.editions.weekdays import describe
from watchfloor.watch.atom import ATOM, add_element, atom_time

FEED_ENTRIES = 60


def edition_body(edition: Edition, base_url: str) -> str:
    """The brief's body (no page around it), its sources linking to the documents under `base_url`."""
    env = Environment(loader=FileSystemLoader(templates_dir()), autoescape=True, undefined=StrictUndefined)
    base = base_url.rstrip("/")
    template = env.from_string('{% from "brief_body.html" import brief_body %}{{ brief_body(brief, href) }}')
    return template.render(brief=edition.brief, href=lambda s: f"{base}/documents/{s.document_id}")


def editions_feed(profile: Profile, editions: list[Edition], base_url: str, feed_url: str) -> bytes:
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    add_element(feed, "id", f"{base}/feeds/briefs/{profile.name}")
    add_element(feed, "title", profile.title)
    add_element(
        feed, "subtitle", f"Watchfloor brief {profile.name!r}, published {describe(profile.weekdays)}"
    )
    updated = max((e.updated_at for e in editions), default="1970-01-01T00:00:00+00:00")
    add_element(feed, "updated", atom_time(updated))
    add_element(feed, "link", rel="self", href=feed_url, type="application/atom+xml")
    add_element(feed, "link", rel="alternate", href=f"{base}/briefs/{profile.name}", type="text/html")
    add_element(add_element(feed, "author"), "name", "Watchfloor")
    add_element(feed, "generator", "Watchfloor")
    for edition in editions[:FEED_ENTRIES]:
        entry = add_element(feed, "entry")
        add_element(entry, "id", f"{base}/briefs/{profile.name}/{edition.day}#edition-{edition.id}")
        add_element(entry, "title", edition.title)
        add_element(entry, "published", atom_time(edition.created_at))
        add_element(entry, "updated", atom_time(edition.updated_at))
        add_element(entry, "link", rel="alternate", type="text/html", href=f"{base}{edition.path()}")
        summary = f"{edition.sentences} sentences from the reports of {edition.since} to {edition.day}"
        add_element(entry, "summary", summary, type="text")
        add_element(entry, "content", edition_body(edition, base), type="html")
    ET.indent(feed)
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body
