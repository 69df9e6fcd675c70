"""The project's documents as a tree: grouped under their kind, with codings and variables.

Analysts think of their material as "the interviews" and "the field notes", so the kinds are
the top level. The numbers beside a document (how much is coded, its role or office) are what
they scan for when choosing what to read next, hence the columns.

The model reads through ``session.project`` only and rebuilds itself whenever the bridge says
documents, variables or codings changed (after every action, undo and redo included), so it
never holds a stale row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt

from kvalkod.model import DOCUMENT_KINDS, Document

DocumentRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

NAME_COLUMN = 0
CODINGS_COLUMN = 1
FIXED_COLUMNS = 2

_GROUP = 0  # internalId of a kind row; a document row holds its group's position + 1


def kind_group_label(kind: str) -> str:
    """The heading for a group of documents of ``kind`` (plural)."""
    labels = {
        "interview": QCoreApplication.translate("DocumentKinds", "Interviews"),
        "field_note": QCoreApplication.translate("DocumentKinds", "Field notes"),
        "observation": QCoreApplication.translate("DocumentKinds", "Observations"),
        "document": QCoreApplication.translate("DocumentKinds", "Documents"),
        "survey": QCoreApplication.translate("DocumentKinds", "Surveys"),
    }
    return labels.get(kind, kind)


def kind_label(kind: str) -> str:
    """The name of one kind (singular), for menus and the import dialog."""
    labels = {
        "interview": QCoreApplication.translate("DocumentKinds", "Interview"),
        "field_note": QCoreApplication.translate("DocumentKinds", "Field note"),
        "observation": QCoreApplication.translate("DocumentKinds", "Observation"),
        "document": QCoreApplication.translate("DocumentKinds", "Document"),
        "survey": QCoreApplication.translate("DocumentKinds", "Survey"),
    }
    return labels.get(kind, kind)


@dataclass
class _Group:
    kind: str
    documents: list[Document] = field(default_factory=list)


class DocumentListModel(QAbstractItemModel):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._groups: list[_Group] = []
        self._counts: dict[int, int] = {}
        self._values: dict[tuple[str, str], str] = {}  # (document name, variable) -> value
        self._types: dict[str, str] = {}  # variable (of documents or cases) -> type
        self._columns: list[str] = []
        self._groups, self._counts, self._values, self._types = self._read()
        bridge = session.bridge
        bridge.documentsChanged.connect(self._on_documents_changed)
        bridge.variablesChanged.connect(self._on_variables_changed)
        bridge.codingsApplied.connect(self._on_codings_applied)
        bridge.codingsRemoved.connect(self._on_codings_removed)
        bridge.codingsReset.connect(self._on_codings_reset)

    # -- public --------------------------------------------------------------------------
    def set_variable_columns(self, names: list[str]) -> None:
        """Show one column per variable in ``names`` (of the documents or their cases), in that order."""
        names = list(dict.fromkeys(n for n in names if n))
        if names == self._columns:
            return
        self.beginResetModel()
        self._columns = names
        self.endResetModel()

    def variable_columns(self) -> list[str]:
        return list(self._columns)

    def available_variables(self) -> list[str]:
        """The variables of the documents and cases, for choosing columns."""
        return sorted(self._types, key=str.casefold)

    def document_index(self, name_or_guid: str) -> QModelIndex:
        """The row of a document (column 0), invalid if there is none."""
        for g, group in enumerate(self._groups):
            for r, doc in enumerate(group.documents):
                if name_or_guid in (doc.name, doc.guid):
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    def documents(self) -> list[Document]:
        return [d for g in self._groups for d in g.documents]

    def refresh(self) -> None:
        """Re-read the project. When only numbers or values changed (every coding action does
        that) the rows stay and only their cells update, so the view keeps its selection."""
        state = self._read()
        if [(g.kind, g.documents) for g in state[0]] != [(g.kind, g.documents) for g in self._groups]:
            self.beginResetModel()
            self._groups, self._counts, self._values, self._types = state
            self.endResetModel()
            return
        self._groups, self._counts, self._values, self._types = state
        last = self.columnCount() - 1
        for g, group in enumerate(self._groups):
            if group.documents:
                parent = self.createIndex(g, 0, _GROUP)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(group.documents) - 1, last, parent))

    # -- bridge --------------------------------------------------------------------------
    def _on_documents_changed(self) -> None:
        self.refresh()

    def _on_variables_changed(self) -> None:
        self.refresh()

    # A coding action changes one count: adjust it, instead of counting 200,000 codings again.
    def _on_codings_applied(self, payload: dict) -> None:
        self._add_counts({payload.get("document_id"): len(payload.get("ids", ()))})

    def _on_codings_removed(self, payload: dict) -> None:
        changes: dict[int, int] = {}
        for doc_id in payload.get("document_ids", ()):
            changes[doc_id] = changes.get(doc_id, 0) - 1
        self._add_counts(changes)

    def _on_codings_reset(self) -> None:
        self.refresh()

    def _add_counts(self, changes: dict) -> None:
        for doc_id, delta in changes.items():
            self._counts[doc_id] = max(0, self._counts.get(doc_id, 0) + delta)
            for g, group in enumerate(self._groups):
                for r, doc in enumerate(group.documents):
                    if doc.id == doc_id:
                        index = self.createIndex(r, 1, g + 1)
                        self.dataChanged.emit(index, index)

    def _read(self):
        """(groups, codings per document id, values by (document, variable), variable types)."""
        project = self.session.project
        by_kind: dict[str, list[Document]] = {}
        for doc in project.documents.all():
            by_kind.setdefault(doc.kind, []).append(doc)
        order = {k: i for i, k in enumerate(DOCUMENT_KINDS)}
        groups = [
            _Group(kind, sorted(docs, key=lambda d: d.name.casefold()))
            for kind, docs in sorted(by_kind.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
        ]
        # a document's own values over those of its cases, as reports and filters read them
        types = {row["variable"]: row["type"] for row in project.variables.list()}
        values = {(doc, name): value for doc, per_doc in project.variables.by_document().items()
                  for name, value in per_doc.items()}
        return groups, project.coding.counts_by_document(), values, types

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        if parent.internalId() == _GROUP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() == 0 and parent.internalId() == _GROUP:
            return len(self._groups[parent.row()].documents)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return FIXED_COLUMNS + len(self._columns)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _GROUP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME_COLUMN:
                return self.tr("Name")
            if section == CODINGS_COLUMN:
                return self.tr("Codings")
            return self._columns[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.ToolTipRole and section == CODINGS_COLUMN:
            return self.tr("Number of coded passages in the document")
        return None

    # -- data ----------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index, role)
        doc = self._groups[index.internalId() - 1].documents[index.row()]
        return self._document_data(doc, index.column(), role)

    def _group_data(self, group: _Group, index: QModelIndex, role: int):
        if role == KindRole:
            return group.kind
        if role == SortRole:  # groups keep the kinds' order whatever the sorted column
            return index.row()
        if index.column() != NAME_COLUMN:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_group_label(group.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{n} documents").format(n=len(group.documents))
        return None

    def _document_data(self, doc: Document, column: int, role: int):
        if role == DocumentRole:
            return doc
        if role == KindRole:
            return doc.kind
        if column == NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return doc.name
            if role == SortRole:
                return doc.name.casefold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name}\nImported from {source} on {date}").format(
                    name=doc.name, source=doc.source_name, date=doc.imported_at[:10])
            return None
        if column == CODINGS_COLUMN:
            count = self._counts.get(doc.id, 0)
            if role == Qt.ItemDataRole.DisplayRole:
                return count
            if role == SortRole:
                return float(count)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        variable = self._columns[column - FIXED_COLUMNS]
        value = self._values.get((doc.name, variable), "")
        number = self._types.get(variable) == "number"
        if role == Qt.ItemDataRole.DisplayRole:
            return value
        if role == SortRole:
            return _number(value) if number else value.casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _number(value: str) -> float:
    """Sort key of a number variable's value (Swedish decimal comma too); empty sorts first."""
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return float("-inf")
