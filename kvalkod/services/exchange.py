"""REFI-QDA project exchange (.qdpx): export a project, import one into a new project.

An export is the analyst's whole project for their own tools (NVivo, ATLAS.ti, MAXQDA,
QualCoder …), so by default it carries the real texts; ``pseudonymise`` passes every string
through the project's name list first, for a file that is to be shared. An import always
makes a new project (or fills an empty one): putting a foreign project into one that holds
work is a merge, which ``kvalkod merge`` does with its own rules for what matches.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import ConflictError
from ..exporters.qdpx import write_qdpx
from ..importers.qdpx import read_qdpx
from ..importers.qdpx_loss import ImportReport
from ..store.table_rows import TableRows
from .exchange_restore import restore
from .exchange_snapshot import snapshot

if TYPE_CHECKING:
    from .project import Project

ORIGIN = f"kvalkod {__version__}"


class ExchangeService:
    def __init__(self, project: "Project"):
        self.project = project

    def export_qdpx(self, path: str | os.PathLike, *, pseudonymise: bool = False) -> dict[str, int]:
        """Write the project as a .qdpx; returns how many of each thing it holds."""
        refi = snapshot(self.project, pseudonymise=pseudonymise)
        write_qdpx(path, refi, ORIGIN)
        return {"documents": len(refi.documents), "codes": self.project.store.codes.count(),
                "codings": len(refi.codings), "memos": len(refi.memos), "cases": len(refi.cases),
                "variables": len(refi.variables), "sets": len(refi.sets), "users": len(refi.users)}

    def is_empty(self) -> bool:
        """True if the project holds no work yet (so an import may fill it)."""
        return TableRows(self.project.store).is_empty()


def import_qdpx(source: str | os.PathLike, target: str | os.PathLike, *, coder: str | None = None) -> ImportReport:
    """Read the .qdpx ``source`` into the project ``target``, created if it does not exist.

    An existing project must be empty. The file is read completely before the project is
    touched; if storing fails, a project created here is removed again. The import is one
    undoable action."""
    from .project import Project, default_coder

    target = Path(target)
    refi, report = read_qdpx(source, coder=coder or default_coder())
    created = not target.exists()
    project = Project.create(target, coder=coder) if created else Project.open(target, coder=coder, lock=True)
    try:
        if not created and not project.exchange.is_empty():
            raise ConflictError(
                f"{target.name} holds work already; import the .qdpx into a new project file, then bring the "
                "two together with `kvalkod merge`")
        restore(project, refi, report)
    except BaseException:
        project.close()
        if created:
            for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise
    project.close()
    report.project = str(target)
    return report
