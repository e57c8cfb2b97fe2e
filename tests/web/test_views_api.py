"""Map, timeline and network APIs over the demo store: GeoJSON with valid points and quad classes,
buckets that add up, edges whose counts equal the events behind them, filters that narrow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

QUADS = {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}


def test_map_features_have_valid_points_and_quads(api: Callable[..., Any]) -> None:
    data = api("/api/map/events")
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) >= 20
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feature["properties"]
        assert props["quad"] in QUADS
        assert props["sentence"] and props["certainty"] and props["document_title"]
        assert props["reader_url"].startswith(f"/documents/{props['document_id']}#s")
        for source in props["sources"]:
            assert source["href"] is None or source["href"].startswith(("http://", "https://"))
    assert any(f["properties"]["sources"] for f in data["features"])


def test_map_filters_narrow(api: Callable[..., Any], iran_id: int) -> None:
    everything = api("/api/map/events")["features"]
    assault = api("/api/map/events", type="ASSAULT")["features"]
    assert 0 < len(assault) < len(everything)
    assert {f["properties"]["type"] for f in assault} == {"ASSAULT"}
    iran = api("/api/map/events", actor=str(iran_id))["features"]
    assert 0 < len(iran) < len(everything)
    assert {f["properties"]["actor_id"] for f in iran} == {iran_id}
    dated = api("/api/map/events", since="2024-01", until="2024-01")["features"]
    assert dated and all(f["properties"]["date"].startswith("2024-01") for f in dated)
    assert api("/api/map/events", country="ZZZ")["features"] == []
    assert len(api("/api/map/events", limit=3)["features"]) == 3


def test_timeline_buckets_add_up(api: Callable[..., Any]) -> None:
    for bucket in ("month", "year"):
        data = api("/api/timeline", bucket=bucket, limit=5000)
        assert data["total"] == len(data["events"]) == sum(b["count"] for b in data["buckets"]) > 20
        for b in data["buckets"]:
            assert sum(b["types"].values()) == sum(b["quads"].values()) == b["count"]
            listed = [e for e in data["events"] if e["date"][: len(b["bucket"])] == b["bucket"]]
            if bucket == "year":
                assert len(listed) == b["count"]
        keys = [b["bucket"] for b in data["buckets"]]
        assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_timeline_respects_filters(api: Callable[..., Any]) -> None:
    data = api("/api/timeline", actor="Iran", recipient="Russia", type="AID", since="2022", until="2023")
    assert data["total"] >= 1
    for event in data["events"]:
        assert event["type"] == "AID" and event["actor_country"] == "IRN"
        assert event["recipient_country"] == "RUS" and "2022" <= event["date"][:4] <= "2023"
    narrower = api("/api/timeline", recipient_country="RUS", type="AID")
    assert narrower["events"] and all(e["recipient_country"] == "RUS" for e in narrower["events"])
    assert api("/api/timeline", certainty="denied")["total"] < api("/api/timeline")["total"]


def test_network_edge_counts_equal_their_events(api: Callable[..., Any], client: TestClient) -> None:
    data = api("/api/network")
    assert len(data["edges"]) >= 10
    ids = {n["id"] for n in data["nodes"]}
    for edge in data["edges"]:
        assert edge["source"] in ids and edge["target"] in ids
        assert edge["cooperation"] + edge["conflict"] <= edge["count"] == sum(edge["types"].values())
        events = client.get(edge["events_url"]).json()
        assert events["count"] == len(events["events"]) == edge["count"]
        assert {(e["actor_id"], e["recipient_id"]) for e in events["events"]} == {
            (edge["source"], edge["target"])
        }
    degree = {n["id"]: n["events"] for n in data["nodes"]}
    assert all(degree[n] > 0 for n in degree)
    thick = api("/api/network", min_count=2)
    assert len(thick["edges"]) < len(data["edges"]) and all(e["count"] >= 2 for e in thick["edges"])


def test_network_agreements_of_one_actor(api: Callable[..., Any], iran_id: int) -> None:
    # every event, however confident: the filters are under test here, not the model's confidence
    data = api("/api/network", type="AGREE", actor=str(iran_id), min_confidence="0")
    partners = {n["name"] for n in data["nodes"] if n["id"] != iran_id and n["type"] == "GPE"}
    assert {"Saudi Arabia", "United States"} <= partners, partners
    assert all(iran_id in (e["source"], e["target"]) for e in data["edges"])
    assert all(set(e["types"]) == {"AGREE"} for e in data["edges"])
    by_name = api("/api/network", type="AGREE", actor="Iran", min_confidence="0")
    assert {n["name"] for n in by_name["nodes"]} == {n["name"] for n in data["nodes"]}
    edge = next(e for e in data["edges"] if e["source"] != iran_id)
    events = api(
        "/api/network/edge", source=edge["source"], target=edge["target"], type="AGREE", min_confidence="0"
    )
    assert events["count"] == edge["count"] and all(e["type"] == "AGREE" for e in events["events"])
