"""saved_queries: coding queries the analyst named, kept as JSON definitions."""

from __future__ import annotations

import sqlite3
from typing import Any

from .journal import UnitOfWork


class SavedQueryRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[dict[str, Any]]:
        """Every saved query: id, guid, name, definition (JSON text), created_at, updated_at."""
        return [dict(r) for r in self.conn.execute("SELECT * FROM saved_queries ORDER BY name COLLATE NOCASE")]

    def find(self, name: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM saved_queries WHERE name = ?", (name,)).fetchone()
        return dict(row) if row else None

    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("saved_queries", row)

    def update(self, uow: UnitOfWork, query_id: int, changes: dict[str, Any]) -> None:
        uow.update("saved_queries", query_id, changes)

    def delete(self, uow: UnitOfWork, query_id: int) -> None:
        uow.delete("saved_queries", query_id)
