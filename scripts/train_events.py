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
import random
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from eval_scorer import load_scorer
from fitting import fit_choice, fit_types
from rich.console import Console
from rich.progress import track
from training_sets import TRAINED, UNSEEN, check_set, texts_of

from watchfloor.layout import analyse_layout
from watchfloor.nlp.event_evidence import PLOVER_TYPES, Party
from watchfloor.nlp.event_model import EventModel
from watchfloor.nlp.event_model_file import FORMAT, parse_model
from watchfloor.nlp.event_scorers import Linear, Thresholds, none_rows, role_rows
from watchfloor.nlp.extract import parse_documents, read_document
from watchfloor.nlp.party_pairs import candidate_slots, pair_features
from watchfloor.nlp.types import Extraction
from watchfloor.readers import read_source
from watchfloor.record import extraction_record
from watchfloor.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "watchfloor" / "data" / "events" / "model.json"
WORD = re.compile(r"[^\W_]+")
console = Console(stderr=True)

SHARED_SETS = ("seeds", "dev")
Doc = dict[str, Any]  # id, set, record (without events), evidence, gold


Sets = list[tuple[str, list[Path], list[Path]]]  # name, texts, gold files


def corpus_sets(shared: Path, extra: list[Path]) -> Sets:
    """The annotated sets: ../shared's seeds and dev set, then each folder of `extra` (a set of
    our own: its texts and their gold.jsonl side by side, named by the folder)."""
    sets = [
        ("seeds", sorted((shared / "seeds").glob("*.txt")), sorted((shared / "eval").glob("gold_*.jsonl"))),
        ("dev", sorted((shared / "eval" / "dev" / "texts").glob("*.md")),
         sorted((shared / "eval" / "dev").glob("gold_*.jsonl"))),
    ]  # fmt: skip
    for folder in extra:
        problems = check_set(folder)
        if problems:
            sys.exit("\n".join([f"{folder}: {len(problems)} problems in the annotated set", *problems[:20]]))
        sets.append((folder.name, texts_of(folder), [folder / "gold.jsonl"]))
    return sets


def load_corpus(sets: Sets) -> list[Doc]:
    settings = Settings.from_env()
    docs: list[Doc] = []
    for name, texts, gold_files in sets:
        gold = {}
        for path in gold_files:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    gold[str(record["doc"]["id"])] = record
        items = []
        for path in texts:
            for document in read_source(str(path), settings):
                items.append((document, analyse_layout(document.text)))
        parsed = parse_documents(items)
        for (document, layout), paragraphs in track(
            zip(items, parsed, strict=True), total=len(items), description=f"reading {name}", console=console
        ):
            extraction, evidence = read_document(document, layout, paragraphs)
            record = extraction_record(
                document, layout, Extraction(extraction.entities, extraction.places, [])
            )
            doc_id = record["doc"]["id"]
            if doc_id in gold:
                docs.append(
                    {
                        "id": doc_id,
                        "key": f"{name}/{doc_id}",
                        "set": name,
                        "record": record,
                        "evidence": evidence,
                        "gold": gold[doc_id],
                    }
                )
    return docs


def tokens(text: str) -> set[str]:
    stop = {"the", "a", "an", "of", "and", "in", "on", "to", "for", "by", "with", "from", "at", "as", "is"}
    return {w for w in WORD.findall(text.casefold()) if w not in stop}


def align(doc: Doc) -> list[list[dict[str, Any]]]:
    """The gold events of each evidence sentence: each gold event goes to the sentence whose
    words it shares most (at least half of them)."""
    sentences = [tokens(e.text) for e in doc["evidence"]]
    out: list[list[dict[str, Any]]] = [[] for _ in sentences]
    for event in doc["gold"].get("events") or []:
        words = tokens(event.get("text") or "")
        if not words:
            continue
        best, score = -1, 0.0
        for i, sentence in enumerate(sentences):
            shared = len(words & sentence)
            value = shared / len(words | sentence) if sentence else 0.0
            if shared / len(words) >= 0.8:
                value = max(value, 0.5 + shared / len(words) / 10)
            if value > score:
                best, score = i, value
        if best >= 0 and score >= 0.5:
            out[best].append(event)
    return out


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
    groups, labels, offsets, weights = pair_rows(docs, model, args.ours_weight)
    return replace(model, pair=fit_choice(groups, labels, args.c_pair, offsets, weights))


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


def folds_of(docs: list[Doc], k: int, seed: int = 13) -> list[list[Doc]]:
    """Folds of whole documents, shuffled with a fixed seed (documents of one topic, which
    report the same events, mostly fall in different folds: each is held out with its
    companions seen)."""
    order = sorted(docs, key=lambda d: d["id"])
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def topic_folds(docs: list[Doc]) -> list[list[Doc]]:
    """One fold per dev topic (the hundred of its id: "d301" is of topic 3), the seeds dealt
    among them: each document is held out with every other report of its events, as news of a
    story the model never read will be."""
    topics = sorted({d["id"][:2] for d in docs if d["set"] == "dev"})
    folds: list[list[Doc]] = [[d for d in docs if d["set"] == "dev" and d["id"][:2] == t] for t in topics]
    seeds = sorted((d for d in docs if d["set"] != "dev"), key=lambda d: d["id"])
    for i, doc in enumerate(seeds):
        folds[i % len(folds)].append(doc)
    return folds


def summary(result: dict[str, Any]) -> str:
    d = result["events_dyad"]
    dates, certainty = result["event_date_acc"]["acc"], result["event_certainty_acc"]["acc"]
    return f"dyad P {d['p']:.3f} R {d['r']:.3f} F1 {d['f1']:.3f}  date {dates}  certainty {certainty}"


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
        default=0.25,
        help="how much a sentence of our own stories counts (../shared's: 1)",
    )
    parser.add_argument(
        "--ours-type-weight",
        type=float,
        help="what a sentence of our stories counts for the type scorer (default: --ours-weight)",
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
