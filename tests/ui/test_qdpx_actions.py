"""REFI-QDA exchange in the app: the loss report dialog and its model, exporting the open
project, importing a .qdpx into a new project in a worker thread and offering to open it."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from ui.dialogs.loss_report_dialog import LossReportDialog
from ui.dialogs.qdpx_actions import QdpxActions
from ui.models.loss_report_model import KindRole, LossReportModel

REPORT = {
    "project": "/tmp/ny.kvalkod",
    "added": {"documents": 2, "codes": 5, "codings": 7, "memos": 1, "cases": 1, "variables": 2, "sets": 0,
              "users": 2},
    "positions": [{"document": "Intervju 1", "reading": "positions read as UTF-16 units, CRLF counted as 2"}],
    "losses": [{"what": "3 pictures", "where": "the project", "why": "kvalkod holds text documents only"},
               {"what": "1 codings (e.g. 5–5)", "where": "document Intervju 1", "why": "the selection is zero-length"}],
    "warnings": ["2 note(s) attached to nothing became project memos."],
}


class Window(QMainWindow):
    projectRequested = Signal(str, bool)


@pytest.fixture
def window(qtbot):
    w = Window()
    qtbot.addWidget(w)
    return w


def test_the_report_model_passes_the_model_tester_and_lists_losses_first(qtmodeltester):
    model = LossReportModel(REPORT)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 4 and model.losses() == 2
    kinds = [model.index(r, 0).data(KindRole) for r in range(4)]
    assert kinds == ["lost", "lost", "changed", "positions"]
    assert model.index(1, LossReportModel.WHERE).data() == "document Intervju 1"
    assert model.index(3, LossReportModel.WHAT).data().startswith("positions read as UTF-16")
    model.set_report({"losses": [], "warnings": [], "positions": []})
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_the_dialog_says_what_came_and_copies_the_report(qtbot):
    dialog = LossReportDialog(REPORT, "studie.qdpx")
    qtbot.addWidget(dialog)
    assert "7 codings" in dialog.summary.text() and "studie.qdpx" in dialog.summary.text()
    assert "2 kinds" in dialog.verdict.text()
    dialog.copy_report()
    copied = QGuiApplication.clipboard().text()
    assert "lost: 3 pictures in the project: kvalkod holds text documents only" in copied
    assert "Intervju 1: positions read as UTF-16 units" in copied
    clean = LossReportDialog({**REPORT, "losses": []}, "ren.qdpx")
    qtbot.addWidget(clean)
    assert clean.verdict.text() == "Nothing was lost."
    with qtbot.waitSignal(dialog.accepted):
        dialog.open_button.click()


def test_export_writes_the_open_project(window, session, tmp_path):
    actions = QdpxActions(window, session)
    assert actions.export_project(str(tmp_path / "ut"), pseudonymise=False)
    with zipfile.ZipFile(tmp_path / "ut.qdpx") as archive:
        assert "project.qde" in archive.namelist()
    assert "ut.qdpx" in window.statusBar().currentMessage()


def test_import_runs_in_a_thread_shows_the_report_and_offers_the_project(window, session, tmp_path, qtbot,
                                                                         monkeypatch):
    session.project.exchange.export_qdpx(tmp_path / "ut.qdpx")
    shown = []
    monkeypatch.setattr(LossReportDialog, "exec",
                        lambda self: shown.append(self.report) or QDialog.DialogCode.Accepted)
    actions = QdpxActions(window, session)
    with qtbot.waitSignal(window.projectRequested, timeout=20000) as opened:
        assert actions.import_project(str(tmp_path / "ut.qdpx"), str(tmp_path / "kopia"))
    assert opened.args == [str(tmp_path / "kopia.kvalkod"), False]
    assert shown[0]["added"]["codings"] == 3 and shown[0]["losses"] == []
    actions.wait()


def test_an_import_that_fails_says_why(window, session, tmp_path, qtbot, monkeypatch):
    session.project.exchange.export_qdpx(tmp_path / "ut.qdpx")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    actions = QdpxActions(window, session)
    with qtbot.waitSignal(actions.failed, timeout=20000) as failed:
        actions.import_project(str(tmp_path / "ut.qdpx"), str(session.project.path))
    assert "kvalkod merge" in failed.args[0] and warned == [failed.args[0]]
    actions.wait()
