"""Response models of the map, timeline and network routes (the pages draw the same payloads)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from watchfloor.web.schemas import EventOut

Quad = Literal[
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "unknown"
]


class SourceOut(BaseModel):
    url: str = Field(description="The address the sentence's note gives.")
    href: str | None = Field(description="The URL as a safe http(s) link, or None.")


class MapProperties(BaseModel):
    id: int = Field(description="Event id.")
    type: str = Field(description="PLOVER event type.")
    quad: Quad = Field(description="PLOVER quad class of the type.")
    mode: str | None
    actor: str | None
    actor_id: int | None
    recipient: str | None
    recipient_id: int | None
    date: str | None
    certainty: str
    confidence: float = Field(description="How strongly the evidence supports the event, in [0, 1].")
    sentence: str
    place: str = Field(description="The gazetteer's name of the place.")
    place_kind: str = Field(description="city, site, region, country, ...")
    coarse: bool = Field(description="The place is a country or a region: the point is only its centre.")
    document_id: int
    document_title: str
    reader_url: str = Field(description="The reader page, at the event's sentence.")
    sources: list[SourceOut] = Field(description="The URLs of the sentence's notes.")


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: tuple[float, float] = Field(description="Longitude, latitude (GeoJSON order).")


class MapFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: PointGeometry
    properties: MapProperties


class MapCell(BaseModel):
    """Events of one grid cell of the viewport, aggregated on the server (with `zoom`)."""

    lat: float = Field(description="Mean latitude of the cell's events.")
    lon: float = Field(description="Mean longitude of the cell's events.")
    count: int
    types: dict[str, int] = Field(description="Events per PLOVER type.")
    quads: dict[str, int] = Field(description="Events per PLOVER quad class.")
    bounds: tuple[float, float, float, float] = Field(description="The cell: west, south, east, north.")


class MapResponse(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[MapFeature]
    truncated: bool = Field(description="More events matched than `limit`.")
    cells: list[MapCell] = Field(
        default_factory=list, description="With `zoom`: the viewport's events counted per grid cell."
    )
    total: int | None = Field(default=None, description="With `zoom`: events in the viewport.")


class TimelineBucket(BaseModel):
    bucket: str = Field(
        description="The period: 2023-07-31, 2023-W31, 2023-07 or 2023; a date less precise than"
        " the chosen bucket (a year-only date by month) falls in a period of its own precision."
    )
    start: str = Field(description="The period's first day (ISO 8601).")
    end: str = Field(description="The day after the period's last (ISO 8601, exclusive).")
    coarse: bool = Field(description="The events are dated less precisely than the bucket.")
    count: int
    types: dict[str, int] = Field(description="Events per PLOVER type.")
    quads: dict[str, int] = Field(description="Events per quad class.")


class TimelineResponse(BaseModel):
    bucket: Literal["day", "week", "month", "year"]
    total: int = Field(description="Dated events passing the filters; the buckets' counts add up to it.")
    offset: int = Field(default=0, description="Events skipped before `events`.")
    truncated: bool = Field(description="`events` is one page: more events are before or after it.")
    buckets: list[TimelineBucket]
    events: list[EventOut] = Field(description="A page of the dated events, by date (`limit` from `offset`).")


class NetworkNode(BaseModel):
    id: int = Field(description="Entity id.")
    name: str
    type: str = Field(description="Entity type: GPE, ORG, PERSON, ...")
    country: str | None
    events: int = Field(description="Events of the shown edges where it is a party.")
    url: str = Field(description="The entity page.")


class NetworkEdge(BaseModel):
    source: int = Field(description="Actor entity id.")
    target: int = Field(description="Recipient entity id.")
    count: int
    cooperation: int = Field(description="Events of a cooperation quad class.")
    conflict: int = Field(description="Events of a conflict quad class.")
    types: dict[str, int]
    events_url: str = Field(description="The API listing the edge's events.")


class NetworkResponse(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool = Field(default=False, description="More edges passed than `limit`: the busiest shown.")


class EdgeEventsResponse(BaseModel):
    source: int
    target: int
    count: int
    events: list[EventOut]
