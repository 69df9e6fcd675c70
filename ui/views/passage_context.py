"""A source passage in context: its whole document, read-only, with the passage highlighted
and scrolled into view, and one coded segment in it marked more strongly.

Reviewers judge a scene or a quote by what surrounds it, so the view shows the document rather
than the passage alone. It is a plain QTextBrowser: nothing here can select text for coding,
resize a coding or open the coding menu of the analyst's document view. Offsets are code
points, converted to Qt's UTF-16 through ``OffsetMap``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from kvalkod.text.offsets import OffsetMap

PASSAGE_COLOUR = "#fff2a8"
SEGMENT_COLOUR = "#f4b183"


class PassageContextView(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.document: str | None = None  # the document's name
        self.passage: tuple[int, int] | None = None
        self.segment: tuple[int, int] | None = None
        self._offsets: OffsetMap | None = None
        self._target: tuple[int, int] | None = None  # the span to keep in view
        self.title = QLabel(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        # Qt lays a long document out a piece at a time after setPlainText, and the view gets its
        # size only when the window is laid out: scrolling once, at once, lands thousands of
        # characters away from the passage. Scroll again whenever either changes.
        self.text.document().documentLayout().documentSizeChanged.connect(self._scroll)
        self.text.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.show_passage(None, 0, 0)

    # -- public --------------------------------------------------------------------------
    def show_passage(self, document: str | None, start: int, end: int) -> None:
        """Show ``[start, end)`` of a document (by name) highlighted in its text; None: nothing."""
        self.segment = None
        if document is None:
            self.document, self.passage, self._offsets, self._target = None, None, None, None
            self.title.setText(self.tr("Choose a passage to read it in its document"))
            self.text.clear()
            return
        if document != self.document:
            text = self.session.project.documents.text(document)
            self.text.setPlainText(text)
            self._offsets = OffsetMap(text)
            self.document = document
        self.passage = (start, end)
        self.title.setText(self.tr("{document}, characters {start}–{end}").format(
            document=document, start=start, end=end))
        self._highlight()
        self._scroll_to(start, end)

    def mark_segment(self, start: int | None, end: int | None = None) -> None:
        """Mark a coded segment of the shown document (None: none) and scroll to it."""
        self.segment = (start, end) if start is not None and end is not None else None
        self._highlight()
        if self.segment is not None:
            self._scroll_to(*self.segment)

    def highlighted_text(self) -> str:
        """The text of the highlighted passage, as Qt shows it (for checking what is shown)."""
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    # -- helpers -------------------------------------------------------------------------
    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, colour: str) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        selection.format = fmt
        return selection

    def _highlight(self) -> None:
        selections = []
        if self.passage is not None:
            selections.append(self._selection(*self.passage, PASSAGE_COLOUR))
        if self.segment is not None:
            selections.append(self._selection(*self.segment, SEGMENT_COLOUR))
        self.text.setExtraSelections(selections)

    def _scroll_to(self, start: int, end: int) -> None:
        self._target = (start, end)
        self._scroll()

    def _scroll(self, *_) -> None:
        """Bring the span into view; its start wins when it is longer than the view."""
        if self._target is None or self._offsets is None:
            return
        start, end = self._target
        self.text.setTextCursor(self._cursor(end, end))
        self.text.ensureCursorVisible()
        self.text.setTextCursor(self._cursor(start, start))
        self.text.ensureCursorVisible()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.text.viewport() and event.type() == QEvent.Type.Resize:
            self._scroll()
        return super().eventFilter(watched, event)
