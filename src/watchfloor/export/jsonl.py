"""JSON Lines of SCHEMA.md records (`../shared/eval/SCHEMA.md`), one per document, read from the
store as `extract --db --json` prints them. Without filters every extracted document is written;
with filters, the documents that tell a matching event, each with only its matching events."""

from __future__ import annotations

import json
from collections.abc import Iterator

from watchfloor.export.source import ExportSource, Tick
from watchfloor.record import stored_record
from watchfloor.store import open_store


def jsonl_chunks(source: ExportSource, tick: Tick | None = None) -> Iterator[str]:
    db_path = source.location or source.conn.execute("PRAGMA database_list").fetchone()[2]
    filtered = source.filters.any
    ids = source.document_ids_with_events() if filtered else source.document_ids()
    with open_store(db_path) as store:
        for document_id in ids:
            record = stored_record(store, document_id)
            if record is None:
                continue
            if filtered:
                kept = source.event_positions(document_id)
                record["events"] = [e for i, e in enumerate(record["events"]) if i in kept]
            if tick is not None:
                tick(len(record["events"]))
            yield json.dumps(record, ensure_ascii=False) + "\n"
