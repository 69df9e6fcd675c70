"""project_meta: the project's name, language and settings as key/value pairs."""

from __future__ import annotations

import sqlite3

from .journal import UnitOfWork


class MetaRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM project_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, uow: UnitOfWork, key: str, value: str) -> None:
        row = self.conn.execute("SELECT rowid FROM project_meta WHERE key = ?", (key,)).fetchone()
        if row:
            uow.update("project_meta", row[0], {"value": value})
        else:
            uow.insert("project_meta", {"key": key, "value": value})
