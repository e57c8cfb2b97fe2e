#!/usr/bin/env python3
"""Train the event model (`src/watchfloor/data/events/model.json`) from the annotated documents
in ../shared/eval (the seeds and the dev set) and our own news stories (training/news), and
report its cross-validated figures, with those of training/unseen, news it never trains on.

    python scripts/train_events.py [--shared ../shared] [--folds 8] [--repeats 3] [--cache /tmp/evidence.pkl]

Every document is read and parsed by the extraction pipeline itself; each sentence's evidence
(`watchfloor.nlp.event_evidence`) is paired with the gold events of that sentence. Types are
one logistic regression pooled over all types' (sentence, type) rows, compiled to a scorer per type
(`fitting.fit_types`); actor and recipient are scorers over each
candidate party's features conjoined with the type, fitted as conditional logits (a softmax over
the sentence's candidates, as the model chooses), labelled by country as the score counts (by
name where country cannot tell), and the likeliest allowed pair is chosen.
Cross-validation holds out whole documents (grouped folds, several shuffles); the thresholds are
chosen on the out-of-fold predictions of all shuffles, and the model shipped is trained on every
document but the unseen ones. Needs scikit-learn (`pip install -e '.[train]'`).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval_scorer import load_scorer
from event_corpus import (
    SHARED_SETS,
    Doc,
    align,
    console,
    corpus_sets,
    folds_of,
    load_corpus,
    tokens,
    topic_folds,
)
from fitting import fit_choice, fit_types
from rich.progress import track
from threshold_search import (
    MODEL,
    figures,
    mean_figures,
    predict,
    search_thresholds,
    search_type_threshold,
    shipped_thresholds,
    summary,
)
from training_sets import TRAINED, UNSEEN

from watchfloor.nlp.event_evidence import PLOVER_TYPES, Party
from watchfloor.nlp.event_model import EventModel
from watchfloor.nlp.event_model_file import FORMAT
from watchfloor.nlp.event_scorers import Linear, Thresholds, none_rows, role_rows
from watchfloor.nlp.party_pairs import candidate_slots, pair_features

ROOT = Path(__file__).resolve().parent.parent

Rows = tuple[list[list[str]], dict[str, list[int]], list[list[list[str]]], list[list[int]], list[list[int]]]


def rows(
    docs: list[Doc], ours_weight: float = 1.0, ours_type_weight: float | None = None
) -> tuple[Rows, list[float], list[float]]:
    """Type rows (features, labels by type) and role groups (one per sentence and gold type: its
    candidates' features, and their actor and recipient labels); then how much each type row and
    each role group counts (`ours_weight` for those of our own stories, 1 for ../shared's)."""
    type_w: list[float] = []
    role_w: list[float] = []
    type_x: list[list[str]] = []
    type_y: dict[str, list[int]] = {k: [] for k in PLOVER_TYPES}
    role_x: list[list[list[str]]] = []  # one group of candidate rows per (sentence, type)
    actor_y: list[list[int]] = []
    recipient_y: list[list[int]] = []
    for doc in docs:
        weight = 1.0 if doc["set"] in SHARED_SETS else ours_weight
        type_weight = weight if doc["set"] in SHARED_SETS or ours_type_weight is None else ours_type_weight
        for evidence, gold in zip(doc["evidence"], align(doc), strict=True):
            type_x.append(evidence.features)
            type_w.append(type_weight)
            kinds = {e["type"] for e in gold}
            for kind in PLOVER_TYPES:
                type_y[kind].append(int(kind in kinds))
            for kind in sorted(kinds):  # in a fixed order, so the build is reproducible
                events = [e for e in gold if e["type"] == kind]
                template = evidence.templates.get(kind) or evidence.templates[""]
                group = [
                    role_rows(kind, evidence.role_features.get((kind, i), party.features))
                    for i, party in enumerate(evidence.parties)
                ]
                group.append(none_rows(kind, evidence))
                labels = role_labels(evidence.parties, events)
                if template.inverse:  # learnt as the grammar has them, turned round when read
                    labels = [(recipient, actor) for actor, recipient in labels]
                role_x.append(group)
                role_w.append(weight)
                actor_y.append([actor for actor, _ in labels])
                recipient_y.append([recipient for _, recipient in labels])
    return (type_x, type_y, role_x, actor_y, recipient_y), type_w, role_w


def role_labels(parties: list[Party], events: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(actor, recipient) for each party and then nobody: whether it fills that role in one of
    the sentence's gold events of a type (see `event_sides`)."""
    labels = [[0, 0] for _ in range(len(parties) + 1)]
    for event in events:
        for role, fits in enumerate(event_sides(parties, event)):
            for i in fits:
                labels[i][role] = 1
    return [(actor, recipient) for actor, recipient in labels]


def event_sides(parties: list[Party], event: dict[str, Any]) -> tuple[set[int], set[int]]:
    """The candidates (the parties, then nobody) that may be a gold event's actor, and its
    recipient, by country as the score counts it. Where country alone cannot tell, the party's
    name decides: an event whose two sides are of one country ("Iranian authorities detained an
    Iranian journalist"), and a side of no country ("Iran-backed militias"), which is nobody only
    when no party of no country bears its name."""
    candidates: list[Party | None] = [*parties, None]
    sides = (event.get("actor_country") or None, event.get("recipient_country") or None)
    names = (tokens(event.get("actor") or ""), tokens(event.get("recipient") or ""))
    out: list[set[int]] = []
    for role in (0, 1):
        fits = [i for i, party in enumerate(candidates) if _country(party) == sides[role]]
        if sides[0] == sides[1] or sides[role] is None:  # the name decides
            named = [i for i in fits if _named(candidates[i], names, role)]
            fits = named or [i for i in fits if candidates[i] is None or sides[0] == sides[1]]
        out.append(set(fits))
    return out[0], out[1]


def pair_rows(
    docs: list[Doc], model: EventModel, ours_weight: float = 1.0
) -> tuple[list[list[list[str]]], list[list[int]], list[list[float]], list[float]]:
    """Pair groups (one per sentence and gold type: every allowed (actor, recipient) pair's
    features), their labels (the pair is a gold event's) and offsets (the actor and recipient
    scorers' log-probabilities, which the pair scorer adds to), and how much each group counts."""
    weights: list[float] = []
    groups: list[list[list[str]]] = []
    labels: list[list[int]] = []
    offsets: list[list[float]] = []
    for doc in docs:
        weight = 1.0 if doc["set"] in SHARED_SETS else ours_weight
        for evidence, gold in zip(doc["evidence"], align(doc), strict=True):
            for kind in sorted({e["type"] for e in gold}):
                weights.append(weight)
                template = evidence.templates.get(kind) or evidence.templates[""]
                speaker = template.source if template.certainty == "attributed" else None
                actor_p = model.role_probabilities(evidence, kind, "actor")
                recipient_p = model.role_probabilities(evidence, kind, "recipient")
                scores = model.pair_scores(evidence, kind, actor_p, recipient_p, speaker)
                right: set[tuple[int, int]] = set()
                for event in gold:
                    if event["type"] == kind:
                        actors, recipients = event_sides(evidence.parties, event)
                        if template.inverse:  # learnt as the grammar has them
                            actors, recipients = recipients, actors
                        right |= {(a, r) for a in actors for r in recipients}
                nobody, slots = len(evidence.parties), candidate_slots(evidence, kind)
                groups.append([
                    role_rows(kind, pair_features(evidence, kind, a if a < nobody else None,
                                                  r if r < nobody else None, slots=slots))
                    for a, r in scores
                ])  # fmt: skip
                labels.append([int(pair in right) for pair in scores])
                offsets.append(list(scores.values()))
    return groups, labels, offsets, weights


def _country(party: Party | None) -> str | None:
    return party.country if party is not None else None


def _named(party: Party | None, names: tuple[set[str], set[str]], role: int) -> bool:
    """Whether the party's name shares more words with the gold name of `role` than of the other."""
    if party is None:
        return False
    own, other = len(tokens(party.name) & names[role]), len(tokens(party.name) & names[1 - role])
    return own > 0 and own >= other


def train(docs: list[Doc], args: argparse.Namespace) -> EventModel:
    (type_x, type_y, role_x, actor_y, recipient_y), type_w, role_w = rows(
        docs, args.ours_weight, args.ours_type_weight
    )
    types = fit_types(type_x, type_y, args.c_type, type_w)
    actor = fit_choice(role_x, actor_y, args.c_role, weights=role_w)
    recipient = fit_choice(role_x, recipient_y, args.c_role, weights=role_w)
    # the thresholds are chosen afterwards, on the out-of-fold predictions (main)
    model = EventModel(types, actor, recipient, Thresholds(0.5, 1.01))
    if args.c_pair <= 0:
        return model
    pair_weight = args.ours_weight if args.ours_pair_weight is None else args.ours_pair_weight
    groups, labels, offsets, weights = pair_rows(docs, model, pair_weight)
    return replace(model, pair=fit_choice(groups, labels, args.c_pair, offsets, weights))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3, help="fold shuffles the figures are averaged over")
    parser.add_argument("--cache", type=Path, help="keep the read documents here between runs")
    parser.add_argument(
        "--by-topic", action="store_true", help="hold out one dev topic at a time (no shuffles; --repeats 1)"
    )
    parser.add_argument("--c-type", type=float, default=2.0)
    parser.add_argument("--c-role", type=float, default=1.0)
    parser.add_argument(
        "--ours-weight",
        type=float,
        default=0.0,
        help="what a sentence of our stories counts for actor, recipient and pair (../shared's: 1)",
    )
    parser.add_argument(
        "--ours-pair-weight",
        type=float,
        default=None,
        help="what a sentence of our stories counts for the pair scorer (default: --ours-weight)",
    )
    parser.add_argument(
        "--ours-type-weight",
        type=float,
        default=0.1,
        help="what a sentence of our stories counts for the type scorer (../shared's: 1)",
    )
    parser.add_argument("--c-pair", type=float, default=1.0, help="the pair scorer's; 0: no pair scorer")
    parser.add_argument(
        "--type-thresholds",
        default="0.2,0.25,0.3,0.35,0.4",
        help="the shared type thresholds searched (one value compares two builds at a fixed one)",
    )
    parser.add_argument(
        "--fixed",
        action="store_true",
        help="keep the shipped model's thresholds, no search (two builds compared on equal terms)",
    )
    parser.add_argument(
        "--type-only",
        action="store_true",
        help="search the shared type threshold alone, the shipped model's others kept (a quick search)",
    )
    parser.add_argument(
        "--extra",
        type=Path,
        nargs="*",
        default=[],
        help="more annotated sets (folders of texts and gold.jsonl)",
    )
    parser.add_argument(
        "--shared-only",
        action="store_true",
        help="leave out our own stories (training/news and training/unseen)",
    )
    parser.add_argument(
        "--test", nargs="*", default=[], help="sets (by name) never trained on: scored by every fold's model"
    )
    parser.add_argument("--no-write", action="store_true", help="report the figures, write no model")
    parser.add_argument("--held-out", type=Path, help="write the cross-validated records here (JSONL)")
    args = parser.parse_args()
    if args.repeats < 1 or args.folds < 2:
        parser.error("--repeats must be at least 1 and --folds at least 2")
    if not (args.shared / "eval" / "dev").is_dir():
        sys.exit(f"{args.shared}: no eval/dev directory (the annotated documents)")
    ours = [] if args.shared_only else [TRAINED, UNSEEN]
    sets = corpus_sets(args.shared, ours + args.extra)
    names = [name for name, _, _ in sets]
    tests = set(args.test) | ({UNSEEN.name} if ours else set())
    if tests - set(names):
        parser.error(f"--test {sorted(tests - set(names))}: no such set (the sets: {names})")
    docs = pickle.loads(args.cache.read_bytes()) if args.cache and args.cache.is_file() else []
    unread = [s for s in sets if s[0] not in {d["set"] for d in docs}]
    if unread:  # the cache keeps the sets read before; the others are read now and added
        docs += load_corpus(unread)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(docs))
    docs = [d for d in docs if d["set"] in names]
    scorer = load_scorer(args.shared)
    repeats: list[dict[str, EventModel]] = []  # per fold shuffle: each document's held-out model
    if args.by_topic:
        args.repeats = 1
    splits = [
        (seed, fold)
        for seed in range(13, 13 + args.repeats)
        for fold in (topic_folds(docs) if args.by_topic else folds_of(docs, args.folds, seed))
    ]
    for seed, fold in track(splits, description="cross-validating", console=console):
        if seed - 13 == len(repeats):
            repeats.append({})
        held = {d["key"] for d in fold}
        model = train([d for d in docs if d["key"] not in held and d["set"] not in tests], args)
        repeats[-1].update(dict.fromkeys(held, model))
    trained = [d for d in docs if d["set"] not in tests]  # the thresholds are chosen on these alone
    if args.fixed:
        thresholds = shipped_thresholds()
    elif args.type_only:
        thresholds = search_type_threshold(trained, repeats, scorer, args)
    else:
        thresholds = search_thresholds(trained, repeats, scorer, args)
    console.print(
        f"thresholds: type {thresholds.type}, extra party {thresholds.extra_party}, rule {thresholds.rule}, "
        f"second trigger {thresholds.second}, nobody {thresholds.nobody}, stateless {thresholds.stateless}, "
        f"by type {thresholds.by_type}"
    )
    report(docs, repeats, scorer, thresholds, args, names, tests)


def report(
    docs: list[Doc],
    repeats: list[dict[str, EventModel]],
    scorer: Any,
    thresholds: Thresholds,
    args: argparse.Namespace,
    names: list[str],
    tests: set[str],
) -> None:
    """The cross-validated and in-sample figures; the model trained on every document is written."""
    predictions = [
        {d["key"]: predict(replace(models[d["key"]], thresholds=thresholds), d) for d in docs}
        for models in repeats
    ]
    for name in names:
        results = [figures(scorer, docs, predicted, name) for predicted in predictions]
        held = "held out  " if name in tests else "cross-validated"
        console.print(f"{held} {name:<5}: {summary(mean_figures(results))} (mean of {len(results)} shuffles)")
    if args.held_out:  # for reading the errors: each document as the model held out from it saw it
        lines = [json.dumps({"set": d["set"], **predictions[0][d["key"]]}) for d in docs]
        args.held_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    final = replace(train([d for d in docs if d["set"] not in tests], args), thresholds=thresholds)
    predicted = {d["key"]: predict(final, d) for d in docs}
    for name in names:
        seen = "unseen    " if name in tests else "in-sample "
        console.print(f"{seen}      {name:<5}: {summary(figures(scorer, docs, predicted, name))}")
    if not args.no_write:
        MODEL.write_text(
            json.dumps(serialise(final), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        console.print(f"wrote {MODEL} ({MODEL.stat().st_size // 1024} KiB)")


def serialise(model: EventModel) -> dict[str, Any]:
    def linear(m: Linear) -> dict[str, Any]:
        return {"bias": m.bias, "weights": m.weights}

    return {
        "format": FORMAT,
        "types": {k: linear(v) for k, v in model.types.items()},
        "actor": linear(model.actor),
        "recipient": linear(model.recipient),
        "pair": linear(model.pair),
        "thresholds": {
            "type": model.thresholds.type,
            "extra_party": model.thresholds.extra_party,
            "rule": model.thresholds.rule,
            "second": model.thresholds.second,
            "by_type": model.thresholds.by_type,
            "nobody": model.thresholds.nobody,
            "stateless": model.thresholds.stateless,
        },
    }


if __name__ == "__main__":
    main()
