"""Getting a file's bytes, with every way that can fail turned into one plain sentence.

Importers, the case-variable reader, the REFI readers and the import service share this, so
"missing", "a folder", "empty", "too large" and "permission denied" read the same everywhere. The size is checked from
``stat`` before reading, so a 3 GB file is refused without being loaded. Office packages (docx, odt, xlsx) are
opened here too, so every one is checked the same way for zip bombs and tampered parts before a library reads
it. Every size limit on what kvalkod reads is stated here, with the reason for its number;
docs/reliability.md lists them for users.
"""

from __future__ import annotations

import errno
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

from kvalkod.errors import InputFileError

# -- limits: far above anything real, far below what hurts a laptop -------------------------
MB = 1024 * 1024

DOCUMENT_BYTES = 200 * MB
"""A source document or variables table: a long report is a few MB of text, a scanned one some tens of MB."""

REFI_XML_BYTES = 50 * MB
"""A REFI codebook (.qdc) or project XML (.qde): real codebooks are kilobytes, projects a few MB."""

ORIGINAL_KEPT_BYTES = 25 * MB
"""An imported file is kept in the project up to this size; above it only its hash is kept."""

ZIP_ENTRIES = 10_000
"""Parts in one office package (.docx, .odt, .xlsx): a document holds tens, one with many images hundreds."""

UNZIPPED_BYTES = 512 * MB
"""All parts of one office package, unpacked. The libraries hold every part in memory."""

INFLATE_RATIO = 100
"""A part that unpacks to more than this many times its packed size is a zip bomb; text XML
packs about ten to one. The same bound Apache POI applies to office files."""

INFLATE_GRACE_BYTES = 10 * MB
"""Parts smaller than this unpacked are not held to ``INFLATE_RATIO``: small repetitive XML
(an empty table, a style sheet) can pack very tightly and harms nobody."""

CODEBOOK_DEPTH = 100
"""Levels of nested codes in a codebook; guards the recursive walk against hostile files."""


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


# Everything ``zipfile`` raises for a damaged archive (zlib.error for a corrupt deflate
# stream, RuntimeError for an encrypted member, NotImplementedError for a foreign method).
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, RuntimeError,
              NotImplementedError, zlib.error, struct.error)


def open_zip(path: Path, data: bytes, what: str, suffix: str) -> zipfile.ZipFile:
    """The package of an office file, checked: a zip, not a bomb, nothing tampered, every member intact.

    ``what`` names the format for messages ("a Word document"), ``suffix`` its extension.
    The directory is checked before any part is unpacked; zipfile never unpacks a part past
    the size the directory declares (the CRC check fails instead), so the declared sizes are
    a sound bound. The file is never unpacked to disk, so a part named ``../x`` could not be
    written anywhere; it is refused all the same, since no office program writes one.
    """
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputFileError(path, f"not {what} (the file is not a valid {suffix} zip)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        check_package(path, zf.infolist())
        bad = zf.testzip()
        if bad is None:
            refuse_dtds(path, zf)
    except InputFileError:
        raise
    except ZIP_ERRORS as exc:
        raise InputFileError(path, f"the {suffix} file is damaged ({_zip_reason(exc)})") from None
    if bad is not None:
        raise InputFileError(path, f"the {suffix} file is damaged (part {bad} is corrupt)")
    return zf


def check_package(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip bomb (too many parts, too large unpacked, inflating too far) or a part
    whose name points outside the package, from the zip's directory alone."""
    if len(infos) > ZIP_ENTRIES:
        raise InputFileError(
            path, f"refused: the package holds {len(infos):,} parts (the limit is {ZIP_ENTRIES:,})"
        )
    total = sum(i.file_size for i in infos)
    if total > UNZIPPED_BYTES:
        raise InputFileError(path, f"refused: it would unpack to {human_size(total)} "
                                   f"(the limit is {human_size(UNZIPPED_BYTES)})")
    for info in infos:
        if info.file_size > INFLATE_GRACE_BYTES and (
            info.file_size > INFLATE_RATIO * info.compress_size
        ):
            raise InputFileError(
                path, f"refused: its part {info.filename} would unpack from {human_size(info.compress_size)} "
                      f"to {human_size(info.file_size)}, as only a zip bomb does",
            )
        if _outside(info.filename):
            raise InputFileError(
                path, f"refused: it holds a part named {info.filename!r}, which points outside the "
                      "package (a tampered file)",
            )


def _outside(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


class _PrologDone(Exception):
    """Internal: the first element has begun, so no DTD can follow."""


class _DtdFound(Exception):
    """Internal: the part declares a DTD or an entity."""


def _dtd_found(*_args) -> None:
    raise _DtdFound


def _prolog_done(*_args) -> None:
    raise _PrologDone


def refuse_dtds(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse a package whose XML parts declare a DTD or entities.

    Office formats never use them, and they are how "billion laughs" (entity expansion) and
    external-entity attacks start. Only each part's prolog is read: a DTD must come before the
    first element, so expat is stopped there."""
    from xml.parsers import expat

    for info in zf.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        parser = expat.ParserCreate()
        parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = _dtd_found
        parser.StartElementHandler = _prolog_done
        try:
            with zf.open(info) as member:
                while chunk := member.read(16 * 1024):
                    parser.Parse(chunk, False)
        except _PrologDone:
            continue
        except _DtdFound:
            raise InputFileError(
                path, f"refused: its part {info.filename} declares a DTD or entities, which office "
                      "files never do (a tampered file)",
            ) from None
        except (LookupError, ValueError):  # an encoding expat cannot read, so nor check: office XML is UTF
            raise InputFileError(
                path, f"refused: its part {info.filename} declares an encoding kvalkod cannot read",
            ) from None
        except expat.ExpatError:
            continue  # not well-formed: the format's reader says so in its own words


def _zip_reason(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
        return "a part of it is encrypted"
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return text or type(exc).__name__


def _os_reason(exc: OSError) -> str:
    if exc.errno is not None and exc.errno in errno.errorcode:
        return os.strerror(exc.errno).lower()
    return str(exc) or type(exc).__name__
