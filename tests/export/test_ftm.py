"""FollowTheMoney: every line is an entity the library's model reads back unchanged and valid."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from followthemoney import model

from watchfloor.export import ExportFilters, export_chunks


def _entities(db: Path) -> list[dict[str, Any]]:
    text = "".join(export_chunks(db, "ftm", ExportFilters()))
    return [json.loads(line) for line in text.splitlines()]


def test_every_entity_is_valid_under_the_model(export_db: Path) -> None:
    for data in _entities(export_db):
        proxy = model.get_proxy(data, cleaned=False)  # cleans every value by its property type
        assert proxy.schema.validate(proxy.to_dict()) is None
        assert proxy.to_dict()["properties"] == data["properties"], data["id"]  # nothing was dropped
        for prop in proxy.schema.required:
            assert proxy.get(prop), (data["schema"], prop)


def test_schemas_and_links(export_db: Path) -> None:
    entities = _entities(export_db)
    by_id = {e["id"]: e for e in entities}
    schemas = {e["schema"] for e in entities}
    assert {"Article", "PublicBody", "Event", "Address", "Mention"} <= schemas
    assert len([e for e in entities if e["schema"] == "Event"]) == 5
    irgc = next(e for e in entities if e["properties"].get("name") == ["Islamic Revolutionary Guard Corps"])
    assert irgc["schema"] == "PublicBody" and irgc["properties"]["country"] == ["ir"]
    for event in (e for e in entities if e["schema"] == "Event"):
        for prop in ("involved", "organizer", "addressEntity", "proof"):
            for ref in event["properties"].get(prop, []):
                assert ref in by_id, (prop, ref)
    assault = next(
        e for e in entities if e["schema"] == "Event" and "ASSAULT" in e["properties"].get("keywords", [])
    )
    assert assault["properties"]["date"] == ["2023-08-02"]
    assert assault["properties"]["sourceUrl"] == ["http://www.irna.ir/news/84849021"]
    kyiv = by_id[assault["properties"]["addressEntity"][0]]
    assert kyiv["properties"]["latitude"] == ["50.45"] and kyiv["properties"]["country"] == ["ua"]
    mention = next(e for e in entities if e["schema"] == "Mention" and "IRGC" in e["properties"]["name"])
    assert by_id[mention["properties"]["document"][0]]["schema"] == "Article"
