"""What ``kvalkod check`` looks for in the file, and the repairs it can make safely.

Problems come back as plain records; the check service words them for the analyst and decides
what to repair. Repairs that change the analyst's data (codings, memos, rows without parent)
go through a unit of work so they can be undone like any action; the derived search index is
rebuilt outside the journal, and a damaged undo history can only be cleared.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .fulltext import index_document
from .journal import UnitOfWork
from .schema import JOURNALED_TABLES

_DERIVED = ("history", "history_changes", "text_chunks", "fts_exact", "fts_folded")
_MEMO_TARGETS = {"document": "documents", "code": "codes", "case": "cases"}


class IntegrityRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- the file ------------------------------------------------------------------------
    def missing_schema(self) -> list[str]:
        """Tables and triggers of the schema that are not in the file (sqlite-utils' introspection:
        worth its import here, where time is not pressing)."""
        import sqlite_utils

        db = sqlite_utils.Database(self.conn)
        present = {*db.table_names(), *(t.name for t in db.triggers)}
        return [name for name in (*JOURNALED_TABLES, *_DERIVED, "text_chunks_ad") if name not in present]

    def sqlite_damage(self) -> list[str]:
        """SQLite's own verdict on the file's pages and indexes (PRAGMA integrity_check)."""
        return [msg for (msg,) in self.conn.execute("PRAGMA integrity_check").fetchall() if msg != "ok"]

    def dangling_rows(self) -> list[tuple[str, int, str]]:
        """(table, rowid, missing parent table) for each row whose foreign key points nowhere."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute("PRAGMA foreign_key_check").fetchall()]

    def row(self, table: str, rowid: int) -> dict[str, Any]:
        if table not in JOURNALED_TABLES:
            raise ValueError(f"table {table!r} is not part of the analyst's data")
        found = self.conn.execute(f"SELECT * FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        return dict(found) if found else {}

    # -- the search index ----------------------------------------------------------------
    def search_index_damage(self) -> list[str]:
        """FTS5's own integrity check of both indexes."""
        problems = []
        for index in ("fts_exact", "fts_folded"):
            try:
                self.conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{index}: {exc}")
        return problems

    def unindexed_documents(self) -> list[tuple[int, str]]:
        """(id, name) of documents with text but no indexed paragraphs: search would miss them."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT d.id, d.name FROM documents d WHERE d.length > 0 "
            "AND NOT EXISTS (SELECT 1 FROM text_chunks c WHERE c.document_id = d.id)")]

    def rebuild_search_index(self) -> None:
        """Index every document again from its stored text (derived data: not journaled)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM text_chunks")
            for index in ("fts_exact", "fts_folded"):
                self.conn.execute(f"INSERT INTO {index}({index}) VALUES ('delete-all')")
            for doc_id, text in self.conn.execute("SELECT id, text FROM documents").fetchall():
                index_document(self.conn, doc_id, text)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- the analyst's data --------------------------------------------------------------
    def codings_outside_text(self) -> list[dict[str, Any]]:
        """Codings whose span is not inside their document's text, with the document's length."""
        return [dict(r) for r in self.conn.execute(
            "SELECT c.id, c.guid, c.start, c.end, c.document_id, d.name AS document, d.length "
            "FROM codings c JOIN documents d ON d.id = c.document_id "
            "WHERE c.end > d.length OR c.start < 0 OR c.end <= c.start ORDER BY c.id")]

    def orphan_memos(self) -> list[dict[str, Any]]:
        """Memos on a document, code or case that no longer exists."""
        out = []
        for target_type, table in _MEMO_TARGETS.items():
            out += [dict(r) for r in self.conn.execute(
                f"SELECT m.id, m.guid, m.target_type, m.target_id FROM memos m WHERE m.target_type = ? "
                f"AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = m.target_id) ORDER BY m.id",
                (target_type,))]
        return out

    # -- the undo history ----------------------------------------------------------------
    def history_problems(self) -> list[str]:
        """Ways the undo history could not be replayed: unknown tables, unreadable row images,
        or an undone action older than a done one (undo and redo would then cross)."""
        problems = []
        for (table, n) in self.conn.execute("SELECT tbl, count(*) FROM history_changes GROUP BY tbl"):
            if table not in JOURNALED_TABLES:
                problems.append(f"{n} recorded changes name the unknown table {table!r}")
        bad = 0
        for before, after in self.conn.execute("SELECT before, after FROM history_changes "
                                               "WHERE before IS NOT NULL OR after IS NOT NULL"):
            for image in (before, after):
                try:
                    if image is not None and not isinstance(json.loads(image), dict):
                        bad += 1
                except ValueError:
                    bad += 1
        if bad:
            problems.append(f"{bad} recorded row images cannot be read")
        crossed = self.conn.execute(
            "SELECT count(*) FROM history u JOIN history d ON d.state = 'done' AND u.state = 'undone' "
            "AND u.id < d.id").fetchone()[0]
        if crossed:
            problems.append(f"{crossed} undone actions are older than actions that are done")
        return problems

    def clear_history(self) -> int:
        """Forget the undo history (the data stays as it is); returns the actions forgotten."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            count = self.conn.execute("SELECT count(*) FROM history").fetchone()[0]
            self.conn.execute("DELETE FROM history_changes")
            self.conn.execute("DELETE FROM history")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return count

    # -- repairs of data (journaled) -----------------------------------------------------
    def clamp_coding(self, uow: UnitOfWork, coding_id: int, end: int) -> None:
        uow.update("codings", coding_id, {"end": end})

    def delete_row(self, uow: UnitOfWork, table: str, rowid: int) -> None:
        uow.delete_many(table, [rowid])

    def retarget_memo_to_project(self, uow: UnitOfWork, memo_id: int, text: str) -> None:
        uow.update("memos", memo_id, {"target_type": "project", "target_id": None, "text": text})
