"""What the app remembers between runs (QSettings): coder, language, recent projects, layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_MAX = 8


class Settings:
    def __init__(self, settings: QSettings | None = None):
        self.qt = settings or QSettings("kvalkod", "kvalkod")

    def coder(self) -> str | None:
        value = self.qt.value("coder/name", "")
        return str(value) or None

    def set_coder(self, name: str) -> None:
        self.qt.setValue("coder/name", name)

    def language(self) -> str | None:
        """"sv", "en", or None to follow the system locale."""
        value = self.qt.value("ui/language", "")
        return str(value) or None

    def set_language(self, language: str | None) -> None:
        self.qt.setValue("ui/language", language or "")

    def recent_projects(self) -> list[str]:
        value = self.qt.value("projects/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [p for p in items if p]

    def add_recent_project(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        items = [p for p in self.recent_projects() if p != path]
        self.qt.setValue("projects/recent", [path, *items][:RECENT_MAX])

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.qt.value("window/geometry"), self.qt.value("window/state")

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qt.setValue("window/geometry", geometry)
        self.qt.setValue("window/state", state)
