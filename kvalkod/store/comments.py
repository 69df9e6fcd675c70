"""comments: what reviewers say about scenes, codings and summaries (author, date, resolved)."""

from __future__ import annotations

import sqlite3
from typing import Any

from .journal import UnitOfWork

# A comment is on exactly one of these (the schema checks it); the key names its target kind.
TARGETS = {"scene": ("scene_id", "scenes"), "coding": ("coding_id", "codings"), "summary": ("summary_id", "summaries")}

_SELECT = """
SELECT m.id, m.guid, m.author, m.text, m.created_at, m.resolved_by, m.resolved_at,
       s.guid AS scene, c.guid AS coding, y.guid AS summary
FROM comments m
LEFT JOIN scenes s ON s.id = m.scene_id
LEFT JOIN codings c ON c.id = m.coding_id
LEFT JOIN summaries y ON y.id = m.summary_id
"""


def _comment(r: sqlite3.Row) -> dict[str, Any]:
    kind = next(k for k in TARGETS if r[k] is not None)
    return {"id": r["id"], "guid": r["guid"], "target": kind, "target_guid": r[kind], "author": r["author"],
            "text": r["text"], "created_at": r["created_at"], "resolved": r["resolved_at"] is not None,
            "resolved_by": r["resolved_by"], "resolved_at": r["resolved_at"]}


class CommentRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[dict[str, Any]]:
        return [_comment(r) for r in self.conn.execute(f"{_SELECT} ORDER BY m.created_at, m.id")]

    def find_guid(self, guid: str) -> dict[str, Any] | None:
        row = self.conn.execute(f"{_SELECT} WHERE m.guid = ?", (guid,)).fetchone()
        return _comment(row) if row else None

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM comments").fetchone()[0]

    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("comments", row)

    def update(self, uow: UnitOfWork, comment_id: int, changes: dict[str, Any]) -> None:
        uow.update("comments", comment_id, changes)

    def delete(self, uow: UnitOfWork, comment_id: int) -> None:
        uow.delete("comments", comment_id)
