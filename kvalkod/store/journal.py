"""Units of work and the persistent undo history.

Every user action runs as one ``UnitOfWork``: one SQLite transaction in which each row it
inserts, updates or deletes is also written to ``history_changes``. Undo replays those
changes backwards, redo forwards, so *every* action is undoable without each service writing
its own inverse, and the app and the command line share one history because it lives in the
project file.

Inserted rows are journaled by id only; their content is snapshotted when they are undone (so
redo can put them back) instead of being copied at every insert. Deleted rows are snapshotted
when deleted. BLOBs travel in the JSON as base64.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from typing import Any, Iterable, Sequence

from ..errors import NothingToUndoError
from .fulltext import index_document
from .schema import JOURNALED_TABLES

HISTORY_LIMIT = 1000  # actions kept for undo; older ones are forgotten


def _encode(row: dict[str, Any]) -> str:
    out = {}
    for key, value in row.items():
        if isinstance(value, (bytes, memoryview)):
            value = {"__b64__": base64.b64encode(bytes(value)).decode("ascii")}
        out[key] = value
    return json.dumps(out, ensure_ascii=False)


def _decode(text: str) -> dict[str, Any]:
    row = json.loads(text)
    for key, value in row.items():
        if isinstance(value, dict) and "__b64__" in value:
            row[key] = base64.b64decode(value["__b64__"])
    return row


def _check_table(table: str) -> None:
    if table not in JOURNALED_TABLES:
        raise ValueError(f"table {table!r} is not written through the journal")


class UnitOfWork:
    """One user action: a transaction whose row changes are journaled for undo.

    Use through ``Store.write(label)``. ``events`` collects what the action changed; the store
    hands them to subscribers after the commit, never after a rollback.
    """

    def __init__(self, conn: sqlite3.Connection, label: str, now: str):
        self.conn = conn
        self.label = label
        self.events: list[tuple[str, dict]] = []
        self.tables: set[str] = set()
        conn.execute(
            "INSERT INTO history(label, state, created_at) VALUES (?, 'done', ?)", (label, now)
        )
        self.history_id = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        self._changes = 0

    # -- writing -------------------------------------------------------------------------
    def insert(self, table: str, row: dict[str, Any]) -> int:
        _check_table(table)
        cols = list(row)
        cur = self.conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
        rowid = cur.lastrowid
        self._journal([(table, rowid, "insert", None, None)])
        return rowid

    def insert_many(self, table: str, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert rows in one statement batch; returns their ids in order."""
        _check_table(table)
        if not rows:
            return []
        first = self.conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0]
        ids = list(range(first, first + len(rows)))
        cols = list(rows[0])
        self.conn.executemany(
            f"INSERT INTO {table} (rowid, {', '.join(cols)}) VALUES (?, {', '.join('?' * len(cols))})",
            [[i, *(r[c] for c in cols)] for i, r in zip(ids, rows)],
        )
        self._journal([(table, i, "insert", None, None) for i in ids])
        return ids

    def update(self, table: str, rowid: int, changes: dict[str, Any]) -> None:
        _check_table(table)
        old = self._snapshot(table, rowid)
        before = {k: old[k] for k in changes}
        if before == changes:
            return
        sets = ", ".join(f"{c} = ?" for c in changes)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*changes.values(), rowid])
        self._journal([(table, rowid, "update", _encode(before), _encode(changes))])

    def delete(self, table: str, rowid: int) -> None:
        self.delete_many(table, [rowid])

    def delete_many(self, table: str, rowids: Iterable[int]) -> None:
        """Delete rows, and first every journaled row that refers to them with ON DELETE
        CASCADE: SQLite would delete those unseen, and undo could not bring them back."""
        _check_table(table)
        rowids = list(rowids)
        if not rowids:
            return
        for child, column in _cascading_children(self.conn, table):
            for i in range(0, len(rowids), 500):
                part = rowids[i:i + 500]
                self.delete_many(child, [r[0] for r in self.conn.execute(
                    f"SELECT rowid FROM {child} WHERE {column} IN ({', '.join('?' * len(part))}) ORDER BY rowid",
                    part)])
        entries = [(table, r, "delete", _encode(self._snapshot(table, r)), None) for r in rowids]
        self.conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(r,) for r in rowids])
        self._journal(entries)

    def emit(self, event: str, /, **payload: Any) -> None:
        self.events.append((event, payload))

    @property
    def changed(self) -> bool:
        return self._changes > 0

    # -- internals -----------------------------------------------------------------------
    def _snapshot(self, table: str, rowid: int) -> dict[str, Any]:
        row = self.conn.execute(f"SELECT rowid AS __rowid__, * FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        if row is None:
            raise KeyError(f"{table} row {rowid} does not exist")
        return dict(row)

    def _journal(self, entries: list[tuple]) -> None:
        self.conn.executemany(
            "INSERT INTO history_changes(history_id, tbl, row_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?)",
            [(self.history_id, *e) for e in entries],
        )
        self.tables.update(e[0] for e in entries)
        self._changes += len(entries)


_CHILDREN: dict[int, dict[str, list[tuple[str, str]]]] = {}  # by schema version


def _cascading_children(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(child table, column) pairs of the journaled tables whose foreign key to ``table``
    deletes on cascade; read from the schema once per schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version not in _CHILDREN:
        children: dict[str, list[tuple[str, str]]] = {}
        for child in JOURNALED_TABLES:
            for fk in conn.execute(f"PRAGMA foreign_key_list({child})").fetchall():
                if fk["on_delete"].upper() == "CASCADE":
                    children.setdefault(fk["table"], []).append((child, fk["from"]))
        _CHILDREN[version] = children
    return _CHILDREN[version].get(table, [])


def _reinsert(conn: sqlite3.Connection, table: str, snapshot: dict[str, Any]) -> None:
    row = dict(snapshot)
    rowid = row.pop("__rowid__")
    cols = list(row)
    conn.execute(
        f"INSERT INTO {table} (rowid, {', '.join(cols)}) VALUES (?, {', '.join('?' * len(cols))})",
        [rowid, *row.values()],
    )
    if table == "documents":  # derived data is rebuilt, not journaled
        index_document(conn, rowid, row["text"])


def _apply_update(conn: sqlite3.Connection, table: str, rowid: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{c} = ?" for c in values)
    conn.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*values.values(), rowid])


def undo_last(conn: sqlite3.Connection) -> tuple[str, set[str]]:
    """Undo the newest action that is done; returns its label and the tables it touched.

    Runs inside the caller's transaction.
    """
    entry = conn.execute(
        "SELECT id, label FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if entry is None:
        raise NothingToUndoError("nothing to undo")
    changes = conn.execute(
        "SELECT id, tbl, row_id, op, before, after FROM history_changes WHERE history_id = ? ORDER BY id DESC",
        (entry["id"],),
    ).fetchall()
    tables = set()
    for ch in changes:
        table, rowid, op = ch["tbl"], ch["row_id"], ch["op"]
        tables.add(table)
        if op == "insert":
            row = conn.execute(f"SELECT rowid AS __rowid__, * FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
            conn.execute("UPDATE history_changes SET after = ? WHERE id = ?", (_encode(dict(row)), ch["id"]))
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        elif op == "delete":
            _reinsert(conn, table, _decode(ch["before"]))
        else:
            _apply_update(conn, table, rowid, _decode(ch["before"]))
    conn.execute("UPDATE history SET state = 'undone' WHERE id = ?", (entry["id"],))
    return entry["label"], tables


def redo_next(conn: sqlite3.Connection) -> tuple[str, set[str]]:
    """Redo the oldest undone action; returns its label and the tables it touched."""
    entry = conn.execute(
        "SELECT id, label FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1"
    ).fetchone()
    if entry is None:
        raise NothingToUndoError("nothing to redo")
    changes = conn.execute(
        "SELECT id, tbl, row_id, op, before, after FROM history_changes WHERE history_id = ? ORDER BY id ASC",
        (entry["id"],),
    ).fetchall()
    tables = set()
    for ch in changes:
        table, rowid, op = ch["tbl"], ch["row_id"], ch["op"]
        tables.add(table)
        if op == "insert":
            _reinsert(conn, table, _decode(ch["after"]))
            conn.execute("UPDATE history_changes SET after = NULL WHERE id = ?", (ch["id"],))
        elif op == "delete":
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        else:
            _apply_update(conn, table, rowid, _decode(ch["after"]))
    conn.execute("UPDATE history SET state = 'done' WHERE id = ?", (entry["id"],))
    return entry["label"], tables


def forget_redo_and_old(conn: sqlite3.Connection, keep_from_id: int) -> None:
    """A new action makes the undone ones unreachable; also drop actions past the limit."""
    conn.execute("DELETE FROM history WHERE state = 'undone' AND id < ?", (keep_from_id,))
    conn.execute(
        "DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - ?", (HISTORY_LIMIT,)
    )


def peek(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """Labels of the action undo would revert and the one redo would repeat."""
    u = conn.execute("SELECT label FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1").fetchone()
    r = conn.execute("SELECT label FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1").fetchone()
    return (u[0] if u else None, r[0] if r else None)
