"""Who has a project open: a lock file beside it naming user, host and process.

Two windows writing one project would each see a history the other rewrites, so the app
takes the lock when it opens a project and tells the analyst when someone else holds it.
A lock left behind by a crashed kvalkod on this machine (its process is gone) is stale and
is taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from ..store.stamps import utc_now


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return LockHolder(os.getpid(), socket.gethostname(), user, utc_now())


def _alive(holder: LockHolder) -> bool:
    if holder.host != socket.gethostname():
        return True  # another machine: we cannot tell, so assume it is in use
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def current_holder(project: Path) -> LockHolder | None:
    """The live holder of the project's lock, or None (no lock, a stale one, or ours)."""
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        holder = LockHolder(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if (holder.pid, holder.host) == (os.getpid(), socket.gethostname()) or not _alive(holder):
        return None
    return holder


def acquire(project: Path) -> LockHolder | None:
    """Take the lock; if another live process holds it, leave it and return that holder."""
    holder = current_holder(project)
    if holder is not None:
        return holder
    try:
        lock_path(project).write_text(json.dumps(asdict(_me())), encoding="utf-8")
    except OSError:
        pass  # a read-only folder: the project opens all the same
    return None


def release(project: Path) -> None:
    path = lock_path(project)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if (data.get("pid"), data.get("host")) == (os.getpid(), socket.gethostname()):
            path.unlink()
    except (OSError, ValueError):
        pass
