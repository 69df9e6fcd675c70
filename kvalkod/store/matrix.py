"""Counts behind the matrices: codings per code × case and per code × document, and what the
theme matrices' other measures read (case memberships, coded spans, document texts).

A matrix over a whole study is 300 codes × 500 cases over 200,000 codings, so each count is
one GROUP BY that SQLite answers from the covering indexes on codings, and only the pairs
that have codings come back (a matrix is mostly empty).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Sequence

# Restricting to a few codes goes through json_each: one bound parameter however many codes,
# and SQLite then reads only those codes' stretch of the codings_code index.
_ONLY_CODES = "k.code_id IN (SELECT value FROM json_each(?))"


class MatrixRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def counts_by_case(self, code_ids: Sequence[int] | None = None) -> list[tuple[int, int, int]]:
        """(case id, code id, codings) for each pair with codings, of the given codes or all.

        A document's codings count for every case the document belongs to; those of a
        document in no case count for none. Each code counts its own codings only."""
        where, params = _only(code_ids)
        return self._tuples(
            "SELECT cd.case_id, k.code_id, count(*) FROM case_documents cd "
            f"JOIN codings k ON k.document_id = cd.document_id {where} "
            "GROUP BY cd.case_id, k.code_id", params)

    def counts_by_document(self, code_ids: Sequence[int] | None = None) -> list[tuple[int, int, int]]:
        """(document id, code id, codings) for each pair with codings, of the given codes or all."""
        where, params = _only(code_ids)
        return self._tuples(
            f"SELECT k.document_id, k.code_id, count(*) FROM codings k {where} "
            "GROUP BY k.code_id, k.document_id", params)

    def case_documents(self) -> list[tuple[int, int]]:
        """(case id, document id) of every document's membership in a case."""
        return self._tuples("SELECT case_id, document_id FROM case_documents", ())

    def spans(self, code_ids: Sequence[int] | None = None) -> list[tuple[int, int, int, int]]:
        """(document id, code id, start, end) of every coding of the given codes or all: what
        the coded-words measure reads. Ordered by document and code, which lets SQLite read
        the covering index codings_identity instead of the whole table."""
        where, params = _only(code_ids)
        return self._tuples(f"SELECT k.document_id, k.code_id, k.start, k.end FROM codings k {where} "
                            "ORDER BY k.document_id, k.code_id", params)

    def texts(self, document_ids: Sequence[int]) -> list[tuple[int, str]]:
        """(document id, text) of the given documents, in one statement."""
        return self._tuples("SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                            (json.dumps(list(document_ids)),))

    def _tuples(self, sql: str, params: tuple) -> list:
        """Plain tuples, not sqlite3.Row: a full matrix has a hundred thousand of them."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params).fetchall()


def _only(code_ids: Sequence[int] | None) -> tuple[str, tuple]:
    if code_ids is None:
        return "", ()
    return f"WHERE {_ONLY_CODES}", (json.dumps(list(code_ids)),)
