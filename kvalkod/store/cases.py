"""cases and case_documents: a person, an office or a meeting, and the documents about it."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..model import Case
from .journal import UnitOfWork


class CaseRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[Case]:
        return [Case(r["id"], r["guid"], r["name"], r["description"])
                for r in self.conn.execute("SELECT * FROM cases ORDER BY name")]

    def find(self, name_or_guid: str) -> Case | None:
        r = self.conn.execute(
            "SELECT * FROM cases WHERE name = ? OR guid = lower(?)", (name_or_guid, name_or_guid.strip("{}"))
        ).fetchone()
        return Case(r["id"], r["guid"], r["name"], r["description"]) if r else None

    def documents_of(self, case_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT d.name FROM case_documents cd JOIN documents d ON d.id = cd.document_id "
            "WHERE cd.case_id = ? ORDER BY d.name", (case_id,))]

    def has_document(self, case_id: int, doc_id: int) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM case_documents WHERE case_id = ? AND document_id = ?", (case_id, doc_id)
        ).fetchone() is not None

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM cases").fetchone()[0]

    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("cases", row)

    def add_document(self, uow: UnitOfWork, case_id: int, doc_id: int) -> None:
        uow.insert("case_documents", {"case_id": case_id, "document_id": doc_id})
