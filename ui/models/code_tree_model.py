"""The codebook as a tree, with how often each code has been applied.

Analysts build and reshape the codebook while they code, so the tree is also a drop target:
a code dragged onto a code (move or merge, which needs a question, so the panel decides) and
text dragged from the document view onto a code (which codes it at once).

The model reads through ``session.project`` only and rebuilds whenever the bridge says codes
or codings changed (after every action, undo and redo included). Keeping expansion and
selection across a rebuild is the view's job.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from kvalkod.errors import KvalkodError
from kvalkod.model import Code
from ui import errors

from ..mime import CODE_MIME, SELECTION_MIME

CodeRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2


NAME_COLUMN = 0
COUNT_COLUMN = 1
_ROOT = 0  # internalId of nothing: SQLite ids start at 1, so each row's id is its code id


class CodeTreeModel(QAbstractItemModel):
    # a code was dropped: (source, target or None for the top level, True if ON the target
    # rather than between its sub-codes); the panel decides what that means
    codeDropped = Signal(object, object, bool)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._codes: dict[int, Code] = {}
        self._by_guid: dict[str, Code] = {}
        self._children: dict[int, list[int]] = {}  # parent id (_ROOT for top) -> child ids in order
        self._row: dict[int, int] = {}
        self._counts: dict[str, int] = {}  # guid -> codings
        self._load()
        session.bridge.codesChanged.connect(self._on_codes_changed)
        session.bridge.codingsApplied.connect(self._on_codings_applied)
        session.bridge.codingsRemoved.connect(self._on_codings_removed)
        session.bridge.codingsReset.connect(self._on_codings_reset)

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def codes(self) -> list[Code]:
        """Every code, parents before children, in the codebook's order."""
        out: list[Code] = []

        def walk(parent: int) -> None:
            for cid in self._children.get(parent, []):
                out.append(self._codes[cid])
                walk(cid)

        walk(_ROOT)
        return out

    def code_at(self, index: QModelIndex) -> Code | None:
        return self._codes.get(index.internalId()) if index.isValid() else None

    def count(self, code: Code) -> int:
        return self._counts.get(code.guid, 0)

    def subtree(self, code: Code) -> list[Code]:
        """The code's sub-codes at every depth (not the code itself)."""
        out: list[Code] = []
        stack = list(reversed(self._children.get(code.id, [])))
        while stack:
            cid = stack.pop()
            out.append(self._codes[cid])
            stack.extend(reversed(self._children.get(cid, [])))
        return out

    def index_for_code(self, code_id: int, column: int = NAME_COLUMN) -> QModelIndex:
        if code_id not in self._codes:
            return QModelIndex()
        return self.createIndex(self._row[code_id], column, code_id)

    def index_for_guid(self, guid: str) -> QModelIndex:
        code = self._by_guid.get(guid)
        return self.index_for_code(code.id) if code else QModelIndex()

    def index_for_path(self, path: str) -> QModelIndex:
        path = path.strip().strip("/")
        return next((self.index_for_code(c.id) for c in self._codes.values() if c.path == path), QModelIndex())

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column not in (NAME_COLUMN, COUNT_COLUMN) or (parent.isValid() and parent.column() != NAME_COLUMN):
            return QModelIndex()
        siblings = self._children.get(parent.internalId() if parent.isValid() else _ROOT, [])
        if not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        code = self.code_at(index)
        if code is None or code.parent_id is None:
            return QModelIndex()
        return self.index_for_code(code.parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else _ROOT, []))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {NAME_COLUMN: self.tr("Code"), COUNT_COLUMN: self.tr("Codings")}.get(section)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        code = self.code_at(index)
        if code is None:
            return None
        if role == CodeRole:
            return code
        if role == PathRole:
            return code.path
        if index.column() == COUNT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.count(code)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return code.name
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code.path}\n{code.description}" if code.description else code.path
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the empty area: the top level
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -------------------------------------------------------------------------
    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        code = self.code_at(index)
        if code is None or role != Qt.ItemDataRole.EditRole or index.column() != NAME_COLUMN:
            return False
        name = str(value or "").strip()
        if name == code.name:
            return False
        try:
            self.session.project.codebook.rename(code.path, name)
        except KvalkodError as exc:
            errors.show_error(QApplication.activeWindow(), exc)
            return False
        return True  # the bridge has rebuilt the model already

    # -- drag and drop -------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, SELECTION_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """One code (the first dragged): its guid, so it survives a rebuild during the drag."""
        mime = QMimeData()
        code = next((self.code_at(i) for i in indexes if self.code_at(i) is not None), None)
        if code is not None:
            mime.setData(CODE_MIME, code.guid.encode("utf-8"))
            mime.setText(code.path)
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        # codes move; text from the document view (read-only there) arrives as a copy
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, mime: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        target = self._drop_target(parent)
        if mime.hasFormat(SELECTION_MIME):
            return target is not None and row == -1 and target.codable and self._selection(mime) is not None
        if mime.hasFormat(CODE_MIME):
            source = self._dragged_code(mime)
            if source is None:
                return False
            return target is None or (target.id != source.id and target not in self.subtree(source))
        return False

    def dropMimeData(self, mime: QMimeData, action, row: int, column: int, parent: QModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(mime, action, row, column, parent):
            return False
        target = self._drop_target(parent)
        if mime.hasFormat(SELECTION_MIME):
            return self._code_dropped_selection(self._selection(mime), target)
        self.codeDropped.emit(self._dragged_code(mime), target, target is not None and row == -1)
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex = QModelIndex()) -> bool:
        return False  # a finished move-drag must not delete rows: the services moved the code

    def _drop_target(self, parent: QModelIndex) -> Code | None:
        """ON a code: that code; between rows: their parent; empty area: None (top level)."""
        return self.code_at(parent)  # any column: the row's internalId is its code's id

    def _dragged_code(self, mime: QMimeData) -> Code | None:
        guid = bytes(mime.data(CODE_MIME).data()).decode("utf-8", "replace").strip()
        return self._by_guid.get(guid)

    @staticmethod
    def _selection(mime: QMimeData) -> tuple[str, int, int] | None:
        try:
            payload = json.loads(bytes(mime.data(SELECTION_MIME).data()).decode("utf-8"))
            start, end = int(payload["start"]), int(payload["end"])
            return (str(payload["document"]), start, end) if end > start else None
        except (ValueError, KeyError, TypeError):
            return None

    def _code_dropped_selection(self, selection, code: Code) -> bool:
        document, start, end = selection
        try:
            self.session.project.coding.apply(document, start, end, code.path)
        except KvalkodError as exc:
            errors.show_error(QApplication.activeWindow(), exc)
            return False
        self.session.note_code_used(code)
        self.session.statusMessage.emit(
            self.tr("Coded {n} characters as {code}").format(n=end - start, code=code.path))
        return True

    # -- bridge --------------------------------------------------------------------------
    def _on_codes_changed(self) -> None:
        self.refresh()

    # Counts change with every coding action: update the count cells, never rebuild the tree.
    def _on_codings_applied(self, payload: dict) -> None:
        code = self._codes.get(payload.get("code_id"))
        if code is not None:
            self._counts[code.guid] = self._counts.get(code.guid, 0) + len(payload.get("ids", ()))
            self._count_changed([code.id])

    def _on_codings_removed(self, payload: dict) -> None:
        changed = []
        for code_id in payload.get("code_ids", ()):
            code = self._codes.get(code_id)
            if code is not None:
                self._counts[code.guid] = max(0, self._counts.get(code.guid, 0) - 1)
                changed.append(code_id)
        self._count_changed(changed)

    def _on_codings_reset(self) -> None:
        by_id = self.session.project.codebook.counts()
        changed = [cid for cid, code in self._codes.items() if by_id.get(cid, 0) != self._counts.get(code.guid, 0)]
        self._counts = {code.guid: by_id.get(cid, 0) for cid, code in self._codes.items()}
        self._count_changed(changed)

    def _count_changed(self, code_ids) -> None:
        for code_id in set(code_ids):
            if code_id in self._row:
                index = self.createIndex(self._row[code_id], COUNT_COLUMN, code_id)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def _load(self) -> None:
        codebook = self.session.project.codebook
        codes = codebook.all()
        self._counts = {row["guid"]: row["count"] for row in codebook.tree_with_counts()}
        self._codes = {c.id: c for c in codes}
        self._by_guid = {c.guid: c for c in codes}
        self._children = {}
        self._row = {}
        for code in codes:  # parents before children, siblings in order
            siblings = self._children.setdefault(code.parent_id or _ROOT, [])
            self._row[code.id] = len(siblings)
            siblings.append(code.id)
