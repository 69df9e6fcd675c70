"""The theme matrix panel: a heat map of codes or themes across documents, cases or the values
of a variable, with a choice of measure, totals, and export to CSV and Excel.

Where the framework matrix is for writing summaries one theme at a time, this panel is for
seeing the pattern: which themes are strong among the enhetschefer, on which kontor, at which
erfarenhet. Clicking a cell lists the codings it counts in the coded-segments panel (a total
lists those of its whole row or column), so every figure can be read back to its quotes.
"Add to report" puts the matrix shown into the report outline, where it is drawn afresh each
time the report is written.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError

from ..combo import long_item_combo
from ..errors import guarded
from ..models.deferred_refresh import pause_while_hidden
from ..models.theme_matrix_model import ThemeMatrixModel

COLUMN_WIDTH = 96


class ThemeMatrixView(QWidget):
    # the codings of a clicked cell: (title, segments shaped as coding.list gives them)
    segmentsRequested = Signal(str, list)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        rows = "case" if session.project.cases.list() else "document"
        self.model = ThemeMatrixModel(session, self, rows=rows)
        pause_while_hidden(self, self.model.set_paused)  # a hidden panel reads nothing on each change

        self.rows_combo = long_item_combo(self, 12)
        self.rows_combo.setToolTip(self.tr("What the rows of the matrix are"))
        self.measure_combo = long_item_combo(self, 12)
        self.measure_combo.setToolTip(self.tr("What each cell counts"))
        for text, measure in ((self.tr("Coded segments"), "segments"), (self.tr("Documents with the code"), "documents"),
                              (self.tr("Coded words"), "words"), (self.tr("Share of documents"), "share")):
            self.measure_combo.addItem(text, measure)
        self.columns_combo = long_item_combo(self, 16)
        self.columns_combo.setToolTip(self.tr("The codes or themes that are the columns"))
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Theme matrix"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        # code names are long: keep their beginning, the full path is in the tooltip
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

        self.export_csv_action = QAction(self.tr("Export CSV…"), self)
        self.export_csv_action.setToolTip(self.tr("Save the matrix as a CSV file (semicolons, for Excel)"))
        self.export_csv_action.triggered.connect(self._on_export_csv_triggered)
        self.export_xlsx_action = QAction(self.tr("Export Excel…"), self)
        self.export_xlsx_action.setToolTip(self.tr("Save the matrix as an Excel workbook with a heat map"))
        self.export_xlsx_action.triggered.connect(self._on_export_xlsx_triggered)
        self.outline_action = QAction(self.tr("Add to report"), self)
        self.outline_action.setToolTip(self.tr("Add this matrix, with its totals, to the end of the report outline"))
        self.outline_action.triggered.connect(self._on_outline_triggered)

        bar = QHBoxLayout()
        for label, combo in ((self.tr("Rows:"), self.rows_combo), (self.tr("Measure:"), self.measure_combo),
                             (self.tr("Columns:"), self.columns_combo)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(combo)
        bar.addStretch(1)
        # one button with a menu: three buttons in a row made the panel, and with it the window,
        # wider than a laptop screen (1,650 pixels in Swedish)
        share = QToolButton(self)
        share.setText(self.tr("Export"))
        share.setToolTip(self.tr("Save the matrix for Excel, or add it to the report outline"))
        share.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(share)
        menu.addActions([self.export_csv_action, self.export_xlsx_action, self.outline_action])
        share.setMenu(menu)
        bar.addWidget(share)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table)

        self._fill_rows()
        self._fill_columns()
        self.rows_combo.currentIndexChanged.connect(self._on_rows_changed)
        self.measure_combo.currentIndexChanged.connect(self._on_measure_changed)
        self.columns_combo.currentIndexChanged.connect(self._on_columns_changed)
        self.table.clicked.connect(self._on_clicked)
        self.model.modelReset.connect(self._on_model_reset)
        session.bridge.variablesChanged.connect(self._fill_rows)
        session.bridge.codesChanged.connect(self._fill_columns)
        self._on_model_reset()

    # -- public --------------------------------------------------------------------------
    @guarded
    def show_segments(self, index: QModelIndex) -> None:
        """Hand the codings a cell counts to the coded-segments panel (a total: its row's or column's)."""
        matrix = self.model.matrix()
        if not index.isValid() or matrix is None:
            return
        r, c = index.row(), index.column()
        row = None if self.model.is_total_row(r) else r
        column = None if self.model.is_total_column(c) else c
        segments = self.session.project.theme_matrix.segments(matrix, row, column)
        code = self.tr("any code") if column is None else self.model.column_label(c)
        title = self.tr("{column} in {row}").format(column=code, row=self.model.row_label(r))
        self.segmentsRequested.emit(title, segments)

    def export(self, path: str) -> None:
        """Write the matrix shown to .csv or .xlsx, with the project's pseudonyms."""
        from kvalkod.exporters.matrix_table import write_matrix

        matrix = self.model.matrix()
        try:
            write_matrix(matrix.as_dict(), path, self.session.project.names.pseudonymiser())
        except OSError as exc:
            raise KvalkodError(self.tr("Could not write {path}: {error}").format(path=path, error=exc)) from exc
        self.session.statusMessage.emit(self.tr("Exported the matrix to {path}").format(path=path))

    def add_to_outline(self) -> dict:
        """Add the matrix shown (rows, measure, columns, with totals) to the report outline, as
        one undoable action; the caption names the measure and the rows in the report's Swedish."""
        from kvalkod.exporters.matrix_table import MEASURE_TITLES, ROWS_TITLES

        model = self.model
        rows, measure = model.rows_kind(), model.measure()
        kind, guid = model.columns_kind()
        options: dict = {"rows": rows, "measure": measure, "totals": True}
        if kind == "themes":
            options["themes"] = True
        elif kind == "theme":
            options["theme"] = next(c.path for c in self.session.project.codebook.all() if c.guid == guid)
        by = ROWS_TITLES.get(rows, rows.removeprefix("var:")).lower()
        item = self.session.project.outline.add("matrix", f"{MEASURE_TITLES[measure]} per {by}", options=options)
        self.session.statusMessage.emit(self.tr("Added the matrix to the report outline"))
        return item

    # -- helpers -------------------------------------------------------------------------
    def _fill_rows(self) -> None:
        """Documents, cases and one entry per variable; the current choice kept if it is still there."""
        combo = self.rows_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Documents"), "document")
        combo.addItem(self.tr("Cases"), "case")
        for kind in self.session.project.theme_matrix.row_kinds()[2:]:
            combo.addItem(self.tr("Variable: {name}").format(name=kind[4:]), kind)
        combo.setCurrentIndex(max(combo.findData(self.model.rows_kind()), 0))
        combo.blockSignals(False)
        self.model.set_rows_kind(combo.currentData())

    def _fill_columns(self) -> None:
        """Every code in use, the themes rolled up, or one theme's sub-codes (indented by depth)."""
        project = self.session.project
        by_path = {c.path: c for c in project.codebook.all()}
        combo = self.columns_combo
        keep = self.model.columns_kind()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All codes in use"), ("codes", None))
        combo.addItem(self.tr("Themes (sub-codes rolled up)"), ("themes", None))
        for path in project.framework.themes():
            code = by_path[path]
            combo.addItem("    " * path.count("/") + code.name, ("theme", code.guid))
            combo.setItemData(combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        found = next((i for i in range(combo.count()) if tuple(combo.itemData(i)) == tuple(keep)), 0)
        combo.setCurrentIndex(found)
        combo.blockSignals(False)
        self.model.set_columns(*combo.currentData())

    # -- slots ---------------------------------------------------------------------------
    def _on_model_reset(self) -> None:
        model = self.model
        if not model.matrix().rows:
            hint = (self.tr("No cases yet: create them with File ▸ Cases…, or show documents as rows.")
                    if model.rows_kind() == "case" else self.tr("No documents yet."))
        elif not model.columnCount():
            hint = self.tr("No codes are in use yet: code some segments first.")
        else:
            hint = self.tr("Darker cells count more. Click a cell to list its coded segments.")
        self.hint_label.setText(hint)
        has_matrix = bool(model.rowCount())
        for action in (self.export_csv_action, self.export_xlsx_action, self.outline_action):
            action.setEnabled(has_matrix)

    def _on_rows_changed(self, index: int) -> None:
        self.model.set_rows_kind(self.rows_combo.currentData())

    def _on_measure_changed(self, index: int) -> None:
        self.model.set_measure(self.measure_combo.currentData())

    def _on_columns_changed(self, index: int) -> None:
        self.model.set_columns(*self.columns_combo.currentData())

    @guarded
    def _on_outline_triggered(self) -> None:
        self.add_to_outline()

    def _on_clicked(self, index: QModelIndex) -> None:
        self.show_segments(index)

    @guarded
    def _on_export_csv_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), "temamatris.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export(path)

    @guarded
    def _on_export_xlsx_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Excel"), "temamatris.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export(path)
