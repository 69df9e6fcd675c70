"""variables and variable_values: typed attributes of documents and cases (role, office …)."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..model import Variable
from .journal import UnitOfWork


def _variable(r: sqlite3.Row) -> Variable:
    return Variable(r["id"], r["guid"], r["name"], r["type"], r["scope"])


class VariableRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[Variable]:
        return [_variable(r) for r in self.conn.execute("SELECT * FROM variables ORDER BY scope, name")]

    def find(self, name: str, scope: str) -> Variable | None:
        r = self.conn.execute("SELECT * FROM variables WHERE name = ? AND scope = ?", (name, scope)).fetchone()
        return _variable(r) if r else None

    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("variables", row)

    def value_row(self, variable_id: int, *, document_id: int | None = None, case_id: int | None = None):
        column, target = ("document_id", document_id) if document_id is not None else ("case_id", case_id)
        return self.conn.execute(
            f"SELECT id, value FROM variable_values WHERE variable_id = ? AND {column} = ?", (variable_id, target)
        ).fetchone()

    def set_value(self, uow: UnitOfWork, variable_id: int, value: str, *,
                  document_id: int | None = None, case_id: int | None = None) -> None:
        existing = self.value_row(variable_id, document_id=document_id, case_id=case_id)
        if existing:
            uow.update("variable_values", existing["id"], {"value": value})
        else:
            uow.insert("variable_values", {"variable_id": variable_id, "document_id": document_id,
                                           "case_id": case_id, "value": value})

    def values(self) -> list[dict[str, Any]]:
        """Every value with the name of what it belongs to: the listing ``var list`` prints."""
        rows = self.conn.execute(
            "SELECT v.name AS variable, v.type, v.scope, coalesce(d.name, c.name) AS target, vv.value "
            "FROM variable_values vv JOIN variables v ON v.id = vv.variable_id "
            "LEFT JOIN documents d ON d.id = vv.document_id LEFT JOIN cases c ON c.id = vv.case_id "
            "ORDER BY v.scope, target, v.name"
        ).fetchall()
        return [dict(r) for r in rows]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM variables").fetchone()[0]
