"""codings: coded segments ``[start, end)`` of a document's text, by code and coder."""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable, Sequence

from ..model import Coding
from .journal import UnitOfWork

_COLS = "id, guid, document_id, code_id, start, end, coder_id, memo, created_at, updated_at"


def _coding(r: sqlite3.Row) -> Coding:
    return Coding(r["id"], r["guid"], r["document_id"], r["code_id"], r["start"], r["end"],
                  r["coder_id"], r["memo"], r["created_at"], r["updated_at"])


class CodingRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, coding_id: int) -> Coding | None:
        row = self.conn.execute(f"SELECT {_COLS} FROM codings WHERE id = ?", (coding_id,)).fetchone()
        return _coding(row) if row else None

    def find_guid(self, guid: str) -> Coding | None:
        row = self.conn.execute(f"SELECT {_COLS} FROM codings WHERE guid = ?", (guid,)).fetchone()
        return _coding(row) if row else None

    def existing_spans(self, doc_id: int, code_id: int, coder_id: int) -> set[tuple[int, int]]:
        return {
            (r[0], r[1]) for r in self.conn.execute(
                "SELECT start, end FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ?",
                (doc_id, code_id, coder_id))
        }

    def by_ids(self, ids: Sequence[int]) -> list[Coding]:
        out: list[Coding] = []
        for i in range(0, len(ids), 500):  # stay under SQLite's limit of bound parameters
            part = ids[i:i + 500]
            out += [_coding(r) for r in self.conn.execute(
                f"SELECT {_COLS} FROM codings WHERE id IN ({', '.join('?' * len(part))})", part)]
        return out

    def code_ids_in_document(self, doc_id: int) -> list[int]:
        """The codes a document's codings use (an index-only scan of codings_identity)."""
        return [r[0] for r in self.conn.execute(
            "SELECT code_id FROM codings WHERE document_id = ? GROUP BY code_id", (doc_id,))]

    def find_identical(self, doc_id: int, code_id: int, coder_id: int, start: int, end: int) -> Coding | None:
        """The coding with exactly this document, code, coder and span (the unique index)."""
        row = self.conn.execute(
            f"SELECT {_COLS} FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? "
            "AND start = ? AND end = ?", (doc_id, code_id, coder_id, start, end)).fetchone()
        return _coding(row) if row else None

    def in_range(self, doc_id: int, start: int, end: int) -> list[Coding]:
        """Codings of a document that overlap ``[start, end)`` (an interval query on the index)."""
        rows = self.conn.execute(
            f"SELECT {_COLS} FROM codings WHERE document_id = ? AND start < ? AND end > ? ORDER BY start, end",
            (doc_id, end, start),
        ).fetchall()
        return [_coding(r) for r in rows]

    def query(
        self,
        *,
        code_ids: Sequence[int] | None = None,
        doc_id: int | None = None,
        coder_id: int | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[dict[str, Any]]:
        """Codings with their document and coder names, for listings and exports.

        The coded text is cut out by the caller from the document text (read once), because
        SQLite's substr() walks a long text from its start for every row.
        """
        where, args = [], []
        if code_ids is not None:
            where.append(f"c.code_id IN ({', '.join('?' * len(code_ids))})")
            args.extend(code_ids)
        if doc_id is not None:
            where.append("c.document_id = ?")
            args.append(doc_id)
        if coder_id is not None:
            where.append("c.coder_id = ?")
            args.append(coder_id)
        if ids is not None:
            where.append(f"c.id IN ({', '.join('?' * len(ids))})")
            args.extend(ids)
        sql = (
            "SELECT c.id, c.guid, c.document_id, d.name AS document, c.code_id, c.start, c.end, "
            "k.name AS coder, c.memo "
            "FROM codings c JOIN documents d ON d.id = c.document_id JOIN coders k ON k.id = c.coder_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.name, c.start, c.end, c.id"
        return [dict(r) for r in self.conn.execute(sql, args)]

    def counts_by_code(self) -> dict[int, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT code_id, count(*) FROM codings GROUP BY code_id")}

    def counts_by_document(self) -> dict[int, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT document_id, count(*) FROM codings GROUP BY document_id")}

    def spans(self, code_ids: Sequence[int] | None = None,
              coder_id: int | None = None) -> list[tuple[int, int, int, int, int, int]]:
        """(document id, start, end, code id, coder id, coding id) of every coding, or of the
        given codes and one coder, as plain tuples in no order: the networks read a whole
        study's 200,000 at once and sort them in bulk, faster than an ORDER BY on the index."""
        where, args = [], []
        if code_ids is not None:
            where.append("code_id IN (SELECT value FROM json_each(?))")  # one parameter for any number
            args.append("[" + ",".join(str(int(i)) for i in code_ids) + "]")  # a JSON array
        if coder_id is not None:
            where.append("coder_id = ?")
            args.append(coder_id)
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute("SELECT document_id, start, end, code_id, coder_id, id FROM codings"
                              + (" WHERE " + " AND ".join(where) if where else ""), args).fetchall()

    def guids_and_memos(self, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """(guid, memo) by coding id, in one statement however many ids (one JSON array):
        agreement names a whole study's unmatched segments at once."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        rows = cursor.execute("SELECT id, guid, memo FROM codings WHERE id IN (SELECT value FROM json_each(?))",
                              ("[" + ",".join(str(int(i)) for i in ids) + "]",))
        return {r[0]: (r[1], r[2]) for r in rows}

    def ids_for_codes(self, code_ids: Iterable[int]) -> list[int]:
        ids = list(code_ids)
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM codings WHERE code_id IN ({', '.join('?' * len(ids))})", ids)]

    def for_query(self, code_ids: Sequence[int], coder_id: int | None = None) -> list[tuple]:
        """(document id, start, end, code id, coder id, guid, memo) of the given codes' codings,
        or of one coder's, as plain tuples in document and text order: a coding query reads a
        whole theme's codings at once, and a dict per row would cost more than the query."""
        sql = ("SELECT document_id, start, end, code_id, coder_id, guid, memo FROM codings "
               "WHERE code_id IN (SELECT value FROM json_each(?))")
        args: list = ["[" + ",".join(str(int(i)) for i in code_ids) + "]"]
        if coder_id is not None:
            sql += " AND coder_id = ?"
            args.append(coder_id)
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql + " ORDER BY document_id, start, end, id", args).fetchall()

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM codings").fetchone()[0]

    def out_of_bounds(self) -> list[tuple[int, str]]:
        """Codings whose span falls outside their document's text (for ``check``)."""
        rows = self.conn.execute(
            "SELECT c.guid, d.name FROM codings c JOIN documents d ON d.id = c.document_id "
            "WHERE c.end > d.length OR c.start < 0 OR c.end <= c.start"
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def insert_many(self, uow: UnitOfWork, rows: Sequence[dict[str, Any]]) -> list[int]:
        return uow.insert_many("codings", rows)

    def update(self, uow: UnitOfWork, coding_id: int, changes: dict[str, Any]) -> None:
        uow.update("codings", coding_id, changes)

    def delete(self, uow: UnitOfWork, coding_ids: Iterable[int]) -> None:
        """Delete codings; the journal deletes what rests on them first (summary links, report
        quotes, comments, condensations), so undo restores both."""
        uow.delete_many("codings", coding_ids)
