"""Review mode (``kvalkod gui --review PROJECT``): a window for reviewers, who read the
analysis and comment on it but change nothing in it.

Scenes are browsed by theme, status and the variables of their documents, summaries by theme.
The scene or summary is read as a page; each of its source passages is read inside its
document; comments go on the scene, the summary, or a coded segment in the passage being read.

Nothing that changes coding, codes, scenes or summaries is built here: no document view with
its coding actions, no editors, and no Undo either, since undo would take back the last
action in the project, which may be the analyst's rather than the reviewer's. The only
writes are ``project.comments`` calls.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvalkod.model import SCENE_STATUSES

from ..errors import guarded
from ..models.scene_document_filter import SceneDocumentFilter
from ..models.scene_list_model import (
    COLUMNS,
    STATUS_COLUMN,
    THEMES_COLUMN,
    TITLE_COLUMN,
    GuidRole,
    SceneFilterProxy,
    SceneListModel,
    SceneRole,
    status_label,
)
from ..models.segment_table_model import one_line
from .comments_panel import CommentsPanel
from .passage_context import PassageContextView
from .review_reader import ReviewReader

PassageRole = Qt.ItemDataRole.UserRole + 1  # (document, start, end)
SummaryRole = Qt.ItemDataRole.UserRole + 2  # the summary as summaries.list() gives it
LABEL_CHARS = 60  # of a passage or a segment in a list
SCENES_TAB, SUMMARIES_TAB = 0, 1


class ReviewWindow(QMainWindow):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.subject: tuple[str, str] | None = None  # ("scene" | "summary", guid) being read
        self._subject_label = ""  # how the comments panel names it
        self._values: dict[str, dict[str, str]] = {}  # document -> variable -> value, for the filter
        self.setWindowTitle(self.tr("{project} — kvalkod review").format(project=session.project.name))
        self.resize(1400, 900)

        self.scene_model = SceneListModel(session, self)
        self.scene_filter = SceneFilterProxy(self)
        self.scene_filter.setSourceModel(self.scene_model)
        self.document_filter = SceneDocumentFilter(self)
        self.document_filter.setSourceModel(self.scene_filter)

        self.theme_combo = QComboBox(self)
        self.theme_combo.setToolTip(self.tr("Show the scenes and summaries of a theme (or its sub-codes)"))
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in SCENE_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.variable_combo = QComboBox(self)
        self.variable_combo.setToolTip(self.tr("Show the scenes with a passage from documents with this value"))
        self.value_combo = QComboBox(self)
        self.scene_table = QTableView(self)
        self.scene_table.setModel(self.document_filter)
        self.scene_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scene_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scene_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scene_table.verticalHeader().hide()
        for column in range(len(COLUMNS)):
            self.scene_table.setColumnHidden(column, column not in (TITLE_COLUMN, STATUS_COLUMN, THEMES_COLUMN))
        header = self.scene_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.summary_list = QListWidget(self)
        self.reader = ReviewReader(session, self)
        self.passage_list = QListWidget(self)
        self.context = PassageContextView(session, self)
        self.comments = CommentsPanel(session, self)
        self._layout()
        self.menuBar().addMenu(self.tr("&File")).addAction(self.tr("&Close"), QKeySequence.StandardKey.Close,
                                                           self.close)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Review mode: read-only · reviewer {name}").format(
            name=session.coder)))

        self.theme_combo.currentIndexChanged.connect(self._on_theme_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.variable_combo.currentIndexChanged.connect(self._on_variable_changed)
        self.value_combo.currentIndexChanged.connect(self._on_value_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.scene_table.selectionModel().currentRowChanged.connect(self._on_scene_row_changed)
        self.summary_list.currentItemChanged.connect(self._on_summary_item_changed)
        self.passage_list.currentItemChanged.connect(self._on_passage_item_changed)
        self.comments.targetChanged.connect(self._on_comment_target_changed)
        self.scene_model.refreshed.connect(self._on_scenes_refreshed)
        bridge = session.bridge
        bridge.summariesChanged.connect(self._on_summaries_changed)
        bridge.codesChanged.connect(self._on_codes_changed)
        bridge.variablesChanged.connect(self._on_variables_changed)
        bridge.casesChanged.connect(self._on_variables_changed)
        bridge.codingsChanged.connect(self._on_codings_changed)
        self._fill_themes()
        self._fill_variables()
        self._fill_summaries()
        if self.document_filter.rowCount():
            self.scene_table.selectRow(0)

    def _layout(self) -> None:
        scenes = QWidget(self)
        column = QVBoxLayout(scenes)
        filters = QHBoxLayout()
        filters.addWidget(self.status_combo)
        filters.addWidget(self.variable_combo)
        filters.addWidget(self.value_combo)
        column.addLayout(filters)
        column.addWidget(self.scene_table, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scenes, self.tr("Scenes"))
        self.tabs.addTab(self.summary_list, self.tr("Summaries"))
        browse = QWidget(self)
        column = QVBoxLayout(browse)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.theme_combo)
        column.addWidget(self.tabs, 1)
        passages = QWidget(self)
        column = QVBoxLayout(passages)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Source passages (read in their documents below):"), self))
        column.addWidget(self.passage_list)
        reading = QSplitter(Qt.Orientation.Vertical, self)
        for widget in (self.reader, passages, self.context):
            reading.addWidget(widget)
        reading.setSizes([380, 120, 400])
        central = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (browse, reading, self.comments):
            central.addWidget(widget)
        central.setStretchFactor(1, 1)
        central.setSizes([400, 650, 350])
        self.setCentralWidget(central)

    # -- public --------------------------------------------------------------------------
    def visible_scenes(self) -> list[str]:
        """The titles of the scenes the filters let through, in order."""
        return [self.document_filter.index(r, TITLE_COLUMN).data() for r in range(self.document_filter.rowCount())]

    def select_scene(self, guid: str) -> None:
        self.tabs.setCurrentIndex(SCENES_TAB)
        for row in range(self.document_filter.rowCount()):
            if self.document_filter.index(row, 0).data(GuidRole) == guid:
                self.scene_table.selectionModel().setCurrentIndex(
                    self.document_filter.index(row, TITLE_COLUMN),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_summary(self, guid: str) -> None:
        self.tabs.setCurrentIndex(SUMMARIES_TAB)
        for row in range(self.summary_list.count()):
            if self.summary_list.item(row).data(SummaryRole)["guid"] == guid:
                self.summary_list.setCurrentRow(row)

    # -- showing what is read ------------------------------------------------------------------
    @guarded
    def _show_subject(self, subject: tuple[str, str] | None) -> None:
        self.subject = subject
        self.passage_list.blockSignals(True)
        self.passage_list.clear()
        self.passage_list.blockSignals(False)
        if subject is None:
            self.reader.show_nothing()
            self._on_passage_item_changed(None, None)
            return
        kind, guid = subject
        if kind == "scene":
            scene = self.scene_model.scene(guid)
            self.reader.show_scene(scene)
            self._subject_label = self.tr("Scene: {title}").format(title=scene["title"])
            passages = [(s["document"], s["start"], s["end"], s["text"]) for s in scene["sources"]]
        else:
            summary = next(s for s in self.session.project.summaries.list() if s["guid"] == guid)
            self.reader.show_summary(summary)
            self._subject_label = self.tr("Summary of {code}").format(
                code=" × ".join(x for x in (summary["code"], summary["case"], summary["document"]) if x))
            passages = [(c["document"], c["start"], c["end"], c["text"]) for c in self._codings(summary["links"])]
        for document, start, end, text in passages:
            item = QListWidgetItem(f"{document} {start}–{end}: ”{one_line(text, LABEL_CHARS)}”")
            item.setData(PassageRole, (document, start, end))
            item.setToolTip(text)
            self.passage_list.addItem(item)
        if passages:
            self.passage_list.setCurrentRow(0)
        else:
            self._on_passage_item_changed(None, None)

    def _codings(self, guids: list[str]) -> list[dict]:
        coding = self.session.project.coding
        return coding.list(ids=[coding.get(g).id for g in guids]) if guids else []

    def _segments_in(self, document: str, start: int, end: int) -> list[dict]:
        coding = self.session.project.coding
        found = coding.in_span(document, start, end)
        rows = coding.list(ids=[c.id for c in found]) if found else []
        return sorted(rows, key=lambda r: (r["start"], r["end"], r["code"]))

    # -- filling the filters -----------------------------------------------------------------
    def _fill_combo(self, combo: QComboBox, first: str, items: list[str]) -> None:
        """Replace a combo's items, keeping the chosen one if it is still there."""
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first, None)
        for item in items:
            combo.addItem(item, item)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        combo.blockSignals(False)

    def _fill_themes(self) -> None:
        self._fill_combo(self.theme_combo, self.tr("All themes"),
                         [c.path for c in self.session.project.codebook.all()])
        self.scene_filter.set_theme(self.theme_combo.currentData())

    def _fill_variables(self) -> None:
        self._values = self.session.project.variables.by_document()
        names = sorted({name for values in self._values.values() for name in values}, key=str.casefold)
        self._fill_combo(self.variable_combo, self.tr("Any variable"), names)
        self._fill_values()

    def _fill_values(self) -> None:
        variable = self.variable_combo.currentData()
        values = sorted({v[variable] for v in self._values.values() if variable in v}) if variable else []
        self._fill_combo(self.value_combo, self.tr("Any value"), values)
        self.value_combo.setEnabled(variable is not None)
        self._filter_documents()

    def _filter_documents(self) -> None:
        variable, value = self.variable_combo.currentData(), self.value_combo.currentData()
        self.document_filter.set_documents(
            {doc for doc, v in self._values.items() if v.get(variable) == value} if value is not None else None)

    def _fill_summaries(self) -> None:
        theme = self.theme_combo.currentData()
        keep = self.subject[1] if self.subject and self.subject[0] == "summary" else None
        self.summary_list.blockSignals(True)
        self.summary_list.clear()
        for summary in self.session.project.summaries.list():
            if theme is None or summary["code"] == theme or summary["code"].startswith(theme + "/"):
                item = QListWidgetItem(" × ".join(x for x in (summary["code"], summary["case"], summary["document"])
                                                  if x))
                item.setData(SummaryRole, summary)
                item.setToolTip(summary["text"])
                self.summary_list.addItem(item)
                if summary["guid"] == keep:
                    self.summary_list.setCurrentItem(item)
        self.summary_list.blockSignals(False)
        if self.tabs.currentIndex() == SUMMARIES_TAB:
            self._on_tab_changed(SUMMARIES_TAB)

    # -- slots ---------------------------------------------------------------------------
    def _on_theme_changed(self, index: int) -> None:
        self.scene_filter.set_theme(self.theme_combo.currentData())
        self._fill_summaries()

    def _on_status_changed(self, index: int) -> None:
        self.scene_filter.set_status(self.status_combo.currentData())

    def _on_variable_changed(self, index: int) -> None:
        self._fill_values()

    def _on_value_changed(self, index: int) -> None:
        self._filter_documents()

    def _on_tab_changed(self, index: int) -> None:
        """Read the tab's chosen scene or summary; the first one if none is chosen yet."""
        if index == SCENES_TAB:
            if not self.scene_table.selectionModel().hasSelection() and self.document_filter.rowCount():
                self.scene_table.selectRow(0)  # shows it
                return
            current = self.scene_table.currentIndex()
            guid = current.data(GuidRole) if self.scene_table.selectionModel().hasSelection() else None
            self._show_subject(("scene", guid) if guid else None)
        else:
            if self.summary_list.currentItem() is None and self.summary_list.count():
                self.summary_list.setCurrentRow(0)  # shows it
                return
            item = self.summary_list.currentItem()
            self._show_subject(("summary", item.data(SummaryRole)["guid"]) if item is not None else None)

    # a filter can change the current row of the tab not shown: the page follows the tab shown
    def _on_scene_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self.tabs.currentIndex() == SCENES_TAB:
            scene = current.data(SceneRole) if current.isValid() else None
            self._show_subject(("scene", scene["guid"]) if scene else None)

    def _on_summary_item_changed(self, current: QListWidgetItem | None, previous) -> None:
        if self.tabs.currentIndex() == SUMMARIES_TAB:
            self._show_subject(("summary", current.data(SummaryRole)["guid"]) if current is not None else None)

    @guarded
    def _on_passage_item_changed(self, current: QListWidgetItem | None, previous) -> None:
        passage = current.data(PassageRole) if current is not None else None
        self.context.show_passage(*(passage or (None, 0, 0)))
        targets = [(*self.subject, self._subject_label)] if self.subject is not None else []
        for row in self._segments_in(*passage) if passage else []:
            targets.append(("coding", row["guid"], self.tr("Segment: {code}: ”{text}”").format(
                code=row["code"], text=one_line(row["text"], LABEL_CHARS))))
        self.comments.set_targets(targets)

    def _on_comment_target_changed(self, target) -> None:
        if target is not None and target[0] == "coding":
            coding = self.session.project.coding.get(target[1])
            self.context.mark_segment(coding.start, coding.end)
        else:
            self.context.mark_segment(None)

    def _on_scenes_refreshed(self) -> None:
        """The scenes were read again: read the same scene, or nothing if it is gone."""
        if self.subject is not None and self.subject[0] == "scene":
            if self.scene_model.scene(self.subject[1]) is None:
                self._show_subject(None)
            elif not self.scene_table.currentIndex().isValid():
                self.select_scene(self.subject[1])

    def _on_summaries_changed(self) -> None:
        self._fill_summaries()

    def _on_codes_changed(self) -> None:
        self._fill_themes()
        self._fill_summaries()

    def _on_variables_changed(self) -> None:
        self._fill_variables()

    def _on_codings_changed(self) -> None:
        self._on_passage_item_changed(self.passage_list.currentItem(), None)
