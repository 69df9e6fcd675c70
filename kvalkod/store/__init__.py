"""The project file: the only part of kvalkod that speaks SQL."""

from .store import Store

__all__ = ["Store"]
