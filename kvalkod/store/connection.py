"""Opening, creating, migrating and closing a project file.

A project is one SQLite file. While open it runs in WAL mode (readers never block the writer,
and a crash loses no committed action); on close it is checkpointed back into the single file,
so the analyst can copy or e-mail ``NAME.kvalkod`` alone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import KvalkodError, NotAProjectError
from .schema import MIGRATIONS, SCHEMA_VERSION
from .stamps import utc_now

APPLICATION_ID = 0x6B766B64  # "kvkd": marks the file as a kvalkod project for `file` and us
_SQLITE_MAGIC = b"SQLite format 3\x00"



def check_project_header(path: Path) -> None:
    """Refuse, naming ``path``, what is not a kvalkod project file: missing, a folder,
    unreadable, not SQLite, or an SQLite database of another program (its application id)."""
    if not path.exists():
        raise NotAProjectError(f"{path}: no such project file")
    if path.is_dir():
        raise NotAProjectError(f"{path}: is a folder, not a kvalkod project file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise NotAProjectError(f"{path}: cannot be read ({exc.strerror})") from None
    if not head.startswith(_SQLITE_MAGIC):
        raise NotAProjectError(f"{path}: not a kvalkod project (not an SQLite database)")
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise NotAProjectError(f"{path}: not a kvalkod project (an SQLite database of another program)")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per user action.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # In WAL mode NORMAL still survives a crash of the program (kill -9) with every committed
    # action; only a power cut may lose the latest ones. FULL made large imports 30 % slower.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def create_project_file(path: Path, name: str, language: str = "sv") -> sqlite3.Connection:
    """Create a new, empty project file at ``path`` (which must not exist)."""
    if path.exists():
        raise KvalkodError(f"{path}: a file with that name exists already")
    if not path.parent.exists():
        raise KvalkodError(f"{path}: the folder {path.parent} does not exist")
    conn = _connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA page_size = 8192")  # documents are long texts: fewer, larger pages
    conn.execute("PRAGMA journal_mode = WAL")
    _migrate(conn, path)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO project_meta(key, value) VALUES (?, ?)",
        [("app", "kvalkod"), ("name", name), ("language", language), ("created_at", utc_now())],
    )
    conn.execute("COMMIT")
    return conn


def open_project_file(path: Path) -> sqlite3.Connection:
    """Open an existing project, refusing anything that is not one, and migrate it if older."""
    check_project_header(path)
    try:
        conn = _connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotAProjectError(f"{path}: the project file is damaged ({exc})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise KvalkodError(
            f"{path}: made by a newer kvalkod (schema {version}; this one knows {SCHEMA_VERSION}); "
            "update kvalkod to open it"
        )
    _migrate(conn, path)
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.DatabaseError as exc:
            conn.execute("ROLLBACK") if conn.in_transaction else None
            raise KvalkodError(f"{path}: migration to schema {number} failed ({exc})") from None


def close_project_file(conn: sqlite3.Connection) -> None:
    """Checkpoint the WAL into the main file and close, leaving one self-contained file."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.DatabaseError:
        pass  # another connection may still hold the WAL; SQLite checkpoints when it closes
    finally:
        conn.close()
