"""Coding stripes: a margin beside the text with one lane per code, as NVivo and MAXQDA draw.

Each coding is a bar in its code's lane and colour, spanning the lines its text covers, with
the code's name written along the bar where there is room. Only codings that touch the visible
lines are painted, so a document with 10,000 codings scrolls as fast as one with ten.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

LANE_WIDTH = 16
MAX_LANES = 24


class CodingStripes(QWidget):
    """Drawn by, and a child of, the text view (``editor``), in its right viewport margin."""

    codingClicked = Signal(object)  # Coding

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setMouseTracking(True)
        self._bars: list[tuple[QRect, object]] = []  # (rectangle, coding) painted last time

    def width_hint(self) -> int:
        index = self.editor.index
        lanes = min(len(index.lanes), MAX_LANES) if index is not None else 0
        return lanes * LANE_WIDTH + (6 if lanes else 0)

    def sizeHint(self) -> QSize:
        return QSize(self.width_hint(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        index = self.editor.index
        self._bars = []
        if index is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        for coding, top, bottom in self.editor.visible_coding_spans():
            lane = index.lane(coding)
            if lane is None or lane.index >= MAX_LANES:
                continue
            rect = QRect(4 + lane.index * LANE_WIDTH, top, LANE_WIDTH - 4, max(bottom - top, 4))
            self._bars.append((rect, coding))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(lane.color)
            painter.drawRoundedRect(rect, 3, 3)
            self._label(painter, metrics, rect, lane.code.name, lane.color)

    @staticmethod
    def _label(painter: QPainter, metrics: QFontMetrics, rect: QRect, name: str, color: QColor) -> None:
        """The code's name, rotated along the bar, elided to the bar's length."""
        if rect.height() < 30:
            return
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.height() - 6)
        painter.save()
        painter.translate(rect.left() + rect.width() / 2 + metrics.ascent() / 2 - 1, rect.top() + 3)
        painter.rotate(90)
        painter.setPen(QColor("black") if color.lightness() > 140 else QColor("white"))
        painter.drawText(QPoint(0, 0), text)
        painter.restore()

    def coding_at(self, point: QPoint):
        for rect, coding in reversed(self._bars):
            if rect.adjusted(-1, -1, 1, 1).contains(point):
                return coding
        return None

    def mousePressEvent(self, event) -> None:
        coding = self.coding_at(event.position().toPoint())
        if coding is not None:
            self.codingClicked.emit(coding)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            coding = self.coding_at(event.pos())
            if coding is not None:
                QToolTip.showText(event.globalPos(), self.editor.describe([coding]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
