"""The coded segments of the codes selected in the session, one row per coding.

This is the retrieval table of qualitative analysis: "show me everything coded as X", with
the variables of its document and case (role, office …) beside each segment so the analyst can compare
groups. The rows come from ``coding.list`` (sub-codes included) and are re-read whenever a
coding, a variable, a code or the selection changes, undo and redo included.

Beside that it shows a given list of segments (``show_segments``: what a coding query found,
a network edge, a matrix cell), under a title, until codes are selected again. Such a list is
what was found when it was asked for: its codings follow a rename, a resize or a memo, and
leave the list when they are removed, but new codings do not join it.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kvalkod.errors import NotFoundError

from .row_filter import RowFilterProxy

SegmentRole = Qt.ItemDataRole.UserRole + 1  # the coding dict (guid, document, code, start, end, text, coder, memo)
ExportRole = Qt.ItemDataRole.UserRole + 2  # the cell's full value for copy and CSV (text not elided)

TEXT_WIDTH = 160  # characters of a segment shown in its cell; the tooltip has all of it

_Index = QModelIndex | QPersistentModelIndex


def one_line(text: str, width: int | None = None) -> str:
    """Whitespace (line breaks, tabs) collapsed, elided to ``width`` characters if given."""
    line = " ".join(text.split())
    if width is not None and len(line) > width:
        line = line[: width - 1].rstrip() + "…"
    return line


class SegmentTableModel(QAbstractTableModel):
    """Columns: document, code, coder, one per document variable, start, text, memo."""

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._rows: list[dict] = []
        self._keys: list[tuple] = []
        self._guids: set[str] = set()
        self._variables: list[str] = []  # variable names (of documents or their cases), one column each
        self._values: dict[str, dict[str, str]] = {}  # document name -> {variable: value}
        self._codes: list[str] = []  # current paths of the selected codes
        self._code_ids: set[int] = set()  # ids of the selected codes and all their sub-codes
        self._title: str | None = None  # showing a given list of segments under this title
        session.selectedCodesChanged.connect(self._on_selected_codes_changed)
        bridge = session.bridge
        bridge.codingsApplied.connect(self._on_codings_applied)
        bridge.codingsRemoved.connect(self._on_codings_removed)
        bridge.codingsReset.connect(self._on_codings_reset)
        bridge.variablesChanged.connect(self._on_variables_changed)
        # a renamed code or document changes what the rows show
        bridge.codesChanged.connect(self._on_codes_changed)
        bridge.documentsChanged.connect(self._on_documents_changed)
        self.refresh()

    # -- reading -------------------------------------------------------------------------
    def show_segments(self, title: str, segments: list[dict]) -> None:
        """Show these segments (dicts as ``coding.list`` gives them; guid "" for a stretch that
        is no single coding) in their order, until codes are selected again."""
        self.beginResetModel()
        self._title = title
        self._codes, self._code_ids = [], set()
        self._read_variables()
        self._rows = [dict(row) for row in segments]
        self._keys = [_sort_key(r) for r in self._rows]
        self._guids = {r["guid"] for r in self._rows if r["guid"]}
        self.endResetModel()

    def title(self) -> str | None:
        """The title of the list shown, or None when the table follows the selected codes."""
        return self._title

    def refresh(self) -> None:
        """Re-read the segments; the selected codes are resolved by guid so a rename or a
        deleted code never leaves the table asking for a path that is gone."""
        if self._title is not None:
            self._reread_list()
            return
        project = self.session.project
        by_guid = {c.guid: c for c in project.codebook.all()}
        paths = [by_guid[c.guid].path for c in self.session.selected_codes if c.guid in by_guid]
        rows: dict[str, dict] = {}
        for path in paths:
            for row in project.coding.list(code=path):
                rows[row["guid"]] = row  # a code and its parent both selected: one row
        self._code_ids = {cid for c in self.session.selected_codes if c.guid in by_guid
                          for cid in project.codebook.subtree_ids(by_guid[c.guid].path)}
        self.beginResetModel()
        self._codes = paths
        self._read_variables()
        self._rows = sorted(rows.values(), key=_sort_key)
        self._keys = [_sort_key(r) for r in self._rows]  # kept beside the rows for inserting
        self._guids = {r["guid"] for r in self._rows}
        self.endResetModel()

    def _read_variables(self) -> None:
        """A document's own values over those of its cases (the role of an interviewee is
        usually a case's), as reports and filters read them."""
        values = self.session.project.variables.by_document()
        self._values = values
        self._variables = sorted({name for per_doc in values.values() for name in per_doc}, key=str.casefold)

    def _reread_list(self) -> None:
        """The list's codings as they are now (renamed, resized, memo edited; gone if removed)."""
        project = self.session.project
        paths = {c.id: c.path for c in project.codebook.all()}
        documents = {d.id: d.name for d in project.documents.all()}
        texts: dict[int, str] = {}
        rows = []
        for row in self._rows:
            if not row["guid"]:
                rows.append(row)
                continue
            try:
                coding = project.coding.get(row["guid"])
            except NotFoundError:
                continue
            if coding.document_id not in texts:
                texts[coding.document_id] = project.documents.text(documents[coding.document_id])
            rows.append({**row, "document": documents[coding.document_id], "code": paths[coding.code_id],
                         "start": coding.start, "end": coding.end, "memo": coding.memo,
                         "text": texts[coding.document_id][coding.start:coding.end]})
        self.show_segments(self._title, rows)

    def code_paths(self) -> list[str]:
        return list(self._codes)

    def variable_names(self) -> list[str]:
        return list(self._variables)

    def variable_values(self, name: str) -> list[str]:
        """The distinct values of a document variable, for the filter's value combo."""
        found = {per_doc[name] for per_doc in self._values.values() if per_doc.get(name)}
        return sorted(found, key=str.casefold)

    def coders(self) -> list[str]:
        return sorted({r["coder"] for r in self._rows}, key=str.casefold)

    def segment(self, row: int) -> dict:
        return self._rows[row]

    def variable_value(self, row: int, name: str) -> str:
        return self._values.get(self._rows[row]["document"], {}).get(name, "")

    def columns(self) -> list[str]:
        return ["document", "code", "coder", *(f"var:{v}" for v in self._variables), "start", "text", "memo"]

    # -- the Qt model --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6 + len(self._variables)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        columns = self.columns()
        if not 0 <= section < len(columns):
            return None
        key = columns[section]
        if key.startswith("var:"):
            return key[4:]
        return {
            "document": self.tr("Document"), "code": self.tr("Code"), "coder": self.tr("Coder"),
            "start": self.tr("Start"), "text": self.tr("Text"), "memo": self.tr("Memo"),
        }[key]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == SegmentRole:
            return row
        key = self.columns()[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, ExportRole):
            full = role == ExportRole
            if key.startswith("var:"):
                return self.variable_value(index.row(), key[4:])
            if key in ("text", "memo"):
                return one_line(row[key] or "", None if full else TEXT_WIDTH)
            return row[key]
        if role == Qt.ItemDataRole.ToolTipRole and key in ("text", "memo"):
            return row[key] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "start":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- slots ---------------------------------------------------------------------------
    def _on_selected_codes_changed(self, codes: list) -> None:
        self._title = None
        self.refresh()

    # One coding action changes a handful of rows: insert or remove those, keep the rest.
    def _on_codings_applied(self, payload: dict) -> None:
        if payload.get("code_id") not in self._code_ids:
            return
        known = self._guids
        keys = self._keys
        for row in self.session.project.coding.list(ids=payload.get("ids", [])):
            if row["guid"] in known:
                continue
            key = _sort_key(row)
            at = bisect.bisect(keys, key)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            keys.insert(at, key)
            known.add(row["guid"])
            self.endInsertRows()

    def _on_codings_removed(self, payload: dict) -> None:
        """Rows of removed codings go, and in a list so do the stretches resting on them."""
        gone = set(payload.get("guids", ()))
        for at in reversed([i for i, r in enumerate(self._rows)
                            if r["guid"] in gone or not gone.isdisjoint(r.get("sources", ()))]):
            self.beginRemoveRows(QModelIndex(), at, at)
            self._guids.discard(self._rows[at]["guid"])
            del self._rows[at]
            del self._keys[at]
            self.endRemoveRows()

    def _on_codings_reset(self) -> None:
        self.refresh()

    def _on_variables_changed(self) -> None:
        self.refresh()

    def _on_codes_changed(self) -> None:
        self.refresh()

    def _on_documents_changed(self) -> None:
        self.refresh()


