"""The text of a document with its codings highlighted, and the coding stripes beside it.

Highlights are computed for the visible lines only, whenever the view scrolls or the codings
change, and painted as rectangles under the text: opening a long transcript costs little more
than a bare ``setPlainText``, whatever the number of codings. Where codings overlap their
colours blend into one darker span. Speaker labels sit on a grey chip.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Callable

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from ..mime import SELECTION_MIME
from ..models.document_codings import DocumentCodings
from .coding_stripes import CodingStripes
from .visible_lines import VisibleLines

HIGHLIGHT_ALPHA = 80
LABEL_COLOR = QColor(0, 0, 0, 26)  # behind speaker labels, so turns stand out


@lru_cache(maxsize=4096)
def _blend(rgbs: tuple[int, ...]) -> QColor:
    """The colour of a stretch covered by codings of these colours (``QColor.rgb()`` values,
    sorted): their average, more opaque the more of them overlap. Remembered, since the same
    few mixtures recur on every frame."""
    n = len(rgbs)
    blended = QColor(sum((c >> 16) & 0xFF for c in rgbs) // n, sum((c >> 8) & 0xFF for c in rgbs) // n,
                     sum(c & 0xFF for c in rgbs) // n)
    blended.setAlpha(min(HIGHLIGHT_ALPHA + 45 * (n - 1), 200))
    return blended


def _no_labels(start: int, end: int) -> list[tuple[int, int]]:
    return []


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
        # (start, end) of the speaker labels ("IP:") inside a span of code points, on a grey chip
        self.labels_in: Callable[[int, int], list[tuple[int, int]]] = _no_labels
        self.stripes = CodingStripes(self)
        self._visible_key: tuple | None = None
        self._visible: list = []  # the codings touching the visible lines, as of _visible_key
        self._lines_key: tuple | None = None
        self._lines: VisibleLines | None = None
        self._spans: list[tuple[int, int, QColor]] = []  # highlights on screen: (start, end, colour)
        # Qt sends updateRequest hundreds of times while it lays out a new text; the highlights
        # are recomputed once per turn of the event loop, not once per request.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self.updateRequest.connect(self._on_update_request)
        self.selectionChanged.connect(self._on_selection_changed)

    # -- content -----------------------------------------------------------------------------
    def show_text(self, guid: str, text: str, index: DocumentCodings,
                  labels_in: Callable[[int, int], list[tuple[int, int]]]) -> None:
        self.document_guid = guid
        self.index = index
        self.labels_in = labels_in
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
        self.document_guid, self.index, self.labels_in = None, None, _no_labels
        self._spans = []
        self.setPlainText("")
        self._layout_stripes()

    # -- geometry ----------------------------------------------------------------------------
    def _layout_stripes(self) -> None:
        width = self.stripes.width_hint()
        # Setting the margins lays out the scroll area again and repaints all of it (frame and
        # scroll bars too): only when the number of lanes changes, not after every coding.
        if self.viewportMargins().right() != width:
            self.setViewportMargins(0, 0, width, 0)
        rect = self.contentsRect()
        self.stripes.setGeometry(QRect(rect.right() - width + 1, rect.top(), width, rect.height()))
        self.stripes.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout_stripes()

    def visible_lines(self) -> VisibleLines:
        """The lines on screen, walked once per frame and shared by the highlights and the
        stripes (until the view scrolls, resizes or its text changes)."""
        key = (self.firstVisibleBlock().blockNumber(), self.contentOffset().y(), self.viewport().width(),
               self.viewport().height(), self.document().revision(), self.document().pageCount())
        if key != self._lines_key:
            self._lines_key, self._lines = key, VisibleLines(self)
        return self._lines

    def visible_range(self) -> tuple[int, int]:
        """Code points of the start and end of the blocks on screen."""
        lines = self.visible_lines()
        if self.index is None or not lines:
            return (0, 0)
        return self.index.from_qt(lines.first), self.index.from_qt(lines.last)

    def visible_codings(self):
        """The codings touching the visible lines (read once per scroll, by ``refresh_highlights``)."""
        self.refresh_highlights()
        return self._visible

    def visible_coding_spans(self):
        """(coding, top y, bottom y) of each visible coding, in viewport coordinates."""
        lines, to_qt = self.visible_lines(), self.index.to_qt if self.index is not None else None
        return [(c, lines.top_of(to_qt(c.start)), lines.bottom_of(to_qt(c.end))) for c in self.visible_codings()]

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
        self._visible = self.index.overlapping(start, max(end, start + 1)) if self.index is not None else []
        labels = [(s, e, LABEL_COLOR) for s, e in self.labels_in(start, end)]
        self._spans = labels + self._blended_spans(self._visible, start, end)
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

    def _paint_highlights(self, painter: QPainter, area) -> None:
        lines, to_qt = self.visible_lines(), self.index.to_qt
        top, bottom = area.top(), area.bottom()
        for start, end, color in self._spans:
            for rect in lines.rects(to_qt(start), to_qt(end)):
                if rect.bottom() >= top and rect.top() <= bottom:
                    painter.fillRect(rect, color)

    def _blended_spans(self, codings, start: int, end: int) -> list[tuple[int, int, QColor]]:
        """Flat, non-overlapping spans with the colours of the codings over them blended.

        Qt paints every extra selection in its own pass; overlapping codings as separate
        selections doubled the cost of painting the text. One span per stretch covered by the
        same codings, its colour their average and more opaque the more of them overlap,
        keeps overlaps visible at the cost of one pass.
        """
        edges: list[tuple[int, int, int]] = []  # (position, +1/-1, colour as rgb)
        for coding in codings:
            lane = self.index.lane(coding)
            if lane is not None:
                edges.append((max(coding.start, start), 1, lane.rgb))
                edges.append((min(coding.end, end), -1, lane.rgb))
        edges.sort(key=lambda e: (e[0], e[1]))
        spans: list[tuple[int, int, QColor]] = []
        active: list[int] = []
        previous = None
        for position, kind, rgb in edges:
            if previous is not None and position > previous and active:
                spans.append((previous, position, _blend(tuple(sorted(active)))))
            if kind == 1:
                active.append(rgb)
            else:
                active.remove(rgb)
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
        return self.index.at(position)

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
