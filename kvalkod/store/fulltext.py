"""The full-text index: which paragraphs of which documents contain the query's terms.

FTS5 answers "which chunks match" from its index; the search service then finds the exact
occurrences inside those chunks. Chunks are maintained by triggers on ``text_chunks``.
"""

from __future__ import annotations

import sqlite3
from typing import Iterator

from ..errors import KvalkodError


class FullTextRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def matching_chunks(
        self, match: str, *, folded: bool, doc_id: int | None = None
    ) -> Iterator[tuple[int, str, int, str]]:
        """(document id, document name, chunk start, chunk text) for each matching chunk."""
        index = "fts_folded" if folded else "fts_exact"
        sql = (
            f"SELECT c.document_id, d.name, c.start, substr(d.text, c.start + 1, c.length) "
            f"FROM {index} f JOIN text_chunks c ON c.id = f.rowid JOIN documents d ON d.id = c.document_id "
            f"WHERE {index} MATCH ?"
        )
        args: list = [match]
        if doc_id is not None:
            sql += " AND c.document_id = ?"
            args.append(doc_id)
        sql += " ORDER BY d.name, c.start"
        try:
            yield from self.conn.execute(sql, args)
        except sqlite3.OperationalError as exc:
            raise KvalkodError(f"the search could not be run ({exc})") from None

    def rebuild(self) -> None:
        """Rebuild both indexes from the chunks (used by ``check --repair``)."""
        self.conn.execute("INSERT INTO fts_exact(fts_exact) VALUES ('rebuild')")
        self.conn.execute("INSERT INTO fts_folded(fts_folded) VALUES ('rebuild')")
