"""What a .qdpx import brought in and what it could not: shown before the new project opens.

REFI-QDA asks an importer to show what it discarded (spec §7); an analyst moving a project
between tools decides from this list whether the move is good enough. The dialog shows the
counts, every loss, every change the import made and how each document's positions were
counted, lets the analyst copy the report (to keep it, or to send it to the other tool's
makers) and offers to open the new project.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.loss_report_model import LossReportModel


class LossReportDialog(QDialog):
    def __init__(self, report: dict[str, Any], source: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.source = source
        self.setWindowTitle(self.tr("REFI-QDA import"))
        self.resize(900, 520)
        self.model = LossReportModel(report, self)
        added = report.get("added", {})
        self.summary = QLabel(self.tr(
            "Imported {source} into {project}: {documents} documents, {codes} codes, {codings} codings, "
            "{memos} memos, {cases} cases, {variables} variables, {sets} sets, {users} coders.").format(
            source=source, project=report.get("project", ""), **{k: added.get(k, 0) for k in (
                "documents", "codes", "codings", "memos", "cases", "variables", "sets", "users")}))
        self.summary.setWordWrap(True)
        losses = self.model.losses()
        self.verdict = QLabel(self.tr("Nothing was lost.") if not losses else self.tr(
            "{count} kinds of elements could not be carried over; they are listed first below.").format(count=losses))
        self.verdict.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LossReportModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LossReportModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LossReportModel.WHERE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LossReportModel.WHY, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = buttons.addButton(self.tr("Open the new project"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)

    def report_text(self) -> str:
        """The report as lines of text, as ``kvalkod qdpx import`` prints it."""
        lines = [self.summary.text()]
        for loss in self.report.get("losses", ()):
            lines.append(self.tr("lost: {what} in {where}: {why}").format(**loss))
        lines += [self.tr("note: {text}").format(text=w) for w in self.report.get("warnings", ())]
        lines += [f"{p['document']}: {p['reading']}" for p in self.report.get("positions", ())]
        return "\n".join(lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
