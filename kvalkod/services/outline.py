"""The stored report outline: the analyst's own order of chapters, texts, quotes, scenes,
summaries, matrices and appendices, edited in the app's outline editor or from the CLI.

A project starts without one; the report is then drafted from the codebook each time. "Draft
from codebook" stores that draft as the outline, to be edited from there. Every change is one
undoable action; items refer to codings, scenes and summaries by foreign key, so deleting a
scene removes its item (and undo brings both back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ..errors import KvalkodError, NotFoundError
from ..store.stamps import new_guid

if TYPE_CHECKING:
    from .project import Project

KINDS = ("chapter", "section", "heading", "paragraph", "bullets", "quote", "scene", "summary", "matrix", "appendix")
_NEEDS_TEXT = ("chapter", "section", "heading", "paragraph", "bullets", "appendix")
_MATRIX_ROWS = ("case", "document")


class OutlineService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    # -- reading -------------------------------------------------------------------------
    def items(self) -> list[dict[str, Any]]:
        """The stored outline in order (empty when the project has none)."""
        return [{k: v for k, v in item.items() if k not in ("id", "position")} for item in self.store.report.items()]

    def _get(self, guid: str) -> dict[str, Any]:
        item = self.store.report.find_guid(guid.strip().strip("{}").lower())
        if item is None:
            raise NotFoundError(f"no outline item with guid {guid!r}")
        return item

    # -- validation ----------------------------------------------------------------------
    def _row(self, kind: str, text: str, scene: str | None, summary: str | None,
             options: dict[str, Any] | None) -> dict[str, Any]:
        if kind not in KINDS:
            raise KvalkodError(f"an outline item is one of {', '.join(KINDS)}, not {kind!r}")
        if kind in _NEEDS_TEXT and not text.strip():
            raise KvalkodError(f"a {kind} needs a text")
        row: dict[str, Any] = {"kind": kind, "text": text, "options": dict(options or {}),
                               "scene_id": None, "summary_id": None}
        if kind == "scene":
            if not scene:
                raise KvalkodError("a scene item names its scene")
            row["scene_id"] = self.project.scenes.get(scene).id
        if kind == "summary":
            found = self.store.summaries.find_guid((summary or "").strip().strip("{}").lower())
            if found is None:
                raise NotFoundError(f"no summary with guid {summary!r}")
            row["summary_id"] = found.id
        if kind == "matrix":
            self._matrix_options(row["options"])
        return row

    def _matrix_options(self, options: dict[str, Any]) -> None:
        """Check (and normalise) what a matrix shows: rows, codes, and the theme matrix's
        measure, theme, themes, rollup and totals (``ThemeMatrixService.matrix``)."""
        from .theme_matrix import MEASURES

        rows = options.setdefault("rows", "case")
        variable = rows[4:].strip() if isinstance(rows, str) and rows.startswith("var:") else None
        if rows not in _MATRIX_ROWS and not variable:
            raise KvalkodError(f"a matrix has cases or documents as rows (or var:NAME, a variable's values), "
                               f"not {rows!r}")
        if variable and variable not in {v.name for v in self.store.variables.all()}:
            raise NotFoundError(f"no variable named {variable!r}")
        options["codes"] = [self.project.codebook.get(c).path for c in options.get("codes", [])]
        if options.get("measure", "segments") not in MEASURES:
            raise KvalkodError(f"a matrix shows one of {', '.join(MEASURES)}, not {options['measure']!r}")
        if options.get("theme"):
            if options["codes"]:
                raise KvalkodError("a matrix shows the codes given or a theme's, not both")
            options["theme"] = self.project.codebook.get(options["theme"]).path
        for flag in ("themes", "rollup", "totals"):
            if flag in options:
                options[flag] = bool(options[flag])

    def _coding_ids(self, kind: str, codings: Sequence[str]) -> list[int]:
        if kind != "quote":
            if codings:
                raise KvalkodError(f"only a quote shows codings, not a {kind}")
            return []
        if not codings:
            raise KvalkodError("a quote needs at least one coding")
        ids = []
        for guid in codings:
            coding_id = self.project.coding.get(guid).id
            if coding_id not in ids:
                ids.append(coding_id)
        return ids

    # -- writing -------------------------------------------------------------------------
    def add(self, kind: str, text: str = "", *, at: int | None = None, codings: Sequence[str] = (),
            scene: str | None = None, summary: str | None = None,
            options: dict[str, Any] | None = None) -> dict[str, Any]:
        """Add an item at index ``at`` (default: the end); returns it."""
        row = self._row(kind, text, scene, summary, options)
        coding_ids = self._coding_ids(kind, codings)
        order = [item_id for item_id, _ in self.store.report.positions()]
        at = len(order) if at is None else max(0, min(at, len(order)))
        guid = new_guid()
        with self.project.action(f"add a {kind} to the outline") as uow:
            item_id = self.store.report.insert(uow, {**row, "guid": guid, "position": len(order)}, coding_ids)
            order.insert(at, item_id)
            self.store.report.set_positions(uow, order)
        return self._public(guid)

    def update(self, guid: str, *, text: str | None = None, codings: Sequence[str] | None = None,
               options: dict[str, Any] | None = None) -> dict[str, Any]:
        item = self._get(guid)
        row = self._row(item["kind"], item["text"] if text is None else text, item["scene"], item["summary"],
                        item["options"] if options is None else options)
        changes = {k: row[k] for k in ("text", "options") if row[k] != item[k]}
        new_ids = None if codings is None else self._coding_ids(item["kind"], codings)
        with self.project.action(f"edit a {item['kind']} of the outline") as uow:
            if changes:
                self.store.report.update(uow, item["id"], changes)
            if new_ids is not None and [self.project.coding.get(g).id for g in item["codings"]] != new_ids:
                uow.delete_many("report_item_codings", self.store.report.link_ids(item["id"]))
                self.store.report.link(uow, item["id"], new_ids)
        return self._public(item["guid"])

    def move(self, guid: str, to: int) -> None:
        """Move an item to index ``to`` of the outline."""
        item = self._get(guid)
        order = [item_id for item_id, _ in self.store.report.positions() if item_id != item["id"]]
        order.insert(max(0, min(to, len(order))), item["id"])
        with self.project.action(f"move a {item['kind']} in the outline") as uow:
            self.store.report.set_positions(uow, order)

    def remove(self, guid: str) -> None:
        item = self._get(guid)
        with self.project.action(f"remove a {item['kind']} from the outline") as uow:
            self.store.report.delete(uow, [item["id"]])
            self.store.report.set_positions(uow, [i for i, _ in self.store.report.positions()])

    def draft(self, *, replace: bool = False, quotes: int | None = None) -> list[dict[str, Any]]:
        """Store the outline drafted from the codebook; an existing outline is kept unless
        ``replace`` (it is the analyst's work), and replacing it is one action, undoable."""
        if self.store.report.count() and not replace:
            raise KvalkodError("the project already has a report outline; replace it explicitly to draft anew")
        kwargs = {} if quotes is None else {"quotes": quotes}
        drafted = self.project.report.draft_items(**kwargs)
        with self.project.action("draft the report outline from the codebook") as uow:
            self.store.report.delete(uow, [item_id for item_id, _ in self.store.report.positions()])
            for position, item in enumerate(drafted):
                row = self._row(item["kind"], item["text"], item["scene"], item["summary"], item["options"])
                self.store.report.insert(uow, {**row, "guid": new_guid(), "position": position},
                                         self._coding_ids(item["kind"], item["codings"]))
        return self.items()

    def _public(self, guid: str) -> dict[str, Any]:
        return {k: v for k, v in self._get(guid).items() if k not in ("id", "position")}
