"""The coding-query panel: type a query over codes (AND, OR, NOT, OVERLAPS, WITHIN, NEAR),
narrow it by coder and by a document or case variable, run it, and keep it under a name.

The results go to the coded-segments panel (``segmentsRequested``), where the analyst already
reads, filters, jumps to and exports segments; this panel only asks. Codes are inserted from a
picker, quoted as the syntax needs, so nobody has to type "Hanteringsstrategier/Rörelse till
brukaren" by hand. A mistyped query is explained under the box, with the cursor put where
the fault is, instead of in a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError
from kvalkod.services.queries import describe_filters
from kvalkod.services.query_language import QuerySyntaxError, quote
from kvalkod.text.offsets import OffsetMap

from ..combo import long_item_combo
from ..errors import guarded
from ..models.query_list_model import QueryListModel, SavedQueryRole
from .search_panel import wait_cursor


class QueryPanel(QWidget):
    # what a query found, for the coded-segments panel: (title, [segment dict])
    segmentsRequested = Signal(str, list)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.saved_model = QueryListModel(session, self)
        self._values: dict[str, list[str]] = {}  # variable -> its values (documents' and cases')

        self.expression_edit = QLineEdit(self)
        self.expression_edit.setPlaceholderText(self.tr('e.g. "Rörelse till brukaren" AND NOT Aktörer'))
        self.expression_edit.setClearButtonEnabled(True)
        self.run_button = QPushButton(self.tr("Run"), self)
        self.code_combo = long_item_combo(self, 16)
        self.code_combo.setEditable(True)
        self.code_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.code_combo.lineEdit().setPlaceholderText(self.tr("Insert a code…"))
        self.code_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.code_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.code_combo.setToolTip(self.tr("Insert a code path into the query (quoted where needed)"))
        self.operator_button = QToolButton(self)
        self.operator_button.setText(self.tr("Operator"))
        self.operator_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.operator_button.setMenu(self._operator_menu())
        self.coder_combo = long_item_combo(self, 8)
        self.coder_combo.setToolTip(self.tr("Only the codings of one coder"))
        self.variable_combo = long_item_combo(self, 8)
        self.variable_combo.setToolTip(self.tr("Only documents with a value of a variable (their own or their case's)"))
        self.value_combo = long_item_combo(self, 8)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()

        self.saved_view = QListView(self)
        self.saved_view.setModel(self.saved_model)
        self.saved_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saved_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.saved_view.setAccessibleName(self.tr("Saved queries"))
        self.delete_action = QAction(self.tr("Delete query"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.saved_view.addAction(self.delete_action)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setEnabled(False)

        query_row = QHBoxLayout()
        query_row.addWidget(self.expression_edit, 1)
        query_row.addWidget(self.run_button)
        insert_row = QHBoxLayout()
        insert_row.addWidget(self.code_combo, 1)
        insert_row.addWidget(self.operator_button)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.coder_combo)
        filter_row.addWidget(self.variable_combo)
        filter_row.addWidget(self.value_combo)
        filter_row.addStretch(1)
        saved_row = QHBoxLayout()
        saved_label = QLabel(self.tr("Saved queries (double-click runs):"), self)
        saved_label.setWordWrap(True)
        saved_row.addWidget(saved_label, 1)
        saved_row.addWidget(self.save_button)
        saved_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in (query_row, insert_row, filter_row):
            layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(saved_row)
        layout.addWidget(self.saved_view, 1)

        self.expression_edit.returnPressed.connect(self._on_return_pressed)
        self.expression_edit.textEdited.connect(self._on_text_edited)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.code_combo.activated.connect(self._on_code_activated)
        self.variable_combo.currentIndexChanged.connect(self._on_variable_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.saved_view.clicked.connect(self._on_saved_clicked)
        self.saved_view.doubleClicked.connect(self._on_saved_double_clicked)
        self.saved_view.customContextMenuRequested.connect(self._on_saved_context_menu)
        self.saved_view.selectionModel().currentChanged.connect(self._on_saved_current_changed)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.delete_button.clicked.connect(self._on_delete_triggered)
        bridge = session.bridge
        bridge.codesChanged.connect(self._on_codes_changed)
        bridge.codingsChanged.connect(self._on_codings_changed)
        bridge.variablesChanged.connect(self._on_variables_changed)
        bridge.casesChanged.connect(self._on_variables_changed)
        self._fill_codes()
        self._fill_coders()
        self._fill_variables()

    # -- public --------------------------------------------------------------------------
    def definition(self) -> dict:
        """The query in the box with the chosen filters (KvalkodError if it cannot be read)."""
        variable, value = self.variable_combo.currentData(), self.value_combo.currentData()
        return self.session.project.queries.definition(
            self.expression_edit.text(), coder=self.coder_combo.currentData(),
            variables={variable: [value]} if variable is not None and value is not None else None)

    def run(self) -> list[dict] | None:
        """Run the query in the box and hand its segments on; None (and the reason shown under
        the box) when it cannot run."""
        try:
            definition = self.definition()
            with wait_cursor():
                segments = self.session.project.queries.run(definition)
        except KvalkodError as exc:
            self._show_error(exc)
            return None
        self._show_error(None)
        self._hand_on(self.tr("Query: {query}").format(query=self.expression_edit.text().strip()), segments)
        return segments

    def run_saved(self, name: str) -> list[dict] | None:
        """Run a saved query as it was saved, filters included."""
        try:
            with wait_cursor():
                segments = self.session.project.queries.run(name)
        except KvalkodError as exc:
            self._show_error(exc)
            return None
        self._show_error(None)
        self._hand_on(name, segments)
        return segments

    def save_as(self, name: str) -> bool:
        """Save the query in the box under ``name`` (one undoable action)."""
        try:
            self.session.project.queries.save(name, self.definition())
        except KvalkodError as exc:
            self._show_error(exc)
            return False
        self._show_error(None)
        row = self.saved_model.row_of(name.strip())
        if row >= 0:
            self.saved_view.setCurrentIndex(self.saved_model.index(row))
        self.session.statusMessage.emit(self.tr("Saved the query {name}").format(name=name.strip()))
        return True

    def insert(self, text: str) -> None:
        """Put ``text`` at the cursor of the query box, with a space on either side as needed."""
        edit = self.expression_edit
        current = edit.text()
        offsets = OffsetMap(current)
        at = offsets.to_codepoint(edit.cursorPosition())
        before, after = current[:at], current[at:]
        if before and not before.endswith((" ", "(")):
            text = " " + text
        if after and not after.startswith((" ", ")")):
            text += " "
        edit.setText(before + text + after)
        edit.setCursorPosition(OffsetMap(before + text).to_utf16(len(before + text)))
        edit.setFocus()

    def insert_code(self, path: str) -> None:
        self.insert(quote(path))

    def load_saved(self, saved: dict) -> None:
        """Put a saved query into the box and the filters, to run as it is or to change."""
        definition = saved["definition"]
        filters = definition["filters"]
        self.expression_edit.setText(saved["expression"])
        self.coder_combo.setCurrentIndex(max(self.coder_combo.findData(filters["coder"]), 0))
        variables = filters["variables"]
        shown = len(variables) == 1 and len(next(iter(variables.values()))) == 1
        variable, values = next(iter(variables.items())) if shown else (None, [None])
        self.variable_combo.setCurrentIndex(max(self.variable_combo.findData(variable), 0))
        self.value_combo.setCurrentIndex(max(self.value_combo.findData(values[0]), 0))
        hidden = {"coder": None, "documents": filters["documents"], "variables": {} if shown else variables}
        self.hint_label.setVisible(bool(filters["documents"] or hidden["variables"]))
        hint = self.tr("The saved query also filters by {filters}; double-click it to run it with them.")
        self.hint_label.setText(hint.format(filters=describe_filters(hidden)))
        self._show_error(None)

    # -- helpers -------------------------------------------------------------------------
    def _operator_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for word, tip in (
            ("AND", self.tr("The text coded with both")),
            ("OR", self.tr("The segments of either")),
            ("NOT", self.tr("Segments of the left side that overlap none of the right side")),
            ("OVERLAPS", self.tr("Segments of the left side that overlap one of the right side")),
            ("WITHIN", self.tr("Segments of the left side lying inside one of the right side")),
            ("NEAR/200", self.tr("Segments of the left side at most 200 characters from one of the right side")),
            ("NEAR/PARAGRAPH", self.tr("Segments of the left side sharing a paragraph with one of the right side")),
            ("NEAR/TURN", self.tr("Segments of the left side sharing a speaker turn with one of the right side")),
            ("ONLY", self.tr("The code without its sub-codes (put it before the code)")),
        ):
            action = menu.addAction(word)
            action.setToolTip(tip)
            action.triggered.connect(lambda checked=False, w=word: self.insert(w))
        return menu

    def _hand_on(self, title: str, segments: list[dict]) -> None:
        self.segmentsRequested.emit(title, segments)
        self.session.statusMessage.emit(self.tr("The query found {n} segments").format(n=len(segments)))

    def _show_error(self, error: KvalkodError | None) -> None:
        self.error_label.setVisible(error is not None)
        self.error_label.setText(str(error) if error is not None else "")
        if isinstance(error, QuerySyntaxError):
            text = self.expression_edit.text()
            at = min(error.position, len(text))
            self.expression_edit.setCursorPosition(OffsetMap(text).to_utf16(at))
            self.expression_edit.setFocus()

    def _fill_combo(self, combo: QComboBox, first: str | None, items: list[str]) -> None:
        """Replace a combo's items, keeping the chosen one if it is still there."""
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if first is not None:
            combo.addItem(first, None)
        for item in items:
            combo.addItem(item, item)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def _fill_codes(self) -> None:
        self.code_combo.blockSignals(True)
        self.code_combo.clear()
        for code in self.session.project.codebook.all():
            self.code_combo.addItem(code.path, code.path)
        self.code_combo.setCurrentIndex(-1)
        self.code_combo.blockSignals(False)

    def _fill_coders(self) -> None:
        names = sorted(set(self.session.project.coding.coder_names().values()), key=str.casefold)
        self._fill_combo(self.coder_combo, self.tr("All coders"), names)

    def _fill_variables(self) -> None:
        values: dict[str, set[str]] = {}
        for per_document in self.session.project.variables.by_document().values():
            for name, value in per_document.items():
                values.setdefault(name, set()).add(value)
        self._values = {name: sorted(found, key=str.casefold) for name, found in values.items()}
        self._fill_combo(self.variable_combo, self.tr("Any variable"), sorted(self._values, key=str.casefold))
        self._fill_values()

    def _fill_values(self) -> None:
        variable = self.variable_combo.currentData()
        self._fill_combo(self.value_combo, self.tr("All values"), self._values.get(variable, []))
        self.value_combo.setEnabled(variable is not None)

    def _current_saved(self) -> dict | None:
        index = self.saved_view.currentIndex()
        return index.data(SavedQueryRole) if index.isValid() else None

    # -- slots ---------------------------------------------------------------------------
    def _on_return_pressed(self) -> None:
        self.run()

    def _on_run_clicked(self) -> None:
        self.run()

    def _on_text_edited(self, text: str) -> None:
        self.error_label.hide()
        self.hint_label.hide()  # an edited query is no longer the saved one

    def _on_code_activated(self, index: int) -> None:
        path = self.code_combo.itemData(index)
        if path:
            self.insert_code(path)
        self.code_combo.setCurrentIndex(-1)
        self.code_combo.clearEditText()

    def _on_variable_changed(self, index: int) -> None:
        self._fill_values()

    @guarded
    def _on_save_clicked(self) -> None:
        current = self._current_saved()
        name, ok = QInputDialog.getText(self, self.tr("Save query"), self.tr("Name of the query:"),
                                        QLineEdit.EchoMode.Normal, current["name"] if current else "")
        if not ok or not name.strip():
            return
        if self.saved_model.row_of(name.strip()) >= 0:
            answer = QMessageBox.question(
                self, self.tr("Save query"),
                self.tr("A query named {name} is saved already. Replace it?").format(name=name.strip()))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_as(name)

    def _on_saved_clicked(self, index: QModelIndex) -> None:
        saved = index.data(SavedQueryRole)
        if saved is not None:
            self.load_saved(saved)

    def _on_saved_double_clicked(self, index: QModelIndex) -> None:
        saved = index.data(SavedQueryRole)
        if saved is not None:
            self.run_saved(saved["name"])

    def _on_saved_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.delete_button.setEnabled(current.isValid())

    def _on_saved_context_menu(self, pos: QPoint) -> None:
        index = self.saved_view.indexAt(pos)
        if not index.isValid():
            return
        self.saved_view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Run"), lambda: self.run_saved(index.data(SavedQueryRole)["name"]))
        menu.addAction(self.delete_action)
        menu.exec(self.saved_view.viewport().mapToGlobal(pos))

    @guarded
    def _on_delete_triggered(self, checked: bool = False) -> None:
        saved = self._current_saved()
        if saved is None:
            return
        self.session.project.queries.delete(saved["name"])
        self.session.statusMessage.emit(
            self.tr("Deleted the query {name} (Undo brings it back)").format(name=saved["name"]))

    def _on_codes_changed(self) -> None:
        self._fill_codes()

    def _on_codings_changed(self) -> None:
        self._fill_coders()  # a new coder arrives with their first coding

    def _on_variables_changed(self) -> None:
        self._fill_variables()
