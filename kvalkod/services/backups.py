"""Backups of a project: complete copies kept in a folder beside it.

A backup is taken before anything that changes a project wholesale (a merge brings in the
work of another analyst in one action, a repair, a migration to a newer schema, a restore),
and automatically while the analyst works: when the app opens a project that changed since
its last backup, and then after every AUTO_EVERY_ACTIONS actions or AUTO_EVERY_MINUTES minutes
of work; the newest AUTO_KEEP automatic ones are kept. A backup is a valid project file that
opens like any other, so getting back is copying a file, even without kvalkod. Backups live in
``<stem>.backups/`` beside ``<stem>.kvalkod`` and are named
``<stem>-<UTC yyyymmddThhmmssZ>-<reason>.kvalkod``: sorted by name they are in time order,
and the reason says why each was taken. A backup is never overwritten: a second one in the
same second and for the same reason is numbered (``…-merge.2.kvalkod``).
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KvalkodError
from ..store.backup import copy_closed, schema_version_of, snapshot
from ..store.schema import SCHEMA_VERSION
from . import project_lock

if TYPE_CHECKING:
    from .project import Project

_STAMP = "%Y%m%dT%H%M%SZ"
_REASON_CHARS = re.compile(r"[^\w-]+")


@dataclass(frozen=True)
class Backup:
    path: Path
    created: str  # ISO 8601, UTC, from the name (the file's own times change when it is copied)
    reason: str


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(project_path.stem + ".backups")


AUTO_KEEP = 10
AUTO_EVERY_ACTIONS = 50
AUTO_EVERY_MINUTES = 10
AUTO = "auto"


def _slug(reason: str) -> str:
    slug = _REASON_CHARS.sub("-", reason.strip()).strip("-").lower()
    if not slug:
        raise KvalkodError("a backup needs a reason (e.g. 'merge' or 'manual')")
    return slug


def _write(project_path: Path, reason: str, copy) -> Path:
    """A new, never-used backup name for ``project_path``; ``copy(dest)`` fills it."""
    slug = _slug(reason)
    folder = backup_folder(project_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise KvalkodError(f"{folder}: the backup folder cannot be made ({exc.strerror})") from None
    stem = f"{project_path.stem}-{datetime.now(timezone.utc).strftime(_STAMP)}-{slug}"
    number = 1
    while True:
        dest = folder / (f"{stem}.kvalkod" if number == 1 else f"{stem}.{number}.kvalkod")
        if not dest.exists():
            try:
                copy(dest)
                return dest
            except KvalkodError:
                if not dest.exists():  # not a name taken meanwhile: a real failure
                    raise
        number += 1


def list_backups(project_path: Path) -> list[Backup]:
    """The backups of the project at ``project_path``, newest first."""
    pattern = re.compile(re.escape(project_path.stem) + r"-(\d{8}T\d{6}Z)-([\w-]+?)(?:\.(\d+))?\.kvalkod")
    folder = backup_folder(project_path)
    found = []
    for path in folder.glob("*.kvalkod") if folder.is_dir() else ():
        match = pattern.fullmatch(path.name)
        if match:
            stamp = datetime.strptime(match[1], _STAMP).replace(tzinfo=timezone.utc)
            # within one second the file's own time orders them (names carry whole seconds)
            order = (stamp, path.stat().st_mtime_ns, int(match[3] or 1))
            found.append((order, Backup(path, stamp.isoformat(), match[2])))
    found.sort(key=lambda item: item[0], reverse=True)
    return [backup for _, backup in found]


def before_migration(project_path: Path) -> Path | None:
    """Back up a project of an older schema before it is opened (and so migrated); None if it
    needs no migration. The copy is of the file as the older kvalkod left it."""
    version = schema_version_of(project_path)
    if version is None or version >= SCHEMA_VERSION:
        return None
    return _write(project_path, f"before-schema-{SCHEMA_VERSION}",
                  lambda dest: copy_closed(project_path, dest))


def find_backup(project_path: Path, name: str) -> Path:
    """A backup named by its path or by its file name in the project's backup folder."""
    candidates = [Path(name), backup_folder(project_path) / name]
    for path in candidates:
        if path.is_file():
            return path
    raise KvalkodError(f"{name}: no such backup of {project_path.name} (kvalkod backups lists them)")


def restore(project_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the (closed) project; returns the backup of the project as it
    was, so a restore is itself undone by restoring that one.

    Refused while another kvalkod holds the project. The backup is copied through SQLite (not
    as bytes), checked to be a project, and moved into place in one rename."""
    holder = project_lock.current_holder(project_path)
    if holder is not None:
        raise KvalkodError(f"{project_path.name} is open in kvalkod by {holder.describe()}; close it first")
    if backup.resolve() == project_path.resolve():
        raise KvalkodError(f"{backup}: this is the project itself, not one of its backups")
    previous = _write(project_path, "before-restore", lambda dest: copy_closed(project_path, dest))
    part = project_path.with_name(project_path.name + ".restoring")
    part.unlink(missing_ok=True)
    try:
        copy_closed(backup, part)
        for suffix in ("-wal", "-shm"):
            project_path.with_name(project_path.name + suffix).unlink(missing_ok=True)
        os.replace(part, project_path)
    finally:
        part.unlink(missing_ok=True)
    return previous


class BackupService:
    """The open project's backups: made on demand, automatically while working, and rotated."""

    def __init__(self, project: "Project"):
        self.project = project
        self._actions = 0
        self._last_auto = time.monotonic()
        project.events.subscribe(self._on_event)

    def _on_event(self, name: str, payload: dict) -> None:
        if name == "history_changed":
            self._actions += 1

    @property
    def folder(self) -> Path:
        return backup_folder(self.project.path)

    def create(self, reason: str) -> Path:
        """Copy the project as it is now into a new backup file; returns its path."""
        return _write(self.project.path, reason, lambda dest: snapshot(self.project.store, dest))

    def list(self) -> list[Backup]:
        """The project's backups, newest first."""
        return list_backups(self.project.path)

    def changed_since_last(self) -> bool:
        """Whether the project file is newer than its newest backup (or has none)."""
        newest = self.list()
        if not newest:
            return True
        files = [self.project.path, self.project.path.with_name(self.project.path.name + "-wal")]
        modified = max((f.stat().st_mtime for f in files if f.exists()), default=0.0)
        return modified > newest[0].path.stat().st_mtime

    def due(self) -> bool:
        """Whether an automatic backup is due: enough actions, or some actions and enough time."""
        minutes = (time.monotonic() - self._last_auto) / 60
        return self._actions >= AUTO_EVERY_ACTIONS or (self._actions > 0 and minutes >= AUTO_EVERY_MINUTES)

    def auto(self) -> Path:
        """Take an automatic backup and forget the oldest automatic ones beyond AUTO_KEEP."""
        path = self.create(AUTO)
        self._actions = 0
        self._last_auto = time.monotonic()
        for old in [b for b in self.list() if b.reason == AUTO][AUTO_KEEP:]:
            old.path.unlink(missing_ok=True)
        return path
