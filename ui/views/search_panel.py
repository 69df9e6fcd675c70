"""Text search with key-word-in-context results, and "Code all hits…" (autocoding).

Searching and autocoding are one service call each, so autocoding a thousand hits is still
one undoable action; the window shows a wait cursor while it runs. "Ignore å/ä/ö" is for
OCR-damaged text, where "våld" was read as "vald".
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError
from kvalkod.services.autocode import UNITS

from ..errors import guarded
from ..models.search_results_model import HIT, LEFT, HitRole, SearchResultsModel

LIMIT = 500  # hits fetched and shown; the count label gives the full number


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _ElideLeftDelegate(QStyledItemDelegate):
    """The left context is cut at its start, so the words next to the hit stay visible."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class CodeAllDialog(QDialog):
    """Choose the code and the unit (match, sentence, paragraph, speaker turn) to autocode."""

    def __init__(self, session, hits: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Code all hits"))
        self.code_combo = QComboBox(self)
        for code in session.project.codebook.all():
            if code.codable:
                self.code_combo.addItem(code.path, code.path)
        if session.selected_codes:
            found = self.code_combo.findData(session.selected_codes[0].path)
            if found >= 0:
                self.code_combo.setCurrentIndex(found)
        self.unit_combo = QComboBox(self)
        for unit, label in self.unit_labels().items():
            self.unit_combo.addItem(label, unit)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Code the {n} hits (each once) as:").format(n=hits), self))
        form.addRow(self.tr("Code"), self.code_combo)
        form.addRow(self.tr("Unit"), self.unit_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.code_combo.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str]:
        return self.code_combo.currentData(), self.unit_combo.currentData()

    def unit_labels(self) -> dict[str, str]:
        """The translated name of each autocoding unit, in the order of ``UNITS``."""
        labels = {"match": self.tr("The match only"), "sentence": self.tr("Its sentence"),
                  "paragraph": self.tr("Its paragraph"), "turn": self.tr("Its speaker turn")}
        return {unit: labels[unit] for unit in UNITS}


class SearchPanel(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = SearchResultsModel(self)
        self._last: tuple[str, bool, str | None] | None = None  # (query, fold, document guid) shown

        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr('Search: words, "a phrase", prefix*, OR'))
        self.query_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.fold_check = QCheckBox(self.tr("Ignore å/ä/ö (OCR text)"), self)
        self.fold_check.setToolTip(self.tr("Find “vald” for “våld”: letters with and without dots and rings match"))
        self.doc_check = QCheckBox(self.tr("Only this document"), self)
        self.count_label = QLabel(self)
        self.code_all_button = QPushButton(self.tr("Code all hits…"), self)
        self.code_all_button.setEnabled(False)

        self.results = QTableView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegateForColumn(LEFT, _ElideLeftDelegate(self.results))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(False)
        self.results.setShowGrid(False)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.search_button)
        options = QHBoxLayout()
        options.addWidget(self.fold_check)
        options.addWidget(self.doc_check)
        options.addStretch(1)
        options.addWidget(self.count_label)
        options.addWidget(self.code_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(options)
        layout.addWidget(self.results)

        self.query_edit.returnPressed.connect(self._on_return_pressed)
        self.search_button.clicked.connect(self._on_search_clicked)
        self.fold_check.toggled.connect(self._on_option_toggled)
        self.doc_check.toggled.connect(self._on_option_toggled)
        self.code_all_button.clicked.connect(self._on_code_all_clicked)
        self.results.doubleClicked.connect(self._on_double_clicked)
        session.currentDocumentChanged.connect(self._on_current_document_changed)
        session.bridge.documentsChanged.connect(self._on_documents_changed)
        self._on_current_document_changed(session.current_document)

    # -- public --------------------------------------------------------------------------
    @guarded
    def search(self, query: str | None = None) -> int:
        """Search for ``query`` (or the line edit's text); returns the number of matches."""
        if query is not None:
            self.query_edit.setText(query)
        try:
            return self._search()
        except KvalkodError:
            self._show(None, [], 0)
            raise

    def _search(self) -> int:
        text = self.query_edit.text().strip()
        if not text:
            self._show(None, [], 0)
            return 0
        fold, doc = self.fold_check.isChecked(), self._document_guid()
        search = self.session.project.search
        with wait_cursor():
            hits = search.find(text, doc=doc, fold=fold, limit=LIMIT)
            # below the limit every hit is here; counting only pays when the list is cut
            total = len(hits) if len(hits) < LIMIT else search.count(text, doc=doc, fold=fold)
        self._show((text, fold, doc), hits, total)
        return total

    @guarded
    def code_all(self, code_path: str, unit: str) -> int | None:
        """Autocode every hit of the search shown (all of them, not only the first 500)."""
        if self._last is None:
            self.search()
            if self._last is None:
                return None
        query, fold, doc = self._last
        project = self.session.project
        code = project.codebook.get(code_path)
        with wait_cursor():
            created = project.autocode.by_query(code_path, query, unit=unit, doc=doc, fold=fold)
        if created:
            self.session.note_code_used(code)
        self.session.statusMessage.emit(self.tr("Coded {n} passages").format(n=created))
        return created

    # -- helpers -------------------------------------------------------------------------
    def _document_guid(self) -> str | None:
        document = self.session.current_document
        return document.guid if self.doc_check.isChecked() and document is not None else None

    def _show(self, searched: tuple[str, bool, str | None] | None, hits: list, total: int) -> None:
        self._last = searched
        self.model.set_hits(hits)
        if searched is None:
            self.count_label.setText("")
        elif total == 1:
            self.count_label.setText(self.tr("1 match"))
        elif total > len(hits):
            self.count_label.setText(self.tr("{n} matches, showing the first {shown}").format(n=total, shown=len(hits)))
        else:
            self.count_label.setText(self.tr("{n} matches").format(n=total))
        self.code_all_button.setEnabled(bool(hits))
        if hits:
            self.results.resizeColumnToContents(0)

    # -- slots ---------------------------------------------------------------------------
    def _on_return_pressed(self) -> None:
        self.search()

    def _on_search_clicked(self) -> None:
        self.search()

    def _on_option_toggled(self, checked: bool) -> None:
        if self._last is not None:
            self.search()

    def _on_code_all_clicked(self) -> None:
        dialog = CodeAllDialog(self.session, self.model.rowCount(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            code_path, unit = dialog.choice()
            if code_path:
                self.code_all(code_path, unit)

    @guarded
    def _on_double_clicked(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            document = self.session.project.documents.get(hit.document)
            self.session.jump_to(document, hit.start, hit.end)

    def _on_current_document_changed(self, document) -> None:
        self.doc_check.setEnabled(document is not None)
        if document is None:
            self.doc_check.setToolTip(self.tr("Open a document to search only in it"))
        else:
            self.doc_check.setToolTip(self.tr("Search only in {document}").format(document=document.name))
        if self.doc_check.isChecked() and self._last is not None:
            self.search()

    def _on_documents_changed(self) -> None:
        """Documents imported, renamed or deleted: the hits shown may be stale. Searched
        again quietly; a search that no longer works just empties the list."""
        if self._last is not None:
            try:
                self._search()
            except KvalkodError:
                self._show(None, [], 0)
