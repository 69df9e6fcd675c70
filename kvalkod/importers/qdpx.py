"""Read a REFI-QDA project exchange file (``.qdpx``) into a ``RefiProject`` and a loss report.

The one entry point of the .qdpx reader; the parts are ``qdpx_archive`` (safe reading of the
ZIP), ``qdpx_reader`` (the project XML), ``qdpx_sources`` (documents, positions, codings),
``qdpx_notes`` (memos) and ``qdpx_loss`` (the report). Pure: no project is touched, so a file
that cannot be read leaves nothing behind.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Union

from kvalkod.refi_xml import EXTRAS_NAME, RefiProject

from .qdpx_archive import QdpxArchive
from .qdpx_loss import ImportReport
from .qdpx_reader import origin_is_kvalkod, read_extras, read_project
from .qdpx_sources import ReadContext

# What the reader gives, for the service that stores it (services reach refi_xml through here).
__all__ = ["ImportReport", "RefiProject", "read_qdpx"]


def read_qdpx(path: Union[str, os.PathLike], *, coder: str = "kvalkod") -> tuple[RefiProject, ImportReport]:
    """The project in ``path`` and what could not be carried over.

    ``coder`` is the name codings and notes get when the file names no user for them.
    Raises ``InputFileError`` only for a file that is no REFI project at all or is unsafe."""
    path = Path(path)
    report = ImportReport(source=str(path))
    with QdpxArchive(path) as archive:
        qde, warning = archive.qde()
        if warning:
            report.warn(warning)
        ctx = ReadContext(path, archive, report, RefiProject(name=path.stem), own=False, default_coder=coder)
        ctx.project.extras = read_extras(ctx, qde)
        ctx.own = bool(ctx.project.extras)
        ctx.kvalkod = ctx.own or origin_is_kvalkod(qde)
        read_project(ctx, qde)
        stray = [name for name in archive.unused() if name != EXTRAS_NAME]
    if stray:
        shown = ", ".join(stray[:5]) + (f" and {len(stray) - 5} more" if len(stray) > 5 else "")
        report.warn(f"Files in the archive that nothing refers to were ignored: {shown}.")
    return ctx.project, report
