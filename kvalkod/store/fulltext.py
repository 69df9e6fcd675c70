"""The full-text index: which paragraphs of which documents contain the query's terms.

FTS5 answers "which chunks match" from its index; the search service then finds the exact
occurrences inside those chunks. ``index_document`` writes a document's chunks; a trigger
removes them from the indexes when they go.
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
            f"SELECT c.document_id, d.name, c.start, c.text "
            f"FROM {index} f JOIN text_chunks c ON c.id = f.rowid JOIN documents d ON d.id = c.document_id "
            f"WHERE {index} MATCH ?"
        )
        args: list = [match]
        if doc_id is not None:
            sql += " AND c.document_id = ?"
            args.append(doc_id)
        # FTS5 yields rows in rowid order at no cost, and chunk ids follow document and
        # position, so the first page of hits comes without sorting every match.
        sql += " ORDER BY f.rowid"
        try:
            yield from self.conn.execute(sql, args)
        except sqlite3.OperationalError as exc:
            raise KvalkodError(f"the search could not be run ({exc})") from None

    def count_token(self, token: str, *, prefix: bool, folded: bool, doc_id: int | None = None,
                    within: str | None = None) -> int:
        """Occurrences of one index token (or of tokens starting with it), straight from the
        index: no text is read, so a word found 40,000 times in 50 MB counts in milliseconds.
        ``token`` must be normalised as the tokenizer does (lower case; folded for ``folded``).
        ``within`` restricts the count to the chunks matching that FTS5 query.
        """
        table = "fts_folded_instances" if folded else "fts_exact_instances"
        if prefix:
            sql, args = f"SELECT count(*) FROM {table} WHERE term >= ? AND term < ?", [token, token + "\U0010ffff"]
        else:
            sql, args = f"SELECT count(*) FROM {table} WHERE term = ?", [token]
        if doc_id is not None:
            sql += " AND doc IN (SELECT id FROM text_chunks WHERE document_id = ?)"
            args.append(doc_id)
        if within is not None:
            index = "fts_folded" if folded else "fts_exact"
            sql += f" AND doc IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)"
            args.append(within)
        return self.conn.execute(sql, args).fetchone()[0]



# Chunk ids are derived from the document id and the chunk's position, so the index's own
# rowid order is document order, and a document put back by undo gets the very same ids.
CHUNKS_PER_DOCUMENT = 1 << 20


def index_document(conn: sqlite3.Connection, document_id: int, text: str) -> None:
    """Cut a document's text into chunks and index them, one batch per index.

    Chunks are derived data: not journaled, rebuilt here whenever a document row is inserted
    (import, or undo/redo putting it back); they go by cascade when the document goes.
    """
    from ..text.units import chunk_spans

    spans = chunk_spans(text)
    if len(spans) >= CHUNKS_PER_DOCUMENT:
        raise KvalkodError(f"a document of {len(spans)} paragraphs is more than kvalkod can index")
    first = document_id * CHUNKS_PER_DOCUMENT
    rows = [(first + i, document_id, s, text[s:e]) for i, (s, e) in enumerate(spans)]
    conn.executemany("INSERT INTO text_chunks(id, document_id, start, text) VALUES (?, ?, ?, ?)", rows)
    pairs = [(r[0], r[3]) for r in rows]
    conn.executemany("INSERT INTO fts_exact(rowid, text) VALUES (?, ?)", pairs)
    conn.executemany("INSERT INTO fts_folded(rowid, text) VALUES (?, ?)", pairs)
