"""The File menu's REFI-QDA project exchange: export the open project as .qdpx, import a .qdpx
into a new project file and show what came through.

Exporting asks, when the project has a list of pseudonyms, whether to apply it: a .qdpx is
usually the analyst's own project moving to another tool (real texts), sometimes a file to
share (pseudonyms). Importing never touches the open project: it makes a new project file in
a worker thread (a study's 100,000 codings take seconds), shows the loss report and offers to
open the new project through the main window's ``projectRequested``.

``export_project`` and ``import_project`` take their paths as arguments too, so tests can drive
them without file dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from kvalkod.errors import KvalkodError

from ..errors import show_error
from ..workers import start_in_thread
from .loss_report_dialog import LossReportDialog

QDPX_FILTER = "REFI-QDA (*.qdpx)"
PROJECT_FILTER = "kvalkod (*.kvalkod)"


class QdpxImportWorker(QObject):
    """Reads a .qdpx and stores it in a new project file, off the GUI thread."""

    done = Signal(object)  # the report as a dict (ImportReport.to_dict())
    failed = Signal(str)
    finished = Signal()

    def __init__(self, source: str, target: str, coder: str, parent: QObject | None = None):
        super().__init__(parent)
        self.source, self.target, self.coder = source, target, coder

    @Slot()
    def run(self) -> None:
        from kvalkod.services.exchange import import_qdpx

        try:
            self.done.emit(import_qdpx(self.source, self.target, coder=self.coder).to_dict())
        except KvalkodError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the analyst as a message, not kill the thread
            self.failed.emit(f"unexpected error: {type(exc).__name__}: {exc}")
        finally:
            self.finished.emit()


class QdpxActions(QObject):
    imported = Signal(dict)  # the loss report of a finished import
    failed = Signal(str)

    def __init__(self, window, session):
        super().__init__(window)
        self.window = window
        self.session = session
        self.export_action = QAction(self.tr("Export REFI-QDA project (.qdpx)…"), self)
        self.export_action.triggered.connect(lambda: self.export_project())
        self.import_action = QAction(self.tr("Import REFI-QDA project (.qdpx)…"), self)
        self.import_action.triggered.connect(lambda: self.import_project())
        self._thread: Optional[QThread] = None
        self._worker: Optional[QdpxImportWorker] = None  # kept referenced while its thread runs
        self._progress: Optional[QProgressDialog] = None

    # -- export ---------------------------------------------------------------------------------
    def export_project(self, path: str | None = None, pseudonymise: bool | None = None) -> bool:
        project = self.session.project
        if path is None:
            suggested = str(project.path.with_suffix(".qdpx"))
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export REFI-QDA project"), suggested,
                                                  QDPX_FILTER)
            if not path:
                return False
        if not path.lower().endswith(".qdpx"):
            path += ".qdpx"
        if pseudonymise is None:
            pseudonymise = self._ask_pseudonymise()
            if pseudonymise is None:
                return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            counts = project.exchange.export_qdpx(path, pseudonymise=pseudonymise)
        except KvalkodError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self.window, exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Wrote {path}: {documents} documents, {codings} codings").format(
            path=path, **counts), 8000)
        return True

    def _ask_pseudonymise(self) -> bool | None:
        """Whether to apply the name list (None: the analyst cancelled); no question without one."""
        if not self.session.project.names.list():
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Export REFI-QDA project"),
            self.tr("The project has a list of pseudonyms. Replace the real names with their pseudonyms in the "
                    "exported file?\n\nChoose No to export the real texts, for your own work in another tool."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    # -- import ---------------------------------------------------------------------------------
    def import_project(self, source: str | None = None, target: str | None = None) -> bool:
        """Start importing ``source`` into the new project ``target``; False if the analyst cancelled."""
        if self._thread is not None:
            return False
        if source is None:
            source, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import REFI-QDA project"), "", QDPX_FILTER)
            if not source:
                return False
        if target is None:
            suggested = str(Path(source).with_suffix(".kvalkod"))
            target, _ = QFileDialog.getSaveFileName(self.window, self.tr("New project for the import"), suggested,
                                                    PROJECT_FILTER)
            if not target:
                return False
        if not target.endswith(".kvalkod"):
            target += ".kvalkod"
        self._source, self._target = source, target
        self._progress = QProgressDialog(self.tr("Importing {name}…").format(name=Path(source).name), "", 0, 0,
                                         self.window)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        worker = QdpxImportWorker(source, target, self.session.coder)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._thread = start_in_thread(worker, self)
        self._thread.finished.connect(self._on_thread_finished)
        return True

    def wait(self) -> None:
        """Block until a running import has finished (closing the window waits for it)."""
        if self._thread is not None:
            self._thread.wait()

    def _on_thread_finished(self) -> None:
        self._thread = self._worker = None

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        self.failed.emit(message)
        QMessageBox.warning(self.window, "kvalkod", message)

    def _on_done(self, report: dict) -> None:
        self._close_progress()
        self.imported.emit(report)
        dialog = LossReportDialog(report, Path(self._source).name, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.projectRequested.emit(self._target, False)
