"""Whole tables, for the operations that carry a project's every row: a merge (read a source,
write what it brings to the target) and a REFI-QDA exchange (read a project, write a new one).

They account for every row, so they read tables whole instead of through the per-thing
repositories (which read what a view needs). Writes go through the unit of work like every
other change, in batches, so a merge or an import is one undoable action and 50,000 codings are
one statement batch, not 50,000. Codings come as plain tuples: a study has 200,000 and a dict
per row would cost more than the query.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from ..errors import KvalkodError
from .journal import UnitOfWork
from .schema import JOURNALED_TABLES

if TYPE_CHECKING:
    from .store import Store

# The codings' identity (one coder, one code, one span of one document: the unique index)
# and what is compared or carried besides.
CODING_COLUMNS = ("id", "guid", "document_id", "code_id", "coder_id", "start", "end", "memo", "created_at",
                  "updated_at")


def _table(table: str) -> str:
    if table not in JOURNALED_TABLES:
        raise ValueError(f"{table!r} is not a table of the analyst's project")
    return table


class TableRows:
    def __init__(self, store: "Store"):
        self.conn = store.conn

    # -- reading -------------------------------------------------------------------------
    def rows(self, table: str, *, where: tuple[str, Any] | None = None) -> list[dict[str, Any]]:
        """Every row of ``table`` (or those whose column ``where[0]`` equals ``where[1]``), in
        the order they were made."""
        sql = f"SELECT * FROM {_table(table)}"
        args: tuple = ()
        if where is not None:
            column, value = where
            if column not in self.columns(table):
                raise ValueError(f"{table} has no column {column!r}")
            sql += f" WHERE {column} = ?"
            args = (value,)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY rowid", args)]

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({_table(table)})")]

    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {_table(table)}").fetchone()[0]

    def codings(self) -> list[tuple]:
        """Every coding as a tuple of ``CODING_COLUMNS``, by id."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(f"SELECT {', '.join(CODING_COLUMNS)} FROM codings ORDER BY id").fetchall()

    def texts(self, document_ids: Iterable[int]) -> dict[int, str]:
        ids = list(document_ids)
        out: dict[int, str] = {}
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            out.update(self.conn.execute(
                f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' * len(part))})", part).fetchall())
        return out

    def documents(self) -> Iterator[dict[str, Any]]:
        """Each document with its provenance (raw text None where it equals the text), by name;
        one at a time, so a large project's texts are never all in memory."""
        for (doc_id,) in self.conn.execute("SELECT id FROM documents ORDER BY name").fetchall():
            row = self.conn.execute(
                "SELECT d.id, d.guid, d.name, d.kind, d.text, d.source_name, d.format, d.import_report, "
                "d.created_by, d.imported_at, s.raw_text, s.original, s.sha256, s.size, s.encoding "
                "FROM documents d LEFT JOIN document_sources s ON s.document_id = d.id WHERE d.id = ?",
                (doc_id,)).fetchone()
            yield dict(row)

    def is_empty(self) -> bool:
        """True if the project holds no analyst's data (a project file just created)."""
        return not any(self.conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()
                       for t in ("documents", "codes", "codings", "cases", "variables", "memos", "scenes",
                                 "summaries", "report_items", "sets", "saved_queries", "name_map"))

    @contextmanager
    def roomy_cache(self, mebibytes: int = 64) -> Iterator[None]:
        """A larger page cache while many rows go in. Adding 50,000 codings to a study of
        200,000 updates four indexes at scattered places; with SQLite's default 2 MB cache most
        of those pages are read again from the file, and the insert took four times as long."""
        old = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(old)}")

    # -- writing -------------------------------------------------------------------------
    def insert_many(self, uow: UnitOfWork, table: str, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert rows (all with the same keys) in one batch; their new ids in order. A row that
        breaks a rule of the schema (it came from a damaged file) fails the whole action, in words."""
        try:
            return uow.insert_many(_table(table), rows)
        except sqlite3.IntegrityError as exc:
            raise KvalkodError(f"{table.replace('_', ' ')} that break a rule of a kvalkod project ({exc}); "
                               "nothing was changed") from None

    def update(self, uow: UnitOfWork, table: str, row_id: int, changes: dict[str, Any]) -> None:
        uow.update(_table(table), row_id, changes)
