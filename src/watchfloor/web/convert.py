"""From store rows to the API's models; links only where an address is plainly http(s)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from watchfloor.store.base import SearchHit
from watchfloor.store.queries import EventRow
from watchfloor.web.schemas import EventCitationOut, EventOut, SearchHitOut, SnippetPart, Span

# A bare host and path as notes give them ("www.irna.ir/news/84849021"): linked as https.
_BARE_HOST = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/?#:]|$)"
)


def safe_href(url: str | None) -> str | None:
    """`url` as a link target when it is an http(s) address (a bare host gets https://), else None:
    a `javascript:` or `data:` address from a hostile document is never made a link."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in {"http", "https"}:
        return url if parts.netloc else None
    if not parts.scheme and _BARE_HOST.match(url):
        return "https://" + url
    return None


def reader_url(document_id: int, start: int | None = None, prefix: str = "p") -> str:
    return f"/documents/{document_id}" + (f"#{prefix}{start}" if start is not None else "")


def hit_out(hit: SearchHit) -> SearchHitOut:
    return SearchHitOut(
        document_id=hit.document_id,
        document_name=hit.document_name,
        title=hit.title,
        published=hit.published,
        outlet=hit.outlet,
        start=hit.start,
        end=hit.end,
        score=hit.score,
        snippet=hit.snippet,
        parts=[SnippetPart(text=text, hit=matched) for text, matched in hit.parts],
        reader_url=reader_url(hit.document_id, hit.start),
    )


def event_out(row: EventRow, trigger_span: Span | None = None) -> EventOut:
    seen: set[tuple[str, str | None]] = set()
    citations = []
    for c in row.citations:
        if (c.marker, c.url) not in seen:  # a note may repeat an address
            seen.add((c.marker, c.url))
            citations.append(
                EventCitationOut(
                    marker=c.marker, url=c.url, href=safe_href(c.url), defanged=c.defanged, foreign=c.foreign
                )
            )
    return EventOut(
        id=row.id,
        document_id=row.document_id,
        document_name=row.document_name,
        document_title=row.document_title,
        published=row.published,
        type=row.type,
        mode=row.mode,
        actor=row.actor,
        actor_id=row.actor_id,
        actor_country=row.actor_country,
        recipient=row.recipient,
        recipient_id=row.recipient_id,
        recipient_country=row.recipient_country,
        date=row.date,
        place=row.place,
        place_id=row.place_id,
        certainty=row.certainty,
        source=row.source,
        source_id=row.source_id,
        trigger=row.trigger,
        quantity=row.quantity,
        confidence=row.confidence,
        sentence=row.text,
        start=row.start,
        end=row.end,
        trigger_span=trigger_span,
        markers=list(row.markers),
        citations=citations,
    )


def event_label(event: EventOut) -> str:
    """One line describing an event, for a tooltip: type and mode, parties, certainty, confidence,
    date."""
    kind = f"{event.type} ({event.mode})" if event.mode else event.type
    parties = " → ".join(p for p in (event.actor or "?", event.recipient) if p)
    details = [
        f"certainty: {event.certainty.replace('_', ' ')}",
        f"confidence: {event.confidence:.2f}",
        f"date: {event.date or 'unknown'}",
    ]
    if event.place:
        details.append(f"place: {event.place}")
    if event.source:
        details.append(f"source: {event.source}")
    return f"{kind}: {parties} — " + "; ".join(details)