def _sort_key(row: dict) -> tuple:
    return (row["document"].casefold(), row["start"], row["end"], row["code"])


class SegmentFilterProxy(RowFilterProxy):
    """Keeps the segments of one coder and/or with chosen document-variable values, and
    never those of the coders hidden in the session (team coding)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._coder: str | None = None
        self._variables: dict[str, str] = {}
        self._hidden: frozenset[str] = frozenset()

    def set_hidden_coders(self, names: frozenset[str]) -> None:
        self.change_filter(lambda: setattr(self, "_hidden", frozenset(names)))

    def set_coder(self, name: str | None) -> None:
        self.change_filter(lambda: setattr(self, "_coder", name or None))

    def set_variable_filter(self, name: str, value: str | None) -> None:
        """Keep rows whose document has ``name`` = ``value``; ``None`` drops that filter."""
        def apply() -> None:
            if value is None:
                self._variables.pop(name, None)
            else:
                self._variables[name] = value
        self.change_filter(apply)

    def clear_variable_filters(self) -> None:
        self.change_filter(self._variables.clear)

    def coder(self) -> str | None:
        return self._coder

    def variable_filters(self) -> dict[str, str]:
        return dict(self._variables)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SegmentTableModel):
            return True
        coder = model.segment(source_row)["coder"]
        if (self._coder is not None and coder != self._coder) or coder in self._hidden:
            return False
        return all(model.variable_value(source_row, n) == v for n, v in self._variables.items())
