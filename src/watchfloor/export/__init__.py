"""Exports in the field's formats (STIX 2.1, FollowTheMoney, GeoJSON, CSV, GEXF, JSON Lines),
streamed from the store:

    from watchfloor.export import ExportFilters, export_chunks, write_file
    write_file(export_chunks("watchfloor.db", "stix", ExportFilters(type="AID")), Path("aid.json"))
"""

from __future__ import annotations

from watchfloor.export.filters import CERTAINTY_ORDER, ExportFilters
from watchfloor.export.run import FORMAT_NAMES, count_events, export_chunks, formats, write_file, write_stream

__all__ = [
    "CERTAINTY_ORDER",
    "FORMAT_NAMES",
    "ExportFilters",
    "count_events",
    "export_chunks",
    "formats",
    "write_file",
    "write_stream",
]
