"""Edit the documents' variables (role, office, years of experience) as one table.

The analyst fills in attributes once per interview and then compares themes by them, so the
table shows every document against every variable and is edited in place; a whole sheet
kept in Excel comes in with "Import from CSV/XLSX…". Each edit and each import is one
undoable action of the variable service; a value that does not fit (a word in a number
variable) is refused with the service's own sentence and the cell shows the stored value.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError

from ..errors import show_error
from ..models.variable_table_model import VariableTableModel


class VariablesDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Document variables"))
        self.resize(720, 420)
        self.model = VariableTableModel(session, self)
        self.model.errorOccurred.connect(self._on_model_error_occurred)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Variables of the documents"))

        add_button = QPushButton(self.tr("Add variable…"), self)
        add_button.clicked.connect(self._on_add_variable_clicked)
        import_button = QPushButton(self.tr("Import from CSV/XLSX…"), self)
        import_button.setToolTip(self.tr(
            "A table whose first column names the documents and whose other columns are variables"))
        import_button.clicked.connect(self._on_import_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        for button in (add_button, import_button):
            button.setAutoDefault(False)  # Enter in the table edits a cell, it does not open a dialog
        row = QHBoxLayout()
        row.addWidget(add_button)
        row.addWidget(import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Double-click a cell to type a value. Numbers and dates (YYYY-MM-DD) are checked."), self))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)

    # -- actions -------------------------------------------------------------------------
    def add_variable(self, name: str) -> int:
        """Add an empty column ``name`` and put the cursor in it; returns the column."""
        column = self.model.add_variable(name)
        if self.model.rowCount():
            index = self.model.index(0, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        return column

    def import_table(self, path: str) -> int | None:
        """Values from a CSV/XLSX sheet as one action; None (and a dialog) if it is refused."""
        try:
            count = self.session.project.variables.import_table(path)
        except KvalkodError as exc:
            self._show_error(exc)
            return None
        self.session.statusMessage.emit(self.tr("Set {n} values from {file}").format(n=count, file=path))
        return count

    # -- dialogs (monkeypatched in tests) ---------------------------------------------------
    def _ask_variable_name(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Add variable"), self.tr("Name of the new variable:"))
        return name.strip() if ok and name.strip() else None

    def _ask_table_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import variables"), "",
            self.tr("Tables (*.csv *.tsv *.xlsx)") + ";;" + self.tr("All files (*)"))
        return path or None

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)

    # -- slots ---------------------------------------------------------------------------
    def _on_add_variable_clicked(self) -> None:
        name = self._ask_variable_name()
        if name:
            try:
                self.add_variable(name)
            except KvalkodError as exc:
                self._show_error(exc)

    def _on_import_clicked(self) -> None:
        path = self._ask_table_path()
        if path:
            self.import_table(path)

    def _on_model_error_occurred(self, error: BaseException) -> None:
        self._show_error(error)
