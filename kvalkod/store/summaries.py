"""summaries and summary_links: text per code (× case or document) and the codings it rests on."""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from ..model import Summary
from .journal import UnitOfWork

_COLS = "id, guid, code_id, case_id, document_id, text, updated_at"


def _summary(r: sqlite3.Row) -> Summary:
    return Summary(r["id"], r["guid"], r["code_id"], r["case_id"], r["document_id"], r["text"], r["updated_at"])


class SummaryRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- reading -------------------------------------------------------------------------
    def all(self) -> list[Summary]:
        return [_summary(r) for r in self.conn.execute(f"SELECT {_COLS} FROM summaries ORDER BY id")]

    def find_guid(self, guid: str) -> Summary | None:
        r = self.conn.execute(f"SELECT {_COLS} FROM summaries WHERE guid = ?", (guid,)).fetchone()
        return _summary(r) if r else None

    def find(self, code_id: int, case_id: int | None, doc_id: int | None) -> Summary | None:
        """The summary of a code for one case and/or document (None: not narrowed by it)."""
        r = self.conn.execute(
            f"SELECT {_COLS} FROM summaries WHERE code_id = ? AND coalesce(case_id, 0) = coalesce(?, 0) "
            "AND coalesce(document_id, 0) = coalesce(?, 0)", (code_id, case_id, doc_id)).fetchone()
        return _summary(r) if r else None

    def for_code(self, code_id: int) -> list[Summary]:
        return [_summary(r) for r in self.conn.execute(
            f"SELECT {_COLS} FROM summaries WHERE code_id = ? ORDER BY id", (code_id,))]

    def links(self, summary_id: int) -> list[tuple[int, int, int | None]]:
        """(link id, coding id, sentence) of a summary's links, in the order they were made;
        the sentence (from 1) is None where the coding supports the whole summary."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT id, coding_id, sentence FROM summary_links WHERE summary_id = ? ORDER BY id", (summary_id,))]

    def sentence_links(self, summary_id: int) -> list[tuple[str, int]]:
        """(coding guid, sentence) of the links narrowed to one sentence."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT c.guid, l.sentence FROM summary_links l JOIN codings c ON c.id = l.coding_id "
            "WHERE l.summary_id = ? AND l.sentence IS NOT NULL ORDER BY l.sentence, l.id", (summary_id,))]

    def linked_coding_guids(self, summary_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT c.guid FROM summary_links l JOIN codings c ON c.id = l.coding_id "
            "WHERE l.summary_id = ? ORDER BY l.id", (summary_id,))]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM summaries").fetchone()[0]

    # -- writing -------------------------------------------------------------------------
    def insert(self, uow: UnitOfWork, row: dict[str, Any]) -> int:
        return uow.insert("summaries", row)

    def update(self, uow: UnitOfWork, summary_id: int, changes: dict[str, Any]) -> None:
        uow.update("summaries", summary_id, changes)

    def add_links(self, uow: UnitOfWork, summary_id: int, links: Iterable[tuple[int, int | None]]) -> None:
        """Link (coding id, sentence or None) pairs."""
        uow.insert_many("summary_links", [{"summary_id": summary_id, "coding_id": c, "sentence": n}
                                          for c, n in links])

    def delete_links(self, uow: UnitOfWork, link_ids: Iterable[int]) -> None:
        uow.delete_many("summary_links", link_ids)

    def delete(self, uow: UnitOfWork, summary_id: int) -> None:
        uow.delete_many("summary_links", [link_id for link_id, _, _ in self.links(summary_id)])
        uow.delete("summaries", summary_id)
