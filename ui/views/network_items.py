"""The pieces of a drawn network: a node (a circle sized by its count, in its code's colour,
with its label beneath) and a link (a line as wide as its weight; in the actor network green
and solid for co-actors, red and dashed for counter-actors, grey where the two balance).

Nodes can be dragged, and their links follow. Sizes and colours are the ones the SVG of the
command line uses (``kvalkod.exporters.network_files``), so a drawing looks the same from
either.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsSimpleTextItem

from kvalkod.exporters.network_files import edge_style, edge_width, node_radius

CLICK_WIDTH = 10  # a thin link is still easy to hit


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, node: str, data: dict, top_count: int, on_moved):
        radius = node_radius(data.get("count", 0), top_count)
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.node = node
        self.attributes = data
        self.links: list[LinkItem] = []
        self._on_moved = on_moved
        self.setBrush(QBrush(QColor(data.get("color") or "#999999")))
        self.setPen(QPen(QColor("#333333"), 1.5 if data.get("kind") == "ego" else 1))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self.label = QGraphicsSimpleTextItem(data.get("label", node), self)
        box = self.label.boundingRect()
        self.label.setPos(-box.width() / 2, radius + 2)
        self.setToolTip(f"{data.get('path') or node} ({data.get('count', 0)})")

    def set_label(self, text: str) -> None:
        """Replace the shown label (the export writes pseudonyms) and keep it centred."""
        self.label.setText(text)
        box = self.label.boundingRect()
        self.label.setPos(-box.width() / 2, self.rect().height() / 2 + 2)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for link in self.links:
                link.follow()
            self._on_moved(self)
        return super().itemChange(change, value)


class LinkItem(QGraphicsLineItem):
    def __init__(self, source: NodeItem, target: NodeItem, data: dict, top_weight: float):
        super().__init__()
        self.source, self.target = source, target
        self.attributes = data
        colour, dashed = edge_style(data)
        pen = QPen(QColor(colour), edge_width(data.get("weight", 1), top_weight))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setOpacity(0.8)
        self.setZValue(1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        source.links.append(self)
        target.links.append(self)
        tip = f"{source.attributes.get('label', source.node)} – {target.attributes.get('label', target.node)}: {data['weight']}"
        if "sign" in data:
            tip += f" (+{data['positive']} / −{data['negative']})"
        self.setToolTip(tip)
        self.follow()

    def follow(self) -> None:
        self.setLine(QLineF(self.source.pos(), self.target.pos()))

    def midpoint(self) -> QPointF:
        return self.line().center()

    def shape(self) -> QPainterPath:
        path = QPainterPath(self.line().p1())
        path.lineTo(self.line().p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.pen().widthF(), CLICK_WIDTH))
        return stroker.createStroke(path)
