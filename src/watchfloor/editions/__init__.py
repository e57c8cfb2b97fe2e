"""Subscribed briefs: saved brief profiles with their weekdays, editions (one profile's brief for
one publication day, stored as issued), subscribers mailed each new edition exactly once over SMTP
(resumable after a crash, signed unsubscribe links), an Atom feed and an archive per profile, and
`run_daily` for cron, a systemd timer or `serve --daily`."""

from __future__ import annotations

from watchfloor.editions.daily import DailyResult, DailyScheduler, make_editions, parse_clock, run_daily
from watchfloor.editions.deliveries import RetryPolicy, delivery_counts
from watchfloor.editions.issue import Edition, find_edition, get_edition, list_editions, make_edition
from watchfloor.editions.mailing import MailingReport, mail_editions
from watchfloor.editions.profiles import (
    DEFAULT_MIN_CONFIDENCE,
    Profile,
    add_profile,
    find_profile,
    get_profile,
    list_profiles,
    make_profile,
    remove_profile,
)
from watchfloor.editions.subscribers import (
    Subscriber,
    add_subscriber,
    check_address,
    list_subscribers,
    remove_subscriber,
    subscriber_for_token,
    unsubscribe,
    unsubscribe_token,
)

__all__ = [
    "DEFAULT_MIN_CONFIDENCE",
    "DailyResult",
    "DailyScheduler",
    "Edition",
    "MailingReport",
    "Profile",
    "RetryPolicy",
    "Subscriber",
    "add_profile",
    "add_subscriber",
    "check_address",
    "delivery_counts",
    "find_edition",
    "find_profile",
    "get_edition",
    "get_profile",
    "list_editions",
    "list_profiles",
    "list_subscribers",
    "mail_editions",
    "make_edition",
    "make_editions",
    "make_profile",
    "parse_clock",
    "remove_profile",
    "remove_subscriber",
    "run_daily",
    "subscriber_for_token",
    "unsubscribe",
    "unsubscribe_token",
]
