"""Automatic backups while the analyst works (kvalkod/services/backups.py says when and how
many): one shortly after a project that changed since its last backup opens, then whenever
one is due. The copy takes a moment on a large project, so it runs from a timer between
actions, never inside one; a failure (a full disk) is said in the status bar, not in a dialog
in the middle of coding."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kvalkod.errors import KvalkodError

FIRST_DELAY_MS = 3_000  # after the window has shown and the document has opened
CHECK_EVERY_MS = 60_000


class AutoBackup(QObject):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self._when_due)
        session.aboutToClose.connect(self._timer.stop)
        if not session.project.read_only:
            QTimer.singleShot(FIRST_DELAY_MS, self, self._on_open)
            self._timer.start()

    def _on_open(self) -> None:
        if self._timer.isActive() and self.session.project.backups.changed_since_last():
            self._take()

    def _when_due(self) -> None:
        if self.session.project.backups.due():
            self._take()

    def _take(self) -> None:
        try:
            self.session.project.backups.auto()
        except KvalkodError as exc:
            self.session.statusMessage.emit(self.tr("Automatic backup failed: {error}").format(error=exc))
