"""Work that would freeze the window, done in a worker thread.

Reading a 300-page PDF and cleaning up its text takes seconds; the analyst must be able to
watch the progress and stop. Only the pure part runs here (``prepare_document`` touches no
database); storing each prepared document is left to the GUI thread, where the services and
their undo history live, one undoable action per file.
"""

from __future__ import annotations

import os
import threading
from typing import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from kvalkod.errors import KvalkodError
from kvalkod.services.importing import prepare_document


class ImportWorker(QObject):
    prepared = Signal(object)  # PreparedDocument
    failed = Signal(str, str)  # path, message for the analyst
    progress = Signal(int, int)  # done, total
    finished = Signal()

    def __init__(self, paths: Sequence[str | os.PathLike], *, kind: str = "document", clean: bool = True,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.paths = [str(p) for p in paths]
        self.kind = kind
        self.clean = clean
        # an Event, not a queued slot: the worker's thread is busy in run() and never
        # returns to its event loop until the last file, so cancel() is called directly
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop before the next file (the one being read is finished and reported)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @Slot()
    def run(self) -> None:
        total = len(self.paths)
        self.progress.emit(0, total)
        for done, path in enumerate(self.paths, start=1):
            if self._cancelled.is_set():
                break
            try:
                result = prepare_document(path, kind=self.kind, clean=self.clean)
            except KvalkodError as exc:
                self.failed.emit(path, str(exc))
            except Exception as exc:  # a bug in an importer must not kill the whole import
                self.failed.emit(path, f"unexpected error: {type(exc).__name__}: {exc}")
            else:
                self.prepared.emit(result)
            self.progress.emit(done, total)
        self.finished.emit()


def start_in_thread(worker: QObject, parent: QObject | None = None) -> QThread:
    """Move ``worker`` to a new thread, run ``worker.run`` there, and stop the thread when the
    worker says ``finished``; the worker is deleted with the thread's end. The caller keeps the
    thread and waits for it before closing."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # direct: quit() is thread-safe, and a queued quit would wait behind the GUI's own
    # handling of ``finished`` (which may wait for the thread)
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread
