"""Reports written for the brief tests, ingested with the real extraction into a real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.ingest import Ingester
from watchfloor.settings import Settings
from watchfloor.store import open_store

GULF_DESK = """---
published: 2024-03-14
source: Gulf Monitor
---
Gulf Desk

Qatari Emir Tamim bin Hamad Al Thani hosted Turkish President Recep Tayyip Erdogan in Doha on March 13.[1] \
The two leaders reviewed defence projects and energy trade.

Turkey likely delivered armed drones to Qatar in February.[2]

Notes

[1] https://gulf-monitor.example/2024/03/13/erdogan-doha
[2] https://gulf-monitor.example/2024/03/10/drones
"""

WIRE_DIGEST = """---
title: "Wire Digest & [Co]"
published: 2024-03-14
source: Levant Wire
---
Wire Digest

Turkish President Recep Tayyip Erdogan met Qatari Emir Tamim bin Hamad Al Thani in Doha on March 13, \
officials in Ankara said.[1]

Notes

[1] https://levant-wire.example/erdogan-tamim
"""

OLD_NOTE = """---
published: 2024-02-01
source: Old Desk
---
Old Desk Note

Iranian officials threatened Israel with retaliation on January 30 after a strike near Damascus killed two \
advisers of the Islamic Revolutionary Guard Corps.
"""

RECAP = """---
published: 2024-03-14
source: Recap Weekly
---
Recap

Iranian officials threatened Israel with retaliation on January 30 after a strike near Damascus killed two \
advisers of the Islamic Revolutionary Guard Corps.
"""

REPORTS = {"old.txt": OLD_NOTE, "gulf.txt": GULF_DESK, "wire.txt": WIRE_DIGEST, "recap.txt": RECAP}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def brief_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    """A store of the four reports, ingested oldest first (the recap recycles the old note); a
    SQLite file, then a PostgreSQL database."""
    folder = tmp_path_factory.mktemp("brief")
    location: Path | str = folder / "brief.db"
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        location = server.new_database(server.template)
    with open_store(location) as store:
        for name, text in REPORTS.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            for result in Ingester(store, Settings()).run([str(path)]):
                assert all(o.status != "failed" for o in result.outcomes)
    return location
