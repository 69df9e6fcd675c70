"""The network the network panel draws: which kind, which codes, the minimum weight, the
layout, and the graph and node positions ``project.networks`` gives for them.

Like the framework matrix it follows the project through the bridge, re-reading once after a
burst of changes (an undo touches several areas at once) and only noting that it is stale
while the panel is hidden (as it is until first shown, so the window opens without the
wait): a whole study's co-occurrence takes half a second. A network with
more links than a drawing can show is cut to its strongest ``MAX_LINKS``; the panel says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from kvalkod.errors import KvalkodError

from .deferred_refresh import DeferredRefresh

KINDS = ("overlap", "paragraph", "actors")
MAX_LINKS = 600  # beyond this a drawing is a hairball; raise the minimum weight or pick a theme


class NetworkModel(QObject):
    changed = Signal()  # a new graph and positions (the scene is rebuilt)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.kind = "overlap"
        self.scope: str | None = None  # co-occurrence: None (every code), "level:1", or a theme's guid
        self.min_weight = 1
        self.layout = "spring"
        self.graph: Any = None  # the networkx graph drawn (cut to MAX_LINKS)
        self.total_links = 0  # links before the cut
        self.positions: dict[str, tuple[float, float]] = {}
        self.problem: str | None = None  # why there is no network (the codebook lacks actor codes …)
        self._deferred = DeferredRefresh(session, self.refresh, 300, paused=True, parent=self)
        bridge = session.bridge
        for signal in (bridge.codingsChanged, bridge.codesChanged, bridge.documentsChanged):
            signal.connect(self._on_project_changed)

    # -- settings (each re-reads) ---------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        if kind != self.kind:
            self.kind = kind
            self.positions = {}  # another network: the same codes may sit elsewhere in it
            self.refresh()

    def set_scope(self, scope: str | None) -> None:
        if scope != self.scope:
            self.scope = scope
            self.positions = {}
            self.refresh()

    def set_min_weight(self, weight: int) -> None:
        if weight != self.min_weight:
            self.min_weight = weight
            self.refresh()

    def set_layout(self, layout: str) -> None:
        """A new layout re-places every node, also those the analyst dragged."""
        if layout != self.layout:
            self.layout = layout
            self.positions = self.session.project.networks.layout(self.graph, layout) if self.graph else {}
            self.changed.emit()

    def set_paused(self, paused: bool) -> None:
        self._deferred.set_paused(paused)

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the network again; nodes that stay keep the positions the analyst gave them."""
        self._deferred.started()
        networks = self.session.project.networks
        try:
            graph = self._read(networks)
        except KvalkodError as exc:
            self.graph, self.positions, self.total_links, self.problem = None, {}, 0, str(exc)
            self.changed.emit()
            return
        self.problem = None
        self.total_links = graph.number_of_edges()
        if self.total_links > MAX_LINKS:
            strongest = sorted(graph.edges(data="weight"), key=lambda e: -e[2])[:MAX_LINKS]
            cut = graph.edge_subgraph((a, b) for a, b, _ in strongest).copy()
            cut.graph.update(graph.graph)
            graph = cut
        kept = {n: p for n, p in self.positions.items() if n in graph}
        self.graph = graph
        self.positions = {**networks.layout(graph, self.layout), **kept}
        self.changed.emit()

    def keep_position(self, node: str, x: float, y: float) -> None:
        """Called as the analyst drags a node (in layout units), so a refresh keeps it there."""
        self.positions[node] = (x, y)

    def _read(self, networks):
        if self.kind == "actors":
            return networks.actor_network(min_weight=self.min_weight)
        level = theme = None
        if self.scope and self.scope.startswith("level:"):
            level = int(self.scope.split(":", 1)[1])
        elif self.scope:
            by_guid = {c.guid: c.path for c in self.session.project.codebook.all()}
            theme = by_guid.get(self.scope)
        return networks.cooccurrence(self.kind, theme=theme, level=level, min_weight=self.min_weight)

    # -- slots -----------------------------------------------------------------------------
    def _on_project_changed(self) -> None:
        self._deferred.request()
