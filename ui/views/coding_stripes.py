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
EDGE_GRIP = 3  # pixels at each end of a bar that resize instead of select
LABEL_MIN_HEIGHT = 36  # shorter bars carry no name (the tooltip has it)


class CodingStripes(QWidget):
    """Drawn by, and a child of, the text view (``editor``), in its right viewport margin."""

    codingClicked = Signal(object)  # Coding
    # an end of a bar was dragged: (Coding, new start, new end) in code points
    codingResized = Signal(object, int, int)

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setMouseTracking(True)
        # It fills its whole background, so Qt need not paint the text view beneath it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._bars: list[tuple[QRect, object]] = []  # (rectangle, coding) painted last time
        self._drag: tuple[object, str] | None = None  # (coding, "start" | "end") being dragged
        self._drag_y = 0
        self._elided: dict[tuple[str, int], str] = {}

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
        metrics = QFontMetrics(self.font())
        by_coder = index.coder_colors  # {coder id: colour} when bars take their coder's colour
        # plain rectangles: antialiased rounded ones cost a third of the frame's stripes
        for coding, top, bottom in self.editor.visible_coding_spans():
            lane = index.lane(coding)
            if lane is None or lane.index >= MAX_LANES:
                continue
            rect = QRect(4 + lane.index * LANE_WIDTH, top, LANE_WIDTH - 4, max(bottom - top, 4))
            if self._drag is not None and self._drag[0].id == coding.id:  # show where it will end
                top, bottom = (self._drag_y, rect.bottom()) if self._drag[1] == "start" else (rect.top(), self._drag_y)
                rect = QRect(rect.left(), min(top, bottom), rect.width(), max(abs(bottom - top), 4))
            self._bars.append((rect, coding))
            color = by_coder.get(coding.coder_id, lane.color) if by_coder else lane.color
            painter.fillRect(rect, color)
            self._label(painter, metrics, rect, lane.code.name, color)

    def _label(self, painter: QPainter, metrics: QFontMetrics, rect: QRect, name: str, color: QColor) -> None:
        """The code's name, rotated along the bar, elided to the bar's length."""
        if rect.height() < LABEL_MIN_HEIGHT:
            return
        key = (name, rect.height() // 8)  # elided texts, remembered per length of bar
        text = self._elided.get(key)
        if text is None:
            text = self._elided[key] = metrics.elidedText(name, Qt.TextElideMode.ElideRight, key[1] * 8 - 6)
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

    def edge_at(self, point: QPoint):
        """(coding, "start" | "end") when ``point`` is on the top or bottom end of a bar."""
        for rect, coding in reversed(self._bars):
            if rect.left() - 1 <= point.x() <= rect.right() + 1:
                if abs(point.y() - rect.top()) <= EDGE_GRIP:
                    return coding, "start"
                if abs(point.y() - rect.bottom()) <= EDGE_GRIP:
                    return coding, "end"
        return None

    # Dragging an end of a bar moves that end of the coding to the line under the mouse
    # (the start of that line, or its end); a click elsewhere on a bar selects the coding.
    def mousePressEvent(self, event) -> None:
        point = event.position().toPoint()
        self._drag = self.edge_at(point)
        if self._drag is not None:
            self._drag_y = point.y()
            return
        coding = self.coding_at(point)
        if coding is not None:
            self.codingClicked.emit(coding)

    def mouseMoveEvent(self, event) -> None:
        point = event.position().toPoint()
        if self._drag is not None:
            self._drag_y = point.y()
            self.update()
            return
        shape = Qt.CursorShape.SizeVerCursor if self.edge_at(point) else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return
        coding, edge = self._drag
        self._drag = None
        self.update()
        y = event.position().toPoint().y()
        if edge == "start":
            start, end = self.editor.line_start_at(y), coding.end
        else:
            start, end = coding.start, self.editor.line_end_at(y)
        if end > start and (start, end) != (coding.start, coding.end):
            self.codingResized.emit(coding, start, end)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            coding = self.coding_at(event.pos())
            if coding is not None:
                QToolTip.showText(event.globalPos(), self.editor.describe([coding]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
