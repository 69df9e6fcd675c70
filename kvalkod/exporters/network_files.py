"""A network (co-occurrence or actors) as a file: GraphML, a CSV edge list, or an SVG drawing.

GraphML keeps every node and edge attribute (label, path, color, count; weight, and for the
actor network positive, negative, sign and values) for Gephi, Cytoscape or networkx. The CSV
is an edge list whose first columns Gephi recognises (Source, Target, Weight). The SVG is a
plain drawing with no Qt behind it, so the command line can make one on a server: nodes as
circles sized by count in their code's colour, edges as lines as wide as their weight, an
actor network's co-actor links green and solid, counter-actor links red and dashed.

Every name leaving the project (node ids, labels, paths, value-code names) passes through the
caller's pseudonymiser; every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import math
import os
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Mapping

from ..errors import KvalkodError
from .atomic import write_atomically

if TYPE_CHECKING:
    import networkx as nx

FORMATS = (".graphml", ".csv", ".svg")
POSITIVE, NEGATIVE, MIXED = "#2e8b3a", "#c0392b", "#8c8c8c"  # edge colours by sign (also the app's)
_SVG_SIZE, _MARGIN = 1000, 120


def write_network(graph: "nx.Graph", path: str | os.PathLike, rename: Callable[[str], str],
                  positions: Mapping[str, tuple[float, float]] | None = None) -> None:
    """Write ``graph`` to ``path`` as its suffix says; an SVG needs the node ``positions``."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise KvalkodError(f"{path}: a network is written as .graphml, .csv or .svg, not {suffix or 'no suffix'!r}")
    clean = exportable(graph, rename)
    if suffix == ".graphml":
        import networkx as nx

        write_atomically(path, lambda handle: nx.write_graphml(clean, handle, encoding="utf-8"))
    elif suffix == ".csv":
        data = edge_list_csv(clean).encode("utf-8")
        write_atomically(path, lambda handle: handle.write(data))
    else:
        if positions is None:
            raise KvalkodError(f"{path}: an SVG drawing needs the positions of the nodes")
        new_ids = dict(zip(graph.nodes, clean.nodes))
        data = svg(clean, {new_ids[n]: p for n, p in positions.items() if n in new_ids}).encode("utf-8")
        write_atomically(path, lambda handle: handle.write(data))


def exportable(graph: "nx.Graph", rename: Callable[[str], str]) -> "nx.Graph":
    """A copy with the names pseudonymised, private attributes dropped and every attribute a
    plain value GraphML can hold (the actor network's ``values`` become "Medaktör: 3; …")."""
    import networkx as nx

    clean = nx.Graph(**{k: _plain(v, rename) for k, v in graph.graph.items() if not k.startswith("_")})
    ids: dict[str, str] = {}
    for node in graph.nodes:
        new = rename(node)
        while new in ids.values():  # two names made one by the pseudonyms stay two nodes
            new += "′"
        ids[node] = new
    for node, data in graph.nodes(data=True):
        clean.add_node(ids[node], **{k: _plain(v, rename) for k, v in data.items()})
    for a, b, data in graph.edges(data=True):
        clean.add_edge(ids[a], ids[b], **{k: _plain(v, rename) for k, v in data.items()})
    return clean


def edge_list_csv(graph: "nx.Graph") -> str:
    columns = ["weight", *(k for k in ("positive", "negative", "sign", "values")
                           if any(k in d for _, _, d in graph.edges(data=True)))]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Source", "Target", *(c.capitalize() for c in columns)])
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (-e[2].get("weight", 0), e[0], e[1])):
        writer.writerow([a, b, *(data.get(c, "") for c in columns)])
    return out.getvalue()


def svg(graph: "nx.Graph", positions: Mapping[str, tuple[float, float]]) -> str:
    """The network drawn on a square page, positions scaled from about [-1, 1]² to fit."""
    size, inner = _SVG_SIZE, _SVG_SIZE - 2 * _MARGIN
    xs = [p[0] for p in positions.values()] or [0.0]
    ys = [p[1] for p in positions.values()] or [0.0]
    scale = inner / max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2

    def at(node: str) -> tuple[float, float]:
        x, y = positions[node]
        return size / 2 + (x - mid_x) * scale, size / 2 - (y - mid_y) * scale  # y grows downwards in SVG

    top_count = max((d.get("count", 0) for _, d in graph.nodes(data=True)), default=0)
    top_weight = max((d.get("weight", 0) for _, _, d in graph.edges(data=True)), default=0)
    lines = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
             f'viewBox="0 0 {size} {size}" font-family="sans-serif" font-size="13">',
             f'<rect width="{size}" height="{size}" fill="white"/>']
    for a, b, d in graph.edges(data=True):
        (x1, y1), (x2, y2) = at(a), at(b)
        colour, dash = edge_style(d)
        lines.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                     f'stroke-width="{edge_width(d.get("weight", 1), top_weight):.1f}" stroke-opacity="0.75"'
                     + (' stroke-dasharray="8 5"' if dash else "") + f'><title>{escape(_edge_title(a, b, d))}</title></line>')
    for node, d in graph.nodes(data=True):
        x, y = at(node)
        r = node_radius(d.get("count", 0), top_count)
        lines.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{escape(d.get("color", "#999999"))}" '
                     f'stroke="#333333"><title>{escape(str(d.get("path") or node))} ({d.get("count", 0)})</title></circle>')
        lines.append(f'<text x="{x:.1f}" y="{y + r + 14:.1f}" text-anchor="middle">{escape(str(d.get("label", node)))}</text>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def node_radius(count: int, top_count: int) -> float:
    """8 to 40 pixels, by the square root of the count (the area grows with it)."""
    return 8 + 32 * math.sqrt(count / top_count) if top_count > 0 else 8.0


def edge_width(weight: float, top_weight: float) -> float:
    """1 to 10 pixels, growing with the weight."""
    return 1 + 9 * (weight / top_weight) if top_weight > 0 else 1.0


def edge_style(data: Mapping) -> tuple[str, bool]:
    """(colour, dashed): an actor network's sign; co-occurrence edges are grey and solid."""
    if "sign" not in data:
        return MIXED, False
    return {1: (POSITIVE, False), -1: (NEGATIVE, True)}.get(data["sign"], (MIXED, False))


def _edge_title(a: str, b: str, d: Mapping) -> str:
    text = f"{a} – {b}: {d.get('weight', 0)}"
    if "sign" in d:
        text += f" (+{d.get('positive', 0)} / −{d.get('negative', 0)})"
    return text


def _plain(value, rename: Callable[[str], str]):
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, dict):
        return "; ".join(f"{rename(str(k))}: {v}" for k, v in value.items())
    return rename(str(value)) if value is not None else ""
