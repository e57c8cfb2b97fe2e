"""Watchlists: saved watches matched against every newly stored event; the matches become alerts
(one per event cluster and watch) delivered by webhook, email or an Atom feed, at once or daily."""

from __future__ import annotations

from watchfloor.watch.alerts import Alert, load_alerts, match_new_events
from watchfloor.watch.atom import atom_feed, feed_alerts
from watchfloor.watch.delivery import DeliverySettings, DigestResult, digest, run_watches, watch_store
from watchfloor.watch.model import CERTAINTY_ORDER, Watch, make_watch
from watchfloor.watch.registry import add_watch, alert_counts, find_watch, list_watches, remove_watch

__all__ = [
    "CERTAINTY_ORDER",
    "Alert",
    "DeliverySettings",
    "DigestResult",
    "Watch",
    "add_watch",
    "alert_counts",
    "atom_feed",
    "digest",
    "feed_alerts",
    "find_watch",
    "list_watches",
    "load_alerts",
    "make_watch",
    "match_new_events",
    "remove_watch",
    "run_watches",
    "watch_store",
]
