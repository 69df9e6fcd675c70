"""The project's scenes, one row each, in the order a report presents them.

Scenes are few (tens, not thousands), so the model simply re-reads ``scenes.list()`` when the
bridge says scenes, codes (a theme renamed) or documents (a passage's document renamed)
changed. When the same scenes are still there in the same order (an edit echoing back) it
only announces changed data, so the view keeps its selection and scroll position while the
analyst types; otherwise it resets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kvalkod.model import SCENE_STATUSES

from .row_filter import RowFilterProxy

SceneRole = Qt.ItemDataRole.UserRole + 1  # the scene as scenes.list() gives it
GuidRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("order", "title", "status", "themes", "passages")
ORDER_COLUMN, TITLE_COLUMN, STATUS_COLUMN, THEMES_COLUMN, PASSAGES_COLUMN = range(len(COLUMNS))

_Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    """A status as the analyst reads it; the stored keys stay Swedish whatever the language."""
    labels = {
        "utkast": QCoreApplication.translate("SceneStatuses", "Draft"),
        "klar": QCoreApplication.translate("SceneStatuses", "Ready"),
        "granskad": QCoreApplication.translate("SceneStatuses", "Reviewed"),
    }
    return labels.get(status, status)


def has_theme(scene: dict, theme: str) -> bool:
    """True if the scene illustrates the code ``theme`` or one of its sub-codes."""
    return any(path == theme or path.startswith(theme + "/") for path in scene["codes"])


class SceneListModel(QAbstractTableModel):
    # the rows were read again (after every change): the panel restores its selection
    refreshed = Signal()

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._rows: list[dict] = []
        bridge = session.bridge
        bridge.scenesChanged.connect(self._on_scenes_changed)
        bridge.codesChanged.connect(self._on_codes_changed)
        bridge.documentsChanged.connect(self._on_documents_changed)
        self.refresh()

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = self.session.project.scenes.list()
        if [r["guid"] for r in rows] == [r["guid"] for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        self.refreshed.emit()

    def scene(self, guid: str) -> dict | None:
        return next((r for r in self._rows if r["guid"] == guid), None)

    def scenes(self) -> list[dict]:
        return list(self._rows)

    def row_of(self, guid: str) -> int:
        """The row of a scene, -1 if there is none with that guid."""
        return next((n for n, r in enumerate(self._rows) if r["guid"] == guid), -1)

    def themes(self) -> list[str]:
        """Every code some scene illustrates and the codes above it (a filter on a theme
        includes its sub-codes), sorted so that parents come before their children."""
        found = set()
        for row in self._rows:
            for path in row["codes"]:
                parts = path.split("/")
                found.update("/".join(parts[:n]) for n in range(1, len(parts) + 1))
        return sorted(found, key=lambda p: [part.casefold() for part in p.split("/")])

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("#"), self.tr("Title"), self.tr("Status"), self.tr("Themes"), self.tr("Passages"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == SceneRole:
            return row
        if role == GuidRole:
            return row["guid"]
        if role == Qt.ItemDataRole.DisplayRole:
            return (index.row() + 1, row["title"], status_label(row["status"]), ", ".join(row["codes"]),
                    len(row["sources"]))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == THEMES_COLUMN and row["codes"]:
                return "\n".join(row["codes"])
            if column == TITLE_COLUMN:
                return "; ".join(x for x in (row["setting"], row["participants"], row["date"]) if x) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER_COLUMN, PASSAGES_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- slots ---------------------------------------------------------------------------
    def _on_scenes_changed(self) -> None:
        self.refresh()

    def _on_codes_changed(self) -> None:
        self.refresh()

    def _on_documents_changed(self) -> None:
        self.refresh()


class SceneFilterProxy(RowFilterProxy):
    """Keeps the scenes that illustrate a theme (its sub-codes included; ``""`` for scenes
    with no theme yet) and/or have a status."""

    NO_THEME = ""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._theme: str | None = None
        self._status: str | None = None

    def set_theme(self, theme: str | None) -> None:
        self.change_filter(lambda: setattr(self, "_theme", theme))

    def set_status(self, status: str | None) -> None:
        if status is not None and status not in SCENE_STATUSES:
            raise ValueError(f"not a scene status: {status!r}")
        self.change_filter(lambda: setattr(self, "_status", status))

    def theme(self) -> str | None:
        return self._theme

    def status(self) -> str | None:
        return self._status

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        scene = self.sourceModel().index(source_row, 0, source_parent).data(SceneRole)
        if scene is None:
            return True
        if self._status is not None and scene["status"] != self._status:
            return False
        if self._theme is None:
            return True
        if self._theme == self.NO_THEME:
            return not scene["codes"]
        return has_theme(scene, self._theme)
