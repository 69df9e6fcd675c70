"""How a framework-matrix cell is drawn: the count of coded segments in grey at the left, the
summary beside it, wrapped over the cell's lines and elided on the last one.

The count stands apart from the text so the eye can run down a column of numbers (where is
this theme strong?) and across the summaries (what does it mean here?), as in the Framework
method's charts. Wrapping is done on Python strings with the font's metrics, so no character
index ever has to be converted between code points and Qt's UTF-16.
"""

from __future__ import annotations

from itertools import islice
from typing import Iterator

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..models.framework_model import CountRole, SummaryRole

PADDING = 4


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines of at most ``width`` pixels,
    the analyst's own line breaks kept; the last line ends in "…" when text is left over."""
    lines = list(islice(_lines(text, metrics, width), max_lines + 1))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += " …"
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def _lines(text: str, metrics: QFontMetrics, width: int) -> Iterator[str]:
    """Greedy word wrap, lazily: a long summary in a small cell measures only what is shown."""
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                yield line
                candidate = word
            line = candidate
        yield line


class MatrixCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws background, selection and focus; the text is drawn here
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        count = index.data(CountRole) or 0
        summary = index.data(SummaryRole) or ""
        if not count and not summary:
            return
        metrics = QFontMetrics(opt.font)
        rect = opt.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        grey = opt.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        number = str(count)
        count_width = max(metrics.horizontalAdvance("000"), metrics.horizontalAdvance(number)) + PADDING
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(text_color if selected else grey)
        painter.drawText(QRect(rect.left(), rect.top(), count_width - PADDING, metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), number)
        painter.setPen(text_color)
        width = rect.width() - count_width
        max_lines = max(1, rect.height() // metrics.lineSpacing())
        y = rect.top() + metrics.ascent()
        for line in wrap_lines(summary, metrics, width, max_lines) if width > 0 else []:
            painter.drawText(rect.left() + count_width, y, line)
            y += metrics.lineSpacing()
        painter.restore()
