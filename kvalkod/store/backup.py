"""Copies of a project file made with SQLite's online backup API.

A project open in the app runs in WAL mode, so its latest actions may still sit in the
``-wal`` file beside it: copying the main file alone would lose them, and copying while a
write is under way would copy a torn file. The backup API reads the database through a
connection, page by page and consistently, whatever mode it is in. Each copy is then turned
back into one self-contained file (journal mode DELETE), so it opens, moves and e-mails like
any project.

``snapshot`` copies a project that is open; ``copy_closed`` copies one from its path through a
read-only connection (a merge's sources, which must never be written to, not even migrated).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KvalkodError, NotAProjectError
from .connection import check_project_header
from .schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from .store import Store


def snapshot(store: "Store", dest: Path) -> None:
    """Copy the open project ``store`` into the new file ``dest``.

    The copy is written beside ``dest`` first and renamed when complete, so ``dest`` is never
    a half-written project; an existing ``dest`` is an error, never overwritten."""
    if dest.exists():
        raise KvalkodError(f"{dest}: a file with that name exists already")
    part = dest.with_name(dest.name + ".part")
    try:
        _backup_into(store.conn, part)
        _publish(part, dest)
    except FileExistsError:
        raise KvalkodError(f"{dest}: a file with that name exists already") from None
    except OSError as exc:
        raise KvalkodError(f"{dest}: the backup could not be written ({exc.strerror or exc})") from None
    finally:
        part.unlink(missing_ok=True)


def _publish(part: Path, dest: Path) -> None:
    """Give the finished copy its name. A hard link fails if ``dest`` appeared meanwhile, where
    a rename would overwrite it; file systems without hard links (FAT on a USB stick) get a
    rename after one more look."""
    try:
        os.link(part, dest)
    except FileExistsError:
        raise
    except OSError:
        if dest.exists():
            raise FileExistsError(dest) from None
        os.replace(part, dest)


def copy_closed(source: Path, dest: Path) -> None:
    """Copy the project file ``source`` into ``dest`` without writing to ``source``.

    Refuses, naming ``source``, what is not a kvalkod project or was made by a newer kvalkod;
    an older schema is copied as it is (whoever opens the copy migrates the copy)."""
    check_project_header(source)
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotAProjectError(f"{source}: cannot be read ({exc})") from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise KvalkodError(
                f"{source}: made by a newer kvalkod (schema {version}; this one knows {SCHEMA_VERSION}); "
                "update kvalkod to read it")
        _backup_into(conn, dest)
    except sqlite3.DatabaseError as exc:
        raise NotAProjectError(f"{source}: the project file is damaged ({exc})") from None
    finally:
        conn.close()


def schema_version_of(path: Path) -> int | None:
    """The schema version of the project file at ``path``, read without writing to it; None
    for what is not a readable project (opening it will then say why)."""
    try:
        check_project_header(path)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (KvalkodError, sqlite3.Error):
        return None
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def _backup_into(conn: sqlite3.Connection, dest: Path) -> None:
    target = sqlite3.connect(str(dest), isolation_level=None)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
    finally:
        target.close()
