"""codes: the codebook tree. Paths ("Parent/Child") are derived here, never stored."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..model import Code
from .journal import UnitOfWork


class CodeRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        # The tree is read on nearly every action (every code is addressed by path), so it is
        # kept until the codes change: through this repository, a rollback, or undo/redo.
        self._cache: list[Code] | None = None

    def invalidate(self) -> None:
        self._cache = None

    def all(self) -> list[Code]:
        """Every code, parents before children, siblings in their order, with paths."""
        if self._cache is None:
            self._cache = self._read()
        return list(self._cache)

    def _read(self) -> list[Code]:
        rows = self.conn.execute(
            "SELECT id, guid, parent_id, name, color, description, codable, sort_order FROM codes "
            "ORDER BY sort_order, name"
        ).fetchall()
        children: dict[int | None, list[sqlite3.Row]] = {}
        for r in rows:
            children.setdefault(r["parent_id"], []).append(r)
        out: list[Code] = []

        def walk(parent: int | None, prefix: str) -> None:
            for r in children.get(parent, []):
                path = f"{prefix}{r['name']}"
                out.append(Code(r["id"], r["guid"], r["parent_id"], r["name"], r["color"],
                                r["description"], bool(r["codable"]), r["sort_order"], path))
                walk(r["id"], path + "/")

        walk(None, "")
        return out

    def by_path(self) -> dict[str, Code]:
        return {c.path: c for c in self.all()}

    def get(self, code_id: int) -> Code | None:
        return next((c for c in self.all() if c.id == code_id), None)

    def child(self, parent_id: int | None, name: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM codes WHERE coalesce(parent_id, 0) = coalesce(?, 0) AND name = ?", (parent_id, name)
        ).fetchone()
        return row[0] if row else None

    def find_guid(self, guid: str) -> int | None:
        row = self.conn.execute("SELECT id FROM codes WHERE guid = ?", (guid,)).fetchone()
        return row[0] if row else None

    def subtree_ids(self, code_id: int) -> list[int]:
        """The code and all its descendants, deepest first (the order to delete them in)."""
        rows = self.conn.execute(
            "WITH RECURSIVE sub(id, depth) AS (SELECT ?, 0 UNION ALL "
            "SELECT c.id, sub.depth + 1 FROM codes c JOIN sub ON c.parent_id = sub.id) "
            "SELECT id FROM sub ORDER BY depth DESC, id",
            (code_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def next_sort_order(self, parent_id: int | None) -> int:
        row = self.conn.execute(
            "SELECT coalesce(max(sort_order), -1) + 1 FROM codes WHERE coalesce(parent_id, 0) = coalesce(?, 0)",
            (parent_id,),
        ).fetchone()
        return row[0]

    def used_colors(self) -> set[str]:
        return {r[0].lower() for r in self.conn.execute("SELECT color FROM codes")}

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM codes").fetchone()[0]

    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        self.invalidate()
        return uow.insert("codes", row)

    def update(self, uow: UnitOfWork, code_id: int, changes: dict[str, Any]) -> None:
        self.invalidate()
        uow.update("codes", code_id, changes)

    def delete(self, uow: UnitOfWork, code_ids: list[int]) -> None:
        """Delete codes (deepest first) with their memos; what refers to them by foreign key
        (codings, summaries, scene links, and what rests on those) goes first, through the
        journal's cascade, so undo restores everything."""
        for code_id in code_ids:
            memo_ids = [r[0] for r in self.conn.execute(
                "SELECT id FROM memos WHERE target_type = 'code' AND target_id = ?", (code_id,))]
            uow.delete_many("memos", memo_ids)
        self.invalidate()
        uow.delete_many("codes", code_ids)
