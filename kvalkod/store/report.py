"""report_items and report_item_codings: the stored outline of the report draft.

An item is one block of the outline (a chapter heading, a paragraph, a quote, a scene …) at a
position; quotes name the codings they show, scene and summary items the scene or summary.
Positions are kept dense (0, 1, 2 …) so that moving an item is a handful of updates.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable, Sequence

from .journal import UnitOfWork

_COLS = ("i.id, i.guid, i.position, i.kind, i.text, i.options, s.guid AS scene, m.guid AS summary")


class ReportRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- reading -------------------------------------------------------------------------
    def items(self) -> list[dict[str, Any]]:
        """The outline in order, each item with the guids of its codings, scene and summary."""
        codings: dict[int, list[str]] = {}
        for item_id, guid in self.conn.execute(
                "SELECT l.item_id, c.guid FROM report_item_codings l JOIN codings c ON c.id = l.coding_id "
                "ORDER BY l.item_id, l.ord, l.id"):
            codings.setdefault(item_id, []).append(guid)
        rows = self.conn.execute(
            f"SELECT {_COLS} FROM report_items i LEFT JOIN scenes s ON s.id = i.scene_id "
            "LEFT JOIN summaries m ON m.id = i.summary_id ORDER BY i.position, i.id").fetchall()
        return [{"id": r["id"], "guid": r["guid"], "position": r["position"], "kind": r["kind"], "text": r["text"],
                 "options": json.loads(r["options"] or "{}"), "scene": r["scene"], "summary": r["summary"],
                 "codings": codings.get(r["id"], [])} for r in rows]

    def find_guid(self, guid: str) -> dict[str, Any] | None:
        return next((item for item in self.items() if item["guid"] == guid), None)

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM report_items").fetchone()[0]

    def positions(self) -> list[tuple[int, int]]:
        """(id, position) of every item, in order."""
        return [(r[0], r[1]) for r in self.conn.execute("SELECT id, position FROM report_items ORDER BY position, id")]

    def link_ids(self, item_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM report_item_codings WHERE item_id = ? ORDER BY ord, id", (item_id,))]

    # -- writing -------------------------------------------------------------------------
    def insert(self, uow: UnitOfWork, row: dict[str, Any], coding_ids: Sequence[int] = ()) -> int:
        row = {**row, "options": json.dumps(row.get("options") or {}, ensure_ascii=False)}
        item_id = uow.insert("report_items", row)
        self.link(uow, item_id, coding_ids)
        return item_id

    def link(self, uow: UnitOfWork, item_id: int, coding_ids: Sequence[int]) -> None:
        uow.insert_many("report_item_codings", [{"item_id": item_id, "coding_id": c, "ord": n}
                                                for n, c in enumerate(coding_ids)])

    def update(self, uow: UnitOfWork, item_id: int, changes: dict[str, Any]) -> None:
        if "options" in changes:
            changes = {**changes, "options": json.dumps(changes["options"] or {}, ensure_ascii=False)}
        uow.update("report_items", item_id, changes)

    def set_positions(self, uow: UnitOfWork, order: Iterable[int]) -> None:
        """Number the items in this order, updating only those whose position changes."""
        current = dict(self.positions())
        for position, item_id in enumerate(order):
            if current.get(item_id) != position:
                uow.update("report_items", item_id, {"position": position})

    def delete(self, uow: UnitOfWork, item_ids: Iterable[int]) -> None:
        uow.delete_many("report_items", item_ids)  # their coding links go first, by the journal's cascade
