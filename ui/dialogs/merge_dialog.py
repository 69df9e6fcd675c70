"""Merge projects: bring other analysts' work into the open project, see what happened.

The analyst chooses the other projects; the dialog shows at once what the merge would do
(how many documents and codes are already here, how many come new) and lists the codes it
could not match, each with a choice: an existing code of this project, or "add as new".
Merging backs the project up first and is one undoable action; the report page then says
what came in, what was already here, and every conflict with what was decided.

``add_paths``, ``merge`` and ``report`` let tests drive the dialog without file pickers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError
from kvalkod.services.merge_report import MergeReport

from ..errors import show_error
from ..models.code_mapping_model import TARGET, ChoiceRole, CodeMappingModel

SETUP_PAGE, REPORT_PAGE = range(2)
PROJECT_FILTER = "kvalkod (*.kvalkod)"


class TargetCodeDelegate(QStyledItemDelegate):
    """A combo box of "add as new" and the project's codes for the mapping column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for choice in index.model().choices():
            combo.addItem(choice or self.tr("Add as new code"), choice)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(ChoiceRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.currentData(), ChoiceRole)


class MergeDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.report: MergeReport | None = None
        self._paths: list[str] = []
        self.setWindowTitle(self.tr("Merge projects"))
        self.resize(760, 560)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_setup_page())
        self.pages.addWidget(self._build_report_page())
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- pages ---------------------------------------------------------------------------
    def _build_setup_page(self) -> QWidget:
        page = QWidget(self)
        self.file_list = QListWidget(page)
        self.file_list.setAccessibleName(self.tr("Projects to merge into this one"))
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Add projects…"), page)
        add.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), page)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        for button in (add, self.remove_button):
            button.setAutoDefault(False)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.file_list, 1)
        files.addLayout(side)

        self.plan_label = QLabel(page)
        self.plan_label.setWordWrap(True)
        self.mapping_model = CodeMappingModel(self)
        self.mapping_view = QTableView(page)
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(TARGET, TargetCodeDelegate(self.mapping_view))
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.setAccessibleName(self.tr("Codes without a match"))
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_label = QLabel(self.tr(
            "Codes without a match in this project are added as new codes unless you choose one "
            "of this project's codes for them."), page)
        self.mapping_label.setWordWrap(True)

        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Merge these projects into the open one:"), page))
        layout.addLayout(files)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.mapping_view, 1)
        self.file_list.itemSelectionChanged.connect(self._update_buttons)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget(self)
        self.report_label = QLabel(page)
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_view = QTreeWidget(page)
        self.counts_view.setHeaderLabels([self.tr("What"), self.tr("Added"), self.tr("Duplicates skipped")])
        self.counts_view.setRootIsDecorated(False)
        self.conflicts_label = QLabel(page)
        self.conflicts_view = QTreeWidget(page)
        self.conflicts_view.setHeaderLabels([self.tr("Kind"), self.tr("What"), self.tr("In this project"),
                                             self.tr("In the other project"), self.tr("Decision")])
        self.conflicts_view.setRootIsDecorated(False)
        self.conflicts_view.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_label)
        layout.addWidget(self.counts_view, 1)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts_view, 2)
        return page

    # -- choosing projects ---------------------------------------------------------------
    def paths(self) -> list[str]:
        return list(self._paths)

    def add_paths(self, paths: Iterable[str | os.PathLike]) -> bool:
        """Add projects and show the new plan; a file that is not a project (or is this one)
        is refused with a message and nothing is added."""
        new = [str(p) for p in paths if str(p) not in self._paths]
        if not new:
            return False
        if not self._replan([*self._paths, *new]):
            return False
        for path in new:
            self._paths.append(path)
            item = QListWidgetItem(Path(path).name, self.file_list)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
        self._update_buttons()
        return True

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self._paths.remove(item.data(Qt.ItemDataRole.UserRole))
            self.file_list.takeItem(self.file_list.row(item))
        self._replan(self._paths)
        self._update_buttons()

    # -- merging -------------------------------------------------------------------------
    def merge(self) -> MergeReport | None:
        """Merge the chosen projects with the chosen code mapping; show the report page."""
        if not self._paths:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self.session.project.merge.merge(self._paths, mapping=self.mapping_model.mapping())
        except KvalkodError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._show_error(exc)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.report = report
        self._show_report(report)
        self.session.statusMessage.emit(self.tr("Merged {n} project(s); {k} conflict(s) in the report").format(
            n=len(report.sources), k=len(report.conflicts)))
        return report

    # -- dialogs (monkeypatched in tests) ---------------------------------------------------
    def _ask_source_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Projects to merge"), "", PROJECT_FILTER)
        return paths

    def _show_error(self, error: BaseException) -> None:
        show_error(self, error)

    # -- slots ---------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        paths = self._ask_source_files()
        if paths:
            self.add_paths(paths)

    def _on_remove_clicked(self) -> None:
        self.remove_selected()

    def _on_merge_clicked(self) -> None:
        self.merge()

    # -- helpers -------------------------------------------------------------------------
    def _replan(self, paths: list[str]) -> bool:
        project = self.session.project
        try:
            plans = project.merge.plan(paths) if paths else []
        except KvalkodError as exc:
            self._show_error(exc)
            return False
        self.mapping_model.set_plans(plans, [c.path for c in project.codebook.all()])
        lines = [self.tr("{project}: {same} of {documents} documents and {codes} of {all_codes} codes are "
                         "already in this project; {new} documents are new and {unmatched} codes have no match; "
                         "{codings} codings.").format(
            project=Path(plan.path).name, same=len(plan.documents) - plan.count("documents", "added"),
            documents=len(plan.documents), codes=len(plan.codes) - len(plan.unmatched), all_codes=len(plan.codes),
            new=plan.count("documents", "added"), unmatched=len(plan.unmatched), codings=plan.codings)
            for plan in plans]
        self.plan_label.setText("\n".join(lines))
        self.mapping_label.setVisible(self.mapping_model.rowCount() > 0)
        self.mapping_view.setVisible(self.mapping_model.rowCount() > 0)
        return True

    def _show_report(self, report: MergeReport) -> None:
        data = report.as_dict()
        sources = ", ".join(Path(s).name for s in report.sources)
        self.report_label.setText(self.tr(
            "Merged {sources} into this project. Undo takes the whole merge back.\n"
            "A copy of the project as it was before: {backup}").format(sources=sources, backup=report.backup))
        self.counts_view.clear()
        for key, added in data["added"].items():
            skipped = data["skipped_duplicates"].get(key, 0)
            if added or skipped:
                QTreeWidgetItem(self.counts_view, [self._label(key), str(added), str(skipped)])
        self.conflicts_label.setText(self.tr("{n} conflict(s): where both projects differ, this project's "
                                             "version was kept.").format(n=len(report.conflicts)))
        self.conflicts_view.clear()
        for c in report.conflicts:
            QTreeWidgetItem(self.conflicts_view, [self._kind(c["kind"]), c["thing"], _text(c["target_value"]),
                                                  _text(c["source_value"]), c["resolution"]])
        self.pages.setCurrentIndex(REPORT_PAGE)
        self._update_buttons()

    def _label(self, key: str) -> str:
        labels = {
            "documents": self.tr("Documents"), "codes": self.tr("Codes"), "codings": self.tr("Codings"),
            "coders": self.tr("Coders"), "memos": self.tr("Memos"), "cases": self.tr("Cases"),
            "case_documents": self.tr("Documents in cases"), "variables": self.tr("Variables"),
            "variable_values": self.tr("Variable values"), "scenes": self.tr("Scenes"),
            "scene_sources": self.tr("Scene passages"), "scene_codes": self.tr("Scene codes"),
            "summaries": self.tr("Summaries"), "summary_links": self.tr("Summary links"),
            "comments": self.tr("Comments"), "condensations": self.tr("Condensed meanings"),
            "report_items": self.tr("Report outline items"), "report_item_codings": self.tr("Quotes in the outline"),
            "name_map": self.tr("Pseudonyms"), "saved_queries": self.tr("Saved queries"), "sets": self.tr("Sets"),
            "set_members": self.tr("Set members"), "project_settings": self.tr("Project settings"),
        }
        return labels.get(key, key)

    def _kind(self, kind: str) -> str:
        kinds = {
            "document": self.tr("Document"), "code": self.tr("Code"), "coding": self.tr("Coding"),
            "coding_memo": self.tr("Coding memo"), "case": self.tr("Case"), "variable": self.tr("Variable"),
            "variable_value": self.tr("Variable value"), "scene": self.tr("Scene"), "summary": self.tr("Summary"),
            "memo": self.tr("Memo"), "condensation": self.tr("Condensed meaning"), "pseudonym": self.tr("Pseudonym"),
            "saved_query": self.tr("Saved query"), "set": self.tr("Set"), "report_outline": self.tr("Report outline"),
            "project_setting": self.tr("Project setting"),
        }
        return kinds.get(kind, kind)

    def _update_buttons(self) -> None:
        on_setup = self.pages.currentIndex() == SETUP_PAGE
        self.merge_button.setVisible(on_setup)
        self.merge_button.setEnabled(on_setup and bool(self._paths))
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()))


def _text(value) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return "" if value is None else str(value)
