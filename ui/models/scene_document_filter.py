"""Narrowing scenes by the variables of the documents their passages come from.

Reviewers ask "what do the scenes from office B show?", so a scene is kept when one of its
passages comes from a document with the chosen value. A document has its own values and
those of its case (its own win), as in the report's lead-ins.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from .row_filter import RowFilterProxy
from .scene_list_model import SceneRole

_Index = QModelIndex | QPersistentModelIndex


class SceneDocumentFilter(RowFilterProxy):
    """Keeps the scenes with a passage from one of a set of documents (None: every scene)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._documents: set[str] | None = None

    def set_documents(self, documents: set[str] | None) -> None:
        self.change_filter(lambda: setattr(self, "_documents", documents))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._documents is None:
            return True
        scene = self.sourceModel().index(source_row, 0, source_parent).data(SceneRole)
        return scene is None or any(s["document"] in self._documents for s in scene["sources"])
