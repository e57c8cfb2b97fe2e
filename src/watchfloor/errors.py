"""One exception family: every message says what was wrong and, where it helps, what to do."""

from __future__ import annotations


class WatchfloorError(Exception):
    """Base of every error Watchfloor raises on purpose."""


class InputError(WatchfloorError):
    """A source (file, URL, feed) could not be read into a document."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(WatchfloorError):
    """The document store could not be opened, migrated or written."""


class ConfigError(WatchfloorError):
    """A setting or a knowledge file is malformed."""


class QueryError(WatchfloorError):
    """A search or filter asked for more than the store answers (too long, too many terms)."""
