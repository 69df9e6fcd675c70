"""The report outline editor: draft the outline from the codebook, then shape it into the
report (chapters, texts, quotes, scenes, summaries, matrices, appendices), and export it to
Word or Markdown.

The outline is the analyst's own work, so drafting anew asks before it replaces one. Every
change is one service call (undoable, refreshed from the bridge); the list can be reordered
by dragging or with the move buttons, and the selected item is edited and previewed below.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyledItemDelegate,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import KvalkodError

from .. import errors
from ..errors import guarded
from ..models.outline_model import GuidRole, LevelRole, OutlineModel, kind_label
from .outline_item_editor import OutlineItemEditor

INDENT = 16  # pixels per level of the report's structure
TEXT_KINDS = ("chapter", "section", "heading", "paragraph", "bullets", "appendix")  # in the Add menu's order
LONG_TEXT_KINDS = ("paragraph", "bullets")  # asked for in a multi-line dialog


class _IndentDelegate(QStyledItemDelegate):
    """Indents sections under their chapter and texts under their section."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.rect.adjust(INDENT * (index.data(LevelRole) or 0), 0, 0, 0)


class OutlineEditor(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = OutlineModel(session, self)
        self._segment_source: Callable[[], list[dict]] | None = None
        self._template = session.project.report.attribution_template

        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(True)
        self.list.setItemDelegate(_IndentDelegate(self.list))
        self.item_editor = OutlineItemEditor(session, self.model, self)
        self.template_edit = QLineEdit(self._template, self)
        self.template_edit.setToolTip(self.tr(
            "How a quote is introduced; {roll}, {kontor} and other variables of the quoted document "
            "are filled in"))

        template_row = QHBoxLayout()
        template_row.addWidget(QLabel(self.tr("Quote lead-in template:"), self))
        template_row.addWidget(self.template_edit, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.item_editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(splitter, 1)
        layout.addLayout(template_row)

        self.draft_action.triggered.connect(self._on_draft_triggered)
        for kind, action in self.add_actions.items():
            action.triggered.connect(lambda checked=False, k=kind: self._on_add_text_triggered(k))
        self.quote_action.triggered.connect(self._on_quote_triggered)
        self.scene_action.triggered.connect(self._on_scene_triggered)
        self.summary_action.triggered.connect(self._on_summary_triggered)
        self.matrix_action.triggered.connect(self._on_matrix_triggered)
        self.up_action.triggered.connect(self._on_up_triggered)
        self.down_action.triggered.connect(self._on_down_triggered)
        self.remove_action.triggered.connect(self._on_remove_triggered)
        self.export_docx_action.triggered.connect(self._on_export_docx_triggered)
        self.export_markdown_action.triggered.connect(self._on_export_markdown_triggered)
        self.template_edit.editingFinished.connect(self._on_template_edited)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.rowsMoved.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        session.bridge.historyChanged.connect(self._on_history_changed)
        self._update_actions()

    def _toolbar(self) -> QToolBar:
        """Draft, Add ▸ (every kind of item), move, remove, Export ▸ (Word, Markdown)."""
        self.draft_action = QAction(self.tr("Draft from codebook"), self)
        self.draft_action.setToolTip(self.tr("Store an outline drafted from the codebook, to edit from there"))
        self.add_actions: dict[str, QAction] = {}
        add_menu = QMenu(self)
        for kind in TEXT_KINDS:
            self.add_actions[kind] = add_menu.addAction(kind_label(kind) + "…")
        add_menu.addSeparator()
        self.quote_action = add_menu.addAction(self.tr("Quote from the selected segments"))
        self.scene_action = add_menu.addAction(self.tr("Scene…"))
        self.summary_action = add_menu.addAction(self.tr("Summary…"))
        self.matrix_action = add_menu.addAction(self.tr("Matrix…"))
        add_button = QToolButton(self)
        add_button.setText(self.tr("Add"))
        add_button.setMenu(add_menu)
        add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.up_action = QAction(self.tr("Move up"), self)
        self.down_action = QAction(self.tr("Move down"), self)
        self.remove_action = QAction(self.tr("Remove"), self)
        export_menu = QMenu(self)
        self.export_docx_action = export_menu.addAction(self.tr("Export to Word…"))
        self.export_markdown_action = export_menu.addAction(self.tr("Export to Markdown…"))
        export_button = QToolButton(self)
        export_button.setText(self.tr("Export"))
        export_button.setMenu(export_menu)
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = QToolBar(self)
        toolbar.addAction(self.draft_action)
        toolbar.addWidget(add_button)
        for action in (self.up_action, self.down_action, self.remove_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(export_button)
        return toolbar

    # -- public --------------------------------------------------------------------------
    def current_guid(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(GuidRole) if index.isValid() else None

    def select_item(self, guid: str) -> None:
        index = self.model.index(self.model.row_of(guid))
        if index.isValid():
            self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list.scrollTo(index)

    def set_segment_source(self, source: Callable[[], list[dict]]) -> None:
        """Where "Quote from the selected segments" takes its segments (the segments panel's
        ``selected_segments``): dicts with a ``guid``."""
        self._segment_source = source

    @guarded
    def draft_from_codebook(self) -> None:
        """Store the outline drafted from the codebook; an existing one is replaced only if the
        analyst agrees (undo brings it back either way)."""
        replace = bool(self.model.rowCount())
        if replace and QMessageBox.question(
                self, self.tr("Draft from codebook"),
                self.tr("Replace the report outline with a new draft from the codebook? "
                        "Undo brings the current outline back.")) != QMessageBox.StandardButton.Yes:
            return
        self.item_editor.save_now()
        items = self.session.project.outline.draft(replace=replace)
        self.session.statusMessage.emit(self.tr("Drafted an outline of {n} items").format(n=len(items)))
        if items:
            self.select_item(items[0]["guid"])

    @guarded
    def add_text_item(self, kind: str, text: str) -> dict | None:
        """A chapter, section, heading, paragraph, bullet list or appendix after the selected item."""
        return self._add(kind, text)

    @guarded
    def add_quote(self, coding_guids: list[str]) -> dict | None:
        """One quote of the given coded segments (non-contiguous ones are joined with "[…]")."""
        if not coding_guids:
            self.session.statusMessage.emit(self.tr("Select coded segments first"))
            return None
        return self._add("quote", codings=coding_guids)

    @Slot(list)
    def add_segments(self, segments: list) -> None:
        """Slot: the segments panel's selected rows (dicts with a ``guid``) as one quote."""
        self.add_quote([row["guid"] for row in segments])

    @guarded
    def add_scene(self, guid: str) -> dict | None:
        return self._add("scene", scene=guid)

    @guarded
    def add_summary(self, guid: str) -> dict | None:
        return self._add("summary", summary=guid)

    @guarded
    def add_matrix(self, rows: str, codes: list[str], caption: str = "") -> dict | None:
        return self._add("matrix", caption, options={"rows": rows, "codes": codes})

    @guarded
    def move_current(self, steps: int) -> None:
        guid = self.current_guid()
        if guid is None:
            return
        to = max(0, min(self.model.rowCount() - 1, self.list.currentIndex().row() + steps))
        if to != self.list.currentIndex().row():
            self.item_editor.save_now()
            self.session.project.outline.move(guid, to)

    @guarded
    def remove_current(self) -> None:
        guid = self.current_guid()
        if guid is None:
            return
        item = self.model.item(guid)
        self.item_editor.save_timer.stop()  # the item goes; what was typed into it goes with it
        self.session.project.outline.remove(guid)
        self.session.statusMessage.emit(self.tr("Removed: {kind} (Undo brings it back)").format(
            kind=kind_label(item["kind"])))

    def set_attribution_template(self, template: str) -> bool:
        """Store the lead-in template; a template that is not valid is refused with a message
        and the field shows the stored one again."""
        report = self.session.project.report
        try:
            if template.strip() != report.attribution_template:
                report.set_attribution_template(template)
        except KvalkodError as exc:
            errors.show_error(self, exc)
            self.template_edit.setText(report.attribution_template)
            return False
        return True

    def export_docx(self, path: str) -> list[str]:
        """Write the report as a Word document; returns the warnings (styles a template lacks)."""
        from kvalkod.exporters.report_docx import write_docx

        self.item_editor.save_now()
        try:
            return write_docx(self.session.project.report.blocks(), path)
        except OSError as exc:
            raise KvalkodError(self.tr("Could not write {path}: {error}").format(path=path, error=exc)) from exc

    def export_markdown(self, path: str) -> None:
        from kvalkod.exporters.report_markdown import write_markdown

        self.item_editor.save_now()
        try:
            write_markdown(self.session.project.report.blocks(), path)
        except OSError as exc:
            raise KvalkodError(self.tr("Could not write {path}: {error}").format(path=path, error=exc)) from exc

    # -- helpers -------------------------------------------------------------------------
    def _add(self, kind: str, text: str = "", **references) -> dict:
        self.item_editor.save_now()
        current = self.list.currentIndex()
        at = current.row() + 1 if current.isValid() else None
        item = self.session.project.outline.add(kind, text, at=at, **references)
        self.select_item(item["guid"])
        return item

    def _choose(self, title: str, label: str, choices: list[tuple[str, str]]) -> str | None:
        """The guid of one of ``choices`` ((text, guid) pairs), asked for; None if cancelled."""
        if not choices:
            self.session.statusMessage.emit(self.tr("There is nothing of that kind in the project yet"))
            return None
        texts = [text for text, _ in choices]
        text, ok = QInputDialog.getItem(self, title, label, texts, 0, False)
        return choices[texts.index(text)][1] if ok and text in texts else None

    def _update_actions(self, *args) -> None:
        row = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.remove_action.setEnabled(row >= 0)

    # -- slots ---------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.item_editor.show_item(current.data(GuidRole) if current.isValid() else None)
        self._update_actions()

    def _on_draft_triggered(self) -> None:
        self.draft_from_codebook()

    def _on_add_text_triggered(self, kind: str) -> None:
        title, label = self.tr("Add to the outline"), kind_label(kind) + ":"
        if kind in LONG_TEXT_KINDS:
            text, ok = QInputDialog.getMultiLineText(self, title, label)
        else:
            text, ok = QInputDialog.getText(self, title, label)
        if ok and text.strip():
            self.add_text_item(kind, text)
            self.item_editor.editor.setFocus()

    def _on_quote_triggered(self) -> None:
        self.add_segments(self._segment_source() if self._segment_source is not None else [])

    def _on_scene_triggered(self) -> None:
        scenes = self.session.project.scenes.list()
        guid = self._choose(self.tr("Add a scene"), self.tr("Scene:"), [(s["title"], s["guid"]) for s in scenes])
        if guid is not None:
            self.add_scene(guid)

    def _on_summary_triggered(self) -> None:
        summaries = self.session.project.summaries.list()
        choices = [(" × ".join(x for x in (s["code"], s["case"], s["document"]) if x), s["guid"]) for s in summaries]
        guid = self._choose(self.tr("Add a summary"), self.tr("Summary of:"), choices)
        if guid is not None:
            self.add_summary(guid)

    def _on_matrix_triggered(self) -> None:
        from ..dialogs.outline_matrix_dialog import MatrixDialog

        dialog = MatrixDialog(self.session, self)
        if dialog.exec() == MatrixDialog.DialogCode.Accepted and dialog.codes():
            self.add_matrix(dialog.rows(), dialog.codes(), dialog.caption())

    def _on_up_triggered(self) -> None:
        self.move_current(-1)

    def _on_down_triggered(self) -> None:
        self.move_current(+1)

    def _on_remove_triggered(self) -> None:
        self.remove_current()

    @guarded
    def _on_export_docx_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Word"), "rapportutkast.docx",
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        warnings = self.export_docx(path)
        self.session.statusMessage.emit(self.tr("Exported the report to {path}").format(path=path))
        if warnings:
            QMessageBox.information(self, self.tr("Export to Word"), "\n".join(warnings))

    @guarded
    def _on_export_markdown_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Markdown"), "rapportutkast.md",
                                              self.tr("Markdown files (*.md)"))
        if path:
            self.export_markdown(path)
            self.session.statusMessage.emit(self.tr("Exported the report to {path}").format(path=path))

    def _on_template_edited(self) -> None:
        self.set_attribution_template(self.template_edit.text())

    def _on_history_changed(self) -> None:
        """An edit of the template, or its undo: the field and the preview follow."""
        template = self.session.project.report.attribution_template
        if template != self._template:
            self._template = template
            if not self.template_edit.hasFocus():
                self.template_edit.setText(template)
            self.item_editor.show_item(self.item_editor.guid)
