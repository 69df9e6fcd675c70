"""The framework matrix as a table: cases (or documents) × themes, each cell the summary of
that theme in that case beside the number of segments coded with it.

The cells come from ``framework.matrix``; editing one is ``framework.set_cell``, one undoable
action. The model follows codings, codes, cases, documents and summaries through the bridge,
and re-reads once after a burst of signals (an undo touches several areas at once), off the
path of the click that caused it; while the panel is hidden it only notes that it is stale,
since a whole study's matrix takes a quarter of a second to read. A re-read of the same shape
updates the cells in place, so the current cell and the scroll position survive a new coding.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from kvalkod.errors import KvalkodError

from .deferred_refresh import DeferredRefresh

CountRole = Qt.ItemDataRole.UserRole + 1  # int: the segments coded with the column's code in the row
SummaryRole = Qt.ItemDataRole.UserRole + 2  # str | None: the cell's summary

_Index = QModelIndex | QPersistentModelIndex


class FrameworkModel(QAbstractTableModel):
    errorOccurred = Signal(object)  # the KvalkodError of a refused edit

    def __init__(self, session, parent: QObject | None = None, *, rows: str = "case", theme: str | None = None):
        super().__init__(parent)
        self.session = session
        self._rows = rows
        self._theme = theme  # guid of the code whose sub-codes are the columns; None: every code in use
        self._theme_path: str | None = None
        self._matrix: dict[str, list] = {"rows": [], "columns": [], "counts": [], "summaries": []}
        self._deferred = DeferredRefresh(session, self.refresh, 100, parent=self)
        bridge = session.bridge
        for signal in (bridge.codingsChanged, bridge.codesChanged, bridge.casesChanged,
                       bridge.documentsChanged, bridge.summariesChanged):
            signal.connect(self._on_project_changed)
        self.refresh()

    # -- public --------------------------------------------------------------------------
    def rows_kind(self) -> str:
        return self._rows

    def set_rows_kind(self, rows: str) -> None:
        """The rows are "case" or "document"."""
        if rows != self._rows:
            self._rows = rows
            self.refresh()

    def set_theme(self, guid: str | None) -> None:
        """Show the sub-codes of the code with this guid as columns; None: every code in use."""
        if guid != self._theme:
            self._theme = guid
            self.refresh()

    def theme_path(self) -> str | None:
        """The path of the theme shown, None when the columns are all codes in use."""
        return self._theme_path

    def row_name(self, row: int) -> str:
        return self._matrix["rows"][row]

    def code_path(self, column: int) -> str:
        return self._matrix["columns"][column]

    def set_paused(self, paused: bool) -> None:
        """Paused (the panel is hidden), changes only mark the matrix stale; it catches up on resuming."""
        self._deferred.set_paused(paused)

    def refresh(self) -> None:
        """Re-read the matrix; the theme is kept by guid, so renaming it keeps it shown."""
        self._deferred.started()
        framework = self.session.project.framework
        paths = {c.guid: c.path for c in self.session.project.codebook.all()}
        self._theme_path = paths.get(self._theme) if self._theme else None
        codes = framework.theme_codes(self._theme_path) if self._theme_path else None
        matrix = framework.matrix(self._rows, codes)
        old = self._matrix
        if (matrix["rows"], matrix["columns"]) != (old["rows"], old["columns"]):
            self.beginResetModel()
            self._matrix = matrix
            self.endResetModel()
            return
        self._matrix = matrix
        if matrix["rows"] and matrix["columns"]:
            self.dataChanged.emit(self.index(0, 0), self.index(len(matrix["rows"]) - 1, len(matrix["columns"]) - 1))

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._matrix["rows"])

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._matrix["columns"])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        names = self._matrix["columns" if orientation == Qt.Orientation.Horizontal else "rows"]
        if not 0 <= section < len(names) or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        name = names[section]
        theme = self._theme_path
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and theme:
            # within a theme, its sub-codes are named from the theme down
            return name[len(theme) + 1:] if name.startswith(theme + "/") else name.rsplit("/", 1)[-1]
        return name

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        count = self._matrix["counts"][index.row()][index.column()]
        summary = self._matrix["summaries"][index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if not count and summary is None:
                return ""
            return f"({count}) {summary}" if summary else f"({count})"
        if role == Qt.ItemDataRole.EditRole:
            return summary or ""
        if role == CountRole:
            return count
        if role == SummaryRole:
            return summary
        if role == Qt.ItemDataRole.ToolTipRole:
            head = self.tr("{code} in {row}: {n} coded segments").format(
                code=self.code_path(index.column()), row=self.row_name(index.row()), n=count)
            return f"{head}\n\n{summary}" if summary else head
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r, c = index.row(), index.column()
        text = "" if value is None else str(value).strip()
        if text == (self._matrix["summaries"][r][c] or ""):
            return True  # nothing changed: no empty action in the undo history
        try:
            stored = self.session.project.framework.set_cell(
                self.row_name(r), self.code_path(c), text, rows=self._rows)
        except KvalkodError as exc:
            self.errorOccurred.emit(exc)
            return False
        self._matrix["summaries"][r][c] = stored["text"] if stored else None
        self.dataChanged.emit(index, index)
        return True

    # -- slots ---------------------------------------------------------------------------
    def _on_project_changed(self) -> None:
        self._deferred.request()
