"""The network panel: the co-occurrence of codes (overlapping codings, or codes in the same
paragraph) or the actor network of co- and counter-actors, drawn as circles and lines.

The analyst picks the network, which codes (all, the top-level themes, or one theme), the
smallest weight a link needs and a layout (spring or circular); drags nodes to untangle the
drawing and zooms with the wheel. Clicking a node or a link hands its segments to the
coded-segments panel (``segmentsRequested``): the passages where the two codes meet, the
passages on an actor. The network goes out as GraphML (for Gephi and the like), PNG or SVG,
with the project's pseudonyms in its labels.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvalkod.exporters.atomic import write_atomically

from ..combo import long_item_combo
from ..errors import guarded
from ..models.deferred_refresh import pause_while_hidden
from ..models.network_model import MAX_LINKS, NetworkModel
from .network_items import LinkItem, NodeItem

MARGIN = 40  # around the drawing in exported pictures
PNG_SCALE = 2  # pixels per scene unit in a PNG: sharp when printed


def scene_scale(nodes: int) -> float:
    """Scene units per layout unit: more nodes, more room."""
    return 320 + 40 * math.sqrt(nodes)


class NetworkCanvas(QGraphicsView):
    """Zooms with the wheel, pans by dragging the background, and reports a click (a press
    and release in place, not the end of a drag) on a node or a link."""

    itemClicked = Signal(object)  # NodeItem | LinkItem
    resized = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        # the drawing follows the panel's size until the analyst zooms by hand
        self.fits_automatically = True
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._pressed_at: QPointF | None = None

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.fits_automatically = False
            self.scale(1.15 ** steps, 1.15 ** steps)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def mousePressEvent(self, event) -> None:
        self._pressed_at = event.position() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        pressed, self._pressed_at = self._pressed_at, None
        super().mouseReleaseEvent(event)
        if pressed is None or (event.position() - pressed).manhattanLength() >= QApplication.startDragDistance():
            return
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, (NodeItem, LinkItem)):
            item = item.parentItem()  # a node's label
        if item is not None:
            self.itemClicked.emit(item)


class NetworkView(QWidget):
    segmentsRequested = Signal(str, list)  # title, segments (the shared segment dict shape)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = NetworkModel(session, self)
        pause_while_hidden(self, self.model.set_paused)  # a hidden panel reads nothing on each change
        self.nodes: dict[str, NodeItem] = {}
        self.links: list[LinkItem] = []
        self._scale = 1.0

        self.kind_combo = long_item_combo(self, 18)
        self.kind_combo.addItem(self.tr("Co-occurrence: overlapping codings"), "overlap")
        self.kind_combo.addItem(self.tr("Co-occurrence: same paragraph"), "paragraph")
        self.kind_combo.addItem(self.tr("Actors: co- and counter-actors"), "actors")
        self.kind_combo.setToolTip(self.tr("Which network to draw"))
        self.scope_combo = long_item_combo(self, 14)
        self.scope_combo.setToolTip(self.tr("Which codes are nodes"))
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("Spring"), "spring")
        self.layout_combo.addItem(self.tr("Circular"), "circular")
        self.layout_combo.setToolTip(self.tr("How the nodes are placed"))
        self.min_spin = QSpinBox(self)
        self.min_spin.setRange(1, 1_000_000)
        self.min_spin.setToolTip(self.tr("Leave out links lighter than this"))
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)

        self.scene = QGraphicsScene(self)
        self.canvas = NetworkCanvas(self.scene, self)
        # a panel first drawn while hidden or small is fitted again when it gets its size
        self.canvas.resized.connect(lambda: self.canvas.fits_automatically and self._fit())
        self.canvas.setAccessibleName(self.tr("Network"))

        self.graphml_action = QAction(self.tr("GraphML…"), self)
        self.graphml_action.setToolTip(self.tr("Export the network as GraphML (Gephi, Cytoscape)"))
        self.graphml_action.triggered.connect(self._on_graphml_triggered)
        self.png_action = QAction(self.tr("PNG…"), self)
        self.png_action.setToolTip(self.tr("Export the drawing as a PNG picture"))
        self.png_action.triggered.connect(self._on_png_triggered)
        self.svg_action = QAction(self.tr("SVG…"), self)
        self.svg_action.setToolTip(self.tr("Export the drawing as an SVG picture"))
        self.svg_action.triggered.connect(self._on_svg_triggered)

        bar = QHBoxLayout()
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.scope_combo, 1)
        bar.addWidget(QLabel(self.tr("Layout:"), self))
        bar.addWidget(self.layout_combo)
        bar.addWidget(QLabel(self.tr("Min. weight:"), self))
        bar.addWidget(self.min_spin)
        for action in (self.graphml_action, self.png_action, self.svg_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.canvas, 1)

        self._fill_scopes(None)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.scope_combo.currentIndexChanged.connect(self._on_scope_changed)
        self.layout_combo.currentIndexChanged.connect(self._on_layout_changed)
        self.min_spin.valueChanged.connect(self._on_min_changed)
        self.canvas.itemClicked.connect(self._on_item_clicked)
        self.model.changed.connect(self._on_model_changed)
        session.bridge.codesChanged.connect(self._on_codes_changed)
        for action in (self.graphml_action, self.png_action, self.svg_action):
            action.setEnabled(False)  # until the network is read, when the panel is first shown

    # -- public --------------------------------------------------------------------------
    def show_segments_of(self, item: NodeItem | LinkItem) -> None:
        """Hand the segments behind a node or a link to the coded-segments panel."""
        networks, graph = self.session.project.networks, self.model.graph
        if isinstance(item, NodeItem):
            title = item.attributes.get("path") or item.node
            segments = networks.segments_for_node(graph, item.node)
        else:
            title = self.tr("{a} with {b}").format(a=item.source.attributes.get("label", item.source.node),
                                                   b=item.target.attributes.get("label", item.target.node))
            segments = networks.segments_for_edge(graph, item.source.node, item.target.node)
        self.segmentsRequested.emit(title, segments)

    def export_graphml(self, path: str | Path) -> None:
        self.session.project.networks.export(self.model.graph, path)

    def export_png(self, path: str | Path) -> None:
        """The drawing as it stands (dragged nodes where they were left), labels pseudonymised."""
        source = self._drawing_rect()
        image = QImage(int(source.width() * PNG_SCALE), int(source.height() * PNG_SCALE),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        with self._pseudonymised_labels():
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.scene.render(painter, QRectF(image.rect()), source)
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        write_atomically(path, lambda handle: handle.write(bytes(data)))

    def export_svg(self, path: str | Path) -> None:
        source = self._drawing_rect()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(self.kind_combo.currentText())
        with self._pseudonymised_labels():
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("white"))
            self.scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
            painter.end()
        buffer.close()
        write_atomically(path, lambda handle: handle.write(bytes(data)))

    # -- helpers -------------------------------------------------------------------------
    def _build(self) -> None:
        """Draw the model's network; a new set of nodes is fitted into view, a refresh of the
        same nodes (a new coding) keeps the analyst's zoom."""
        before = set(self.nodes)
        self.scene.clear()
        self.nodes, self.links = {}, []
        graph = self.model.graph
        if graph is None:
            return
        self._scale = scale = scene_scale(len(graph))
        top_count = max((d.get("count", 0) for _, d in graph.nodes(data=True)), default=0)
        top_weight = max((d.get("weight", 0) for _, _, d in graph.edges(data=True)), default=0)
        for node, data in graph.nodes(data=True):
            item = NodeItem(node, data, top_count, self._on_node_moved)
            x, y = self.model.positions.get(node, (0.0, 0.0))
            item.setPos(x * scale, -y * scale)
            self.scene.addItem(item)
            self.nodes[node] = item
        for a, b, data in graph.edges(data=True):
            link = LinkItem(self.nodes[a], self.nodes[b], data, top_weight)
            self.scene.addItem(link)
            self.links.append(link)
        self.scene.setSceneRect(self._drawing_rect())
        if set(self.nodes) != before:
            self.canvas.fits_automatically = True
            self._fit()

    def _fit(self) -> None:
        """Show the whole drawing, shrunk to fit but never enlarged past its natural size."""
        self.canvas.resetTransform()
        rect, room = self.scene.sceneRect(), self.canvas.viewport().rect()
        if rect.width() > room.width() or rect.height() > room.height():
            self.canvas.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def _hint(self) -> str:
        model = self.model
        if model.problem:
            return model.problem
        graph = model.graph
        if graph is None or not len(graph):
            return self.tr("No links yet: code passages with two codes (or an actor and a value code) first.")
        hint = self.tr("{nodes} nodes, {links} links. Click a node or a link to see its segments; drag nodes "
                       "to untangle.").format(nodes=len(graph), links=graph.number_of_edges())
        if model.total_links > MAX_LINKS:
            hint += " " + self.tr("Showing the {shown} strongest of {total} links: raise the minimum weight "
                                  "or choose a theme.").format(shown=MAX_LINKS, total=model.total_links)
        return hint

    def _fill_scopes(self, keep: str | None) -> None:
        combo = self.scope_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All codes"), None)
        combo.addItem(self.tr("Top-level themes"), "level:1")
        by_path = {c.path: c for c in self.session.project.codebook.all()}
        for path in self.session.project.framework.themes():
            code = by_path[path]
            combo.addItem("    " * path.count("/") + code.name, code.guid)
            combo.setItemData(combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def _drawing_rect(self) -> QRectF:
        return self.scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    @contextmanager
    def _pseudonymised_labels(self) -> Iterator[None]:
        rename = self.session.project.names.pseudonymiser()
        for item in self.nodes.values():
            item.set_label(rename(item.attributes.get("label", item.node)))
        try:
            yield
        finally:
            for item in self.nodes.values():
                item.set_label(item.attributes.get("label", item.node))

    def _save_path(self, title: str, name: str, filter_: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, filter_)
        return path

    # -- slots ---------------------------------------------------------------------------
    def _on_model_changed(self) -> None:
        self._build()
        self.hint_label.setText(self._hint())
        has_graph = self.model.graph is not None and len(self.model.graph) > 0
        for action in (self.graphml_action, self.png_action, self.svg_action):
            action.setEnabled(has_graph)
        self.scope_combo.setEnabled(self.model.kind != "actors")

    def _on_node_moved(self, item: NodeItem) -> None:
        self.model.keep_position(item.node, item.pos().x() / self._scale, -item.pos().y() / self._scale)

    @guarded
    def _on_item_clicked(self, item) -> None:
        self.show_segments_of(item)

    def _on_kind_changed(self, index: int) -> None:
        self.model.set_kind(self.kind_combo.currentData())

    def _on_scope_changed(self, index: int) -> None:
        self.model.set_scope(self.scope_combo.currentData())

    def _on_layout_changed(self, index: int) -> None:
        self.model.set_layout(self.layout_combo.currentData())

    def _on_min_changed(self, value: int) -> None:
        self.model.set_min_weight(value)

    def _on_codes_changed(self) -> None:
        self._fill_scopes(self.scope_combo.currentData())

    @guarded
    def _on_graphml_triggered(self) -> None:
        path = self._save_path(self.tr("Export network"), "natverk.graphml", self.tr("GraphML files (*.graphml)"))
        if path:
            self.export_graphml(path)
            self.session.statusMessage.emit(self.tr("Exported the network to {path}").format(path=path))

    @guarded
    def _on_png_triggered(self) -> None:
        path = self._save_path(self.tr("Export picture"), "natverk.png", self.tr("PNG pictures (*.png)"))
        if path:
            self.export_png(path)
            self.session.statusMessage.emit(self.tr("Exported the network to {path}").format(path=path))

    @guarded
    def _on_svg_triggered(self) -> None:
        path = self._save_path(self.tr("Export picture"), "natverk.svg", self.tr("SVG pictures (*.svg)"))
        if path:
            self.export_svg(path)
            self.session.statusMessage.emit(self.tr("Exported the network to {path}").format(path=path))
