"""Is the project file somewhere that can damage it? Cloud-synced and network folders.

SQLite relies on file locks and on its journal files staying beside the database. A sync
client (Dropbox, OneDrive, Google Drive, iCloud …) uploads the file while it is written and
may bring back an older copy, or one from another computer, over it; network file systems
often do not honour the locks at all. Both are how analysts lose weeks of coding with other
tools (PEERS.md). kvalkod still opens such a project (the analyst may have no choice), but
says so, and suggests a local folder plus backups.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Folder names that sync clients create (compared case-insensitively, whole path parts).
_SYNCED_FOLDERS = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "icloud drive": "iCloud", "mobile documents": "iCloud", "box": "Box",
    "box sync": "Box", "nextcloud": "Nextcloud", "owncloud": "ownCloud", "pcloud drive": "pCloud",
    "mega": "MEGA", "cloudstorage": "a cloud storage provider", "seafile": "Seafile", "sync.com": "Sync.com",
}
# Linux file-system types that live on another machine.
_NETWORK_FS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "ceph", "glusterfs", "davfs",
               "fuse.sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs", "lustre")


def location_warning(path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """A sentence for the analyst if ``path`` lies in a synced or network folder, else None.

    ``mounts`` are (mount point, file-system type) pairs; by default read from the system."""
    resolved = Path(os.path.abspath(path))
    for part in resolved.parts[:-1]:
        lowered = part.casefold()
        service = _SYNCED_FOLDERS.get(lowered) or (
            "OneDrive" if lowered.startswith("onedrive -") else None)
        if service:
            return (f"{path} lies in a folder synced by {service}. Syncing can bring back an older copy "
                    "over your work or split it in two; keep the project in a local folder (backups are "
                    "kept beside it) and share it with `kvalkod merge` or a copy.")
    fs_type = _network_type(resolved, mounts)
    if fs_type:
        return (f"{path} lies on a network drive ({fs_type}), where file locks may not work; two people "
                "could write at once. Keep the project in a local folder and share copies to merge.")
    return None


def _network_type(path: Path, mounts: list[tuple[str, str]] | None) -> str | None:
    if sys.platform == "win32" and mounts is None:
        return _windows_network(path)
    if mounts is None:
        mounts = _linux_mounts()
    best: tuple[int, str] | None = None
    text = str(path)
    for point, fs_type in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fs_type)
    if best and (best[1] in _NETWORK_FS or best[1].split(".")[0] in ("nfs", "cifs", "smb")):
        return best[1]
    return None


def _linux_mounts() -> list[tuple[str, str]]:
    """(mount point, type) from /proc/mounts; empty where there is none (macOS)."""
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            out.append((fields[1].replace("\\040", " "), fields[2]))
    return out


def _windows_network(path: Path) -> str | None:
    """UNC paths and mapped network drives (GetDriveTypeW says DRIVE_REMOTE)."""
    text = str(path)
    if text.startswith("\\\\"):
        return "a network share"
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    return "a mapped network drive" if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4 else None
