#!/usr/bin/env python3
"""Group the event errors of extraction records by cause, the way score.py counts them.

    python scripts/train_events.py --no-write --held-out /tmp/held.jsonl   # cross-validated records
    python scripts/event_errors.py /tmp/held.jsonl [--set dev] [--show "FN recipient wrong"] [--limit 20]
    python scripts/event_errors.py records.jsonl --gold my_gold.jsonl   # any annotated set

Every dyad miss (gold event with no system event of its type, sentence, actor and recipient
country) and every false alarm is put in one group: the sentence has no system event at all,
the type was missed there, the actor or the recipient (or both) is wrong; a false alarm is of
a type the gold sentence does not have, of a sentence with no gold event, or has wrong parties.
Records may also come from `watchfloor extract --json` (then `--set` is ignored).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from eval_scorer import load_scorer

ROOT = Path(__file__).resolve().parent.parent


def gold_records(shared: Path, files: list[Path] | None = None) -> dict[str, dict[str, Any]]:
    """The gold records by document name: `files`, else the seeds' and the dev set's."""
    if not files:
        files = [*(shared / "eval").glob("gold_*.jsonl"), *(shared / "eval" / "dev").glob("gold_*.jsonl")]
    out: dict[str, dict[str, Any]] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                out[_name(record)] = record
    return out


def _name(record: dict[str, Any]) -> str:
    """A record's document name, as score.py joins them (a path's last part)."""
    return str(record["doc"]["id"]).rsplit("/", 1)[-1]


def side(event: dict[str, Any], role: str) -> str | None:
    return event.get(f"{role}_country") or None


def classify(score: Any, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """(cause, example) for each dyad miss and false alarm of one document."""

    def here(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return bool(a.get("type") == b.get("type") and score.same_sentence(a.get("text"), b.get("text")))

    def dyad(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return here(a, b) and all(side(a, r) == side(b, r) for r in ("actor", "recipient"))

    pairs = score.greedy(gold, system, dyad)
    hit_gold, hit_system = {g for g, _ in pairs}, {s for _, s in pairs}
    out: list[tuple[str, Any]] = []
    for gi, g in enumerate(gold):
        if gi in hit_gold:
            continue
        same = [s for s in system if score.same_sentence(g.get("text"), s.get("text"))]
        typed = [s for s in same if s.get("type") == g.get("type")]
        if not same:
            cause = "FN sentence missed"
        elif not typed:
            cause = "FN type missed"
        elif any(side(s, "actor") == side(g, "actor") for s in typed):
            cause = "FN recipient wrong"
        elif any(side(s, "recipient") == side(g, "recipient") for s in typed):
            cause = "FN actor wrong"
        else:
            cause = "FN both wrong"
        out.append((cause, (g, typed or same)))
    for si, s in enumerate(system):
        if si in hit_system:
            continue
        same = [g for g in gold if score.same_sentence(g.get("text"), s.get("text"))]
        if not same:
            cause = "FP sentence has no gold event"
        elif not any(g.get("type") == s.get("type") for g in same):
            cause = "FP type not in gold sentence"
        else:
            cause = "FP wrong parties"
        out.append((cause, (s, same)))
    return out


def brief(event: dict[str, Any]) -> str:
    return (
        f"{event.get('type')} {side(event, 'actor')}({event.get('actor')}) -> "
        f"{side(event, 'recipient')}({event.get('recipient')})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, help="extraction records (JSONL)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--gold", type=Path, nargs="*", help="gold records (JSONL) instead of ../shared's")
    parser.add_argument("--set", choices=("dev", "seeds", "all"), default="all")
    parser.add_argument("--show", help="print the examples of this cause")
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()
    score, gold = load_scorer(args.shared), gold_records(args.shared, args.gold)
    causes: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    shown = 0
    for line in args.records.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc_id = _name(record)
        if doc_id not in gold or (args.set != "all" and record.get("set", args.set) != args.set):
            continue
        errors = classify(score, gold[doc_id].get("events") or [], record["events"] or [])
        for cause, (event, beside) in errors:
            causes[cause] += 1
            by_type.setdefault(cause, Counter())[str(event.get("type"))] += 1
            if cause == args.show and shown < args.limit:
                shown += 1
                print(f"[{doc_id}] {brief(event)}\n    {event.get('text')}")
                for other in beside[:4]:
                    print(f"    beside: {brief(other)}")
    for cause, count in sorted(causes.items()):
        top = ", ".join(f"{k} {v}" for k, v in by_type[cause].most_common(5))
        print(f"{cause:<32} {count:>5}   {top}")


if __name__ == "__main__":
    main()
