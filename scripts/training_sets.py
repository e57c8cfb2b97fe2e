"""The annotated sets of our own under training/ (news stories written for this project: real
events in our own words, annotated by ../shared/eval/GUIDE.md), checked before any is trained on.

A set is a folder of texts (`*.txt`, `*.md`) and a `gold.jsonl` of one record per text, in
score.py's format; only the events are annotated (`entities`, `places` and `citations` empty).
`training/news` is trained on; `training/unseen` never is: `train_events.py` reports it as held
out, the figure of news no model of this project has read."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from watchfloor.nlp.event_evidence import PLOVER_TYPES

ROOT = Path(__file__).resolve().parent.parent
TRAINED = ROOT / "training" / "news"
UNSEEN = ROOT / "training" / "unseen"
CERTAINTIES = frozenset({"asserted", "attributed", "likely", "possible", "denied"})
COUNTRY = re.compile(r"[A-Z]{3}")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def texts_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md"))


def check_set(folder: Path) -> list[str]:
    """Every problem of the set in `folder`, each naming the file, the line and the field."""
    gold = folder / "gold.jsonl"
    if not gold.is_file():
        return [f"{folder}: no gold.jsonl beside the texts"]
    problems: list[str] = []
    names = {p.name for p in texts_of(folder)}
    seen: set[str] = set()
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold}:{number}"
        try:
            record = json.loads(line)
            doc_id = str(record["doc"]["id"])
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            problems.append(f"{where}: not a record with doc.id ({error})")
            continue
        if doc_id not in names:
            problems.append(f"{where}: doc.id {doc_id!r} names no text in {folder}")
            continue
        if doc_id in seen:
            problems.append(f"{where}: doc.id {doc_id!r} annotated twice")
        seen.add(doc_id)
        text = (folder / doc_id).read_text(encoding="utf-8")
        for index, event in enumerate(record.get("events") or []):
            problems += [f"{where}: events[{index}].{p}" for p in _event_problems(event, text)]
    problems += [f"{folder / name}: no record in gold.jsonl" for name in sorted(names - seen)]
    return problems


def _event_problems(event: dict[str, Any], text: str) -> list[str]:
    out = []
    if event.get("type") not in PLOVER_TYPES:
        out.append(f"type: {event.get('type')!r} is not a PLOVER type")
    if not event.get("text") or event["text"] not in text:
        out.append("text: not a sentence of the document")
    for field in ("actor_country", "recipient_country"):
        value = event.get(field)
        if value is not None and not COUNTRY.fullmatch(str(value)):
            out.append(f"{field}: {value!r} is not an ISO 3166 alpha-3 code or null")
    if event.get("date") is not None and not DATE.fullmatch(str(event["date"])):
        out.append(f"date: {event['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if event.get("certainty") not in CERTAINTIES:
        out.append(f"certainty: {event.get('certainty')!r} is not one of {sorted(CERTAINTIES)}")
    return out
