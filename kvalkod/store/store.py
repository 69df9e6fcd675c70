"""The project file as an object: a connection, units of work and the table repositories.

Only ``kvalkod.store`` speaks SQL. Services ask the repositories for records and make
changes through a ``UnitOfWork`` obtained from ``Store.write``.

The hot paths use the standard ``sqlite3`` module directly: importing sqlite-utils pulls in
pandas when it is installed (about 0.35 s), which the app cannot pay at start-up. sqlite-utils
serves where its introspection is worth it and time is not pressing: the integrity check.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..errors import ReadOnlyError
from . import journal
from .cases import CaseRepo
from .coders import CoderRepo
from .codes import CodeRepo
from .codings import CodingRepo
from .comments import CommentRepo
from .condensations import CondensationRepo
from .connection import close_project_file, create_project_file, open_project_file
from .documents import DocumentRepo
from .fulltext import FullTextRepo
from .integrity import IntegrityRepo
from .matrix import MatrixRepo
from .memos import MemoRepo
from .meta import MetaRepo
from .names import NameMapRepo
from .queries import SavedQueryRepo
from .report import ReportRepo
from .scenes import SceneRepo
from .sets import SetRepo
from .stamps import utc_now
from .summaries import SummaryRepo
from .variables import VariableRepo


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        # why changes are refused (another kvalkod holds the project), or None: see Project.open
        self.read_only: str | None = None
        self.meta = MetaRepo(conn)
        self.coders = CoderRepo(conn)
        self.documents = DocumentRepo(conn)
        self.codes = CodeRepo(conn)
        self.codings = CodingRepo(conn)
        self.cases = CaseRepo(conn)
        self.variables = VariableRepo(conn)
        self.memos = MemoRepo(conn)
        self.fulltext = FullTextRepo(conn)
        self.scenes = SceneRepo(conn)
        self.summaries = SummaryRepo(conn)
        self.report = ReportRepo(conn)
        self.comments = CommentRepo(conn)
        self.names = NameMapRepo(conn)
        self.condensations = CondensationRepo(conn)
        self.matrix = MatrixRepo(conn)
        self.integrity = IntegrityRepo(conn)
        self.saved_queries = SavedQueryRepo(conn)
        self.sets = SetRepo(conn)

    @classmethod
    def create(cls, path: Path, name: str, language: str = "sv") -> "Store":
        return cls(create_project_file(path, name, language), path)

    @classmethod
    def open(cls, path: Path) -> "Store":
        return cls(open_project_file(path), path)

    def close(self) -> None:
        close_project_file(self.conn)

    @contextmanager
    def write(self, label: str) -> Iterator[journal.UnitOfWork]:
        """One user action: commit on success, roll back on any exception.

        An action that changed nothing leaves no entry in the undo history.
        """
        self.refuse_if_read_only()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM history WHERE state = 'undone'")
            uow = journal.UnitOfWork(self.conn, label, utc_now())
            yield uow
            if uow.changed:
                journal.forget_redo_and_old(self.conn, uow.history_id)
            else:
                self.conn.execute("DELETE FROM history WHERE id = ?", (uow.history_id,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            self.codes.invalidate()
            raise

    def replay(self, step: Callable[[sqlite3.Connection], tuple[str, set[str]]]) -> tuple[str, set[str]]:
        """Run journal.undo_last or journal.redo_next in a transaction of its own."""
        self.refuse_if_read_only()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            result = step(self.conn)
            self.conn.execute("COMMIT")
            return result
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self.codes.invalidate()

    def refuse_if_read_only(self) -> None:
        """Raise ReadOnlyError, with the reason, if this project was opened read-only."""
        if self.read_only is not None:
            raise ReadOnlyError(self.read_only)

    def undo_redo_labels(self) -> tuple[str | None, str | None]:
        return journal.peek(self.conn)
