"""Undo and redo of whole user actions, from the history kept in the project file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import journal
from .events import area_events

if TYPE_CHECKING:
    from .project import Project


class HistoryService:
    def __init__(self, project: "Project"):
        self.project = project

    def undo(self) -> str:
        """Undo the latest action; returns its label. Raises NothingToUndoError if none."""
        label, tables = self.project.store.replay(journal.undo_last)
        self.project.events.publish(area_events(tables))
        return label

    def redo(self) -> str:
        label, tables = self.project.store.replay(journal.redo_next)
        self.project.events.publish(area_events(tables))
        return label

    def labels(self) -> tuple[str | None, str | None]:
        """What undo and redo would do next (for the Edit menu)."""
        return self.project.store.undo_redo_labels()
