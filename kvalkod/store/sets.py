"""sets and set_members: REFI-QDA sets, named groups of codes or documents across the tree."""

from __future__ import annotations

import sqlite3
from typing import Any

from .journal import UnitOfWork


class SetRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[dict[str, Any]]:
        """Every set: id, guid, name, description, code_ids and document_ids (in insertion order)."""
        sets = {r["id"]: {**dict(r), "code_ids": [], "document_ids": []}
                for r in self.conn.execute("SELECT * FROM sets ORDER BY id")}
        for r in self.conn.execute("SELECT set_id, code_id, document_id FROM set_members ORDER BY id"):
            if r["code_id"] is not None:
                sets[r["set_id"]]["code_ids"].append(r["code_id"])
            else:
                sets[r["set_id"]]["document_ids"].append(r["document_id"])
        return list(sets.values())

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM sets").fetchone()[0]

    def find_guid(self, guid: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM sets WHERE guid = ?", (guid,)).fetchone()
        return dict(row) if row else None

    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("sets", row)

    def add_members(self, uow: UnitOfWork, set_id: int, *, code_ids: list[int] = (),
                    document_ids: list[int] = ()) -> None:
        rows = [{"set_id": set_id, "code_id": c, "document_id": None} for c in code_ids]
        rows += [{"set_id": set_id, "code_id": None, "document_id": d} for d in document_ids]
        if rows:
            uow.insert_many("set_members", rows)

    def delete(self, uow: UnitOfWork, set_id: int) -> None:
        uow.delete("sets", set_id)
