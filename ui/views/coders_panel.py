"""The Team panel: the project's coders, each with a colour swatch, a check box that shows or
hides their codings in the document and the segments panel, and how much each has coded.

Double-clicking a coder (or "Change colour…") picks their colour, one undoable action. "Colour
stripes by coder" paints each coding stripe in its coder's colour instead of its code's, so
two analysts' codings of the same code are told apart in the margin.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import guarded
from ..models.coder_list_model import CODINGS, NAME, CoderListModel, ColorRole, NameRole
from ..models.deferred_refresh import pause_while_hidden


class CodersPanel(QWidget):
    agreementRequested = Signal()  # the analyst asked to compare coders (the window shows the view)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = CoderListModel(session, self)
        pause_while_hidden(self, self.model.set_paused)  # a hidden panel reads nothing on each change
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Coders"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CODINGS, QHeaderView.ResizeMode.ResizeToContents)

        self.by_coder_check = QCheckBox(self.tr("Colour stripes by coder"), self)
        self.by_coder_check.setToolTip(self.tr("Paint each coding stripe in its coder's colour instead of its code's"))
        self.by_coder_check.setChecked(session.stripes_by_coder)
        self.color_action = QAction(self.tr("Change colour…"), self)
        self.color_action.triggered.connect(self._on_color_triggered)
        self.agreement_action = QAction(self.tr("Agreement…"), self)
        self.agreement_action.setToolTip(self.tr("Inter-coder agreement between two coders"))
        self.agreement_action.triggered.connect(self.agreementRequested)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)

        bar = QHBoxLayout()
        for action in (self.color_action, self.agreement_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.by_coder_check)
        layout.addLayout(bar)

        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().currentChanged.connect(self._update_actions)
        self.by_coder_check.toggled.connect(session.set_stripes_by_coder)
        session.stripesByCoderChanged.connect(self._on_stripes_by_coder_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    # -- public --------------------------------------------------------------------------
    @guarded
    def change_color(self, row: int) -> None:
        """Ask for a new colour for the coder in ``row`` and store it."""
        index = self.model.index(row, NAME)
        if not index.isValid():
            return
        color = self._ask_color(QColor(index.data(ColorRole)), index.data(NameRole))
        if color is not None and color.isValid():
            self.session.project.coders.set_color(index.data(NameRole), color.name())

    def _ask_color(self, initial: QColor, name: str) -> QColor | None:
        color = QColorDialog.getColor(initial, self, self.tr("Colour of {coder}").format(coder=name))
        return color if color.isValid() else None

    # -- slots ---------------------------------------------------------------------------
    def _on_model_reset(self) -> None:
        n = self.model.rowCount()
        self.hint_label.setText(
            self.tr("Nobody has coded yet.") if n == 0 else
            self.tr("Untick a coder to hide their codings.") if n > 1 else
            self.tr("One coder so far: agreement needs a second coder's codings."))
        self.agreement_action.setEnabled(n > 1)
        self._update_actions()

    def _update_actions(self, *args) -> None:
        self.color_action.setEnabled(self.table.currentIndex().isValid())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.change_color(index.row())

    def _on_color_triggered(self) -> None:
        self.change_color(self.table.currentIndex().row())

    def _on_stripes_by_coder_changed(self, on: bool) -> None:
        self.by_coder_check.setChecked(on)
