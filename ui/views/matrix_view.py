"""The framework matrix panel (Ritchie & Spencer's charting): cases or documents as rows,
the sub-codes of one theme as columns, in each cell the analyst's summary of that theme in
that case beside how many segments are coded with it.

A study codebook has 150 codes or more, too many columns to read, so the panel shows one
theme at a time (any code with sub-codes), or every code in use when there are few. A cell's
summary is written in a dialog (summaries run to paragraphs); "Show segments" hands the
column's code to the coded-segments panel, where the quotes a summary rests on are read.
"Export to Excel…" writes the matrix shown, counts and wrapped summaries, pseudonymised.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError

from ..combo import long_item_combo
from ..errors import guarded, show_error
from ..models.deferred_refresh import pause_while_hidden
from ..models.framework_model import FrameworkModel
from .matrix_cell_delegate import MatrixCellDelegate

ALL_CODES_UP_TO = 12  # codes in use that still fit side by side; with more, one theme at a time
CELL_LINES = 4  # lines of summary a row shows before the analyst drags it taller
COLUMN_WIDTH = 220


class FrameworkMatrixView(QWidget):
    # the analyst asked for the coded segments of a cell's code (the session's selected codes
    # are set already); the window raises the coded-segments panel
    segmentsRequested = Signal(object)  # Code

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        rows = "case" if session.project.cases.list() else "document"
        theme = self._default_theme()
        self.model = FrameworkModel(session, self, rows=rows, theme=theme)  # read once, already set up
        pause_while_hidden(self, self.model.set_paused)  # a hidden panel reads nothing on each change
        self.model.errorOccurred.connect(self._on_model_error_occurred)

        self.rows_combo = QComboBox(self)
        self.rows_combo.addItem(self.tr("Cases"), "case")
        self.rows_combo.addItem(self.tr("Documents"), "document")
        self.rows_combo.setToolTip(self.tr("What the rows of the matrix are"))
        self.theme_combo = long_item_combo(self, 16)
        self.theme_combo.setToolTip(self.tr("The theme whose sub-codes are the columns"))
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(MatrixCellDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # the dialog edits
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setAccessibleName(self.tr("Framework matrix"))
        spacing = self.table.fontMetrics().lineSpacing()
        row_header, column_header = self.table.verticalHeader(), self.table.horizontalHeader()
        row_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        row_header.setDefaultSectionSize(CELL_LINES * spacing + 6)
        column_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        column_header.setDefaultSectionSize(COLUMN_WIDTH)

        self.edit_action = QAction(self.tr("Edit summary…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_F2), QKeySequence(Qt.Key.Key_Return)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.table.addAction(self.edit_action)
        self.segments_action = QAction(self.tr("Show segments"), self)
        self.segments_action.setToolTip(self.tr("Show the segments coded with this cell's code"))
        self.segments_action.triggered.connect(self._on_segments_triggered)
        self.clear_action = QAction(self.tr("Clear summary"), self)
        self.clear_action.triggered.connect(self._on_clear_triggered)
        self.export_action = QAction(self.tr("Export to Excel…"), self)
        self.export_action.setToolTip(self.tr("Save the matrix as an Excel workbook: counts and summaries"))
        self.export_action.triggered.connect(self._on_export_triggered)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Rows:"), self))
        bar.addWidget(self.rows_combo)
        bar.addWidget(QLabel(self.tr("Theme:"), self))
        bar.addWidget(self.theme_combo, 1)
        for action in (self.edit_action, self.segments_action, self.export_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table)

        self.rows_combo.setCurrentIndex(self.rows_combo.findData(rows))
        self._fill_themes(theme)
        self.rows_combo.currentIndexChanged.connect(self._on_rows_changed)
        self.theme_combo.currentIndexChanged.connect(self._on_theme_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selectionModel().currentChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._on_model_reset)
        session.bridge.codesChanged.connect(self._on_codes_changed)
        self._on_model_reset()

    # -- public --------------------------------------------------------------------------
    def edit_cell(self, index: QModelIndex) -> None:
        """Ask for the cell's summary in a dialog and store it (an empty text clears it)."""
        if not index.isValid():
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Summary"),
            self.tr("Summary of {code} for {row}:").format(
                code=self.model.code_path(index.column()), row=self.model.row_name(index.row())),
            index.data(Qt.ItemDataRole.EditRole))
        if ok:
            self.model.setData(index, text)

    @guarded
    def show_segments(self, index: QModelIndex) -> None:
        """Select the cell's code, so the coded-segments panel lists its segments."""
        if not index.isValid():
            return
        code = self.session.project.codebook.get(self.model.code_path(index.column()))
        self.session.set_selected_codes([code])
        self.segmentsRequested.emit(code)

    def export_xlsx(self, path: str) -> None:
        """Write the matrix shown (its rows and theme) to an Excel workbook, with the project's pseudonyms."""
        from kvalkod.exporters.framework_table import write_framework_xlsx

        project = self.session.project
        theme, rows = self.model.theme_path(), self.model.rows_kind()
        matrix = project.framework.matrix(rows, project.framework.theme_codes(theme) if theme else None)
        try:
            write_framework_xlsx(matrix, path, rows, project.names.pseudonymiser())
        except OSError as exc:
            raise KvalkodError(self.tr("Could not write {path}: {error}").format(path=path, error=exc)) from exc
        self.session.statusMessage.emit(self.tr("Exported the matrix to {path}").format(path=path))

    # -- helpers -------------------------------------------------------------------------
    def _default_theme(self) -> str | None:
        """All codes in use when they fit side by side, else the first theme with codings."""
        project = self.session.project
        counts = project.codebook.counts()
        codes = project.codebook.all()
        in_use = {c.id for c in codes if c.codable and counts.get(c.id)}
        if len(in_use) <= ALL_CODES_UP_TO:
            return None
        by_path = {c.path: c for c in codes}
        for path in project.framework.themes():
            if in_use & set(project.codebook.subtree_ids(path)):
                return by_path[path].guid
        return None

    def _fill_themes(self, keep: str | None) -> None:
        """Rebuild the theme list (sub-themes indented), keeping the theme ``keep`` if it is there."""
        project = self.session.project
        by_path = {c.path: c for c in project.codebook.all()}
        combo = self.theme_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All codes in use"), None)
        for path in project.framework.themes():
            code = by_path[path]
            combo.addItem("    " * path.count("/") + code.name, code.guid)
            combo.setItemData(combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        self.model.set_theme(combo.currentData())

    def _current(self) -> QModelIndex:
        return self.table.currentIndex()

    def _update_actions(self, *args) -> None:
        has_cell = self._current().isValid()
        for action in (self.edit_action, self.segments_action, self.clear_action):
            action.setEnabled(has_cell)

    # -- slots ---------------------------------------------------------------------------
    def _on_model_reset(self) -> None:
        model = self.model
        if not model.rowCount():
            hint = (self.tr("No cases yet: create them with File ▸ Cases…, or show documents as rows.")
                    if model.rows_kind() == "case" else self.tr("No documents yet."))
        elif not model.columnCount():
            hint = (self.tr("This theme has no codable sub-codes.") if model.theme_path()
                    else self.tr("No codes are in use yet: code some segments first."))
        else:
            hint = self.tr("Grey: the number of coded segments. Double-click a cell to write its summary.")
        self.hint_label.setText(hint)
        self._update_actions()

    def _on_rows_changed(self, index: int) -> None:
        self.model.set_rows_kind(self.rows_combo.currentData())

    def _on_theme_changed(self, index: int) -> None:
        self.model.set_theme(self.theme_combo.currentData())

    def _on_codes_changed(self) -> None:
        self._fill_themes(self.theme_combo.currentData())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.edit_cell(index)

    def _on_edit_triggered(self) -> None:
        self.edit_cell(self._current())

    def _on_segments_triggered(self) -> None:
        self.show_segments(self._current())

    def _on_clear_triggered(self) -> None:
        index = self._current()
        if index.isValid():
            self.model.setData(index, "")

    @guarded
    def _on_export_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), "ramverksmatris.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_xlsx(path)

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.segments_action)
        menu.addSeparator()
        menu.addAction(self.clear_action)
        self.clear_action.setEnabled(bool(index.data(Qt.ItemDataRole.EditRole)))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_model_error_occurred(self, error: Exception) -> None:
        show_error(self, error)
