"""The loss report of a .qdpx import as a table: what was lost, what was changed, and how each
document's positions were counted.

The report is the dict ``ImportReport.to_dict()`` gives (the same the CLI prints with
``--json``). Losses come first because they are what the analyst must act on; a loss row is
marked so the view can show it in the warning colour.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

KindRole = Qt.ItemDataRole.UserRole + 1  # "lost" | "changed" | "positions"

_Index = QModelIndex | QPersistentModelIndex


class LossReportModel(QAbstractTableModel):
    KIND, WHAT, WHERE, WHY = range(4)

    def __init__(self, report: dict[str, Any], parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []
        self.set_report(report)

    def set_report(self, report: dict[str, Any]) -> None:
        rows = [("lost", loss["what"], loss["where"], loss["why"]) for loss in report.get("losses", ())]
        rows += [("changed", warning, "", "") for warning in report.get("warnings", ())]
        rows += [("positions", p["reading"], p["document"], "") for p in report.get("positions", ())]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def losses(self) -> int:
        return sum(1 for row in self._rows if row[0] == "lost")

    def _kind_label(self, kind: str) -> str:
        return {"lost": self.tr("Lost"), "changed": self.tr("Changed"), "positions": self.tr("Positions")}[kind]

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._kind_label(row[0]) if index.column() == self.KIND else row[index.column()]
        if role == KindRole:
            return row[0]
        if role == Qt.ItemDataRole.ForegroundRole and row[0] == "lost":
            return QColor("#b00020")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Kind"), self.tr("What"), self.tr("Where"), self.tr("Why"))[section]
        return None
