"""memos: the analyst's notes on the project, a document, a code, a case or a coding."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..model import Memo
from .journal import UnitOfWork


def _memo(r: sqlite3.Row) -> Memo:
    return Memo(r["id"], r["guid"], r["target_type"], r["target_id"], r["author"], r["text"],
                r["created_at"], r["updated_at"])


class MemoRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, memo_id: int) -> Memo | None:
        r = self.conn.execute("SELECT * FROM memos WHERE id = ?", (memo_id,)).fetchone()
        return _memo(r) if r else None

    def for_target(self, target_type: str, target_id: int | None) -> list[Memo]:
        return [_memo(r) for r in self.conn.execute(
            "SELECT * FROM memos WHERE target_type = ? AND target_id IS ? ORDER BY id", (target_type, target_id))]

    def all(self) -> list[Memo]:
        return [_memo(r) for r in self.conn.execute("SELECT * FROM memos ORDER BY id")]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM memos").fetchone()[0]

    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("memos", row)

    def update(self, uow: UnitOfWork, memo_id: int, changes: dict[str, Any]) -> None:
        uow.update("memos", memo_id, changes)

    def delete(self, uow: UnitOfWork, memo_id: int) -> None:
        uow.delete("memos", memo_id)
