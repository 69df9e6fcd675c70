"""The only writers: one unit of work per user action, undo/redo, events after commit."""

from .project import Project

__all__ = ["Project"]
