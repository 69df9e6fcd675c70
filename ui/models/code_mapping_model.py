"""The source codes a merge could not match, and where each should go: the merge dialog's table.

A code of another analyst's project that meets no code of this one (neither by guid nor by
path) is added as a new code unless the analyst points it at an existing one. Each row is
one such code; its second column holds the chosen target code, or nothing for "add as new".
A target code with the same name, ignoring case and diacritics, is chosen to begin with (the
merge plan's suggestion); the analyst confirms or changes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kvalkod.services.merge_plan import SourcePlan

SOURCE, TARGET, FILE = range(3)
# The choice of a row as data: the target code's path, "" to add the code as a new one.
ChoiceRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class _Row:
    code: str  # the source code's path
    files: list[str]
    target: str  # "" = add as new
    suggested: str | None


class CodeMappingModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._targets: list[str] = []

    # -- public --------------------------------------------------------------------------
    def set_plans(self, plans: Sequence[SourcePlan], target_codes: Sequence[str]) -> None:
        """The unmatched codes of these plans (each once, in the sources' order), keeping the
        choices already made for codes that are still unmatched."""
        chosen = {r.code: r.target for r in self._rows}
        rows: dict[str, _Row] = {}
        for plan in plans:
            name = Path(plan.path).name
            for match in plan.codes:
                if match.how != "added":
                    continue
                path = match.source.path
                if path in rows:
                    rows[path].files.append(name)
                    continue
                suggested = plan.suggestions.get(path)
                rows[path] = _Row(path, [name], chosen.get(path, suggested or ""), suggested)
        self.beginResetModel()
        self._targets = list(target_codes)
        self._rows = list(rows.values())
        self.endResetModel()

    def choices(self) -> list[str]:
        """What a row can be set to: "" (add as new), then every target code."""
        return ["", *self._targets]

    def mapping(self) -> dict[str, str]:
        """Source path -> target path of the rows pointed at an existing code."""
        return {r.code: r.target for r in self._rows if r.target}

    def codes(self) -> list[str]:
        return [r.code for r in self._rows]

    # -- the model -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {SOURCE: self.tr("Code in the other project"), TARGET: self.tr("Goes into"),
                FILE: self.tr("Project")}.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == TARGET else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ChoiceRole or (role == Qt.ItemDataRole.EditRole and column == TARGET):
            return row.target
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SOURCE:
                return row.code
            if column == TARGET:
                return row.target or self.tr("Add as new code")
            return ", ".join(row.files)
        if role == Qt.ItemDataRole.ToolTipRole and column == TARGET:
            if row.suggested and row.target == row.suggested:
                return self.tr("Suggested: the same name, ignoring case and accents")
            return self.tr("Choose an existing code, or add this one as a new code")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != TARGET or role not in (Qt.ItemDataRole.EditRole, ChoiceRole)
                or value not in self.choices()):
            return False
        row = self._rows[index.row()]
        if row.target != value:
            row.target = value
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, ChoiceRole,
                                                 Qt.ItemDataRole.ToolTipRole])
        return True
