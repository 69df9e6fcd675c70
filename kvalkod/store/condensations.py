"""condensations: a coded segment's meaning condensed in the analyst's words (Kvale & Brinkmann's
meaning condensation: the meaning unit is the coding's text, the condensed meaning is kept here)."""

from __future__ import annotations

import sqlite3

from .journal import UnitOfWork


class CondensationRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def find(self, coding_id: int) -> tuple[int, str] | None:
        row = self.conn.execute("SELECT id, condensed FROM condensations WHERE coding_id = ?", (coding_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def by_coding_guid(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT c.guid, k.condensed FROM condensations k JOIN codings c ON c.id = k.coding_id")}

    def insert(self, uow: UnitOfWork, coding_id: int, condensed: str) -> int:
        return uow.insert("condensations", {"coding_id": coding_id, "condensed": condensed})

    def update(self, uow: UnitOfWork, row_id: int, condensed: str) -> None:
        uow.update("condensations", row_id, {"condensed": condensed})

    def delete(self, uow: UnitOfWork, row_id: int) -> None:
        uow.delete("condensations", row_id)
