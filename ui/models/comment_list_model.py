"""The reviewers' comments on one scene, coded segment or summary, oldest first.

A comment reads "author, date", its text, and, once resolved, who resolved it and when;
resolved comments are greyed, or hidden when only the open ones are wanted. Comments are
few per target, so the model re-reads them whenever the bridge says comments changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..views.memo_panel import local_time

CommentRole = Qt.ItemDataRole.UserRole + 1  # the comment as comments.list() gives it
GuidRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class CommentListModel(QAbstractListModel):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._target: tuple[str, str] | None = None  # ("scene" | "coding" | "summary", guid)
        self._show_resolved = True
        self._rows: list[dict] = []
        session.bridge.commentsChanged.connect(self._on_comments_changed)

    # -- public --------------------------------------------------------------------------
    def set_target(self, target: str | None, guid: str | None = None) -> None:
        self._target = (target, guid) if target is not None and guid is not None else None
        self.refresh()

    def target(self) -> tuple[str, str] | None:
        return self._target

    def set_show_resolved(self, show: bool) -> None:
        self._show_resolved = show
        self.refresh()

    def refresh(self) -> None:
        rows = []
        if self._target is not None:
            rows = self.session.project.comments.list(*self._target, open_only=not self._show_resolved)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def comments(self) -> list[dict]:
        return list(self._rows)

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{row['author']}, {local_time(row['created_at'])}\n{row['text']}"
            if row["resolved"]:
                text += "\n" + self.tr("Resolved by {name}, {date}").format(
                    name=row["resolved_by"], date=local_time(row["resolved_at"]))
            return text
        if role == Qt.ItemDataRole.ForegroundRole and row["resolved"]:
            return QColor("#808080")
        if role == CommentRole:
            return row
        if role == GuidRole:
            return row["guid"]
        return None

    # -- slots ---------------------------------------------------------------------------
    def _on_comments_changed(self) -> None:
        self.refresh()
