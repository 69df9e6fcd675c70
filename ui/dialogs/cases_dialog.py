"""Cases: the people, offices or meetings the documents are about.

An analyst who interviewed the same manager twice, or collected notes from one office,
compares by case rather than by file. The dialog shows each case with its documents and
makes new ones from the documents chosen; each change is one undoable action of the case
service. The lists rebuild from the bridge, so undo in the main window shows here at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError
from kvalkod.model import Case

from ..errors import show_error

CaseRole = Qt.ItemDataRole.UserRole + 1


class CasesDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Cases"))
        self.resize(640, 420)

        self.case_tree = QTreeWidget(self)
        self.case_tree.setHeaderLabels([self.tr("Case and its documents")])
        self.case_tree.setAccessibleName(self.tr("Cases"))
        self.document_list = QListWidget(self)
        self.document_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.document_list.setAccessibleName(self.tr("Documents"))

        new_button = QPushButton(self.tr("New case…"), self)
        new_button.clicked.connect(self._on_new_case_clicked)
        self.add_button = QPushButton(self.tr("Add selected documents to case"), self)
        self.add_button.setToolTip(self.tr("Select a case on the left and documents on the right"))
        self.add_button.clicked.connect(self._on_add_documents_clicked)
        new_button.setAutoDefault(False)
        self.add_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Cases:"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Documents:"), self), 0, 1)
        grid.addWidget(self.case_tree, 1, 0)
        grid.addWidget(self.document_list, 1, 1)
        grid.addWidget(new_button, 2, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.add_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)

        self.case_tree.itemSelectionChanged.connect(self._update_buttons)
        self.document_list.itemSelectionChanged.connect(self._update_buttons)
        session.bridge.casesChanged.connect(self._on_cases_changed)
        session.bridge.documentsChanged.connect(self._on_documents_changed)
        self.refresh()

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_cases()
        self._fill_documents()
        self._update_buttons()

    def cases(self) -> dict[str, list[str]]:
        """What the dialog shows: case name -> its document names."""
        out = {}
        for i in range(self.case_tree.topLevelItemCount()):
            item = self.case_tree.topLevelItem(i)
            out[item.text(0)] = [item.child(j).text(0) for j in range(item.childCount())]
        return out

    def selected_case(self) -> str | None:
        items = self.case_tree.selectedItems()
        if not items:
            return None
        item = items[0].parent() or items[0]
        return item.data(0, CaseRole)

    def selected_documents(self) -> list[str]:
        return [item.text() for item in self.document_list.selectedItems()]

    def select_case(self, name: str) -> None:
        for i in range(self.case_tree.topLevelItemCount()):
            item = self.case_tree.topLevelItem(i)
            item.setSelected(item.data(0, CaseRole) == name)

    def select_documents(self, names: list[str]) -> None:
        for i in range(self.document_list.count()):
            item = self.document_list.item(i)
            item.setSelected(item.text() in names)

    def new_case(self, name: str, docs: list[str]) -> Case | None:
        try:
            case = self.session.project.cases.add(name, docs)
        except KvalkodError as exc:
            self._show_error(exc)
            return None
        self.session.statusMessage.emit(self.tr("Case {name} created with {n} document(s)").format(
            name=case.name, n=len(docs)))
        return case

    def add_documents_to_case(self, case: str, docs: list[str]) -> bool:
        if not docs:
            self.session.statusMessage.emit(self.tr("Select the documents to add first"))
            return False
        try:
            self.session.project.cases.add(case, docs)
        except KvalkodError as exc:
            self._show_error(exc)
            return False
        return True

    # -- dialogs (monkeypatched in tests) ---------------------------------------------------
    def _ask_new_case(self, preselected: list[str]) -> tuple[str, list[str]] | None:
        names = [d.name for d in sorted(self.session.project.documents.all(), key=lambda d: d.name.casefold())]
        dialog = NewCaseDialog(names, preselected, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name(), dialog.documents()

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)

    # -- slots ---------------------------------------------------------------------------
    def _on_new_case_clicked(self) -> None:
        answer = self._ask_new_case(self.selected_documents())
        if answer is not None:
            case = self.new_case(*answer)
            if case is not None:
                self.select_case(case.name)

    def _on_add_documents_clicked(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.add_documents_to_case(case, self.selected_documents())

    def _on_cases_changed(self) -> None:
        self._fill_cases()

    def _on_documents_changed(self) -> None:
        self.refresh()  # a renamed or deleted document shows in both lists

    # -- helpers -------------------------------------------------------------------------
    def _fill_cases(self) -> None:
        selected = self.selected_case()
        self.case_tree.clear()
        for case in sorted(self.session.project.cases.list(), key=lambda c: c["name"].casefold()):
            item = QTreeWidgetItem(self.case_tree, [case["name"]])
            item.setData(0, CaseRole, case["name"])
            if case["description"]:
                item.setToolTip(0, case["description"])
            for doc in case["documents"]:
                QTreeWidgetItem(item, [doc])
            item.setSelected(case["name"] == selected)
        self.case_tree.expandAll()

    def _fill_documents(self) -> None:
        selected = set(self.selected_documents())
        self.document_list.clear()
        for doc in sorted(self.session.project.documents.all(), key=lambda d: d.name.casefold()):
            item = QListWidgetItem(doc.name, self.document_list)
            item.setSelected(doc.name in selected)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.selected_case() is not None and bool(self.selected_documents()))


class NewCaseDialog(QDialog):
    """A name and the documents that belong to the new case (ticked)."""

    def __init__(self, documents: list[str], preselected: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. the person or office"))
        self.document_list = QListWidget(self)
        for name in documents:
            item = QListWidgetItem(name, self.document_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in preselected else Qt.CheckState.Unchecked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Documents:"), self.document_list)
        form.addRow(self.buttons)
        self._on_name_edit_text_changed("")

    def name(self) -> str:
        return self.name_edit.text().strip()

    def documents(self) -> list[str]:
        items = (self.document_list.item(i) for i in range(self.document_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _on_name_edit_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
