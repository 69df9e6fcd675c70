"""Import interviews and field notes: choose files, say what they are, watch them come in.

Files are read and cleaned up in a worker thread (``ImportWorker``) so a large PDF never
freezes the window, and the analyst can cancel between files. Each prepared document is
stored here, on the GUI thread, as its own undoable action, so one bad file (or a name that
is taken) costs only that file. The results page says, file by file and in plain words,
what was imported and what the clean-up did, or why a file was refused.

``add_paths``, ``start`` and ``results`` let tests drive the dialog without file pickers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError
from kvalkod.importers import SUPPORTED_SUFFIXES
from kvalkod.model import DOCUMENT_KINDS
from kvalkod.services.importing import PreparedDocument

from ..models.document_list_model import kind_label
from ..workers import ImportWorker, start_in_thread

SETUP_PAGE, PROGRESS_PAGE, RESULTS_PAGE = range(3)


class ImportDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.results: list[tuple[str, bool, str]] = []  # (path, imported, summary or error)
        self.worker: ImportWorker | None = None
        self.worker_thread: QThread | None = None
        self._paths: list[str] = []
        self._running_paths: list[str] = []
        self._variables: dict[str, str] = {}
        self._close_when_done = False
        self.setWindowTitle(self.tr("Import documents"))
        self.resize(640, 480)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_setup_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_results_page())

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- pages ---------------------------------------------------------------------------
    def _build_setup_page(self) -> QWidget:
        page = QWidget(self)
        self.file_list = QListWidget(page)
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setAccessibleName(self.tr("Files to import"))
        add_files = QPushButton(self.tr("Add files…"), page)
        add_files.clicked.connect(self._on_add_files_clicked)
        add_folder = QPushButton(self.tr("Add folder…"), page)
        add_folder.clicked.connect(self._on_add_folder_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), page)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        file_buttons = QVBoxLayout()
        for button in (add_files, add_folder, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.file_list, 1)
        files.addLayout(file_buttons)

        self.kind_combo = QComboBox(page)
        for kind in DOCUMENT_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(DOCUMENT_KINDS.index("interview"))

        self.variable_table = QTableWidget(0, 2, page)
        self.variable_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Value")])
        self.variable_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.variable_table.verticalHeader().hide()
        self.variable_table.setMaximumHeight(120)
        self.variable_table.setToolTip(self.tr("Variables given to every imported document, e.g. role = manager"))
        add_variable = QPushButton(self.tr("Add variable"), page)
        add_variable.clicked.connect(self._on_add_variable_clicked)
        variables = QHBoxLayout()
        variables.addWidget(self.variable_table, 1)
        variables.addWidget(add_variable, 0, Qt.AlignmentFlag.AlignTop)

        self.clean_check = QCheckBox(self.tr("Clean up PDF/OCR text"), page)
        self.clean_check.setChecked(True)
        self.clean_check.setToolTip(self.tr(
            "Removes page headers and footers, rejoins broken lines and hyphenated words, and moves "
            "footnotes aside. Every change is listed in the import report; the raw text is kept."))

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Variables:"), variables)
        form.addRow("", self.clean_check)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Files:"), page))
        layout.addLayout(files)
        layout.addLayout(form)
        self.file_list.itemSelectionChanged.connect(self._update_buttons)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_label = QLabel(page)
        self.progress_bar = QProgressBar(page)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

    def _build_results_page(self) -> QWidget:
        page = QWidget(self)
        self.results_label = QLabel(page)
        self.results_view = QTreeWidget(page)
        self.results_view.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.results_view.setRootIsDecorated(False)
        self.results_view.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results_view)
        return page

    # -- choosing files ------------------------------------------------------------------
    def add_paths(self, paths: Iterable[str | os.PathLike]) -> int:
        """Add files, and the supported files inside folders; returns how many were new."""
        added = 0
        for path in paths:
            path = Path(path)
            for file in (_supported_files_in(path) if path.is_dir() else [path]):
                key = str(file)
                if key in self._paths:
                    continue
                self._paths.append(key)
                item = QListWidgetItem(file.name, self.file_list)
                item.setToolTip(key)
                item.setData(Qt.ItemDataRole.UserRole, key)
                added += 1
        self._update_buttons()
        return added

    def paths(self) -> list[str]:
        return list(self._paths)

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self._paths.remove(item.data(Qt.ItemDataRole.UserRole))
            self.file_list.takeItem(self.file_list.row(item))
        self._update_buttons()

    def add_variable_row(self, name: str = "", value: str = "") -> None:
        row = self.variable_table.rowCount()
        self.variable_table.insertRow(row)
        self.variable_table.setItem(row, 0, QTableWidgetItem(name))
        self.variable_table.setItem(row, 1, QTableWidgetItem(value))

    def variables(self) -> dict[str, str]:
        """The NAME/VALUE rows with a name, values stripped."""
        out = {}
        for row in range(self.variable_table.rowCount()):
            name, value = (self.variable_table.item(row, c) for c in (0, 1))
            if name is not None and name.text().strip():
                out[name.text().strip()] = value.text().strip() if value is not None else ""
        return out

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _file_filter(self) -> str:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        return self.tr("Documents ({patterns})").format(patterns=patterns) + ";;" + self.tr("All files (*)")

    def _ask_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"), "", self._file_filter())
        return files

    def _ask_folder(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        return folder or None

    # -- running -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True from ``start`` until the last result is in (the thread may have ended already)."""
        return self.worker is not None

    def start(self) -> None:
        """Import the chosen files in a worker thread; ``results`` fills as they come in."""
        if self.running or not self._paths:
            return
        self.results = []
        self._running_paths = list(self._paths)
        self._variables = self.variables()
        self.worker = ImportWorker(self._running_paths, kind=self.kind(), clean=self.clean_check.isChecked())
        self.worker.prepared.connect(self._on_worker_prepared)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.progress_bar.setRange(0, len(self._running_paths))
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.pages.setCurrentIndex(PROGRESS_PAGE)
        self._update_buttons()
        self.worker_thread = start_in_thread(self.worker, self)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the current file…"))

    def _on_worker_prepared(self, prepared: PreparedDocument) -> None:
        path = self._running_paths[len(self.results)]  # the worker reports files in order
        try:
            self.session.project.documents.add_prepared(prepared, self._variables)
        except KvalkodError as exc:
            self._add_result(path, False, str(exc))
        else:
            self._add_result(path, True, self._summary(prepared))

    def _on_worker_failed(self, path: str, message: str) -> None:
        self._add_result(path, False, message)

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress_bar.setValue(done)
        if done < total and not (self.worker and self.worker.cancelled):
            name = Path(self._running_paths[done]).name
            self.progress_label.setText(self.tr("Reading file {n} of {total}: {name}").format(
                n=done + 1, total=total, name=name))

    def _on_worker_finished(self) -> None:
        for path in self._running_paths[len(self.results):]:
            self._add_result(path, False, self.tr("not imported: the import was cancelled"))
        if self.worker_thread is not None:
            self.worker_thread.wait()
        self.worker_thread = None
        self.worker = None  # deleted with its thread
        ok = sum(1 for _p, good, _t in self.results if good)
        message = self.tr("Imported {ok} of {total} files.").format(ok=ok, total=len(self.results))
        self.results_label.setText(message)
        self.session.statusMessage.emit(message)
        self.pages.setCurrentIndex(RESULTS_PAGE)
        self.results_view.resizeColumnToContents(0)
        self._update_buttons()
        if self._close_when_done:
            super().reject()

    def _add_result(self, path: str, ok: bool, text: str) -> None:
        if not ok and text.startswith(path + ": "):  # the file is named in its own column
            text = text[len(path) + 2:]
        self.results.append((path, ok, text))
        status = self.tr("Imported: {summary}") if ok else self.tr("Not imported: {error}")
        item = QTreeWidgetItem(self.results_view, [Path(path).name, status.format(summary=text, error=text)])
        item.setToolTip(0, path)
        item.setToolTip(1, text)

    def _summary(self, prepared: PreparedDocument) -> str:
        """One line from the import report: format, size, what the clean-up changed."""
        report = prepared.report
        characters = report.get("characters", {}).get("clean", len(prepared.text))
        parts = [self.tr("{format}, {n} characters").format(
            format=prepared.format, n=self.locale().toString(int(characters)))]
        if report.get("cleaned"):
            rules = report.get("cleanup", {}).get("rules", {})
            fired = [f"{self._rule_label(name)} {entry['count']}" for name, entry in rules.items() if entry["count"]]
            parts.append(self.tr("clean-up: {changes}").format(changes=", ".join(fired)) if fired
                         else self.tr("clean-up changed nothing"))
        elif "turned off" in str(report.get("why", "")):
            parts.append(self.tr("clean-up turned off"))
        else:
            parts.append(self.tr("no clean-up needed"))
        if report.get("turns"):
            parts.append(self.tr("{n} speaker turns").format(n=report["turns"]))
        if report.get("warnings"):
            parts.append(self.tr("{n} warnings (see the import report)").format(n=len(report["warnings"])))
        return "; ".join(parts)

    def _rule_label(self, rule: str) -> str:
        labels = {
            "whitespace": self.tr("spacing"), "footers": self.tr("page headers/footers"),
            "page_starts": self.tr("page numbers"), "dehyphenation": self.tr("hyphenated words joined"),
            "hyphens_kept": self.tr("hyphens kept"), "footnotes": self.tr("footnotes moved aside"),
            "reflow": self.tr("lines joined"), "markdown": self.tr("Markdown marks"),
            "unicode": self.tr("odd characters"), "ocr": self.tr("OCR fixes"), "tables": self.tr("tables"),
            "figures": self.tr("figure captions"), "headings": self.tr("headings"),
        }
        return labels.get(rule, rule)

    # -- slots and closing ---------------------------------------------------------------
    def _on_add_files_clicked(self) -> None:
        self.add_paths(self._ask_files())

    def _on_add_folder_clicked(self) -> None:
        folder = self._ask_folder()
        if folder:
            self.add_paths([folder])

    def _on_remove_clicked(self) -> None:
        self.remove_selected()

    def _on_add_variable_clicked(self) -> None:
        self.add_variable_row()
        self.variable_table.editItem(self.variable_table.item(self.variable_table.rowCount() - 1, 0))

    def _on_import_clicked(self) -> None:
        self.start()

    def _on_cancel_clicked(self) -> None:
        self.cancel()

    def _update_buttons(self) -> None:
        setup = self.pages.currentIndex() == SETUP_PAGE
        self.import_button.setVisible(setup)
        self.import_button.setEnabled(setup and bool(self._paths))
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()))
        self.close_button.setText(self.tr("Close"))

    def reject(self) -> None:
        """Closing while files are read stops after the current one, then closes."""
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()


def _supported_files_in(folder: Path) -> list[Path]:
    """Supported files under ``folder``, sorted; hidden files and Office lock files skipped."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not p.name.startswith((".", "~$")) and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
