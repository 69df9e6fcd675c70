"""Merging other analysts' projects into this one: ``project.merge``.

Each source is read from a private copy (made with SQLite's backup API through a read-only
connection), so a source is never written to, not even migrated, and may stay open in
someone's app meanwhile. Before anything changes, every source is checked and the target is
backed up (``project.backups``); the whole merge is then ONE action, so one undo takes all
of it back, and a dry run is the same action rolled back, so what it reports is exactly what
the merge would do.

Matching rules: ``merge_plan``; writing: ``merge_apply`` and ``merge_rest``; the report:
``merge_report``. A source code that matches nothing is mapped to the target code the
analyst names (``mapping``: source path -> target path), or else added under its parent,
so nothing is lost; the report lists both.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from ..errors import KvalkodError
from ..store import Store
from ..store.backup import copy_closed
from ..store.table_rows import TableRows
from .codebook import split_path
from .merge_apply import SourceMerger
from .merge_plan import SourcePlan
from .merge_report import MergeReport

if TYPE_CHECKING:
    from .project import Project


class _DryRun(Exception):
    """Raised inside a dry run's action so that it rolls back."""


def parse_mapping(values: Iterable[str]) -> dict[str, str]:
    """``SOURCE_CODE=TARGET_CODE`` pairs (code paths) as a dict."""
    mapping = {}
    for value in values:
        source, eq, target = value.partition("=")
        if not eq or not source.strip() or not target.strip():
            raise KvalkodError(f"--map {value!r}: write SOURCE_CODE=TARGET_CODE (code paths)")
        mapping["/".join(split_path(source))] = "/".join(split_path(target))
    return mapping


class MergeService:
    def __init__(self, project: "Project"):
        self.project = project

    def plan(self, sources: Sequence[str | os.PathLike], mapping: dict[str, str] | None = None) -> list[SourcePlan]:
        """What merging each source would do to documents and codes, against the target as
        it is now (the merge dialog shows it before anything is written)."""
        with self._opened(sources) as opened:
            return [SourceMerger(self.project, store, path.name, MergeReport("", []), mapping or {}).plan(str(path))
                    for path, store in opened]

    def merge(self, sources: Sequence[str | os.PathLike], *, mapping: dict[str, str] | None = None,
              dry_run: bool = False) -> MergeReport:
        """Merge the sources into the project, in order, as one undoable action, after a
        backup of the project; ``dry_run`` reports the same and changes nothing."""
        if not sources:
            raise KvalkodError("name at least one project to merge")
        self.project.store.refuse_if_read_only()  # before the backup, not after it
        mapping = dict(mapping or {})
        with self._opened(sources) as opened:
            self._check_mapping(mapping, opened)
            report = MergeReport(str(self.project.path), [str(path) for path, _ in opened], dry_run=dry_run)
            if not dry_run:
                report.backup = str(self.project.backups.create("merge"))
            try:
                with TableRows(self.project.store).roomy_cache(), \
                        self.project.action("merge " + ", ".join(path.name for path, _ in opened)) as uow:
                    for path, store in opened:
                        SourceMerger(self.project, store, path.name, report, mapping).run(uow)
                    uow.emit("projects_merged", sources=report.sources)
                    if dry_run:
                        raise _DryRun
            except _DryRun:
                pass
        return report

    def _check_mapping(self, mapping: dict[str, str], opened: list[tuple[Path, Store]]) -> None:
        for source_path, target_path in mapping.items():
            if not any(source_path in store.codes.by_path() for _, store in opened):
                raise KvalkodError(f"--map {source_path}={target_path}: no source has a code {source_path!r}")
            if target_path not in self.project.store.codes.by_path():
                raise KvalkodError(f"--map {source_path}={target_path}: {self.project.path.name} has no code "
                                   f"{target_path!r}")

    @contextmanager
    def _opened(self, sources: Sequence[str | os.PathLike]) -> Iterator[list[tuple[Path, Store]]]:
        """Each source as a store over a private copy, all checked before any is used."""
        opened: list[tuple[Path, Store]] = []
        with tempfile.TemporaryDirectory(prefix="kvalkod-merge-") as folder:
            try:
                for n, source in enumerate(sources):
                    path = Path(source)
                    if _same_file(path, self.project.path):
                        raise KvalkodError(f"{path}: is the target project itself")
                    copy = Path(folder) / f"source-{n}.kvalkod"
                    copy_closed(path, copy)
                    opened.append((path, Store.open(copy)))
                yield opened
            finally:
                for _, store in opened:
                    store.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
