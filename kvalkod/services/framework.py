"""The framework matrix of the Framework method (Ritchie & Spencer): cases (or documents) as
rows, themes (codes) as columns, and in each cell the analyst's summary of that theme in that
case beside the number of coded segments it rests on.

Reading a matrix is one GROUP BY over the codings and one pass over the summaries, so a whole
study (300 codes × 500 cases) reads at once. A cell is written through the summary service,
so editing it is the same single undoable action as setting that summary anywhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import KvalkodError
from ..model import Code

if TYPE_CHECKING:
    from .project import Project

ROWS = ("case", "document")


def _check_rows(rows: str) -> str:
    if rows not in ROWS:
        raise KvalkodError(f"the rows of a framework matrix are 'case' or 'document', not {rows!r}")
    return rows


class FrameworkService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    # -- reading -------------------------------------------------------------------------
    def matrix(self, rows: str = "case", codes: list[str] | None = None) -> dict[str, Any]:
        """The matrix: {"rows": names, "columns": code paths, "counts": [[int]], "summaries": [[str | None]]}.

        ``rows`` is "case" (every case, with the codings of all its documents; a document in
        two cases counts in both) or "document" (every document). ``codes`` are the columns
        in the order given; by default the codable codes that have codings or summaries, in
        codebook order. Each code counts its own codings only, not its sub-codes': a theme and
        its sub-themes side by side then never count one segment twice. A cell's summary is
        the one of that code for that case (or document) alone, None where there is none."""
        kind = _check_rows(rows)
        columns = self._codes(codes)
        if kind == "case":
            items = [(c.id, c.name) for c in self.store.cases.all()]
            pairs = self.store.matrix.counts_by_case(None if codes is None else [c.id for c in columns])
        else:
            items = [(d.id, d.name) for d in self.store.documents.all()]
            pairs = self.store.matrix.counts_by_document(None if codes is None else [c.id for c in columns])
        items.sort(key=lambda item: item[1].casefold())
        row_at = {row_id: i for i, (row_id, _) in enumerate(items)}
        column_at = {c.id: j for j, c in enumerate(columns)}
        counts = [[0] * len(columns) for _ in items]
        for row_id, code_id, n in pairs:
            j = column_at.get(code_id)
            if j is not None:
                counts[row_at[row_id]][j] = n
        summaries: list[list[str | None]] = [[None] * len(columns) for _ in items]
        for s in self.store.summaries.all():
            row_id = s.case_id if kind == "case" else s.document_id
            other = s.document_id if kind == "case" else s.case_id
            if row_id is not None and other is None and s.code_id in column_at:
                summaries[row_at[row_id]][column_at[s.code_id]] = s.text
        return {"rows": [name for _, name in items], "columns": [c.path for c in columns],
                "counts": counts, "summaries": summaries}

    def themes(self) -> list[str]:
        """The codes that have sub-codes, in codebook order: a large codebook is read one
        theme at a time (``theme_codes``), a handful of columns instead of 150."""
        codes = self.store.codes.all()
        parents = {c.parent_id for c in codes}
        return [c.path for c in codes if c.id in parents]

    def theme_codes(self, theme: str) -> list[str]:
        """The columns for one theme: its codable sub-codes at every depth, in codebook order,
        after the theme itself if it is codable and was coded or summarised directly (a
        heading nobody codes would be an empty column)."""
        top = self.project.codebook.get(theme)
        inside = set(self.store.codes.subtree_ids(top.id)) - {top.id}
        columns = [c.path for c in self.store.codes.all() if c.id in inside and c.codable]
        used = self.store.matrix.counts_by_document([top.id]) or self.store.summaries.for_code(top.id)
        return [top.path, *columns] if top.codable and used else columns

    def _codes(self, paths: list[str] | None) -> list[Code]:
        if paths is not None:
            found: dict[int, Code] = {}
            for path in paths:
                code = self.project.codebook.get(path)
                found.setdefault(code.id, code)
            return list(found.values())
        used = set(self.store.codings.counts_by_code()) | {s.code_id for s in self.store.summaries.all()}
        return [c for c in self.store.codes.all() if c.codable and c.id in used]

    # -- writing -------------------------------------------------------------------------
    def set_cell(self, row: str, code: str, text: str, rows: str = "case") -> dict[str, Any] | None:
        """Write the summary of CODE for the case (or document) ROW, as one undoable action.

        The text is stripped; an empty text deletes the cell's summary. The codings the
        summary links to are kept. Returns the summary as ``summaries.get`` gives it, or None."""
        kind = _check_rows(rows)
        path = self.project.codebook.get(code).path
        scope = ({"case": self.project.cases.get(row).name} if kind == "case"
                 else {"document": self.project.documents.get(row).name})
        current = self.project.summaries.get(path, **scope)
        text = (text or "").strip()
        if not text:
            if current is not None:
                self.project.summaries.delete(current["guid"])
            return None
        if current is not None and current["text"] == text:
            return current
        links = current["links"] if current is not None else ()
        return self.project.summaries.set(path, text, links=links, **scope)
