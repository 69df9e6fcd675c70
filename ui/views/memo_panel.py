"""Memos on the project, the current document or the selected code: list, write, delete.

The editor saves after a short pause in typing (or when it loses focus), not on every key:
each save is one undoable action, and an undo history of single letters would be useless.
A save echoes back through ``memosChanged``; the list refreshes but the editor keeps what
is being typed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvalkod.model import Memo

from ..errors import guarded

SAVE_DELAY_MS = 800
MemoIdRole = Qt.ItemDataRole.UserRole + 1


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def local_time(stamp: str) -> str:
    """``2025-03-01T09:12:00+00:00`` as local "2025-03-01 10:12"."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class MemoPanel(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._memos: dict[int, Memo] = {}
        self._editing: int | None = None  # the memo id in the editor
        self._loading = False  # the editor is being filled, not typed into

        self.target_combo = QComboBox(self)
        self.target_combo.addItem(self.tr("Project"), "project")
        self.target_combo.addItem(self.tr("Current document"), "document")
        self.target_combo.addItem(self.tr("Selected code"), "code")
        self.target_label = QLabel(self)
        self.list = QListWidget(self)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write the memo here; it is saved as you pause."))
        self.new_button = QPushButton(self.tr("New"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)

        top = QHBoxLayout()
        top.addWidget(self.target_combo)
        top.addWidget(self.target_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.editor, 2)

        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)
        self.save_timer.timeout.connect(self._on_save_timeout)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        session.selectedCodesChanged.connect(self._on_selected_codes_changed)
        session.bridge.memosChanged.connect(self._on_memos_changed)
        self._closed = False
        session.aboutToClose.connect(self._on_about_to_close)
        session.bridge.codesChanged.connect(self._on_codes_changed)
        session.bridge.documentsChanged.connect(self._on_documents_changed)
        self.reload()

    # -- public --------------------------------------------------------------------------
    def target(self) -> tuple[str, str | None] | None:
        """(target type, name or guid) the memos belong to; None if there is none (no
        document open, no code selected). Codes are looked up by guid, so a renamed code
        keeps its memos in view."""
        kind = self.target_combo.currentData()
        if kind == "project":
            return ("project", None)
        if kind == "document":
            document = self.session.current_document
            return ("document", document.guid) if document is not None else None
        selected = self.session.selected_codes
        if not selected:
            return None
        current = {c.guid: c for c in self.session.project.codebook.all()}.get(selected[0].guid)
        return ("code", current.path) if current is not None else None

    def set_target_type(self, kind: str) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(kind))

    def memos(self) -> list[Memo]:
        return list(self._memos.values())

    def current_memo_id(self) -> int | None:
        return self._editing

    def select_memo(self, memo_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(MemoIdRole) == memo_id:
                self.list.setCurrentRow(row)
                return

    @guarded
    def new_memo(self, text: str = "") -> Memo | None:
        target = self.target()
        if target is None:
            return None
        self.save_now()
        memo = self.session.project.memos.add(target[0], target[1], text)
        self.select_memo(memo.id)
        self.editor.setFocus()
        return memo

    @guarded
    def delete_current(self) -> None:
        memo_id = self._editing
        if memo_id is None:
            return
        self.save_timer.stop()
        self._editing = None
        self.session.project.memos.delete(memo_id)
        self.session.statusMessage.emit(self.tr("Memo deleted (Undo brings it back)"))

    @guarded
    def save_now(self) -> None:
        """Write the editor's text if it differs from the stored memo."""
        self.save_timer.stop()
        if self._closed:
            return
        memo = self._memos.get(self._editing) if self._editing is not None else None
        if memo is not None and self.editor.toPlainText() != memo.text:
            self.session.project.memos.edit(memo.id, self.editor.toPlainText())

    @guarded
    def reload(self) -> None:
        """Re-read the memos of the target, keeping the selected memo and unsaved typing.

        When the same memos are still there (a save echoing back) the items are updated in
        place rather than rebuilt, so a refresh in the middle of a list click is harmless."""
        target = self.target()
        self.target_label.setText(self._describe(target))
        memos = self.session.project.memos.for_target(*target) if target is not None else []
        self._memos = {m.id: m for m in memos}
        if self._editing not in self._memos:
            self.save_timer.stop()  # the memo being typed into is gone (undo, delete)
        current = self.list.currentItem()
        keep = current.data(MemoIdRole) if current is not None else None
        if keep not in self._memos:
            keep = self._editing if self._editing in self._memos else (memos[-1].id if memos else None)
        self.list.blockSignals(True)
        if [self.list.item(r).data(MemoIdRole) for r in range(self.list.count())] != list(self._memos):
            self.list.clear()
            for memo in memos:
                item = QListWidgetItem()
                item.setData(MemoIdRole, memo.id)
                self.list.addItem(item)
        for row, memo in enumerate(memos):
            item = self.list.item(row)
            item.setText(self.tr("{author}, {date}: {line}").format(
                author=memo.author, date=local_time(memo.updated_at),
                line=first_line(memo.text) or self.tr("(empty)")))
            item.setToolTip(memo.text)
        if keep is not None:
            self.select_memo(keep)
        self.list.blockSignals(False)
        self._show_in_editor(keep)
        self.new_button.setEnabled(target is not None)
        self.delete_button.setEnabled(keep is not None)

    # -- helpers -------------------------------------------------------------------------
    def _describe(self, target: tuple[str, str | None] | None) -> str:
        kind = self.target_combo.currentData()
        if target is None:
            return self.tr("No document open") if kind == "document" else self.tr("No code selected")
        if kind == "document":
            return self.session.current_document.name
        return target[1] or self.session.project.name

    def _show_in_editor(self, memo_id: int | None) -> None:
        """Put a memo in the editor, unless it is the one being typed into (pending save)."""
        if memo_id == self._editing and memo_id is not None and self.save_timer.isActive():
            return
        memo = self._memos.get(memo_id) if memo_id is not None else None
        self._editing = memo_id
        text = memo.text if memo is not None else ""
        if self.editor.toPlainText() != text:
            self._loading = True
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # memos grow at the end
            self._loading = False
        self.editor.setEnabled(memo is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def _on_about_to_close(self) -> None:
        self.save_now()
        self._closed = True

    def hideEvent(self, event) -> None:
        self.save_now()
        super().hideEvent(event)

    # -- slots ---------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if not self._loading and self._editing is not None:
            self.save_timer.start()

    def _on_save_timeout(self) -> None:
        self.save_now()

    def _on_current_item_changed(self, current: QListWidgetItem | None, previous) -> None:
        memo_id = current.data(MemoIdRole) if current is not None else None
        self.save_now()  # the memo being left; its echo keeps ``current`` selected
        self._show_in_editor(memo_id)
        self.delete_button.setEnabled(memo_id is not None)

    def _on_target_changed(self, index: int) -> None:
        self.save_now()
        self._editing = None
        self.reload()

    def _on_new_clicked(self) -> None:
        self.new_memo()

    def _on_delete_clicked(self) -> None:
        self.delete_current()

    def _on_memos_changed(self) -> None:
        self.reload()

    def _on_codes_changed(self) -> None:
        self.reload()

    def _on_documents_changed(self) -> None:
        self.reload()

    def _on_current_document_changed(self, document) -> None:
        if self.target_combo.currentData() == "document":
            self._on_target_changed(self.target_combo.currentIndex())

    def _on_selected_codes_changed(self, codes: list) -> None:
        if self.target_combo.currentData() == "code":
            self._on_target_changed(self.target_combo.currentIndex())
