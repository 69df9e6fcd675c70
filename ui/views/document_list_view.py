"""The Documents panel: the analyst's table of contents for the project.

Choosing a document here is how a reading session starts, so selection sets the session's
current document and every other panel follows. Renaming, re-kinding and deleting go through
the document service, which makes each one undoable; the panel never edits its model itself,
it waits for the bridge to say the project changed.

Dialogs sit behind small methods (``_ask_new_name``, ``_confirm_delete``, ``_choose_columns``)
so tests can answer them without a modal loop.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kvalkod.model import DOCUMENT_KINDS, Document

from ..errors import guarded
from ..models.document_list_model import DocumentListModel, DocumentRole, SortRole, kind_label

COLUMNS_KEY = "documents/variable_columns"


class DocumentsPanel(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = DocumentListModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)  # "interviews" shows every interview
        self.proxy.setFilterKeyColumn(-1)  # a role or office in a column matches too
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SortRole)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter documents"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)

        self.columns_action = QAction(self.tr("Columns…"), self)
        self.columns_action.setToolTip(self.tr("Choose which variables show as columns"))
        self.columns_action.triggered.connect(self._on_columns_triggered)
        columns_button = QToolButton(self)
        columns_button.setDefaultAction(self.columns_action)

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.setAccessibleName(self.tr("Documents"))

        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.tree.addAction(self.delete_action)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(columns_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)

        self.proxy.modelReset.connect(self._on_proxy_model_reset)
        self.proxy.layoutChanged.connect(self._on_proxy_layout_changed)
        self.proxy.rowsInserted.connect(self._on_proxy_rows_inserted)
        session.bridge.documentsChanged.connect(self._on_documents_changed)
        session.currentDocumentChanged.connect(self._on_current_document_changed)

        self._restore_columns()
        self._on_proxy_model_reset()

    # -- public --------------------------------------------------------------------------
    def select_document(self, name: str) -> bool:
        """Select (and make current) the document named ``name``; False if it is not shown."""
        source = self.model.document_index(name)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)  # selects the row, which sets the current document
        self.tree.scrollTo(index)
        return True

    def selected_documents(self) -> list[Document]:
        docs = [i.data(DocumentRole) for i in self.tree.selectionModel().selectedRows(0)]
        return [d for d in docs if d is not None]

    def rename_document(self, doc: Document) -> None:
        new_name = self._ask_new_name(doc)
        if new_name is not None and new_name.strip() and new_name.strip() != doc.name:
            self._rename(doc, new_name)

    @guarded
    def _rename(self, doc: Document, new_name: str) -> None:
        self.session.project.documents.rename(doc.guid, new_name)
        self.session.statusMessage.emit(self.tr("Renamed {old} to {new}").format(old=doc.name, new=new_name.strip()))

    @guarded
    def set_document_kind(self, docs: list[Document], kind: str) -> None:
        for doc in docs:  # one undoable action per document, as the service gives them
            if doc.kind != kind:
                self.session.project.documents.set_kind(doc.guid, kind)

    @guarded
    def delete_documents(self, docs: list[Document]) -> None:
        if not docs or not self._confirm_delete(docs):
            return
        self.session.project.documents.delete([d.guid for d in docs])
        self.session.statusMessage.emit(self.tr("Deleted {n} document(s); Undo brings them back").format(n=len(docs)))

    def choose_columns(self) -> None:
        chosen = self._choose_columns(self.model.available_variables(), self.model.variable_columns())
        if chosen is not None:
            self.model.set_variable_columns(chosen)
            self._settings().setValue(COLUMNS_KEY, list(chosen))

    def build_context_menu(self, docs: list[Document]) -> QMenu:
        """The menu for ``docs`` (the selected documents); separate so tests can inspect it."""
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename…"))
        rename.setEnabled(len(docs) == 1)
        rename.triggered.connect(lambda: self.rename_document(docs[0]))
        kinds = menu.addMenu(self.tr("Set kind"))
        kinds.setEnabled(bool(docs))
        for kind in DOCUMENT_KINDS:
            action = kinds.addAction(kind_label(kind))
            action.setCheckable(True)
            action.setChecked(bool(docs) and all(d.kind == kind for d in docs))
            action.setData(kind)
            action.triggered.connect(lambda _checked=False, k=kind: self.set_document_kind(docs, k))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete…"))
        delete.setEnabled(bool(docs))
        delete.triggered.connect(lambda: self.delete_documents(docs))
        menu.addSeparator()
        menu.addAction(self.columns_action)
        return menu

    # -- dialogs (monkeypatched in tests) ---------------------------------------------------
    def _ask_new_name(self, doc: Document) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Rename document"), self.tr("New name:"),
                                        QLineEdit.EchoMode.Normal, doc.name)
        return text if ok else None

    def _confirm_delete(self, docs: list[Document]) -> bool:
        if len(docs) == 1:
            question = self.tr("Delete the document {name} and its codings?").format(name=docs[0].name)
        else:
            question = self.tr("Delete {n} documents and their codings?").format(n=len(docs))
        answer = QMessageBox.question(
            self, self.tr("Delete documents"), question + "\n\n" + self.tr("Undo brings it back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_columns(self, available: list[str], chosen: list[str]) -> list[str] | None:
        dialog = ColumnsDialog(available, chosen, self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _settings(self) -> QSettings:
        return QSettings("kvalkod", "kvalkod")  # the store ui/settings.py uses

    # -- slots ---------------------------------------------------------------------------
    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def _on_columns_triggered(self) -> None:
        self.choose_columns()

    def _on_delete_triggered(self) -> None:
        self.delete_documents(self.selected_documents())

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid() and index.data(DocumentRole) is not None:
            if not self.tree.selectionModel().isRowSelected(index.row(), index.parent()):
                self.tree.setCurrentIndex(index)
        self.build_context_menu(self.selected_documents()).exec(self.tree.viewport().mapToGlobal(pos))

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.tree.currentIndex()
        doc = current.data(DocumentRole) if current.isValid() else None
        if doc is None:
            docs = self.selected_documents()
            doc = docs[0] if len(docs) == 1 else None
        if doc is not None:
            self.session.set_current_document(doc)

    def _on_documents_changed(self) -> None:
        """Keep the session's current document true to the project after any change."""
        current = self.session.current_document
        if current is None:
            return
        index = self.model.document_index(current.guid)
        fresh = index.data(DocumentRole) if index.isValid() else None
        self.session.set_current_document(fresh)  # renamed: the new record; deleted: None
        self._select_current()

    def _on_current_document_changed(self, _doc: Document | None) -> None:
        self._select_current()

    def _on_proxy_model_reset(self) -> None:
        self.tree.expandAll()
        for column in range(self.proxy.columnCount()):  # new variable columns fit their values
            self.tree.resizeColumnToContents(column)
        # Long names yield (elided) so that the counts and variables stay in view
        others = sum(self.tree.columnWidth(c) for c in range(1, self.proxy.columnCount()))
        room = max(140, self.tree.viewport().width() - others)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), room))
        self._select_current()  # a reset drops the selection; the current document is still current

    def _on_proxy_layout_changed(self) -> None:
        self.tree.expandAll()

    def _on_proxy_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.tree.expandAll()

    # -- helpers -------------------------------------------------------------------------
    def _select_current(self) -> None:
        doc = self.session.current_document
        if doc is None:
            return
        index = self.proxy.mapFromSource(self.model.document_index(doc.guid))
        if index.isValid() and self.tree.currentIndex().data(DocumentRole) != doc:
            self.tree.setCurrentIndex(index)

    def _restore_columns(self) -> None:
        value = self._settings().value(COLUMNS_KEY, [])
        names = [value] if isinstance(value, str) else list(value or [])
        available = set(self.model.available_variables())
        self.model.set_variable_columns([n for n in names if n in available])


class ColumnsDialog(QDialog):
    """Tick the variables to show as columns beside the documents."""

    def __init__(self, available: list[str], chosen: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        self.list = QListWidget(self)
        for name in list(dict.fromkeys([*chosen, *available])):
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = self.tr("Variables shown as columns:") if available else self.tr("The documents have no variables yet.")
        layout.addWidget(QLabel(text, self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
