"""Write a REFI-QDA project exchange file (``.qdpx``): the container around ``project.qde``.

Layout (spec §8): ``project.qde`` and a flat ``sources/`` folder in lowercase, one
``sources/<document guid>.txt`` per document holding its stored text as UTF-8 without a
byte-order mark, referenced as ``internal://<guid>.txt``. Positions in the XML count code
points of exactly that text, so another tool reading the file sees the passages we coded.
No path of the analyst's machine is written (no ``basePath``, no ``absolute://``).

What REFI has no place for (scenes, summaries, the report outline, comments, pseudonyms,
condensations, speaker turns, document kinds and provenance, saved queries, coder colours,
the codes' order) travels in ``kvalkod.json`` at the root, with the original files under
``kvalkod/originals/``: other tools ignore files they do not know, and kvalkod reading its
own export gets everything back.

The archive is byte-for-byte reproducible: members in a fixed order with a fixed timestamp,
so exporting the same project twice gives the same file.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from typing import Union

from kvalkod.refi_xml import (
    EXTRAS_FORMAT,
    EXTRAS_NAME,
    EXTRAS_VERSION,
    ORIGINALS_FOLDER,
    RefiCase,
    RefiCoding,
    RefiDocument,
    RefiMemo,
    RefiProject,
    RefiSet,
    RefiUser,
    RefiVariable,
    code_guid,
    normalize_guid,
    user_guid,
)

from .atomic import write_atomically
from .qde_writer import project_qde, variable_forms

# The record this writer takes, for the service that fills it (services reach refi_xml through here).
__all__ = ["ORIGINALS_FOLDER", "RefiCase", "RefiCoding", "RefiDocument", "RefiMemo", "RefiProject", "RefiSet",
           "RefiUser", "RefiVariable", "code_guid", "normalize_guid", "qdpx_members", "user_guid", "write_qdpx"]
_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a ZIP entry can carry


def qdpx_members(project: RefiProject, origin: str) -> list[tuple[str, bytes]]:
    """The archive's members in order: (name, bytes)."""
    qde = project_qde(project, origin)
    _, inexact = variable_forms(project)
    extras = {**project.extras, "format": EXTRAS_FORMAT, "version": EXTRAS_VERSION,
              "qde_sha256": hashlib.sha256(qde).hexdigest()}
    if inexact:
        extras["variable_values"] = inexact
    members = [("project.qde", qde)]
    members += [(f"sources/{d.guid}.txt", d.text.encode("utf-8")) for d in project.documents]
    members.append((EXTRAS_NAME, json.dumps(extras, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")))
    members += sorted(project.attachments.items())
    return members


def write_qdpx(path: Union[str, os.PathLike], project: RefiProject, origin: str) -> None:
    """Write ``project`` as a .qdpx at ``path``; a crash midway leaves any old file intact."""
    members = qdpx_members(project, origin)

    def write(handle) -> None:
        # deflate level 1: a third of the time of the default level for a few per cent more bytes
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for name, data in members:
                info = zipfile.ZipInfo(name, date_time=_EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # the same bytes whichever system writes them
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)

    write_atomically(path, write)
