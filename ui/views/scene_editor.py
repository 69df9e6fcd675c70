"""The editor of one scene: its title, setting, date, participants, narrative and analysis,
its status and place in the order, the themes it illustrates and the passages it rests on.

Text fields save after a short pause in typing or when they lose focus, one undoable action
per field: an undo history of single letters would be useless, and undoing the narrative
must not undo the title typed just before it. Choices (status, a theme, the order, a passage
removed) are saved at once. A save echoes back through ``scenesChanged``; fields still being
typed into keep what is typed, the others show what is stored (after an undo, say).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvalkod.model import SCENE_STATUSES

from ..errors import guarded
from ..models.scene_list_model import SceneListModel, status_label
from ..models.segment_table_model import one_line

SAVE_DELAY_MS = 800
PathRole = Qt.ItemDataRole.UserRole + 1  # a theme item's code path
PassageRole = Qt.ItemDataRole.UserRole + 2  # a passage item's (document, start, end)
EXCERPT = 80  # characters of a passage shown in the list; the tooltip has all of it


class SceneEditor(QWidget):
    def __init__(self, session, model: SceneListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = model
        self._guid: str | None = None
        self._dirty: set[str] = set()  # fields typed into and not saved yet
        self._loading = False  # the widgets are being filled, not edited
        self._closed = False

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.title_edit = QLineEdit(self)
        self.setting_edit = QLineEdit(self)
        self.setting_edit.setPlaceholderText(self.tr("Where: the waiting room, a meeting room at the office …"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText(self.tr("When, e.g. 2019-10-03"))
        self.participants_edit = QPlainTextEdit(self)
        self.participants_edit.setPlaceholderText(
            self.tr("Pseudonyms and roles, e.g. ”Eli”, caseworker (they); ”Yvonne”, insured"))
        self.participants_edit.setTabChangesFocus(True)
        self.participants_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.status_combo = QComboBox(self)
        for status in SCENE_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.order_label = QLabel(self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.up_button.setToolTip(self.tr("Earlier in the order of scenes (the report's order)"))
        self.down_button.setToolTip(self.tr("Later in the order of scenes (the report's order)"))

        self.narrative_edit = QPlainTextEdit(self)
        self.narrative_edit.setPlaceholderText(
            self.tr("The scene in the present tense; dialogue as lines “- Name: …”"))
        self.analysis_edit = QPlainTextEdit(self)
        self.analysis_edit.setPlaceholderText(self.tr("What the scene illustrates: “The scene shows how …”"))
        self.themes_list = QListWidget(self)
        self.themes_list.setToolTip(self.tr("Tick the codes (themes) the scene illustrates"))
        self.passages_list = QListWidget(self)
        self.passages_list.setToolTip(self.tr("Double-click a passage to show it in its document"))
        self.remove_passage_button = QPushButton(self.tr("Remove passage"), self)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        # the text fields by the scene field they edit
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "title": self.title_edit, "setting": self.setting_edit, "scene_date": self.date_edit,
            "participants": self.participants_edit, "narrative": self.narrative_edit,
            "analysis": self.analysis_edit,
        }
        self._layout()

        for widget in self.fields.values():
            widget.textChanged.connect(self._on_text_changed)
            widget.installEventFilter(self)
        self.save_timer.timeout.connect(self._on_save_timeout)
        self.status_combo.activated.connect(self._on_status_activated)
        self.up_button.clicked.connect(self._on_up_clicked)
        self.down_button.clicked.connect(self._on_down_clicked)
        self.themes_list.itemChanged.connect(self._on_theme_item_changed)
        self.passages_list.itemActivated.connect(self._on_passage_activated)  # double-click or Enter
        self.passages_list.currentRowChanged.connect(self._on_passage_row_changed)
        self.remove_passage_button.clicked.connect(self._on_remove_passage_clicked)
        session.aboutToClose.connect(self._on_about_to_close)
        self.show_scene(None)

    def _layout(self) -> None:
        order = QHBoxLayout()
        order.addWidget(self.status_combo)
        order.addStretch(1)
        order.addWidget(self.order_label)
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Setting"), self.setting_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Participants"), self.participants_edit)
        form.addRow(self.tr("Status"), order)
        passages = QWidget(self)
        column = QVBoxLayout(passages)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.passages_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_passage_button)
        column.addLayout(row)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.narrative_edit, self.tr("Narrative"))
        self.tabs.addTab(self.analysis_edit, self.tr("Analysis"))
        self.tabs.addTab(self.themes_list, self.tr("Themes"))
        self.tabs.addTab(passages, self.tr("Passages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)

    # -- public --------------------------------------------------------------------------
    @property
    def guid(self) -> str | None:
        """The scene in the editor."""
        return self._guid

    def show_scene(self, guid: str | None) -> None:
        """Show a scene (``None``: none), after saving what was typed into the one before.
        Showing the same scene again refreshes every field that is not being typed into."""
        if guid != self._guid:
            self.save_now()
            self.discard()
            self._guid = guid
        scene = self.model.scene(guid) if guid is not None else None
        if scene is None:
            self._guid = None
        self._fill(scene)

    def discard(self) -> None:
        """Forget what was typed and not saved (the scene is gone: deleted, or undone)."""
        self.save_timer.stop()
        self._dirty.clear()

    @guarded
    def save_now(self) -> None:
        """Save each field typed into, one action per field; an empty title is not saved (the
        analyst is typing a new one) and comes back when the field is left."""
        self.save_timer.stop()
        if self._closed or self._guid is None:
            return
        guid = self._guid
        for field, widget in self.fields.items():
            if field not in self._dirty or self._guid != guid:
                continue
            value = self._text(widget)
            if field == "title" and not value.strip():
                continue
            self._dirty.discard(field)
            self.session.project.scenes.update(guid, **{field: value})

    # -- filling -------------------------------------------------------------------------
    def _fill(self, scene: dict | None) -> None:
        self._loading = True
        try:
            stored = self.session.project.scenes.get(scene["guid"]) if scene is not None else None
            for field, widget in self.fields.items():
                if field not in self._dirty:
                    text = getattr(stored, field) if stored is not None else ""
                    if self._text(widget) != text:
                        widget.setPlainText(text) if isinstance(widget, QPlainTextEdit) else widget.setText(text)
            status = scene["status"] if scene is not None else SCENE_STATUSES[0]
            self.status_combo.setCurrentIndex(self.status_combo.findData(status))
            self._fill_themes(scene["codes"] if scene is not None else [])
            self._fill_passages(scene["sources"] if scene is not None else [])
        finally:
            self._loading = False
        row, count = (self.model.row_of(scene["guid"]), self.model.rowCount()) if scene is not None else (-1, 0)
        self.heading.setText(self.tr("Scene: {title}").format(title=scene["title"]) if scene is not None
                             else self.tr("Choose a scene, or make a new one of a passage in a document"))
        self.order_label.setText(self.tr("{n} of {total}").format(n=row + 1, total=count) if scene else "")
        for widget in (*self.fields.values(), self.status_combo, self.themes_list, self.passages_list):
            widget.setEnabled(scene is not None)
        self.up_button.setEnabled(scene is not None and row > 0)
        self.down_button.setEnabled(scene is not None and row < count - 1)
        self.remove_passage_button.setEnabled(scene is not None and self.passages_list.currentRow() >= 0)

    def _fill_themes(self, checked: list[str]) -> None:
        """Every code of the codebook, ticked if the scene illustrates it; the items are
        rebuilt only when the codebook changed, so the list keeps its scroll position."""
        paths = [c.path for c in self.session.project.codebook.all()]
        if [self.themes_list.item(r).data(PathRole) for r in range(self.themes_list.count())] != paths:
            self.themes_list.clear()
            for path in paths:
                item = QListWidgetItem(path)
                item.setData(PathRole, path)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)  # without a state there is no box to tick
                self.themes_list.addItem(item)
        for r in range(self.themes_list.count()):
            item = self.themes_list.item(r)
            state = Qt.CheckState.Checked if item.data(PathRole) in checked else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)

    def _fill_passages(self, sources: list[dict]) -> None:
        keep = self.passages_list.currentRow()
        self.passages_list.clear()
        for source in sources:
            item = QListWidgetItem(self.tr("{document} {start}–{end}: {text}").format(
                document=source["document"], start=source["start"], end=source["end"],
                text=one_line(source["text"], EXCERPT)))
            item.setData(PassageRole, (source["document"], source["start"], source["end"]))
            item.setToolTip(source["text"])
            self.passages_list.addItem(item)
        if 0 <= keep < len(sources):
            self.passages_list.setCurrentRow(keep)

    @staticmethod
    def _text(widget: QLineEdit | QPlainTextEdit) -> str:
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self.fields.values():
            self.save_now()
            if watched is self.title_edit and not self.title_edit.text().strip() and self._guid is not None:
                self._dirty.discard("title")
                self._fill(self.model.scene(self._guid))  # an empty title is not a title: the old one
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_now()
        super().hideEvent(event)

    # -- slots ---------------------------------------------------------------------------
    def _on_text_changed(self, *args) -> None:
        if self._loading or self._guid is None:
            return
        sender = self.sender()
        field = next((f for f, w in self.fields.items() if w is sender), None)
        if field is not None:
            self._dirty.add(field)
            self.save_timer.start()

    def _on_save_timeout(self) -> None:
        self.save_now()

    def _on_about_to_close(self) -> None:
        self.save_now()
        self._closed = True

    @guarded
    def _on_status_activated(self, index: int) -> None:
        if self._guid is not None:
            self.session.project.scenes.set_status(self._guid, self.status_combo.itemData(index))

    @guarded
    def _on_up_clicked(self) -> None:
        if self._guid is not None:
            self.session.project.scenes.move(self._guid, -1)

    @guarded
    def _on_down_clicked(self) -> None:
        if self._guid is not None:
            self.session.project.scenes.move(self._guid, 1)

    @guarded
    def _on_theme_item_changed(self, item: QListWidgetItem) -> None:
        if self._loading or self._guid is None:
            return
        checked = [self.themes_list.item(r).data(PathRole) for r in range(self.themes_list.count())
                   if self.themes_list.item(r).checkState() == Qt.CheckState.Checked]
        self.session.project.scenes.set_codes(self._guid, checked)

    @guarded
    def _on_passage_activated(self, item: QListWidgetItem) -> None:
        name, start, end = item.data(PassageRole)
        self.session.jump_to(self.session.project.documents.get(name), start, end)

    def _on_passage_row_changed(self, row: int) -> None:
        self.remove_passage_button.setEnabled(self._guid is not None and row >= 0)

    @guarded
    def _on_remove_passage_clicked(self) -> None:
        item = self.passages_list.currentItem()
        if self._guid is not None and item is not None:
            name, start, end = item.data(PassageRole)
            self.session.project.scenes.remove_source(self._guid, name, start, end)
            self.session.statusMessage.emit(self.tr("Passage removed from the scene (Undo brings it back)"))
