"""Drafted Key Takeaways against the analysts' own, on the seeds (a development measurement; the
seeds and gold records live in ../shared, outside the project).

Every seed is ingested with its "Key Takeaways" section withheld. For each seed that opens with
the analysts' takeaways, a brief is drafted for that seed's report day, and the events behind the
analysts' takeaways (the gold events whose sentence stands in that section) are looked for among
the events behind the drafted takeaways: same PLOVER type and same pair of countries (either way
round for acts done together). Prints the coverage and the drafted takeaways.

    python scripts/measure_takeaways.py [--seeds ../shared/seeds] [--gold ../shared/eval]
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import tempfile
from pathlib import Path

from watchfloor.brief import draft_brief_from, make_request
from watchfloor.ingest import Ingester
from watchfloor.nlp.event_rules import SYMMETRIC
from watchfloor.settings import Settings
from watchfloor.store import open_store

HEADING = "Key Takeaways"
ITEM = re.compile(r"^\s*\d+\.\s")

Dyad = tuple[str, str | None, str | None]


def takeaways_span(text: str) -> tuple[int, int] | None:
    """Where the takeaways section runs: its heading line, then numbered items and blank lines."""
    start = text.find(f"\n{HEADING}\n")
    if start < 0:
        return None
    end = start + len(HEADING) + 2
    for line in text[end:].splitlines(keepends=True):
        if line.strip() and not ITEM.match(line):
            break
        end += len(line)
    return start, end


def same(a: Dyad, b: Dyad) -> bool:
    if a[0] != b[0]:
        return False
    return a[1:] == b[1:] or (a[0] in SYMMETRIC and a[1:] == b[:0:-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--gold", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--takeaways", type=int, default=5)
    args = parser.parse_args()
    gold = {}
    for path in sorted(args.gold.glob("gold_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                gold[str(record["doc"]["id"]).rsplit("/", 1)[-1]] = record
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp), Path(tmp) / "seeds.db"
        sections: dict[str, str] = {}
        for seed in sorted(args.seeds.glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            span = takeaways_span(text)
            if span is not None:
                sections[seed.name] = text[span[0] : span[1]]
                text = text[: span[0]] + "\n" + text[span[1] :]
            (folder / seed.name).write_text(text, encoding="utf-8")
        with open_store(db) as store:
            names = sorted(p.name for p in args.seeds.glob("*.txt"))
            for _ in Ingester(store, Settings()).run(str(folder / n) for n in names):
                pass  # ingest reports each batch; nothing to do with it here
        conn = sqlite3.connect(db)
        total = covered = 0
        for name, section in sections.items():
            record = gold.get(name)
            if record is None:
                continue
            wanted: list[Dyad] = []
            for event in record.get("events") or []:
                if event["text"] in section:
                    dyad = (event["type"], event.get("actor_country"), event.get("recipient_country"))
                    if not any(same(dyad, w) for w in wanted):
                        wanted.append(dyad)
            day = record["doc"]["published"]
            brief = draft_brief_from(db, make_request(day, day, takeaways=args.takeaways))
            drafted: list[Dyad] = []
            for sentence in brief.takeaways:
                for event_id in sentence.events:
                    row = conn.execute(
                        "SELECT type, actor_country, recipient_country FROM events WHERE id = ?", (event_id,)
                    ).fetchone()
                    drafted.append((row[0], row[1], row[2]))
            hits = [w for w in wanted if any(same(w, d) for d in drafted)]
            total, covered = total + len(wanted), covered + len(hits)
            print(f"\n{name} ({day}): {len(hits)} of {len(wanted)} analysts' takeaway events covered")
            for w in wanted:
                print(f"  {'covered' if w in hits else 'missed '}  {w[0]} {w[1]} -> {w[2]}")
            print("  drafted takeaways:")
            for i, sentence in enumerate(brief.takeaways, 1):
                print(f"    {i}. {sentence.text} [{', '.join(str(s.number) for s in sentence.sources)}]")
        conn.close()
        print(
            f"\noverall: {covered} of {total} ({covered / total:.0%})" if total else "\nno takeaways in gold"
        )


if __name__ == "__main__":
    main()
