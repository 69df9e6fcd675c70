"""File ▸ Backups…: the project's backups, newest first; back up now, or go back to one.

Restoring replaces the project file, so the window cannot stay on it: the dialog only says
which backup the analyst chose, and the application closes the project, restores (keeping
the state it replaces as one more backup) and opens it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import guarded

_PathRole = Qt.ItemDataRole.UserRole + 1


class BackupsDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 380)
        self.list = QListWidget(self)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Copies of the whole project, kept in {folder}").format(
            folder=session.project.backups.folder), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.currentItemChanged.connect(lambda item, _: self.restore_button.setEnabled(item is not None))
        self.backup_button.setEnabled(not session.project.read_only)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        reasons = {"auto": self.tr("automatic"), "manual": self.tr("by hand"), "merge": self.tr("before a merge"),
                   "repair": self.tr("before a repair"), "before-restore": self.tr("before a restore")}
        for backup in self.session.project.backups.list():
            reason = reasons.get(backup.reason, backup.reason.replace("-", " "))
            item = QListWidgetItem(f"{backup.created.replace('T', ' ')[:19]} UTC — {reason}")
            item.setData(_PathRole, str(backup.path))
            item.setToolTip(backup.path.name)
            self.list.addItem(item)

    @guarded
    def back_up_now(self) -> None:
        self.session.project.backups.create("manual")
        self.refresh()

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Go back to the project as it was at {when}? The project as it is now is kept as a backup "
            "first, so this too can be undone.").format(when=item.text()))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = Path(item.data(_PathRole))
            self.accept()
