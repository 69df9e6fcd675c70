"""Reading a .qdpx archive safely: members in memory, by name, within limits.

A .qdpx comes from another tool or a stranger. Nothing is ever extracted to disk (so a member
named ``../../.bashrc`` is just a name that matches nothing), every member is read with a size
limit and refused past it, and the archive's own claims (sizes, the number of members) are
checked before anything is decompressed, so a ZIP bomb costs nothing. The casing variants of
real files (``Project.qde``, ``Sources/``, upper-case GUID file names) are matched here, once.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Optional

from kvalkod.errors import InputFileError
from kvalkod.input_files import check_path, human_size

MAX_ARCHIVE_BYTES = 4 * 1024 * 1024 * 1024
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # a source text or an original file
MAX_QDE_BYTES = 256 * 1024 * 1024  # a study of 200,000 codings writes about 85 MB of XML
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_MEMBERS = 200_000
MAX_RATIO = 1000  # deflate reaches about 1000:1 at best; a claim beyond that is a bomb


class QdpxArchive:
    def __init__(self, path: Path):
        check_path(path, MAX_ARCHIVE_BYTES)
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError):
            raise InputFileError(path, "this is not a .qdpx file (not a ZIP archive, or a damaged one)") from None
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            self.close()
            raise InputFileError(path, f"the archive holds {len(infos)} files; more than kvalkod reads")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            self.close()
            raise InputFileError(path, "the archive unpacks to more than 4 GB; kvalkod does not read it")
        self.members = {i.filename: i for i in infos if not i.is_dir()}
        self.used: set[str] = set()
        self._sources = {}  # lower-case file name inside sources/ -> member name
        for name in self.members:
            folder, _, file = name.partition("/")
            if folder.lower() == "sources" and file and "/" not in file:
                self._sources.setdefault(file.lower(), name)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "QdpxArchive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def qde_name(self) -> tuple[str, Optional[str]]:
        """The project XML's member name, and a warning if the choice was not obvious."""
        candidates = sorted(n for n in self.members if "/" not in n and n.lower().endswith(".qde"))
        if not candidates:
            raise InputFileError(self.path, "the archive holds no project.qde; it is not a REFI-QDA project")
        preferred = [n for n in candidates if n.lower() == "project.qde"]
        name = (preferred or candidates)[0]
        if len(candidates) > 1:
            return name, f"The archive holds {len(candidates)} project files (.qde); {name} was read."
        return name, None

    def read(self, name: str, limit: Optional[int] = None) -> bytes:
        """A member's bytes; InputFileError if it is too large, encrypted or damaged."""
        limit = MAX_MEMBER_BYTES if limit is None else limit
        info = self.members[name]
        self.used.add(name)
        if info.flag_bits & 0x1:
            raise InputFileError(self.path, f"{name} inside the archive is encrypted")
        if info.file_size > limit:
            raise InputFileError(self.path, f"{name} inside the archive is {human_size(info.file_size)}; "
                                            f"the limit is {human_size(limit)}")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1 << 20:
            raise InputFileError(self.path, f"{name} inside the archive claims an impossible compression ratio")
        try:
            with self._zip.open(info) as member:
                data = member.read(limit + 1)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError,
                RuntimeError, zlib.error):
            raise InputFileError(self.path, f"{name} inside the archive is damaged or uses an unsupported "
                                            "compression") from None
        if len(data) > limit:
            raise InputFileError(self.path, f"{name} inside the archive is larger than {human_size(limit)}")
        return data

    def qde(self) -> tuple[bytes, Optional[str]]:
        name, warning = self.qde_name()
        return self.read(name, MAX_QDE_BYTES), warning

    def internal(self, reference: str) -> Optional[str]:
        """The member an ``internal://NAME`` reference names, matched without regard to case
        (tools write upper-case GUIDs in the XML and lower-case file names, or the reverse)."""
        file = reference.split("://", 1)[1].strip().lstrip("/") if "://" in reference else reference
        if file.startswith("{") and "}" in file:  # a braced GUID as the file name
            file = file[1:].replace("}", "", 1)
        return self._sources.get(file.lower())

    def unused(self) -> list[str]:
        """Members nothing referred to (stray files: .DS_Store, ~$ lock files, leftovers)."""
        return sorted(name for name in self.members if name not in self.used)
