"""Getting a file's bytes, with every way that can fail turned into one plain sentence.

Importers, the case-variable reader, the REFI readers and the import service share this, so
"missing", "a folder", "empty", "too large" and "permission denied" read the same everywhere. The size is checked from
``stat`` before reading, so a 3 GB file is refused without being loaded.
"""

from __future__ import annotations

import errno
import io
import os
import zipfile
from pathlib import Path

from kvalkod.errors import InputFileError


def human_size(n: int) -> str:
    """A size for a message: "312 MB", "14 KB", "10 bytes"."""
    if n >= 1024 * 1024:
        mb = n / (1024 * 1024)
        return f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def check_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise InputFileError(
            path, f"file too large ({human_size(size)}; the limit is {human_size(limit)})"
        )


def check_path(path: Path, limit: int) -> None:
    """Refuse a path that is missing, a folder, not a regular file, empty or too large."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputFileError(path, "the file does not exist") from None
    except PermissionError:
        raise InputFileError(path, "the file cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputFileError(path, f"the file cannot be read ({_os_reason(exc)})") from None
    if path.is_dir():
        raise InputFileError(path, "this is a folder, not a file")
    if not path.is_file():
        raise InputFileError(path, "this is not a regular file")
    if st.st_size == 0:
        raise InputFileError(path, "the file is empty")
    check_size(path, st.st_size, limit)


def read_all(path: Path, limit: int) -> bytes:
    """The file's bytes; refuses growth past ``limit`` while reading (a file being written)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except PermissionError:
        raise InputFileError(path, "the file cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InputFileError(path, "this is a folder, not a file") from None
    except OSError as exc:
        raise InputFileError(path, f"the file cannot be read ({_os_reason(exc)})") from None
    check_size(path, len(data), limit)
    if not data:
        raise InputFileError(path, "the file is empty")
    return data


def read_bytes(path: Path, limit: int) -> bytes:
    check_path(path, limit)
    return read_all(path, limit)


MAX_UNZIPPED = 2 * 1024 * 1024 * 1024  # an office file inflating past 2 GB is a zip bomb


def open_zip(path: Path, data: bytes, what: str, suffix: str) -> zipfile.ZipFile:
    """The package of an office file, checked: a zip, not a bomb, every member intact.

    ``what`` names the format for messages ("a Word document"), ``suffix`` its extension.
    """
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputFileError(path, f"not {what} (the file is not a valid {suffix} zip)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        if sum(i.file_size for i in zf.infolist()) > MAX_UNZIPPED:
            raise InputFileError(path, f"not {what} (it unpacks to more than 2 GB)")
        bad = zf.testzip()
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise InputFileError(path, f"the {suffix} file is damaged ({exc})") from None
    if bad is not None:
        raise InputFileError(path, f"the {suffix} file is damaged (part {bad} is corrupt)")
    return zf


def _os_reason(exc: OSError) -> str:
    if exc.errno is not None and exc.errno in errno.errorcode:
        return os.strerror(exc.errno).lower()
    return str(exc) or type(exc).__name__
