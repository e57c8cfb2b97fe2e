"""The annotated documents `train_events.py` learns from: ../shared's seeds and dev set and our
own news stories (training/), each read and parsed by the extraction pipeline itself, its gold
events paired with the sentences that tell them, and the folds of whole documents that
cross-validation holds out."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import track
from training_sets import check_set, texts_of

from watchfloor.layout import analyse_layout
from watchfloor.nlp.extract import parse_documents, read_document
from watchfloor.nlp.types import Extraction
from watchfloor.readers import read_source
from watchfloor.record import extraction_record
from watchfloor.settings import Settings

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
