"""name_map: real names and the pseudonyms that replace them in every export."""

from __future__ import annotations

import sqlite3

from .journal import UnitOfWork


class NameMapRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[tuple[int, str, str]]:
        """(id, real name, pseudonym), longest real name first (so "Anna Berg" is replaced
        before "Anna")."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT id, real, pseudonym FROM name_map ORDER BY length(real) DESC, real")]

    def find(self, real: str) -> tuple[int, str] | None:
        row = self.conn.execute("SELECT id, pseudonym FROM name_map WHERE real = ?", (real,)).fetchone()
        return (row[0], row[1]) if row else None

    def insert(self, uow: UnitOfWork, real: str, pseudonym: str) -> int:
        return uow.insert("name_map", {"real": real, "pseudonym": pseudonym})

    def update(self, uow: UnitOfWork, row_id: int, pseudonym: str) -> None:
        uow.update("name_map", row_id, {"pseudonym": pseudonym})

    def delete(self, uow: UnitOfWork, row_id: int) -> None:
        uow.delete("name_map", row_id)
