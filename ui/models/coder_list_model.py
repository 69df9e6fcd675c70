"""The project's coders for the Team panel: name with a colour swatch and a visibility check
box, and how many codings each has.

Ticking a coder off hides their codings (a view of the session, see ``Session.hidden_coders``);
the colour is the project's (``coders.set_color``, undoable). The counts are one GROUP BY over
all codings, so after codings change they are re-read once, a moment later, and only while
the panel is shown: a coding action must not pay for a panel tabbed out of sight.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from .deferred_refresh import DeferredRefresh

NameRole = Qt.ItemDataRole.UserRole + 1  # str: the coder's name
ColorRole = Qt.ItemDataRole.UserRole + 2  # str: "#rrggbb"

_Index = QModelIndex | QPersistentModelIndex

NAME, CODINGS = 0, 1


class CoderListModel(QAbstractTableModel):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._rows: list[dict] = []  # {"name", "color", "codings"}
        self._deferred = DeferredRefresh(session, self.refresh, 400, paused=False, parent=self)
        session.bridge.codersChanged.connect(self.refresh)
        session.bridge.codingsChanged.connect(self._on_codings_changed)
        session.hiddenCodersChanged.connect(self._on_hidden_coders_changed)
        self.refresh()

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._deferred.started()
        self.beginResetModel()
        self._rows = self.session.project.coders.list()
        self.endResetModel()

    def set_paused(self, paused: bool) -> None:
        """Paused (the panel is hidden), codings changes only mark the counts stale."""
        self._deferred.set_paused(paused)

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {NAME: self.tr("Coder"), CODINGS: self.tr("Codings")}.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == NameRole:
            return row["name"]
        if role == ColorRole:
            return row["color"]
        if column == NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return row["name"]
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(row["color"])
            if role == Qt.ItemDataRole.CheckStateRole:
                hidden = row["name"] in self.session.hidden_coders
                return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Untick to hide {coder}'s codings; double-click to change the colour").format(
                    coder=row["name"])
        if column == CODINGS:
            if role == Qt.ItemDataRole.DisplayRole:
                return row["codings"]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The check box shows or hides the coder's codings."""
        if not index.isValid() or index.column() != NAME or role != Qt.ItemDataRole.CheckStateRole:
            return False
        shown = Qt.CheckState(value) == Qt.CheckState.Checked
        self.session.set_coder_hidden(self._rows[index.row()]["name"], not shown)
        return True

    # -- slots ---------------------------------------------------------------------------
    def _on_codings_changed(self) -> None:
        self._deferred.request()

    def _on_hidden_coders_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, NAME), self.index(len(self._rows) - 1, NAME),
                                  [Qt.ItemDataRole.CheckStateRole])
