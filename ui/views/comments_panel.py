"""The reviewer's comments: on the scene or summary being read, or on a coded segment in the
passage being read; see the earlier comments, add one, resolve it or open it again.

What a comment is on is chosen from a short list the review window fills ("Scene: …",
"Segment: …"), each with its number of open comments, so the reviewer sees at a glance what
has comments and what a new comment will be attached to. Comments carry the session's coder name as their author; every change
is one ``project.comments`` call.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import guarded
from ..models.comment_list_model import CommentListModel, CommentRole

TARGETS_HEIGHT = 96  # a scene and a few segments; more scroll


class CommentsPanel(QWidget):
    # the reviewer chose what to comment on: (target kind, guid) or None
    targetChanged = Signal(object)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = CommentListModel(session, self)
        self._targets: list[tuple[str, str, str]] = []  # (kind, guid, label)

        self.target_list = QListWidget(self)
        self.target_list.setToolTip(self.tr("What the comments below are on"))
        self.target_list.setMaximumHeight(TARGETS_HEIGHT)
        self.target_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long labels elide
        self.show_resolved = QCheckBox(self.tr("Show resolved comments"), self)
        self.show_resolved.setChecked(True)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write a comment for the analyst"))
        self.editor.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Comment"), self)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Comments on:"), self))
        layout.addWidget(self.target_list)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)

        self.target_list.currentRowChanged.connect(self._on_target_row_changed)
        self.show_resolved.toggled.connect(self.model.set_show_resolved)
        self.list.selectionModel().currentChanged.connect(self._on_current_comment_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.editor.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        session.bridge.commentsChanged.connect(self._on_comments_changed)
        self._update_buttons()

    # -- public --------------------------------------------------------------------------
    def set_targets(self, targets: list[tuple[str, str, str]]) -> None:
        """What can be commented on now, as (kind, guid, label); the one chosen before stays
        chosen if it is still there, else the first is."""
        keep = self.target()
        self._targets = list(targets)
        self.target_list.blockSignals(True)
        self.target_list.clear()
        for _, _, label in self._targets:
            item = QListWidgetItem(label)
            item.setToolTip(label)  # a long one is cut off
            self.target_list.addItem(item)
        self._label_counts()
        found = self._index_of(keep) if keep is not None else -1
        self.target_list.setCurrentRow(max(found, 0) if self._targets else -1)
        self.target_list.blockSignals(False)
        self._on_target_row_changed(self.target_list.currentRow())

    def target(self) -> tuple[str, str] | None:
        return self.model.target()

    def current_comment(self) -> dict | None:
        index = self.list.currentIndex()
        return index.data(CommentRole) if index.isValid() else None

    @guarded
    def add_comment(self, text: str) -> dict | None:
        target = self.target()
        if target is None or not text.strip():
            return None
        comment = self.session.project.comments.add(*target, text, author=self.session.coder)
        self.editor.clear()
        return comment

    @guarded
    def toggle_resolved(self) -> None:
        """Resolve the selected comment (by this reviewer), or open a resolved one again."""
        comment = self.current_comment()
        if comment is None:
            return
        if comment["resolved"]:
            self.session.project.comments.reopen(comment["guid"])
        else:
            self.session.project.comments.resolve(comment["guid"], by=self.session.coder)
        self._select_comment(comment["guid"])

    # -- helpers -------------------------------------------------------------------------
    def _index_of(self, target: tuple[str, str]) -> int:
        return next((n for n, (kind, guid, _) in enumerate(self._targets) if (kind, guid) == tuple(target)), -1)

    def _label_counts(self) -> None:
        """Each target's label with its number of open comments."""
        open_counts: dict[tuple[str, str], int] = {}
        for comment in self.session.project.comments.list(open_only=True):
            key = (comment["target"], comment["target_guid"])
            open_counts[key] = open_counts.get(key, 0) + 1
        for row, (kind, guid, label) in enumerate(self._targets):
            n = open_counts.get((kind, guid), 0)
            self.target_list.item(row).setText(label + (" " + self.tr("({n} open)").format(n=n) if n else ""))

    def _select_comment(self, guid: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row).data(CommentRole)["guid"] == guid:
                self.list.setCurrentIndex(self.model.index(row))

    def _update_buttons(self, *args) -> None:
        comment = self.current_comment()
        self.add_button.setEnabled(self.target() is not None and bool(self.editor.toPlainText().strip()))
        self.resolve_button.setEnabled(comment is not None)
        self.resolve_button.setText(self.tr("Reopen") if comment is not None and comment["resolved"]
                                    else self.tr("Resolve"))

    # -- slots ---------------------------------------------------------------------------
    def _on_target_row_changed(self, row: int) -> None:
        target = self._targets[row][:2] if 0 <= row < len(self._targets) else None
        if target != self.target():
            self.model.set_target(*(target or (None, None)))
            self.targetChanged.emit(target)
        self._update_buttons()

    def _on_current_comment_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_buttons()

    def _on_comments_changed(self) -> None:
        self._label_counts()

    def _on_add_clicked(self) -> None:
        self.add_comment(self.editor.toPlainText())

    def _on_resolve_clicked(self) -> None:
        self.toggle_resolved()
