"""STIX 2.1: the bundle of a store built in the test, checked by the OASIS validator."""

from __future__ import annotations

import json
from pathlib import Path

from stix2validator import ValidationOptions, validate_string

from watchfloor.export import ExportFilters, export_chunks


def _bundle(db: Path, filters: ExportFilters | None = None) -> str:
    return "".join(export_chunks(db, "stix", filters or ExportFilters()))


def test_the_validator_finds_no_error(export_db: Path) -> None:
    result = validate_string(_bundle(export_db), ValidationOptions(version="2.1"))
    errors = [str(e) for e in result.errors]  # a bundle is validated as one object
    assert result.is_valid, errors
    assert errors == []


def test_the_bundle_holds_reports_parties_places_events_and_relationships(export_db: Path) -> None:
    objects = json.loads(_bundle(export_db))["objects"]
    by_type: dict[str, list[dict[str, object]]] = {}
    for obj in objects:
        by_type.setdefault(str(obj["type"]), []).append(obj)
    assert len(by_type["report"]) == 2
    assert len(by_type["watchfloor-event"]) == 5
    assert {o["name"] for o in by_type["location"]} == {"Tehran", "Kyiv"}
    assert [o["name"] for o in by_type["threat-actor"]] == ["Islamic Revolutionary Guard Corps"]
    names = {o["name"] for o in by_type["identity"]}
    assert {"Iran", "Russia", "Critical Threats", "Ann Analyst", "Watchfloor"} <= names
    extension = by_type["extension-definition"][0]
    for event in by_type["watchfloor-event"]:
        assert event["extensions"] == {extension["id"]: {"extension_type": "new-sdo"}}
    ids = {o["id"] for o in objects}
    for obj in objects:  # every reference points into the bundle
        refs = [v for k, v in obj.items() if k.endswith("_ref")]
        refs += [r for k, v in obj.items() if k.endswith("_refs") for r in v]
        assert set(refs) <= ids, obj["id"]


def test_events_carry_plover_stance_and_provenance(export_db: Path) -> None:
    objects = json.loads(_bundle(export_db))["objects"]
    events = [o for o in objects if o["type"] == "watchfloor-event"]
    assault = next(e for e in events if e["plover_type"] == "ASSAULT")
    assert assault["plover_mode"] == "drone"
    assert assault["date"] == "2023-08-02" and assault["date_precision"] == "day"
    assert assault["certainty"] == "likely" and assault["certainty_dni"] == 70
    assert assault["confidence"] == 60
    assert assault["external_references"][0]["url"] == "http://www.irna.ir/news/84849021"
    attributed = next(e for e in events if e["certainty"] == "attributed")
    assert attributed["attributed_source"] == "Ukraine"
    aid = next(e for e in events if e["plover_type"] == "AID" and e["date"] == "2023-07")
    assert aid["date_precision"] == "month"
    relation = next(
        o for o in objects if o["type"] == "relationship" and o["source_ref"].startswith("threat")
    )
    assert relation["relationship_type"] == "targets"


def test_reports_link_the_document_and_every_note_marking_defanged_ones(export_db: Path) -> None:
    objects = json.loads(_bundle(export_db))["objects"]
    report = next(o for o in objects if o["type"] == "report" and "July" in o["name"])
    assert report["published"].startswith("2023-07-31T00:00:00")
    refs = report["external_references"]
    assert refs[0]["url"] == "https://www.criticalthreats.org/analysis/iran-update-july-31-2023"
    tass = next(r for r in refs if r["url"] == "https://tass.ru/politika/1")
    assert "defanged" in tass["description"] and "tass dot ru" in tass["description"]
    outlet = next(o for o in objects if o.get("name") == "Critical Threats")
    assert report["created_by_ref"] == outlet["id"]


def test_two_exports_are_identical(export_db: Path) -> None:
    assert _bundle(export_db) == _bundle(export_db)


def test_a_filtered_bundle_holds_exactly_the_filtered_events(export_db: Path) -> None:
    objects = json.loads(_bundle(export_db, ExportFilters(type="AID")))["objects"]
    events = [o for o in objects if o["type"] == "watchfloor-event"]
    assert sorted(e["date"] for e in events) == ["2023-07", "2024-01-12"]
    everything = {o["id"] for o in json.loads(_bundle(export_db))["objects"]}
    assert {e["id"] for e in events} <= everything  # the same ids as in the full export
