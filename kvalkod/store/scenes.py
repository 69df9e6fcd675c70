"""scenes, scene_sources and scene_codes: "Scen:" vignettes, their passages and their codes."""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from ..model import Scene, SceneSource
from .journal import UnitOfWork

_COLS = ("id, guid, title, setting, scene_date, participants, narrative, analysis, status, sort_order, "
         "created_at, updated_at")


def _scene(r: sqlite3.Row) -> Scene:
    return Scene(r["id"], r["guid"], r["title"], r["setting"], r["scene_date"], r["participants"],
                 r["narrative"], r["analysis"], r["status"], r["sort_order"], r["created_at"], r["updated_at"])


class SceneRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- reading -------------------------------------------------------------------------
    def all(self) -> list[Scene]:
        return [_scene(r) for r in self.conn.execute(f"SELECT {_COLS} FROM scenes ORDER BY sort_order, id")]

    def get(self, scene_id: int) -> Scene | None:
        r = self.conn.execute(f"SELECT {_COLS} FROM scenes WHERE id = ?", (scene_id,)).fetchone()
        return _scene(r) if r else None

    def find_guid(self, guid: str) -> Scene | None:
        r = self.conn.execute(f"SELECT {_COLS} FROM scenes WHERE guid = ?", (guid,)).fetchone()
        return _scene(r) if r else None

    def sources(self, scene_id: int) -> list[SceneSource]:
        return [SceneSource(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT document_id, start, end FROM scene_sources WHERE scene_id = ? ORDER BY ord, id", (scene_id,))]

    def source_id(self, scene_id: int, doc_id: int, start: int, end: int) -> int | None:
        r = self.conn.execute(
            "SELECT id FROM scene_sources WHERE scene_id = ? AND document_id = ? AND start = ? AND end = ? "
            "ORDER BY ord, id LIMIT 1", (scene_id, doc_id, start, end)).fetchone()
        return r[0] if r else None

    def next_source_ord(self, scene_id: int) -> int:
        return self.conn.execute(
            "SELECT coalesce(max(ord), -1) + 1 FROM scene_sources WHERE scene_id = ?", (scene_id,)).fetchone()[0]

    def code_ids(self, scene_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT code_id FROM scene_codes WHERE scene_id = ? ORDER BY id", (scene_id,))]

    def code_link_ids(self, scene_id: int, code_ids: Iterable[int]) -> list[int]:
        ids = list(code_ids)
        if not ids:
            return []
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM scene_codes WHERE scene_id = ? AND code_id IN ({', '.join('?' * len(ids))})",
            [scene_id, *ids])]

    def scenes_with_code(self, code_id: int) -> list[tuple[int, int]]:
        """(link id, scene id) of every scene linked to a code."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT id, scene_id FROM scene_codes WHERE code_id = ? ORDER BY id", (code_id,))]

    def relink_code(self, uow: UnitOfWork, link_id: int, code_id: int) -> None:
        uow.update("scene_codes", link_id, {"code_id": code_id})

    def overlapping(self, doc_id: int, start: int, end: int) -> list[int]:
        """Ids of the scenes with a source passage overlapping ``[start, end)`` of a document."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT s.id, s.sort_order FROM scene_sources ss JOIN scenes s ON s.id = ss.scene_id "
            "WHERE ss.document_id = ? AND ss.start < ? AND ss.end > ? ORDER BY s.sort_order, s.id",
            (doc_id, end, start))]

    def next_sort_order(self) -> int:
        return self.conn.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM scenes").fetchone()[0]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM scenes").fetchone()[0]

    # -- writing -------------------------------------------------------------------------
    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("scenes", row)

    def update(self, uow: UnitOfWork, scene_id: int, changes: dict[str, Any]) -> None:
        uow.update("scenes", scene_id, changes)

    def add_source(self, uow: UnitOfWork, scene_id: int, doc_id: int, start: int, end: int, ord: int) -> int:
        return uow.insert("scene_sources", {"scene_id": scene_id, "document_id": doc_id, "start": start,
                                            "end": end, "ord": ord})

    def delete_source(self, uow: UnitOfWork, source_id: int) -> None:
        uow.delete("scene_sources", source_id)

    def add_codes(self, uow: UnitOfWork, scene_id: int, code_ids: Iterable[int]) -> None:
        uow.insert_many("scene_codes", [{"scene_id": scene_id, "code_id": c} for c in code_ids])

    def delete_code_links(self, uow: UnitOfWork, link_ids: Iterable[int]) -> None:
        uow.delete_many("scene_codes", link_ids)

    def delete(self, uow: UnitOfWork, scene_id: int) -> None:
        """Delete a scene after its sources and code links, so undo restores all of it."""
        for table in ("scene_sources", "scene_codes"):
            ids = [r[0] for r in self.conn.execute(f"SELECT id FROM {table} WHERE scene_id = ?", (scene_id,))]
            uow.delete_many(table, ids)
        uow.delete("scenes", scene_id)
