"""Documents × variables as an editable table: the analyst's attribute sheet.

Comparing themes across roles and offices only works if every interview carries its role
and office, so the values are edited where they can be seen side by side, like a
spreadsheet. An edit is a call to ``variables.set``, one undoable action per cell; the store
decides whether the value fits the variable's type. A refused value is reported through
``errorOccurred`` (the dialog shows it) and the cell keeps the stored value.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from kvalkod.errors import KvalkodError
from kvalkod.model import Document

from .document_list_model import DocumentRole


class VariableTableModel(QAbstractTableModel):
    errorOccurred = Signal(object)  # the KvalkodError of a refused edit

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._documents: list[Document] = []
        self._columns: list[str] = []
        self._types: dict[str, str] = {}
        self._values: dict[tuple[str, str], str] = {}  # (document name, variable) -> value
        self._pending: list[str] = []  # added columns without a value yet (no variable in the store)
        self._load()
        session.bridge.variablesChanged.connect(self._on_variables_changed)
        session.bridge.documentsChanged.connect(self._on_documents_changed)

    # -- public --------------------------------------------------------------------------
    def variables(self) -> list[str]:
        return list(self._columns)

    def document(self, row: int) -> Document:
        return self._documents[row]

    def add_variable(self, name: str) -> int:
        """A new, empty column; the variable exists in the project once a value is typed.
        Returns the column (the existing one if the name is taken)."""
        name = name.strip()
        if not name:
            raise KvalkodError(self.tr("a variable needs a name"))
        if name in self._columns:
            return self._columns.index(name)
        column = len(self._columns)
        self.beginInsertColumns(QModelIndex(), column, column)
        self._pending.append(name)
        self._columns.append(name)
        self.endInsertColumns()
        return column

    def value(self, document: str, variable: str) -> str:
        return self._values.get((document, variable), "")

    def refresh(self) -> None:
        """Re-read the project; a same-shaped table updates in place so an open editor survives."""
        old = ([d.id for d in self._documents], list(self._columns))
        documents, columns, types, values = self._read()
        if ([d.id for d in documents], columns) == old:
            self._documents, self._types, self._values = documents, types, values
            if documents and columns:
                self.dataChanged.emit(self.index(0, 0), self.index(len(documents) - 1, len(columns) - 1))
            if documents:  # a rename keeps the row but changes its header
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(documents) - 1)
            if columns:  # a first value fixes a new column's type (its tooltip)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
            return
        self.beginResetModel()
        self._documents, self._columns, self._types, self._values = documents, columns, types, values
        self.endResetModel()

    # -- loading -------------------------------------------------------------------------
    def _on_variables_changed(self) -> None:
        self.refresh()

    def _on_documents_changed(self) -> None:
        self.refresh()

    def _load(self) -> None:
        self._documents, self._columns, self._types, self._values = self._read()

    def _read(self):
        project = self.session.project
        documents = sorted(project.documents.all(), key=lambda d: d.name.casefold())
        types, values = {}, {}
        for row in project.variables.list():
            if row["scope"] == "document":
                types[row["variable"]] = row["type"]
                values[(row["target"], row["variable"])] = row["value"]
        stored = sorted(types, key=str.casefold)
        self._pending = [n for n in self._pending if n not in types]
        # existing columns keep their place; new stored ones follow; pending ones stay
        columns = [c for c in self._columns if c in types or c in self._pending]
        columns += [c for c in stored if c not in columns]
        return documents, columns, types, values

    # -- table ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            name = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                kind = self._type_label(self._types.get(name))
                return self.tr("{name}: {type}").format(name=name, type=kind)
            return None
        if not 0 <= section < len(self._documents):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._documents[section].name
        if role == DocumentRole:
            return self._documents[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        doc = self._documents[index.row()]
        name = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._values.get((doc.name, name), "")
        if role == DocumentRole:
            return doc
        if role == Qt.ItemDataRole.TextAlignmentRole and self._types.get(name) == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        doc = self._documents[index.row()]
        name = self._columns[index.column()]
        text = "" if value is None else str(value).strip()
        if text == self._values.get((doc.name, name), ""):
            return True  # nothing changed: no empty action in the undo history
        try:
            self.session.project.variables.set(doc.guid, {name: text})
        except KvalkodError as exc:
            self.errorOccurred.emit(exc)
            return False
        return True  # the bridge's variablesChanged has refreshed the table

    def _type_label(self, kind: str | None) -> str:
        labels = {"text": self.tr("text"), "number": self.tr("number"), "date": self.tr("date (YYYY-MM-DD)"),
                  "category": self.tr("category")}
        return labels.get(kind, self.tr("new, no values yet")) if kind else self.tr("new, no values yet")
