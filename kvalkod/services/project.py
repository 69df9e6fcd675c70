"""A project opened for work: the store, the event bus and the services over them.

This is the entry point for every caller, the command line and the app alike::

    with Project.open("studie.kvalkod", coder="Anna") as project:
        project.coding.apply("intervju-1", 120, 245, "Hanteringsstrategier/Rörelse till brukaren")
"""

from __future__ import annotations

import getpass
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import KvalkodError
from ..store import Store
from ..store.journal import UnitOfWork
from . import project_lock
from .events import EventBus, area_events


def default_coder() -> str:
    """The coder's name: KVALKOD_CODER, else the login name."""
    name = os.environ.get("KVALKOD_CODER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "kodare"
    except (KeyError, OSError):
        return "kodare"


class Project:
    def __init__(self, store: Store, coder: str | None = None):
        from .agreement import AgreementService
        from .autocode import AutocodeService
        from .backups import BackupService
        from .cases import CaseService
        from .check import CheckService
        from .codebook import CodebookService
        from .coders import CoderService
        from .coding import CodingService
        from .comments import CommentService
        from .documents import DocumentService
        from .exchange import ExchangeService
        from .framework import FrameworkService
        from .history import HistoryService
        from .memos import MemoService
        from .merge import MergeService
        from .names import NameService
        from .networks import NetworkService
        from .outline import OutlineService
        from .queries import QueryService
        from .report import ReportService
        from .scenes import SceneService
        from .search import SearchService
        from .summaries import SummaryService
        from .theme_matrix import ThemeMatrixService
        from .variables import VariableService

        self.store = store
        self._locked = False  # whether this object holds the project's lock file
        self.held_by: str | None = None  # who holds it, when opened read-only because of them
        self.events = EventBus()
        self.coder = coder or default_coder()
        self.documents = DocumentService(self)
        self.codebook = CodebookService(self)
        self.coding = CodingService(self)
        self.autocode = AutocodeService(self)
        self.search = SearchService(self)
        self.variables = VariableService(self)
        self.cases = CaseService(self)
        self.memos = MemoService(self)
        self.scenes = SceneService(self)
        self.summaries = SummaryService(self)
        self.framework = FrameworkService(self)
        self.theme_matrix = ThemeMatrixService(self)
        self.history = HistoryService(self)
        self.check = CheckService(self)
        self.backups = BackupService(self)
        self.merge = MergeService(self)
        self.report = ReportService(self)
        self.outline = OutlineService(self)
        self.comments = CommentService(self)
        self.names = NameService(self)
        self.networks = NetworkService(self)
        self.coders = CoderService(self)
        self.agreement = AgreementService(self)
        self.queries = QueryService(self)
        self.exchange = ExchangeService(self)

    # -- lifetime ------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, *, coder: str | None = None, language: str = "sv",
               name: str | None = None) -> "Project":
        """A new, empty project file; its name is the file's stem unless ``name`` is given."""
        path = Path(path)
        if path.suffix != ".kvalkod":
            raise KvalkodError(f"{path}: a project file's name ends in .kvalkod")
        return cls(Store.create(path, name or path.stem, language), coder)

    @classmethod
    def open(cls, path: str | os.PathLike, *, coder: str | None = None, lock: bool = False) -> "Project":
        """Open a project. With ``lock`` (the app and the command line), take the lock file that
        says who works in it; if another live kvalkod holds it, open read-only: reading works,
        every change is refused with a message naming who holds the project. A project of an
        older schema is backed up before it is migrated."""
        from .backups import before_migration

        before_migration(Path(path))
        project = cls(Store.open(Path(path)), coder)
        if lock:
            holder = project_lock.acquire(project.path)
            if holder is None:
                project._locked = True
            else:
                project.held_by = holder.describe()
                project.store.read_only = (
                    f"{project.path.name} is open in kvalkod by {holder.describe()}; it was opened "
                    "read-only here, so nothing was changed")
        return project

    @property
    def read_only(self) -> bool:
        return self.store.read_only is not None

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def name(self) -> str:
        return self.store.meta.get("name", self.path.stem)

    def close(self) -> None:
        self.store.close()
        if self._locked:
            project_lock.release(self.path)
            self._locked = False

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the one writer path -------------------------------------------------------------
    @contextmanager
    def action(self, label: str) -> Iterator[UnitOfWork]:
        """One undoable user action in one transaction; events go out after the commit."""
        with self.store.write(label) as uow:
            yield uow
        if uow.changed:
            self.events.publish([*uow.events, *area_events(uow.tables)])

    def coder_id(self, uow: UnitOfWork, name: str | None = None) -> int:
        return self.store.coders.ensure(uow, name or self.coder)

    def stats(self) -> dict[str, int]:
        s = self.store
        return {
            "documents": s.documents.count(), "codes": s.codes.count(), "codings": s.codings.count(),
            "cases": s.cases.count(), "variables": s.variables.count(), "coders": len(s.coders.all()),
            "memos": s.memos.count(), "scenes": s.scenes.count(),
            "summaries": s.summaries.count(),
        }
