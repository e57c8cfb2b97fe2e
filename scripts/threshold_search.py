"""How `train_events.py` scores its models and chooses their thresholds: each document's events
as a model reads them, score.py's figures per set, and the thresholds that do best out of fold."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from event_corpus import SHARED_SETS, Doc, console

from watchfloor.nlp.event_evidence import PLOVER_TYPES
from watchfloor.nlp.event_model import EventModel
from watchfloor.nlp.event_model_file import parse_model
from watchfloor.nlp.event_scorers import Thresholds

MODEL = Path(__file__).resolve().parent.parent / "src" / "watchfloor" / "data" / "events" / "model.json"


def predict(model: EventModel, doc: Doc) -> dict[str, Any]:
    record = dict(doc["record"])
    events = model.document_events(doc["evidence"])
    record["events"] = [
        {"type": e.type, "mode": e.mode, "actor": e.actor, "actor_country": e.actor_country,
         "recipient": e.recipient, "recipient_country": e.recipient_country,
         "date": e.date,
         "place": e.place, "certainty": e.certainty, "source": e.source, "text": e.text,
         "confidence": e.confidence}
        for e in events
    ]  # fmt: skip
    return record


def figures(scorer: Any, docs: list[Doc], predicted: dict[str, dict[str, Any]], name: str) -> dict[str, Any]:
    """The score of the documents of set `name` (of all sets but ../shared's, with "ours")."""
    chosen = [d for d in docs if d["set"] == name or (name == "ours" and d["set"] not in SHARED_SETS)]
    result: dict[str, Any] = scorer.score(
        {d["key"]: predicted[d["key"]] for d in chosen},
        {d["key"]: d["gold"] for d in chosen},
    )
    return result


def summary(result: dict[str, Any]) -> str:
    d = result["events_dyad"]
    dates, certainty = result["event_date_acc"]["acc"], result["event_certainty_acc"]["acc"]
    return f"dyad P {d['p']:.3f} R {d['r']:.3f} F1 {d['f1']:.3f}  date {dates}  certainty {certainty}"


def shipped_thresholds() -> Thresholds:
    model = parse_model(json.loads(MODEL.read_text(encoding="utf-8")), str(MODEL))
    return model.thresholds


def search_thresholds(
    docs: list[Doc], repeats: list[dict[str, EventModel]], scorer: Any, args: argparse.Namespace
) -> Thresholds:
    best: tuple[float, Thresholds] | None = None
    for type_threshold in [float(v) for v in args.type_thresholds.split(",")]:
        for extra in (0.02, 1.01):
            for rule in (0.05, 0.1, 0.2, 1.01):
                for second in (0.05, 1.01):
                    thresholds = Thresholds(type_threshold, extra, rule, second)
                    value = objective(docs, repeats, scorer, thresholds)
                    if best is None or value > best[0]:
                        best = (value, thresholds)
    assert best is not None
    return per_type_thresholds(docs, repeats, scorer, best)


def search_type_threshold(
    docs: list[Doc], repeats: list[dict[str, EventModel]], scorer: Any, args: argparse.Namespace
) -> Thresholds:
    """The shipped thresholds with the shared type threshold that does best out of fold."""
    shipped = shipped_thresholds()
    trials = [replace(shipped, type=float(v)) for v in args.type_thresholds.split(",")]
    values = [objective(docs, repeats, scorer, trial) for trial in trials]
    for trial, value in zip(trials, values, strict=True):
        console.print(f"type threshold {trial.type}: objective {value:.4f}")
    return trials[values.index(max(values))]


def objective(
    docs: list[Doc], repeats: list[dict[str, EventModel]], scorer: Any, thresholds: Thresholds
) -> float:
    """The out-of-fold dyad F1 of the dev set and of our own news stories (where there are any)
    plus a quarter of the seeds', averaged over the fold shuffles so that a threshold is not
    chosen for one split."""
    total = 0.0
    ours = any(d["set"] not in SHARED_SETS for d in docs)
    for models in repeats:
        predicted = {d["key"]: predict(replace(models[d["key"]], thresholds=thresholds), d) for d in docs}
        total += figures(scorer, docs, predicted, "dev")["events_dyad"]["f1"]
        total += figures(scorer, docs, predicted, "seeds")["events_dyad"]["f1"] * 0.25
        total += figures(scorer, docs, predicted, "ours")["events_dyad"]["f1"] if ours else 0.0
    return total / len(repeats)


def mean_figures(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The mean of each figure `summary` prints, over several cross-validations."""

    def mean(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return round(sum(known) / len(known), 3) if known else None

    return {
        "events_dyad": {k: mean([r["events_dyad"][k] for r in results]) for k in ("p", "r", "f1")},
        "event_date_acc": {"acc": mean([r["event_date_acc"]["acc"] for r in results])},
        "event_certainty_acc": {"acc": mean([r["event_certainty_acc"]["acc"] for r in results])},
    }


def per_type_thresholds(
    docs: list[Doc], repeats: list[dict[str, EventModel]], scorer: Any, best: tuple[float, Thresholds]
) -> Thresholds:
    """One pass of coordinate ascent from the shared threshold: each type keeps its own where
    that raises the out-of-fold figure by more than noise (0.005); then the events with nobody
    in a role, and those with a party of no known state, get theirs where that raises it."""
    value, thresholds = best
    for kind in PLOVER_TYPES:
        for candidate in (0.15, 0.25, 0.4):
            trial = replace(thresholds, by_type={**thresholds.by_type, kind: candidate})
            score = objective(docs, repeats, scorer, trial)
            if score > value + 0.005:
                value, thresholds = score, trial
    # then those of events with nobody in a role and with a party of no known state
    for field_name, candidates in (("nobody", (0.2, 0.3, 0.4, 0.6)), ("stateless", (0.1, 0.2, 0.3))):
        for candidate in candidates:
            trial = replace(thresholds, **{field_name: candidate})
            score = objective(docs, repeats, scorer, trial)
            if score > value + 0.002:
                value, thresholds = score, trial
    return thresholds
