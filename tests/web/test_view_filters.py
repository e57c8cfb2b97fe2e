"""One set of event filters for every route, the timeline's periods and time axis, the map's coarse
places and its basemap, over the web tests' real store."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest
from fastapi.testclient import TestClient

from watchfloor.web.filters import TEXT_FIELDS
from watchfloor.web.timeline import period_of
from watchfloor.web.timeline_chart import TICK_SPACING, chart
from watchfloor.web.view_schemas import TimelineResponse

Api = Callable[..., Any]
FILTER_NAMES = {*TEXT_FIELDS, "min_confidence"}
EVENT_ROUTES = [
    "/api/search",
    "/api/events",
    "/api/map/events",
    "/api/timeline",
    "/api/network",
    "/api/network/edge",
    "/api/export/{format_name}",
]


@pytest.mark.parametrize("route", EVENT_ROUTES)
def test_every_event_route_takes_the_same_filters_by_their_names(api: Api, route: str) -> None:
    parameters = api("/openapi.json")["paths"][route]["get"]["parameters"]
    names = {p["name"] for p in parameters}
    assert names >= FILTER_NAMES, FILTER_NAMES - names
    confidence = next(p for p in parameters if p["name"] == "min_confidence")
    number = confidence["schema"]["anyOf"][0]
    assert number["type"] == "number" and number["minimum"] == 0 and number["maximum"] == 1


def test_the_filters_mean_the_same_on_every_route(api: Api) -> None:
    """type=AID&country=RUS&since=2022 narrows events, map, timeline and network alike."""
    params = {"type": "AID", "country": "RUS", "since": "2022", "min_confidence": 0}
    events = api("/api/events", **params)["events"]
    assert events and all(
        e["type"] == "AID" and "RUS" in (e["actor_country"], e["recipient_country"]) for e in events
    )
    timeline = api("/api/timeline", **params)
    assert {e["id"] for e in timeline["events"]} == {e["id"] for e in events if e["date"]}
    features = api("/api/map/events", **params)["features"]
    assert {f["properties"]["id"] for f in features} <= {e["id"] for e in events}
    for edge in api("/api/network", **params)["edges"]:
        assert set(edge["types"]) == {"AID"} and "country=RUS" in edge["events_url"]
    hits = api("/api/search", q="drones", **params)["hits"]
    assert len(hits) < len(api("/api/search", q="drones")["hits"])


def test_pages_read_the_same_filters_leniently(client: TestClient) -> None:
    for page in ("/search?q=drone", "/map", "/timeline", "/network"):
        response = client.get(
            page, params={"type": "AID", "min_confidence": "lots", "recipient_country": "RUS"}
        )
        assert response.status_code == 200 and '<option value="AID" selected>' in response.text, page


@pytest.mark.parametrize(
    ("date", "bucket", "key", "start", "end", "coarse"),
    [
        ("2023-07-31", "day", "2023-07-31", "2023-07-31", "2023-08-01", False),
        ("2023-07-31", "week", "2023-W31", "2023-07-31", "2023-08-07", False),
        ("2021-01-01", "week", "2020-W53", "2020-12-28", "2021-01-04", False),
        ("2023-12-31", "month", "2023-12", "2023-12-01", "2024-01-01", False),
        ("2023-07-31", "year", "2023", "2023-01-01", "2024-01-01", False),
        ("2023", "month", "2023", "2023-01-01", "2024-01-01", True),
        ("2023-07", "week", "2023-07", "2023-07-01", "2023-08-01", True),
        ("2023-07", "year", "2023", "2023-01-01", "2024-01-01", False),
        ("2023-02-30", "day", "2023-02", "2023-02-01", "2023-03-01", True),
    ],
)
def test_a_date_falls_in_a_period_of_its_bucket_or_of_its_own_precision(
    date: str, bucket: Any, key: str, start: str, end: str, coarse: bool
) -> None:
    period = period_of(date, bucket)
    assert period is not None
    assert (period.key, period.start.isoformat(), period.end.isoformat(), period.coarse) == (
        key,
        start,
        end,
        coarse,
    )


@pytest.mark.parametrize("bucket", ["day", "week", "month", "year"])
def test_timeline_periods_are_in_time_order_and_add_up(api: Api, bucket: str) -> None:
    data = api("/api/timeline", bucket=bucket, limit=5000)
    starts = [(b["start"], b["end"]) for b in data["buckets"]]
    assert [s for s, _ in starts] == sorted(s for s, _ in starts)
    assert all(s < e for s, e in starts)
    assert sum(b["count"] for b in data["buckets"]) == data["total"] == len(data["events"])
    assert api("/api/timeline", bucket=bucket)["buckets"] == data["buckets"]  # a page counts them all
    for b in data["buckets"]:
        days = (dt.date.fromisoformat(b["end"]) - dt.date.fromisoformat(b["start"])).days
        if not b["coarse"]:
            assert {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}[bucket][0] <= days
            assert days <= {"day": 1, "week": 7, "month": 31, "year": 366}[bucket]
        else:
            assert len(b["bucket"]) in (4, 7) and days >= 28


def test_the_chart_places_bars_by_date_and_spans_coarse_dates(api: Api) -> None:
    data = TimelineResponse.model_validate(api("/api/timeline", bucket="month"))
    drawn = chart(data)
    lo, hi = dt.date.fromisoformat(drawn.lo), dt.date.fromisoformat(drawn.hi)
    per_day = drawn.plot_width / (hi - lo).days
    for column in drawn.columns:
        start = dt.date.fromisoformat(column.start)
        assert abs(column.x - (drawn.left + (start - lo).days * per_day)) <= 1.0
    assert [c.x for c in drawn.columns] == sorted(c.x for c in drawn.columns)
    coarse = [b for b in data.buckets if b.coarse]
    assert len(drawn.spans) == len(coarse) > 0
    for span in drawn.spans:
        days = (dt.date.fromisoformat(span.end) - dt.date.fromisoformat(span.start)).days
        assert abs(span.width - days * per_day) <= 1.0 or span.width == 3.0
    assert all(b - a >= TICK_SPACING - 1 for a, b in pairwise(t.x for t in drawn.ticks))
    assert len(drawn.ticks) >= 4
    zoomed = api("/api/timeline", bucket="week", since="2024-01", until="2024-03")
    narrow = chart(TimelineResponse.model_validate(zoomed), since="2024-01", until="2024-03")
    assert (narrow.lo, narrow.hi) == ("2024-01-01", "2024-04-01")


def test_map_features_say_whether_their_place_is_coarse(api: Api) -> None:
    features = api("/api/map/events", min_confidence=0)["features"]
    kinds = {(f["properties"]["place_kind"], f["properties"]["coarse"]) for f in features}
    assert ("country", True) in kinds and any(not coarse for _, coarse in kinds)
    assert all(coarse == (kind in ("country", "region")) for kind, coarse in kinds)


def test_no_basemap_ring_crosses_the_antimeridian(client: TestClient) -> None:
    data = json.loads(client.get("/static/countries-110m.json").content)
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        for ring in (ring for polygon in polygons for ring in polygon):
            assert ring[0] == ring[-1], feature["properties"]["name"]
            assert all(-180 <= lon <= 180 for lon, _ in ring)
            assert all(abs(b[0] - a[0]) <= 180 for a, b in pairwise(ring)), feature["properties"]["name"]
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Fiji", "Russia", "Antarctica"} <= names
