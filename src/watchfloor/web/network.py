"""The network: entities as nodes, the events between them as directed edges (actor → recipient),
each with its count split into cooperation and conflict by the PLOVER quad class of its types.
Only events whose both parties resolved to entities are drawn; an edge's events are listed by
`edge_events` with the same filters, so an edge's count is the number of events behind it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from watchfloor.store.queries import EventFilters, StoreQueries
from watchfloor.web.convert import event_out
from watchfloor.web.filters import EventQuery
from watchfloor.web.map_data import is_cooperation, quad_of
from watchfloor.web.view_schemas import EdgeEventsResponse, NetworkEdge, NetworkNode, NetworkResponse

EDGE_EVENTS_LIMIT = 1000
EDGES_LIMIT = 500  # the busiest edges drawn unless `limit` says otherwise


@dataclass
class _Edge:
    types: Counter[str] = field(default_factory=Counter)


def network_filters(filters: EventFilters) -> EventFilters:
    """The network's `actor` is the entity whose network is shown: it may be either party."""
    if filters.actor and filters.actor.strip():
        return replace(filters, actor=None, entity=filters.actor)
    return filters


def network(
    queries: StoreQueries, query: EventQuery, min_count: int = 1, limit: int = EDGES_LIMIT
) -> NetworkResponse:
    """Nodes and edges of the events passing `query` (actor as either party); edges with fewer
    than `min_count` events are left out, and so are nodes left without an edge; of the rest, the
    `limit` busiest edges are drawn (`truncated` says when some were left out)."""
    shown = network_filters(query.events())
    edges: dict[tuple[int, int], _Edge] = {}
    for dyad in queries.dyads(shown, pairs=limit + 1, min_count=min_count):
        edges.setdefault((dyad.actor_id, dyad.recipient_id), _Edge()).types[dyad.type] += dyad.count
    kept = {pair: e for pair, e in edges.items() if sum(e.types.values()) >= min_count}
    truncated = len(kept) > limit
    if truncated:
        busiest = sorted(kept, key=lambda pair: (-sum(kept[pair].types.values()), pair))[:limit]
        kept = {pair: kept[pair] for pair in busiest}
    degree: Counter[int] = Counter()
    for (source, target), edge in kept.items():
        n = sum(edge.types.values())
        degree[source] += n
        if target != source:
            degree[target] += n
    summaries = queries.entity_summaries(sorted(degree))
    nodes = [
        NetworkNode(
            id=entity_id,
            name=name,
            type=kind,
            country=country,
            events=degree[entity_id],
            url=f"/entities/{entity_id}",
        )
        for entity_id, (name, kind, country) in sorted(
            summaries.items(), key=lambda kv: (-degree[kv[0]], kv[0])
        )
    ]
    out_edges = []
    for (source, target), edge in sorted(kept.items()):
        cooperation = sum(n for t, n in edge.types.items() if is_cooperation(quad_of(t)))
        conflict = sum(n for t, n in edge.types.items() if quad_of(t).endswith("_conflict"))
        out_edges.append(
            NetworkEdge(
                source=source,
                target=target,
                count=sum(edge.types.values()),
                cooperation=cooperation,
                conflict=conflict,
                types=dict(sorted(edge.types.items())),
                events_url=edge_url(source, target, query),
            )
        )
    return NetworkResponse(nodes=nodes, edges=out_edges, truncated=truncated)


def edge_url(source: int, target: int, query: EventQuery) -> str:
    """The API address of an edge's events under the same filters."""
    params = {"source": str(source), "target": str(target), **query.params()}
    return "/api/network/edge?" + urlencode(params)


def edge_events(queries: StoreQueries, source: int, target: int, filters: EventFilters) -> EdgeEventsResponse:
    """The events from entity `source` to entity `target` that pass `filters`, read as `network`
    reads them (its actor may be either party)."""
    shown = network_filters(filters)
    edge = replace(
        shown, actor=str(source), recipient=str(target), limit=min(filters.limit, EDGE_EVENTS_LIMIT)
    )
    rows = queries.events(edge, require=("dyad",))
    return EdgeEventsResponse(
        source=source, target=target, count=len(rows), events=[event_out(r) for r in rows]
    )


def busiest_parties(queries: StoreQueries, event_type: str, n: int = 5) -> list[tuple[int, str]]:
    """(id, name) of the `n` entities that are a party to most events of `event_type` between two
    entities: the page's shortcuts to their ego networks (who signed agreements with whom)."""
    rows = queries.conn.execute(  # each side counted through an index, then the names joined
        "SELECT x.id, x.name, sum(c.n) AS n FROM ("
        " SELECT e.actor_id AS id, count(*) AS n FROM events e WHERE e.type = ?"
        " AND e.actor_id IS NOT NULL AND e.recipient_id IS NOT NULL GROUP BY 1 UNION ALL"
        " SELECT e.recipient_id, count(*) FROM events e WHERE e.type = ?"
        " AND e.actor_id IS NOT NULL AND e.recipient_id IS NOT NULL AND e.recipient_id != e.actor_id"
        " GROUP BY 1) c JOIN entities x ON x.id = c.id GROUP BY x.id ORDER BY n DESC, x.name LIMIT ?",
        (event_type, event_type, n),
    ).fetchall()
    return [(int(row[0]), str(row[1])) for row in rows]
