"""GEXF (Gephi) of the actor network: entities as nodes, one directed edge per actor → recipient
pair with its weight (the number of events), how many are cooperation and how many conflict (by
PLOVER quad class), and the count per event type. `networkx` builds the graph and writes it; the
graph holds pairs, not events, so it stays as small as the network however many events there are."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import networkx as nx

from watchfloor.export.ids import entity_uuid
from watchfloor.export.source import ExportSource, Tick
from watchfloor.kb.loader import load_kb


def actor_graph(source: ExportSource, tick: Tick | None = None) -> nx.DiGraph:
    pairs: dict[tuple[int, int], Counter[str]] = {}
    for event in source.events(tick):
        row = event.row
        if row.actor_id is None or row.recipient_id is None:
            continue
        pairs.setdefault((row.actor_id, row.recipient_id), Counter())[row.type] += 1
    graph = nx.DiGraph(name="Watchfloor actor network")
    nodes: dict[int, str] = {}
    for entity_id in sorted({i for pair in pairs for i in pair}):
        info = source.entity(entity_id)
        if info is None:
            continue
        node = entity_uuid(info.key)
        nodes[entity_id] = node
        graph.add_node(node, label=info.name, type=info.type, country=info.country or "")
    for (actor, recipient), types in sorted(pairs.items()):
        if actor not in nodes or recipient not in nodes:
            continue
        cooperation = sum(n for t, n in types.items() if quad_of(t).endswith("_cooperation"))
        conflict = sum(n for t, n in types.items() if quad_of(t).endswith("_conflict"))
        graph.add_edge(
            nodes[actor],
            nodes[recipient],
            weight=float(sum(types.values())),
            cooperation=cooperation,
            conflict=conflict,
            relation="conflict" if conflict > cooperation else "cooperation" if cooperation else "other",
            types=" ".join(f"{t}:{n}" for t, n in sorted(types.items())),
        )
    return graph


def quad_of(event_type: str) -> str:
    """The PLOVER quad class of a type ("unknown" for a type the knowledge base lacks)."""
    found = load_kb().plover_type(event_type)
    return "unknown" if found is None else str(found.quad)


def gexf_chunks(source: ExportSource, tick: Tick | None = None) -> Iterator[str]:
    for line in nx.generate_gexf(actor_graph(source, tick)):
        yield line + "\n"
