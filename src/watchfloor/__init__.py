"""Watchfloor: reads OSINT reports and keeps what they say as traceable data."""

__version__ = "0.1.0"
