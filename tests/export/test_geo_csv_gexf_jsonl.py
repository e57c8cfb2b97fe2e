"""GeoJSON, CSV, GEXF and JSON Lines, each read back by its own library."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import geojson
import networkx as nx

from watchfloor.export import ExportFilters, export_chunks
from watchfloor.export.csv_export import COLUMNS
from watchfloor.record import stored_record
from watchfloor.store import open_store

HOSTILE = "=cmd|' /C calc'!A0 \"Front\"\nGroup"


def _text(db: Path, name: str, filters: ExportFilters | None = None) -> str:
    return "".join(export_chunks(db, name, filters or ExportFilters()))


def test_geojson_is_valid_rfc7946_with_events_and_places(export_db: Path) -> None:
    collection = geojson.loads(_text(export_db, "geojson"))
    assert collection.is_valid, collection.errors()
    kinds = [f["properties"]["feature"] for f in collection["features"]]
    assert kinds.count("event") == 2 and kinds.count("place") == 2  # only two events have a place
    kyiv = next(f for f in collection["features"] if f["properties"].get("name") == "Kyiv")
    assert kyiv["geometry"]["coordinates"] == [30.52, 50.45]  # longitude first
    assert kyiv["properties"]["events"] == 1
    assert "crs" not in collection


def test_csv_reads_back_with_the_documented_columns_and_no_live_formula(export_db: Path) -> None:
    text = _text(export_db, "csv")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0].keys()) == COLUMNS
    assert len(rows) == 5
    hostile = next(r for r in rows if r["type"] == "CONSULT")
    assert hostile["actor"] == "'" + HOSTILE  # shown as text, quotes and line break kept
    assert hostile["sentence"] == "'" + HOSTILE + " met Iran's envoy."
    assert hostile["date_precision"] == "year" and hostile["confidence"] == "0.3"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assault = next(r for r in rows if r["type"] == "ASSAULT")
    assert (float(assault["lat"]), float(assault["lon"])) == (50.45, 30.52)
    assert assault["note_urls"] == "http://www.irna.ir/news/84849021"
    assert assault["document_url"].startswith("https://www.criticalthreats.org/")


def test_gexf_reads_back_with_weights_and_cooperation_or_conflict(export_db: Path) -> None:
    graph = nx.read_gexf(io.BytesIO(_text(export_db, "gexf").encode()))
    labels = {node: data["label"] for node, data in graph.nodes(data=True)}
    edges = {(labels[a], labels[b]): data for a, b, data in graph.edges(data=True)}
    aid = edges[("Iran", "Russia")]
    assert aid["weight"] == 2.0 and aid["cooperation"] == 2 and aid["relation"] == "cooperation"
    assault = edges[("Islamic Revolutionary Guard Corps", "Ukraine")]
    assert assault["conflict"] == 1 and assault["relation"] == "conflict"
    assert labels and HOSTILE in labels.values()


def test_jsonl_is_the_stored_records_and_a_filter_keeps_only_its_events(export_db: Path) -> None:
    records = [json.loads(line) for line in _text(export_db, "jsonl").splitlines()]
    with open_store(export_db) as store:
        assert records == [stored_record(store, i) for i in store.document_ids()]
    kept = [
        json.loads(line) for line in _text(export_db, "jsonl", ExportFilters(type="ASSAULT")).splitlines()
    ]
    assert [r["doc"]["id"] for r in kept] == ["first.md"]
    assert [e["type"] for e in kept[0]["events"]] == ["ASSAULT"]
