"""The scenes panel: the project's "Scen: …" vignettes, narrowed by theme and status, made
from the passage selected in the document, and edited below the list.

A scene is built the way the analyst reads: mark a passage in a field note, make a scene
of it, add further passages, then write. The panel also answers the question asked while
reading: which scenes already use the passage selected here?

Every change is one service call, so it is undoable and the list refreshes from the bridge.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kvalkod.errors import NotFoundError
from kvalkod.model import SCENE_STATUSES, Scene

from ..errors import guarded
from ..models.scene_list_model import (
    THEMES_COLUMN,
    TITLE_COLUMN,
    GuidRole,
    SceneFilterProxy,
    SceneListModel,
    status_label,
)
from ..models.segment_table_model import one_line
from .scene_editor import SceneEditor

PASSAGE_DELAY_MS = 150  # the scenes of a selection are looked up once a drag has settled
TITLE_SUGGESTION = 50  # characters of the selected text offered as a new scene's title


class ScenesPanel(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = SceneListModel(session, self)
        self.proxy = SceneFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.new_action = QAction(self.tr("New scene from selection"), self)
        self.new_action.setToolTip(self.tr("Make a scene of the passage selected in the document"))
        self.add_selection_action = QAction(self.tr("Add selection to scene"), self)
        self.add_selection_action.setToolTip(self.tr("Add the passage selected in the document to this scene"))
        self.delete_action = QAction(self.tr("Delete scene"), self)
        toolbar = QToolBar(self)
        for action in (self.new_action, self.add_selection_action, self.delete_action):
            toolbar.addAction(action)

        self.theme_combo = QComboBox(self)
        self.theme_combo.setToolTip(self.tr("Show the scenes that illustrate a theme (or its sub-codes)"))
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in SCENE_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # title and themes share what the narrow dock leaves (a fixed width for the themes left
        # the titles an ellipsis)
        header.setSectionResizeMode(THEMES_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.passage_label = QLabel(self)
        self.passage_label.setWordWrap(True)
        self.passage_label.setTextFormat(Qt.TextFormat.RichText)
        self.editor = SceneEditor(session, self.model, self)
        self._passage_timer = QTimer(self, singleShot=True, interval=PASSAGE_DELAY_MS)

        filters = QHBoxLayout()
        filters.addWidget(self.theme_combo, 1)
        filters.addWidget(self.status_combo)
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(toolbar)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.passage_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.new_action.triggered.connect(self._on_new_triggered)
        self.add_selection_action.triggered.connect(self._on_add_selection_triggered)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.theme_combo.currentIndexChanged.connect(self._on_theme_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.passage_label.linkActivated.connect(self._on_passage_link_activated)
        self._passage_timer.timeout.connect(self.update_passage_scenes)
        self.model.refreshed.connect(self._on_model_refreshed)
        session.selectionChanged.connect(self._on_selection_changed)
        session.aboutToClose.connect(self._passage_timer.stop)
        self._on_model_refreshed()

    # -- public --------------------------------------------------------------------------
    def current_guid(self) -> str | None:
        return self.editor.guid

    def select_scene(self, guid: str) -> None:
        """Show a scene in the list and the editor; filters that hide it are cleared."""
        source = self.model.index(self.model.row_of(guid), 0)
        if not source.isValid():
            return
        if not self.proxy.mapFromSource(source).isValid():
            self.theme_combo.setCurrentIndex(0)
            self.status_combo.setCurrentIndex(0)
        self.table.selectionModel().setCurrentIndex(
            self.proxy.mapFromSource(source),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def scenes_at(self, doc: str, start: int, end: int) -> list[dict]:
        """The scenes with a passage overlapping ``[start, end)`` of a document (name or guid)."""
        return self.session.project.scenes.scenes_for_passage(doc, start, end)

    @guarded
    def new_scene_from_selection(self, title: str | None = None) -> Scene | None:
        """A scene of the selected passage; without a title the analyst is asked for one."""
        selection = self.session.selection
        if selection is None:
            self.session.statusMessage.emit(self.tr("Select a passage in the document first"))
            return None
        document, start, end = selection
        if title is None:
            suggestion = one_line(self.session.project.documents.text(document.guid)[start:end], TITLE_SUGGESTION)
            title, ok = QInputDialog.getText(self, self.tr("New scene"), self.tr("Title of the scene:"),
                                             text=suggestion)
            if not ok:
                return None
        scene = self.session.project.scenes.add(title, [(document.guid, start, end)])
        self.select_scene(scene.guid)
        self.session.statusMessage.emit(
            self.tr("Scene “{title}” made from {n} characters of {document}").format(
                title=scene.title, n=end - start, document=document.name))
        return scene

    @guarded
    def add_selection_to_scene(self) -> None:
        """Add the selected passage to the scene in the editor."""
        selection, guid = self.session.selection, self.current_guid()
        if selection is None or guid is None:
            self.session.statusMessage.emit(self.tr("Select a scene and a passage in the document first"))
            return
        document, start, end = selection
        self.session.project.scenes.add_source(guid, document.guid, start, end)
        self.session.statusMessage.emit(self.tr("Passage added to the scene"))

    @guarded
    def delete_current(self) -> None:
        guid = self.current_guid()
        if guid is not None:
            self.editor.save_now()  # what was typed comes back with the scene on undo
            self.session.project.scenes.delete(guid)
            self.session.statusMessage.emit(self.tr("Scene deleted (Undo brings it back)"))

    def update_passage_scenes(self) -> None:
        """List the scenes of the passage selected in the document, each a link to it. This
        runs on a timer, not on a click, so a document deleted meanwhile is no error dialog."""
        self._passage_timer.stop()
        selection = self.session.selection
        try:
            scenes = self.scenes_at(selection[0].guid, selection[1], selection[2]) if selection else None
        except NotFoundError:
            scenes = None
        if scenes is None:
            self.passage_label.setText(self.tr("Select a passage in a document to see its scenes."))
            return
        if not scenes:
            self.passage_label.setText(self.tr("No scene uses the selected passage."))
            return
        links = ", ".join(f'<a href="{s["guid"]}">{html.escape(s["title"])}</a>' for s in scenes)
        self.passage_label.setText(self.tr("Scenes of the selected passage: {scenes}").format(scenes=links))

    # -- helpers -------------------------------------------------------------------------
    def _fill_theme_combo(self) -> None:
        """The themes of the scenes, keeping the chosen one if it is still there."""
        keep = self.theme_combo.currentData()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("All themes"), None)
        self.theme_combo.addItem(self.tr("No theme yet"), SceneFilterProxy.NO_THEME)
        for path in self.model.themes():
            self.theme_combo.addItem(path, path)
        found = self.theme_combo.findData(keep) if keep is not None else -1
        self.theme_combo.setCurrentIndex(max(found, 0))
        self.theme_combo.blockSignals(False)
        if self.theme_combo.currentData() != self.proxy.theme():
            self.proxy.set_theme(self.theme_combo.currentData())

    def _update_actions(self) -> None:
        has_scene = self.current_guid() is not None
        self.new_action.setEnabled(self.session.selection is not None)
        self.add_selection_action.setEnabled(self.session.selection is not None and has_scene)
        self.delete_action.setEnabled(has_scene)

    def _select_row_of(self, guid: str | None) -> None:
        """Mark the editor's scene in the list without telling the editor again."""
        index = QModelIndex()
        if guid is not None:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(guid), 0))
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if index.isValid():
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.clear()
        selection.blockSignals(False)
        self.table.viewport().update()

    # -- slots ---------------------------------------------------------------------------
    def _on_model_refreshed(self) -> None:
        guid = self.editor.guid
        if guid is not None and self.model.scene(guid) is None:  # deleted, or its creation undone
            self.editor.discard()
            guid = None
        self._fill_theme_combo()
        self._select_row_of(guid)
        self.editor.show_scene(guid)
        self._update_actions()
        self._passage_timer.start()

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.editor.show_scene(current.data(GuidRole) if current.isValid() else None)
        self._update_actions()

    def _on_theme_changed(self, index: int) -> None:
        self.proxy.set_theme(self.theme_combo.currentData())

    def _on_status_changed(self, index: int) -> None:
        self.proxy.set_status(self.status_combo.currentData())

    def _on_selection_changed(self, selection) -> None:
        self._update_actions()
        self._passage_timer.start()

    def _on_passage_link_activated(self, guid: str) -> None:
        self.select_scene(guid)

    def _on_new_triggered(self) -> None:
        self.new_scene_from_selection()

    def _on_add_selection_triggered(self) -> None:
        self.add_selection_to_scene()

    def _on_delete_triggered(self) -> None:
        self.delete_current()
