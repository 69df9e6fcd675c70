"""The codebook panel: where analysts build their codes and apply them.

Coding is "select text in the document, then click a code", so a plain click on a code codes
the document view's selection (and then must not start a rename). Reshaping the codebook is
drag and drop: onto a code asks move-or-merge, onto empty space moves to the top level.
Questions go through small ``_ask_*``/``_confirm`` methods so tests can answer them.

The model rebuilds after every change; the panel keeps expansion, selection and current code
across rebuilds by guid (stable across rename and move). A description is saved when the
editor loses focus or after a pause in typing, so one edit is one undo step, not one per key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QCursor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kvalkod.model import Code
from ui.errors import guarded
from ui.models.code_tree_model import COUNT_COLUMN, NAME_COLUMN, CodeRole, CodeTreeModel

DESCRIPTION_IDLE_MS = 800


class _CodeTree(QTreeView):
    """The tree; a click that codes the selection must not also start a rename."""

    def __init__(self, panel: "CodebookPanel"):
        super().__init__(panel)
        self._panel = panel
        self.dropping = False  # inside a real drop: questions wait until the drag has ended

    def edit(self, index, trigger=None, event=None):  # both overloads: edit(index) and the virtual
        if trigger is None:
            return super().edit(index)
        if trigger == QAbstractItemView.EditTrigger.SelectedClicked and self._panel.session.selection is not None:
            return False
        return super().edit(index, trigger, event)

    def dropEvent(self, event) -> None:
        self.dropping = True
        try:
            super().dropEvent(event)
        finally:
            self.dropping = False


class CodebookPanel(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = CodeTreeModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)  # a matching code shows its sub-codes
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self, placeholderText=self.tr("Filter codes"), clearButtonEnabled=True)
        self.tree = self._build_tree()
        session.aboutToClose.connect(self.commit_description)
        self.description_edit = QPlainTextEdit(
            self, placeholderText=self.tr("Description of the selected code"), tabChangesFocus=True)
        self.description_edit.installEventFilter(self)
        self._description_timer = QTimer(self, singleShot=True, interval=DESCRIPTION_IDLE_MS)
        self._description_guid: str | None = None  # whose description the editor shows
        self._pending_description: tuple[str, str] | None = None  # (guid, text) typed, not saved
        self._loading_description = False
        self._restoring = False
        self._reset_state: tuple | None = None
        self._unfiltered_state: tuple | None = None

        self.new_code_action = self._action(self.tr("New code"), self._on_new_code_action_triggered)
        self.new_sub_code_action = self._action(self.tr("New sub-code"), self._on_new_sub_code_action_triggered)
        self.delete_action = self._action(self.tr("Delete"), self._on_delete_action_triggered)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)
        self.colour_action = self._action(self.tr("Colour…"), self._on_colour_action_triggered)
        self.rename_action = self._action(self.tr("Rename"), self._on_rename_action_triggered)
        self.code_selection_action = self._action(self.tr("Code selection with this code"),
                                                  self._on_code_selection_action_triggered)
        toolbar = QToolBar(self, toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_code_action, self.new_sub_code_action, self.delete_action, self.colour_action])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.description_edit)
        splitter.setStretchFactor(0, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (toolbar, self.filter_edit, splitter):
            layout.addWidget(widget)

        self.proxy.modelAboutToBeReset.connect(self._on_proxy_model_about_to_be_reset)
        self.proxy.modelReset.connect(self._on_proxy_model_reset)
        self.model.codeDropped.connect(self._on_model_code_dropped)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.customContextMenuRequested.connect(self._on_tree_custom_context_menu_requested)
        self.description_edit.textChanged.connect(self._on_description_edit_text_changed)
        self._description_timer.timeout.connect(self._on_description_timer_timeout)
        self.tree.expandAll()
        self._update_actions()
        self._load_description()

    def _build_tree(self) -> "_CodeTree":
        tree = _CodeTree(self)
        tree.setModel(self.proxy)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A fixed width for counts up to seven digits: sized to its contents, the column was
        # measured over every row each time a count changed, a third of the cost of coding.
        tree.header().setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        tree.header().resizeSection(COUNT_COLUMN, tree.fontMetrics().horizontalAdvance("8888888") + 12)
        tree.setUniformRowHeights(True)
        return tree

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    # -- public --------------------------------------------------------------------------
    def current_code(self) -> Code | None:
        return self.model.code_at(self.proxy.mapToSource(self.tree.currentIndex()))

    def selected_codes(self) -> list[Code]:
        rows = self.tree.selectionModel().selectedRows(NAME_COLUMN)
        return [c for c in (self.model.code_at(self.proxy.mapToSource(i)) for i in rows) if c is not None]

    def select_code(self, path: str) -> bool:
        """Make the code at ``path`` current and selected (clearing a filter that hides it)."""
        source = self.model.index_for_path(path)
        if not source.isValid():
            return False
        if not self.proxy.mapFromSource(source).isValid():
            self.filter_edit.clear()
        index = self.proxy.mapFromSource(source)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    @guarded
    def commit_description(self) -> None:
        """Save a description still being typed (the main window calls this before closing)."""
        self._description_timer.stop()
        pending, self._pending_description = self._pending_description, None
        if pending is None:
            return
        code = self.model.code_at(self.model.index_for_guid(pending[0]))
        if code is not None and pending[1] != code.description:
            self.session.project.codebook.describe(code.path, description=pending[1])

    # -- questions (tests replace these) ---------------------------------------------------
    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("kvalkod"), text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_name(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return (text.strip() or None) if ok else None

    def _ask_color(self, initial: QColor) -> str | None:
        color = QColorDialog.getColor(initial, self, self.tr("Code colour"))
        return color.name() if color.isValid() else None

    def _ask_drop_action(self, source: Code, target: Code) -> str | None:
        """"move" (under ``target``), "merge" (into it) or None."""
        menu = QMenu(self)
        move = menu.addAction(self.tr("Move “{source}” under “{target}”").format(source=source.name, target=target.name))
        move.setEnabled(source.parent_id != target.id)
        merge = menu.addAction(self.tr("Merge “{source}” into “{target}”").format(source=source.name, target=target.name))
        menu.addSeparator()
        menu.addAction(self.tr("Cancel"))
        chosen = menu.exec(QCursor.pos())
        return "move" if chosen is move else "merge" if chosen is merge else None

    # -- actions -------------------------------------------------------------------------
    @guarded
    def _on_new_code_action_triggered(self, checked: bool = False) -> None:
        name = self._ask_name(self.tr("New code"), self.tr("Name (use / for sub-codes):"))
        if name:
            self.select_code(self.session.project.codebook.add(name).path)

    @guarded
    def _on_new_sub_code_action_triggered(self, checked: bool = False) -> None:
        parent = self.current_code()
        if parent is None:
            return
        name = self._ask_name(self.tr("New sub-code"), self.tr("Name of the sub-code under “{code}”:").format(
            code=parent.name))
        if name:
            self.select_code(self.session.project.codebook.add(f"{parent.path}/{name}").path)

    @guarded
    def _on_delete_action_triggered(self, checked: bool = False) -> None:
        code = self.current_code()
        if code is None:
            return
        subs = self.model.subtree(code)
        codings = sum(self.model.count(c) for c in [code, *subs])
        text = self.tr("Delete “{code}” with {subs} and {codings}? Undo brings it back.").format(
            code=code.path, subs=self.tr("%n sub-code(s)", "", len(subs)),
            codings=self.tr("%n coding(s)", "", codings))
        if self._confirm(text):
            self.session.project.codebook.delete(code.path)

    @guarded
    def _on_colour_action_triggered(self, checked: bool = False) -> None:
        code = self.current_code()
        color = self._ask_color(QColor(code.color)) if code else None
        if color:
            self.session.project.codebook.describe(code.path, color=color)

    def _on_rename_action_triggered(self, checked: bool = False) -> None:
        if self.tree.currentIndex().isValid():
            self.tree.edit(self.tree.currentIndex().siblingAtColumn(NAME_COLUMN))

    @guarded
    def _on_code_selection_action_triggered(self, checked: bool = False) -> None:
        code = self.current_code()
        if code is not None:
            self.session.code_selection(code)

    # -- the tree ------------------------------------------------------------------------
    @guarded
    def _on_tree_clicked(self, index: QModelIndex) -> None:
        """Select text, then click a code: that codes it (a modified click only selects)."""
        code = self.model.code_at(self.proxy.mapToSource(index))
        if code is None or self.session.selection is None or QApplication.keyboardModifiers():
            return
        if not code.codable:
            self.session.statusMessage.emit(self.tr("“{code}” is a folder and cannot be applied.").format(
                code=code.path))
            return
        self.session.code_selection(code)

    @guarded
    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        code = self.model.code_at(self.proxy.mapToSource(index))
        if code is not None and self.session.selection is not None and code.codable:
            self.session.code_selection(code)  # the click coded it already: applying again changes nothing

    def _on_tree_custom_context_menu_requested(self, pos) -> None:
        code = self.model.code_at(self.proxy.mapToSource(self.tree.indexAt(pos)))
        menu = QMenu(self)
        if code is not None:
            menu.addAction(self.code_selection_action)
            self.code_selection_action.setEnabled(self.session.selection is not None and code.codable)
            menu.addSeparator()
        menu.addAction(self.new_code_action)
        if code is not None:
            for action in (self.new_sub_code_action, self.rename_action, self.colour_action, self.delete_action):
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _on_model_code_dropped(self, source: Code, target: Code | None, on_target: bool) -> None:
        args = (source.guid, target.guid if target else None, on_target)
        if self.tree.dropping:  # ask once the drag is over, not inside its event loop
            QTimer.singleShot(0, self, lambda: self._handle_code_drop(*args))
        else:
            self._handle_code_drop(*args)

    @guarded
    def _handle_code_drop(self, source_guid: str, target_guid: str | None, on_target: bool) -> None:
        codebook = self.session.project.codebook
        source = self.model.code_at(self.model.index_for_guid(source_guid))
        target = self.model.code_at(self.model.index_for_guid(target_guid)) if target_guid else None
        if source is None or (target_guid and target is None):
            return
        if not on_target:  # empty area (top level) or between the rows of a code
            if source.parent_id != (target.id if target else None):
                self.select_code(codebook.move(source.path, target.path if target else None).path)
            return
        action = self._ask_drop_action(source, target)
        if action == "move" and source.parent_id != target.id:
            self.select_code(codebook.move(source.path, target.path).path)
        elif action == "merge":
            text = self.tr("Merge “{source}” into “{target}”? Its %n coding(s) move to {target}.", "",
                           self.model.count(source)).format(source=source.path, target=target.path)
            if self._confirm(text):
                self.select_code(codebook.merge(source.path, target.path).path)

    # -- keeping the view across rebuilds ------------------------------------------------------
    def _rows(self, parent: QModelIndex = QModelIndex()):
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, NAME_COLUMN, parent)
            yield index
            yield from self._rows(index)

    def _tree_state(self) -> tuple[set[str], set[str], list[str], str | None]:
        """(expanded guids, shown guids, selected guids, current guid)."""
        expanded, known = set(), set()
        for index in self._rows():
            guid = index.data(CodeRole).guid
            known.add(guid)
            if self.tree.isExpanded(index):
                expanded.add(guid)
        current = self.current_code()
        return expanded, known, [c.guid for c in self.selected_codes()], current.guid if current else None

    def _apply_tree_state(self, state) -> None:
        """Expand what was expanded and what is new; select again what still exists."""
        expanded, known, selected, current = state
        self._restoring = True
        try:
            selection = self.tree.selectionModel()
            for index in self._rows():
                guid = index.data(CodeRole).guid
                if guid in expanded or guid not in known:
                    self.tree.expand(index)
                if guid in selected:
                    selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
                if guid == current:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._restoring = False
        self._publish_selection()
        self._update_actions()
        self._load_description()

    def _on_proxy_model_about_to_be_reset(self) -> None:
        self._reset_state = self._tree_state()

    def _on_proxy_model_reset(self) -> None:
        if self._reset_state is not None:
            self._apply_tree_state(self._reset_state)
            self._reset_state = None

    def _on_filter_edit_text_changed(self, text: str) -> None:
        if text and not self.proxy.filterRegularExpression().pattern():
            self._unfiltered_state = self._tree_state()
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        elif self._unfiltered_state is not None:
            self._apply_tree_state(self._unfiltered_state)
            self._unfiltered_state = None

    def _on_selection_changed(self, selected=None, deselected=None) -> None:
        if not self._restoring:
            self._publish_selection()
            self._update_actions()

    def _on_current_changed(self, current=None, previous=None) -> None:
        if self._restoring:
            return
        if self._pending_description is not None:
            self._description_timer.start(0)  # not now: a rebuild inside a mouse press confuses the view
        self._update_actions()
        self._load_description()

    def _publish_selection(self) -> None:
        codes = self.selected_codes()
        if codes != self.session.selected_codes:
            self.session.set_selected_codes(codes)

    def _update_actions(self) -> None:
        has_code = self.current_code() is not None
        for action in (self.new_sub_code_action, self.delete_action, self.colour_action, self.rename_action):
            action.setEnabled(has_code)

    # -- description -----------------------------------------------------------------------
    def _load_description(self) -> None:
        code = self.current_code()
        guid = code.guid if code else None
        self.description_edit.setEnabled(code is not None)
        if self._pending_description is not None and self._pending_description[0] == guid:
            self._description_guid = guid
            return  # keep what is being typed
        text = code.description if code else ""
        if guid != self._description_guid or self.description_edit.toPlainText() != text:
            self._loading_description = True
            try:
                self.description_edit.setPlainText(text)
            finally:
                self._loading_description = False
        self._description_guid = guid

    def _on_description_edit_text_changed(self) -> None:
        if self._loading_description or self._description_guid is None:
            return
        if self._pending_description is not None and self._pending_description[0] != self._description_guid:
            self.commit_description()
        self._pending_description = (self._description_guid, self.description_edit.toPlainText())
        self._description_timer.start(DESCRIPTION_IDLE_MS)

    def _on_description_timer_timeout(self) -> None:
        self.commit_description()

    def hideEvent(self, event) -> None:
        self.commit_description()  # the window is closing or the panel is put away
        super().hideEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.description_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_description()
        return super().eventFilter(watched, event)
