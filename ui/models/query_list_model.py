"""The saved coding queries of the project, one row each, by name.

Saving and deleting a query are undoable actions like any other, so the list is re-read after
every change to the project (the bridge's historyChanged, which undo and redo send too); it is
reset only when the saved queries really changed, so a selection survives unrelated work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

SavedQueryRole = Qt.ItemDataRole.UserRole + 1  # the saved query's dict (name, definition, expression …)

_Index = QModelIndex | QPersistentModelIndex


class QueryListModel(QAbstractListModel):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._rows: list[dict] = []
        session.bridge.historyChanged.connect(self._on_history_changed)
        self.refresh()

    def refresh(self) -> None:
        rows = self.session.project.queries.list()
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def saved(self, row: int) -> dict:
        return self._rows[row]

    def names(self) -> list[str]:
        return [r["name"] for r in self._rows]

    def row_of(self, name: str) -> int:
        """The row of the saved query ``name``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r["name"] == name), -1)

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row["name"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row["expression"]
        if role == SavedQueryRole:
            return row
        return None

    # -- slots ---------------------------------------------------------------------------
    def _on_history_changed(self) -> None:
        self.refresh()
