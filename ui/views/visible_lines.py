"""The lines of a ``QPlainTextEdit`` on screen: their text positions and viewport heights.

Painting highlights and coding stripes both ask "where on screen is this position?", a few
hundred times a frame. Asked of Qt one by one (find the block, its layout, the line, the
block's top) that cost more than drawing the text. Walking the visible lines once and then
answering each question with a binary search costs a fraction of it. Positions here are Qt's
(UTF-16); the caller converts.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QRectF


class VisibleLines:
    """A snapshot of the visible lines, valid until the view scrolls, resizes or changes."""

    def __init__(self, editor) -> None:
        self.height = editor.viewport().height()
        self._starts: list[int] = []  # Qt position of each line's first character
        self._rows: list[tuple] = []  # (start, end, top, bottom, QTextLine, block position)
        block = editor.firstVisibleBlock()
        if not block.isValid():
            return
        # The first block's top is asked of Qt once; the rest follow by adding heights
        # (``blockBoundingGeometry`` walks from the document's top on every call).
        top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top()
        while block.isValid() and top <= self.height:
            if block.isVisible():
                height = editor.blockBoundingRect(block).height()  # lays the block out if need be
                layout, position = block.layout(), block.position()
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    start = position + line.textStart()
                    y = top + line.y()
                    self._starts.append(start)
                    self._rows.append((start, start + line.textLength(), y, y + line.height(), line, position))
                top += height
            block = block.next()

    def __bool__(self) -> bool:
        return bool(self._rows)

    @property
    def first(self) -> int:
        """Qt position of the first character of the first (partly) visible line."""
        return self._rows[0][0]

    @property
    def last(self) -> int:
        """Qt position just after the last visible line."""
        return self._rows[-1][1]

    def _line(self, position: int) -> int:
        return max(bisect.bisect_right(self._starts, position) - 1, 0)

    def top_of(self, position: int) -> int:
        """Viewport y of the top of the line holding ``position`` (0 above the screen)."""
        if not self._rows or position < self.first:
            return 0
        if position >= self.last:
            return self.height
        return max(int(self._rows[self._line(position)][2]), 0)

    def bottom_of(self, end: int) -> int:
        """Viewport y of the bottom of the line holding the character before ``end``."""
        if not self._rows or end <= self.first:
            return 0
        if end > self.last:
            return self.height
        return min(int(self._rows[self._line(end - 1)][3]), self.height)

    def rects(self, start: int, end: int):
        """The rectangles covering ``[start, end)``: one per line it touches on screen (the
        first block's lines above the screen are skipped)."""
        if not self._rows or end <= self.first or start >= self.last:
            return
        for i in range(self._line(start), self._line(end - 1) + 1):
            line_start, line_end, top, bottom, line, position = self._rows[i]
            s, e = max(start, line_start), min(end, line_end)
            if s < e and bottom >= 0:
                x1 = line.cursorToX(s - position)[0]
                x2 = line.cursorToX(e - position)[0]
                yield QRectF(x1, top, x2 - x1, bottom - top)
