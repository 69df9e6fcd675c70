"""coders: who made a coding (agreement needs to tell two analysts apart)."""

from __future__ import annotations

import sqlite3

from ..model import Coder
from .journal import UnitOfWork
from .stamps import new_guid

# Distinct, readable colours handed to coders in the order they appear.
_PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")


def _coder(row: sqlite3.Row) -> Coder:
    return Coder(id=row["id"], guid=row["guid"], name=row["name"], color=row["color"])


class CoderRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[Coder]:
        return [_coder(r) for r in self.conn.execute("SELECT * FROM coders ORDER BY id")]

    def find(self, name: str) -> Coder | None:
        row = self.conn.execute("SELECT * FROM coders WHERE name = ?", (name,)).fetchone()
        return _coder(row) if row else None

    def ensure(self, uow: UnitOfWork, name: str) -> int:
        existing = self.find(name)
        if existing:
            return existing.id
        count = self.conn.execute("SELECT count(*) FROM coders").fetchone()[0]
        return uow.insert(
            "coders",
            {"guid": new_guid(), "name": name, "color": _PALETTE[count % len(_PALETTE)]},
        )

    def get(self, coder_id: int) -> Coder | None:
        row = self.conn.execute("SELECT * FROM coders WHERE id = ?", (coder_id,)).fetchone()
        return _coder(row) if row else None

    def coding_counts(self) -> dict[int, int]:
        """Codings per coder id (coders without codings are absent)."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT coder_id, count(*) FROM codings GROUP BY coder_id")}

    def update(self, uow: UnitOfWork, coder_id: int, changes: dict) -> None:
        uow.update("coders", coder_id, changes)
