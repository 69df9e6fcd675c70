"""Where the nodes of a network go: a spring layout or a circle, the same each time.

The spring layout (Fruchterman–Reingold, seeded) places only the linked nodes: a node without
links would be pushed to the edge and squeeze the rest into a corner, so those wait on a
ring outside. Weights are scaled so the heaviest link pulls like an unweighted one and
lighter links pull less: raw weights (a study's run to thousands) pull everything into a clump.
An actor network's ego stays in the centre of either layout; around it, the spring layout
spaces the actors evenly in the spring's order, each the closer the stronger its tie to the ego.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Hashable

if TYPE_CHECKING:
    import networkx as nx

LAYOUTS = ("spring", "circular")
SEED = 20
RING = 1.3  # the radius of the ring of unlinked nodes, outside the linked ones (radius 1)

Positions = dict[Hashable, tuple[float, float]]


def layout(graph: "nx.Graph", kind: str = "spring", ego: Hashable | None = None) -> Positions:
    """Positions in about [-1, 1]² (unlinked nodes of a spring layout on a ring just outside)."""
    import networkx as nx

    if kind not in LAYOUTS:
        raise ValueError(kind)
    if not len(graph):
        return {}
    ego = ego if ego in graph else None
    others = [n for n in graph if n != ego]
    if kind == "circular":
        if ego is None:
            return _floats(nx.circular_layout(graph))
        return {ego: (0.0, 0.0), **_ring(others, 1.0)}
    linked = [n for n in others if graph.degree(n) > 0]
    alone = [n for n in others if graph.degree(n) == 0]
    positions = _spring(graph.subgraph(linked + ([ego] if ego is not None else [])), ego)
    if ego is not None:
        positions[ego] = (0.0, 0.0)
    return {**positions, **_ring(alone, RING if positions else 1.0)}


def _spring(graph: "nx.Graph", ego: Hashable | None) -> Positions:
    import networkx as nx

    if len(graph) < 2:
        return {n: (0.0, 0.0) for n in graph}
    top = max((w for _, _, w in graph.edges(data="weight", default=1)), default=1) or 1
    light = nx.Graph()
    light.add_nodes_from(graph)
    light.add_weighted_edges_from((a, b, w / top) for a, b, w in graph.edges(data="weight", default=1))
    if ego is None:
        return _floats(nx.spring_layout(light, weight="weight", seed=SEED))
    start = {**_ring([n for n in graph if n != ego], 1.0), ego: (0.0, 0.0)}
    placed = nx.spring_layout(light, pos=start, fixed=[ego], weight="weight", seed=SEED)
    # Every actor is tied to the ego, so the spring packs them around it unevenly. Keep the
    # spring's order around the ego (actors tied to each other stay neighbours), space them
    # evenly, and bring each the closer to the ego the stronger its tie.
    around = sorted((n for n in graph if n != ego), key=lambda n: math.atan2(placed[n][1], placed[n][0]))
    first = math.atan2(placed[around[0]][1], placed[around[0]][0])
    tie = {n: light[ego][n]["weight"] if light.has_edge(ego, n) else 0.0 for n in around}
    strongest = max(tie.values()) or 1.0
    step = 2 * math.pi / len(around)
    return {n: ((1 - 0.4 * tie[n] / strongest) * math.cos(first + k * step),
                (1 - 0.4 * tie[n] / strongest) * math.sin(first + k * step)) for k, n in enumerate(around)}


def _ring(nodes: list, radius: float) -> Positions:
    step = 2 * math.pi / max(len(nodes), 1)
    return {n: (radius * math.cos(k * step), radius * math.sin(k * step)) for k, n in enumerate(nodes)}


def _floats(positions) -> Positions:
    return {n: (float(x), float(y)) for n, (x, y) in positions.items()}
