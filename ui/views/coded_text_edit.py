"""The text of a document with its codings highlighted, and the coding stripes beside it.

Highlights are computed for the visible lines only, whenever the view scrolls or the codings
change, and painted as rectangles under the text: opening a long transcript costs little more
than a bare ``setPlainText``, whatever the number of codings. Where codings overlap their
colours blend into one darker span. Speaker labels sit on a grey chip.
"""

from __future__ import annotations

import bisect
import json

from PySide6.QtCore import QMimeData, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from ..mime import SELECTION_MIME
from ..models.document_codings import DocumentCodings
from .coding_stripes import CodingStripes

HIGHLIGHT_ALPHA = 80
LABEL_COLOR = QColor(0, 0, 0, 26)  # behind speaker labels, so turns stand out


def _blend(colors: list[QColor]) -> QColor:
    n = len(colors)
    blended = QColor(sum(c.red() for c in colors) // n, sum(c.green() for c in colors) // n,
                     sum(c.blue() for c in colors) // n)
    blended.setAlpha(min(HIGHLIGHT_ALPHA + 45 * (n - 1), 200))
    return blended


class CodedTextEdit(QPlainTextEdit):
    selectionSpanChanged = Signal(object)  # (start, end) in code points, or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(12)
        self.index: DocumentCodings | None = None
        self.document_guid: str | None = None
        self.turn_labels: list[tuple[int, int]] = []  # (start, end) of speaker labels, code points
        self._label_ends: list[int] = []
        self.hidden_codes: set[int] = set()
        self.stripes = CodingStripes(self)
        self._visible_key: tuple | None = None
        self._spans: list[tuple[int, int, QColor]] = []  # highlights on screen: (start, end, colour)
        # Qt sends updateRequest hundreds of times while it lays out a new text; the highlights
        # are recomputed once per turn of the event loop, not once per request.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self.updateRequest.connect(self._on_update_request)
        self.selectionChanged.connect(self._on_selection_changed)

    # -- content -----------------------------------------------------------------------------
    def show_text(self, guid: str, text: str, index: DocumentCodings, turn_labels: list[tuple[int, int]]) -> None:
        self.document_guid = guid
        self.index = index
        self.turn_labels = turn_labels
        self._label_ends = [e for _, e in turn_labels]
        self._visible_key = None
        self._spans = []  # the old document's highlights must not be painted over the new text
        self.setPlainText(text)
        self._layout_stripes()
        self._refresh_timer.start()  # once the new text is laid out

    def set_codings(self, index: DocumentCodings) -> None:
        """New codings for the same text (after coding, undo …): keep the scroll position."""
        self.index = index
        self._visible_key = None
        self._layout_stripes()
        self.refresh_highlights()

    def clear_document(self) -> None:
        self.document_guid, self.index, self.turn_labels, self._label_ends = None, None, [], []
        self._spans = []
        self.setPlainText("")
        self._layout_stripes()

    # -- geometry ----------------------------------------------------------------------------
    def _layout_stripes(self) -> None:
        width = self.stripes.width_hint()
        self.setViewportMargins(0, 0, width, 0)
        rect = self.contentsRect()
        self.stripes.setGeometry(QRect(rect.right() - width + 1, rect.top(), width, rect.height()))
        self.stripes.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout_stripes()

    def visible_range(self) -> tuple[int, int]:
        """Code points of the first and last visible character."""
        if self.index is None:
            return (0, 0)
        top = self.cursorForPosition(self.viewport().rect().topLeft()).block().position()
        bottom_cursor = self.cursorForPosition(self.viewport().rect().bottomRight())
        block = bottom_cursor.block()
        bottom = block.position() + block.length()
        length = self.document().characterCount()
        return self.index.from_qt(top), self.index.from_qt(min(bottom, max(length - 1, 0)))

    def visible_codings(self):
        if self.index is None:
            return []
        start, end = self.visible_range()
        return [c for c in self.index.overlapping(start, max(end, start + 1)) if c.code_id not in self.hidden_codes]

    def visible_coding_spans(self):
        """(coding, top y, bottom y) of each visible coding, in viewport coordinates.

        The y of a position comes from its block's top (``block_tops``) and its line in the
        block's layout, cheaper than a cursor rectangle."""
        out = []
        height = self.viewport().height()
        document, tops = self.document(), self.block_tops()
        if not tops:
            return out
        first_visible, last_visible = min(tops), max(tops)
        last = max(document.characterCount() - 1, 0)

        def y_of(position: int, top: bool) -> int:
            qt = self.index.to_qt(position)
            if not top and qt > 0:
                qt -= 1  # the line of the last coded character
            block = document.findBlock(min(qt, last))
            number = block.blockNumber()
            if number < first_visible:
                return 0
            if number > last_visible:
                return height
            block_top = tops[number] if number in tops else 0
            line = block.layout().lineForTextPosition(max(0, qt - block.position()))
            if not line.isValid():
                return int(block_top)
            return int(block_top + line.y() + (0 if top else line.height()))

        for coding in self.visible_codings():
            out.append((coding, max(y_of(coding.start, True), 0), min(y_of(coding.end, False), height)))
        return out

    def line_start_at(self, y: int) -> int:
        """Code point at the start of the visual line at viewport height ``y``."""
        cursor = self.cursorForPosition(QPoint(0, y))
        cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
        return self.index.from_qt(cursor.position())

    def line_end_at(self, y: int) -> int:
        """Code point at the end of the visual line at viewport height ``y`` (trailing space
        left out, so a coding never ends on a blank)."""
        cursor = self.cursorForPosition(QPoint(0, y))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
        end = self.index.from_qt(cursor.position())
        plain = self.toPlainText()
        while end > 0 and plain[end - 1].isspace():
            end -= 1
        return end

    # -- highlights --------------------------------------------------------------------------
    def _on_update_request(self, rect, dy) -> None:
        # Qt asks for repaints for many reasons (selection, the highlights just set); only a
        # scroll or a whole-viewport update can change which codings are visible.
        if dy:
            self.refresh_highlights()  # scrolling: at once, so the frame shows them
            self.stripes.update()
        elif rect.contains(self.viewport().rect()):
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        self.refresh_highlights()
        self.stripes.update()

    def refresh_highlights(self) -> None:
        start, end = self.visible_range()
        key = (id(self.index), len(self.index) if self.index is not None else 0, start, end)
        if key == self._visible_key:
            return
        self._visible_key = key
        labels = []
        first = bisect.bisect_left(self._label_ends, start)
        for s, e in self.turn_labels[first:]:
            if s >= end:
                break
            labels.append((s, e, LABEL_COLOR))
        self._spans = labels + self._blended_spans(self.visible_codings(), start, end)
        self.viewport().update()

    def paintEvent(self, event) -> None:
        """Highlights (and the grey chips behind speaker labels) are painted as rectangles
        under the text, then Qt draws the text once.

        As extra selections (and bold labels) Qt drew each of those stretches' text a second
        time, doubling the cost of a frame; the rectangles cost a few hundred microseconds."""
        if self._spans and self.index is not None:
            painter = QPainter(self.viewport())
            self._paint_highlights(painter, event.rect())
            painter.end()
        super().paintEvent(event)

    def block_tops(self) -> dict[int, float]:
        """The viewport y of each visible block's top, by block number.

        Walked once down from the first visible block: ``blockBoundingGeometry`` walks from
        the top block to the one asked for on every call."""
        tops: dict[int, float] = {}
        block = self.firstVisibleBlock()
        if not block.isValid():
            return tops
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        limit = self.viewport().height()
        while block.isValid() and top <= limit:
            if block.isVisible():
                tops[block.blockNumber()] = top
                top += self.blockBoundingRect(block).height()
            block = block.next()
        return tops

    def _paint_highlights(self, painter: QPainter, area) -> None:
        """Block by block down the screen: each block's lines are read once, and the spans
        inside the block are painted line by line (a third cheaper than finding the block
        and line of every span)."""
        tops = self.block_tops()
        if not tops:
            return
        spans = [(self.index.to_qt(s), self.index.to_qt(e), c) for s, e, c in self._spans]
        block = self.document().findBlockByNumber(min(tops))
        while block.isValid() and block.blockNumber() in tops:
            top = tops[block.blockNumber()]
            if top > area.bottom():
                break
            position = block.position()
            inside = [(s, e, c) for s, e, c in spans if s < position + block.length() and e > position]
            if inside:
                self._paint_block(painter, block, top, inside)
            block = block.next()

    @staticmethod
    def _paint_block(painter: QPainter, block, top: float, spans: list[tuple[int, int, QColor]]) -> None:
        layout, position = block.layout(), block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            line_start = position + line.textStart()
            line_end = line_start + line.textLength()
            y, height = top + line.y(), line.height()
            for start, end, color in spans:
                s, e = max(start, line_start), min(end, line_end)
                if s < e:
                    x1 = line.cursorToX(s - position)[0]
                    x2 = line.cursorToX(e - position)[0]
                    painter.fillRect(QRectF(x1, y, x2 - x1, height), color)

    def _blended_spans(self, codings, start: int, end: int) -> list[tuple[int, int, QColor]]:
        """Flat, non-overlapping spans with the colours of the codings over them blended.

        Qt paints every extra selection in its own pass; overlapping codings as separate
        selections doubled the cost of painting the text. One span per stretch covered by the
        same codings, its colour their average and more opaque the more of them overlap,
        keeps overlaps visible at the cost of one pass.
        """
        edges: list[tuple[int, int, QColor]] = []  # (position, +1/-1, colour)
        for coding in codings:
            lane = self.index.lane(coding)
            if lane is not None:
                edges.append((max(coding.start, start), 1, lane.color))
                edges.append((min(coding.end, end), -1, lane.color))
        edges.sort(key=lambda e: (e[0], e[1]))
        spans: list[tuple[int, int, QColor]] = []
        active: list[QColor] = []
        previous = None
        for position, kind, color in edges:
            if previous is not None and position > previous and active:
                spans.append((previous, position, _blend(active)))
            if kind == 1:
                active.append(color)
            else:
                active.remove(color)
            previous = position
        return spans

    # -- selection, drag, tooltips -----------------------------------------------------------------
    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if self.index is None or not cursor.hasSelection():
            return None
        start = self.index.from_qt(cursor.selectionStart())
        end = self.index.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int, center: bool = True) -> None:
        if self.index is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.index.to_qt(start))
        cursor.setPosition(self.index.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()

    def _on_selection_changed(self) -> None:
        self.selectionSpanChanged.emit(self.selected_span())

    def createMimeDataFromSelection(self) -> QMimeData:
        """Dragging selected text onto a code codes it: the code tree reads this."""
        mime = super().createMimeDataFromSelection()
        span = self.selected_span()
        if span and self.document_guid:
            payload = {"document": self.document_guid, "start": span[0], "end": span[1]}
            mime.setData(SELECTION_MIME, json.dumps(payload).encode("utf-8"))
        return mime

    def codings_at_point(self, point):
        if self.index is None:
            return []
        position = self.index.from_qt(self.cursorForPosition(point).position())
        return [c for c in self.index.at(position) if c.code_id not in self.hidden_codes]

    def describe(self, codings) -> str:
        """Tooltip text: code, coder and memo of each coding."""
        lines = []
        for coding in codings:
            code = self.index.code(coding)
            line = f"<b>{code.path if code else '?'}</b> — {self.index.coders.get(coding.coder_id, '?')}"
            if coding.memo:
                line += f"<br><i>{coding.memo}</i>"
            lines.append(line)
        return "<br>".join(lines)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            codings = self.codings_at_point(event.pos())
            if codings:
                QToolTip.showText(event.globalPos(), self.describe(codings), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
