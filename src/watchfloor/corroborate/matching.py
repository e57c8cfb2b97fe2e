"""When two extracted events are the same event, and how a block of events splits into clusters.

Rules (the issue's "same story, many reports"):

- same PLOVER type, and the same actor and recipient: compared by entity id when both events
  resolved that side to an entity, else by country (a side neither event names agrees; a side only
  one names, or with no country and no common entity, does not); for acts done together
  (AGREE, CONSULT, COOPERATE) the sides may be swapped: "A met B" and "B met A" are one meeting;
- dates agree at their common precision (`2023-07` agrees with `2023-07-31`, `2023-07-30` does
  not); a missing date agrees with another date (or another missing one) only when the two
  events' sentences are near-duplicates, since nothing else ties an undated claim to a day;
- places are compatible: the same place, one missing, or one a country that holds the other;
- neither report was published before the other's event happened: a report of June cannot tell
  of a meeting on July 31, however vaguely it dates its own ("in 2023").

Matching is not transitive (`2023-07` agrees with both `-30` and `-31`), so a cluster takes an
event only if it agrees with every event already in it (complete linkage), events taken most
precise date first, in an order that does not depend on ingest order: a block gives the same
clusters whichever of its documents came first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watchfloor.corroborate.shingles import THRESHOLD, jaccard
from watchfloor.nlp.event_rules import SYMMETRIC

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Report:
    """One stored event, with what clustering and independence need to know about it."""

    event_id: int
    document_id: int
    document_key: str  # content hash: orders documents independently of ingest order
    published: str
    outlet: str
    type: str
    actor: str | None
    actor_id: int | None
    actor_country: str | None
    recipient: str | None
    recipient_id: int | None
    recipient_country: str | None
    date: str | None
    place_id: int | None
    place_kind: str | None
    place_country: str | None
    text: str
    position: int

    def sort_key(self) -> tuple[int, str, str, str, int]:
        return (-len(self.date or ""), self.date or "", self.published, self.document_key, self.position)


def _side(
    a_name: str | None, a_id: int | None, a_country: str | None, b: tuple[str | None, int | None, str | None]
) -> bool:
    b_name, b_id, b_country = b
    if a_name is None and b_name is None:
        return True
    if a_name is None or b_name is None:
        return False
    if a_id is not None and b_id is not None and a_id == b_id:
        return True
    if a_id is not None and b_id is not None:
        return False
    return a_country is not None and a_country == b_country


def same_dyad(a: Report, b: Report) -> bool:
    if a.type != b.type:
        return False
    a_actor = (a.actor, a.actor_id, a.actor_country)
    a_recipient = (a.recipient, a.recipient_id, a.recipient_country)
    b_actor = (b.actor, b.actor_id, b.actor_country)
    b_recipient = (b.recipient, b.recipient_id, b.recipient_country)
    if _side(*a_actor, b_actor) and _side(*a_recipient, b_recipient):
        return True
    return a.type in SYMMETRIC and _side(*a_actor, b_recipient) and _side(*a_recipient, b_actor)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Two ISO-prefix dates agree at their common precision; a missing date agrees with nothing here."""
    if a is None or b is None:
        return False
    common = min(len(a), len(b))
    return a[:common] == b[:common]


def places_agree(a: Report, b: Report) -> bool:
    if a.place_id is None or b.place_id is None or a.place_id == b.place_id:
        return True
    if a.place_kind == "country" and a.place_country is not None:
        return a.place_country == b.place_country
    if b.place_kind == "country" and b.place_country is not None:
        return b.place_country == a.place_country
    return False


def near_duplicate_sentences(a: Report, b: Report) -> bool:
    return jaccard(a.text, b.text) >= THRESHOLD


def reported_before(report: Report, date: str | None) -> bool:
    """Whether the report was published before `date` (at the date's precision)."""
    if date is None or not ISO_DAY.match(report.published):
        return False
    return report.published[: len(date)] < date


def same_event(a: Report, b: Report) -> bool:
    if not same_dyad(a, b) or not places_agree(a, b):
        return False
    if reported_before(a, b.date) or reported_before(b, a.date):
        return False
    if a.date is None or b.date is None:
        return near_duplicate_sentences(a, b)
    return dates_agree(a.date, b.date)


def clusterable(report: Report) -> bool:
    """An event that names no side by entity or country is left alone (a cluster of its own)."""
    return any(
        x is not None
        for x in (report.actor_id, report.actor_country, report.recipient_id, report.recipient_country)
    )


def split(block: list[Report]) -> list[list[Report]]:
    """Complete-linkage clusters of a block of events, in a deterministic order."""
    clusters: list[list[Report]] = []
    for report in sorted(block, key=Report.sort_key):
        if clusterable(report):
            for cluster in clusters:
                if all(same_event(report, member) for member in cluster):
                    cluster.append(report)
                    break
            else:
                clusters.append([report])
        else:
            clusters.append([report])
    return clusters
