"""Pseudonyms: a project list of real names and what replaces them in every export.

The sources keep the real names (they are the data); every export — the report, the
reviewers' HTML, matrices — passes its text through ``pseudonymise``. A name is matched as a
whole word, in any case, with the Swedish genitive ("Annas" → "Lisas"). ``check`` lists where
a listed name still appears: documents, the analyst's own texts, and exported files.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from ..errors import KvalkodError, NotFoundError

if TYPE_CHECKING:
    from .project import Project


def parse_pair(value: str) -> tuple[str, str]:
    """``REAL=PSEUDONYM`` (the real name may not contain '=')."""
    real, eq, pseudonym = value.partition("=")
    if not eq or not real.strip() or not pseudonym.strip():
        raise KvalkodError(f"{value!r} is not REAL=PSEUDONYM")
    return " ".join(real.split()), " ".join(pseudonym.split())


class Pseudonymiser:
    """Replaces the real names of one name list; built once per export.

    Each name is a group of its own in one pattern, so a match is traced back to its pair by
    position rather than by folding its case: ``re.IGNORECASE`` and ``str.casefold`` disagree
    on a few letters ("İ"), and a lookup by the folded text would then fail mid-export."""

    def __init__(self, pairs: Iterable[tuple[str, str]]):
        self._pairs = sorted(pairs, key=lambda p: -len(p[0]))  # "Anna Berg" before "Anna"
        alternatives = ("(" + r"\s+".join(map(re.escape, real.split())) + ")" for real, _ in self._pairs)
        self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(s?)(?!\w)",
                                   re.IGNORECASE) if self._pairs else None

    def _pair(self, match: re.Match) -> tuple[str, str]:
        return self._pairs[next(i for i, g in enumerate(match.groups()[:-1]) if g is not None)]

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._pair(m)[1] + m.group(m.lastindex), text)

    def find(self, text: str) -> list[tuple[str, int]]:
        """(real name as listed, position) of each occurrence in ``text``."""
        return [(self._pair(m)[0], m.start()) for m in self._matches(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` of each occurrence, genitive included: an export that cuts a text
        into pieces widens its cuts to these, so no piece holds half a name."""
        return [m.span() for m in self._matches(text)]

    def _matches(self, text: str) -> Iterable[re.Match]:
        return self._pattern.finditer(text) if self._pattern is not None and text else ()


class NameService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    def list(self) -> list[dict[str, str]]:
        return [{"real": real, "pseudonym": pseudonym} for _, real, pseudonym in self.store.names.all()]

    def pseudonymiser(self) -> Pseudonymiser:
        return Pseudonymiser((real, pseudonym) for _, real, pseudonym in self.store.names.all())

    def set(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Add or change REAL → PSEUDONYM pairs, in one action."""
        pairs = [(" ".join(real.split()), " ".join(pseudonym.split())) for real, pseudonym in pairs]
        if not pairs:
            raise KvalkodError("give at least one REAL=PSEUDONYM")
        empty = next((f"{real}={pseudonym}" for real, pseudonym in pairs if not real or not pseudonym), None)
        if empty is not None:
            raise KvalkodError(f"{empty!r}: a pseudonym pair needs both a real name and a pseudonym")
        with self.project.action(f"set {len(pairs)} pseudonym(s)") as uow:
            for real, pseudonym in pairs:
                found = self.store.names.find(real)
                if found is None:
                    self.store.names.insert(uow, real, pseudonym)
                elif found[1] != pseudonym:
                    self.store.names.update(uow, found[0], pseudonym)

    def remove(self, real: str) -> None:
        found = self.store.names.find(" ".join(real.split()))
        if found is None:
            raise NotFoundError(f"no pseudonym for {real!r}")
        with self.project.action(f"remove the pseudonym of {real}") as uow:
            self.store.names.delete(uow, found[0])

    def check(self, files: Iterable[str | Path] = ()) -> list[dict[str, Any]]:
        """Where a listed real name still appears: ``[{"where", "name", "count"}]``.

        ``where`` is ``document NAME``, ``summary CODE``, ``scene TITLE``, ``memo``, or an
        exported file's path (.docx, .html, .md, .txt, .csv, .xlsx are read)."""
        finder = self.pseudonymiser()
        found: list[dict[str, Any]] = []

        def look(where: str, text: str) -> None:
            counts: dict[str, int] = {}
            for name, _ in finder.find(text):
                counts[name] = counts.get(name, 0) + 1
            found.extend({"where": where, "name": n, "count": c} for n, c in counts.items())

        for document in self.project.documents.all():
            look(f"document {document.name}", self.project.documents.text(document.guid))
        for summary in self.project.summaries.list():
            look(f"summary {' × '.join(x for x in (summary['code'], summary['case'], summary['document']) if x)}",
                 summary["text"])
        for scene in self.project.scenes.list():
            full = self.project.scenes.get(scene["guid"])
            look(f"scene {scene['title']}", "\n".join((full.title, full.participants, full.setting, full.narrative,
                                                       full.analysis)))
        for memo in self.store.memos.all():
            look("memo", memo.text)
        for path in files:
            look(str(path), exported_text(Path(path)))
        return found


def exported_text(path: Path) -> str:
    """The text of an exported file, to look for names in it."""
    if not path.is_file():
        raise KvalkodError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            from docx import Document
            from docx.opc.exceptions import OpcError

            try:
                document = Document(str(path))
            except OpcError as exc:
                raise KvalkodError(f"{path}: cannot be read as a Word document ({exc})") from None
            cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
            return "\n".join([p.text for p in document.paragraphs] + cells)
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                             for v in row if v is not None)
        if suffix in (".html", ".htm"):
            import html

            return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise KvalkodError(f"{path}: cannot be read to look for names ({exc})") from None
