"""Inter-coder agreement: pick two coders, the unit (characters or segments) and optionally a
code, compute; the table shows percent agreement, Cohen's kappa and Krippendorff's alpha per
code under the pooled row, with the unit stated, and below it the passages one coder coded
and the other did not.

Selecting a code's row narrows the disagreements to that code; double-clicking one shows the
passage in the document, and "Show in coded segments" hands the list to the segments panel,
where the analysts go through them together.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..combo import long_item_combo
from ..errors import guarded
from ..models.agreement_model import CODE, NOTE, AgreementModel, CodeRole, DisagreementModel
from ..models.segment_table_model import SegmentRole


class AgreementView(QWidget):
    segmentsRequested = Signal(str, list)  # title, segments (the shared segment dict shape)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = AgreementModel(session, self)
        self.disagreements = DisagreementModel(self)

        self.coder_a = QComboBox(self)
        self.coder_b = QComboBox(self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("Characters"), "characters")
        self.unit_combo.addItem(self.tr("Segments"), "segments")
        self.unit_combo.setToolTip(self.tr("What counts as one unit of agreement"))
        self.overlap_spin = QDoubleSpinBox(self)
        self.overlap_spin.setRange(0, 100)
        self.overlap_spin.setDecimals(0)
        self.overlap_spin.setSuffix(" %")
        self.overlap_spin.setToolTip(self.tr(
            "Segments: how much of their combined extent two segments must share to agree (0: any overlap)"))
        self.code_combo = long_item_combo(self, 16)
        self.code_combo.setToolTip(self.tr("Compare one code and its sub-codes, or every code"))
        self.all_documents_check = QCheckBox(self.tr("Count documents only one coder coded"), self)
        self.all_documents_check.setToolTip(self.tr(
            "Left out by default: a document one coder has not coded yet is unfinished work, not disagreement"))
        self.compute_button = QPushButton(self.tr("Compute"), self)
        self.compute_button.setDefault(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale_label = QLabel(self.tr("The codings have changed since: compute again for current figures."), self)
        self.stale_label.setStyleSheet("color: #b35900")
        self.stale_label.hide()

        self.table = self._table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CODE, 260)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.disagreement_label = QLabel(self)
        self.disagreement_table = self._table(self.disagreements)
        self.disagreement_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.disagreement_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.show_button = QPushButton(self.tr("Show in coded segments"), self)
        self.show_button.setToolTip(self.tr("List these disagreements in the coded-segments panel"))

        choices = QHBoxLayout()
        for label, widget in ((self.tr("Coder A:"), self.coder_a), (self.tr("Coder B:"), self.coder_b),
                              (self.tr("Unit:"), self.unit_combo), (self.tr("Minimum overlap:"), self.overlap_spin),
                              (self.tr("Code:"), self.code_combo)):
            choices.addWidget(QLabel(label, self))
            choices.addWidget(widget, 1 if widget is self.code_combo else 0)
        more = QHBoxLayout()
        more.addWidget(self.all_documents_check)
        more.addStretch(1)
        more.addWidget(self.compute_button)
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.disagreement_label, 1)
        row.addWidget(self.show_button)
        column.addLayout(row)
        column.addWidget(self.disagreement_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(more)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stale_label)
        layout.addWidget(splitter, 1)

        self._fill_coders()
        self._fill_codes()
        self._on_unit_changed()
        self.compute_button.clicked.connect(self.compute)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.disagreement_table.doubleClicked.connect(self._on_disagreement_double_clicked)
        self.show_button.clicked.connect(self.show_in_segments)
        self.model.staleChanged.connect(self.stale_label.setVisible)
        self.disagreements.modelReset.connect(self._update_disagreement_label)
        session.bridge.codersChanged.connect(self._fill_coders)
        session.bridge.codesChanged.connect(self._fill_codes)
        self._update_disagreement_label()

    def _table(self, model) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        return table

    # -- public --------------------------------------------------------------------------
    @guarded
    def compute(self) -> None:
        a, b = self.coder_a.currentData(), self.coder_b.currentData()
        if a is None or b is None:
            self.summary_label.setText(self.tr("Agreement needs the codings of two coders."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.model.compute(a, b, unit=self.unit_combo.currentData(), code=self.code_combo.currentData(),
                                        min_overlap=self.overlap_spin.value(),
                                        all_documents=self.all_documents_check.isChecked())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.disagreements.set_segments(result["disagreements"])
        self.disagreements.set_code(None)
        self.summary_label.setText(self._summary(result))
        self.table.selectRow(0)

    def show_in_segments(self) -> None:
        """Hand the disagreements listed (of the selected code, or all) to the segments panel."""
        result = self.model.result
        if result is None:
            return
        a, b = result["coders"]
        code = self.disagreements.code()
        title = (self.tr("Disagreements of {a} and {b} on {code}").format(a=a, b=b, code=code) if code
                 else self.tr("Disagreements of {a} and {b}").format(a=a, b=b))
        self.segmentsRequested.emit(title, self.disagreements.segments())

    # -- helpers -------------------------------------------------------------------------
    def _summary(self, result: dict) -> str:
        if result["unit"] == "characters":
            unit = self.tr("Unit: characters. Every character of the compared documents is a unit, coded with the code or not by each coder; kappa is Cohen's, alpha Krippendorff's.")
        else:
            unit = self.tr("Unit: segments. Every segment either coder coded is a unit; it agrees when the other coder has a segment of the same code sharing at least {p} % of their combined extent (0 %: any overlap). Per code only percent agreement is defined; the pooled kappa is Brennan & Prediger's (chance 1/k over k codes).").format(
                p=f"{result['min_overlap']:g}")
        pooled = self.tr("The top row pools the codes either coder applied (their tables added up).")
        n = len(result["documents"])
        documents = self.tr("1 document compared.") if n == 1 else self.tr("{n} documents compared.").format(n=n)
        if result["excluded_documents"]:
            documents += " " + self.tr("Left out, coded by one coder only: {documents}.").format(
                documents=", ".join(f"{e['document']} ({e['coded_by']})" for e in result["excluded_documents"]))
        return " ".join((unit, pooled, documents))

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, object]], keep, default: int = 0) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(found if found >= 0 else min(default, combo.count() - 1))
        combo.blockSignals(False)

    def _fill_coders(self) -> None:
        names = [c.name for c in self.session.project.coders.all()]
        for n, combo in enumerate((self.coder_a, self.coder_b)):
            self._fill_combo(combo, [(name, name) for name in names], combo.currentData(), default=n)
        self.compute_button.setEnabled(len(names) > 1)

    def _fill_codes(self) -> None:
        paths = [(c.path, c.path) for c in self.session.project.codebook.all()]
        self._fill_combo(self.code_combo, [(self.tr("All codes"), None), *paths], self.code_combo.currentData())

    def _update_disagreement_label(self) -> None:
        n = self.disagreements.rowCount()
        code = self.disagreements.code()
        if self.model.result is None:
            text = self.tr("Compute to see where the two coders disagree.")
        elif code:
            text = self.tr("{n} passages coded with {code} by one coder only").format(n=n, code=code)
        else:
            text = self.tr("{n} passages coded by one coder only").format(n=n)
        self.disagreement_label.setText(text)
        self.show_button.setEnabled(n > 0)

    # -- slots ---------------------------------------------------------------------------
    def _on_unit_changed(self, *args) -> None:
        self.overlap_spin.setEnabled(self.unit_combo.currentData() == "segments")

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.disagreements.set_code(current.data(CodeRole) if current.isValid() else None)

    @guarded
    def _on_disagreement_double_clicked(self, index: QModelIndex) -> None:
        segment = index.data(SegmentRole)
        if segment is not None:
            document = self.session.project.documents.get(segment["document"])
            self.session.jump_to(document, segment["start"], segment["end"])
