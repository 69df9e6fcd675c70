"""Backups in the app: taken automatically while working, listed, made by hand, restored."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from kvalkod.services import Project, backups
from ui import app as app_module
from ui.auto_backup import AutoBackup
from ui.dialogs.backups_dialog import BackupsDialog
from ui.settings import Settings


def test_an_automatic_backup_is_taken_when_due(session, qtbot, monkeypatch):
    monkeypatch.setattr(backups, "AUTO_EVERY_ACTIONS", 2)
    auto = AutoBackup(session)
    auto._when_due()  # the fixture's coding is work enough
    [made] = session.project.backups.list()
    assert made.reason == "auto"
    auto._on_open()  # nothing changed since: no second copy
    auto._when_due()
    session.project.codebook.add("Ny/Kod 1")
    auto._when_due()  # one action: not due yet
    assert len(session.project.backups.list()) == 1
    session.project.codebook.add("Ny/Kod 2")
    auto._when_due()
    assert [b.reason for b in session.project.backups.list()] == ["auto", "auto"]


def test_the_dialog_lists_backups_and_makes_one_by_hand(session, qtbot):
    session.project.backups.create("merge")
    dialog = BackupsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "before a merge" in dialog.list.item(0).text()
    assert not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    assert dialog.list.count() == 2 and "by hand" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(1)
    assert dialog.restore_button.isEnabled()


def test_restoring_from_the_window_goes_back_and_keeps_the_replaced_state(tmp_path, qtbot, qapp, monkeypatch):
    path = tmp_path / "studie.kvalkod"
    with Project.create(path, coder="Anna") as p:
        p.codebook.add("Före")
        early = p.backups.create("manual")
        p.codebook.add("Efter")
    holder = app_module._WindowHolder(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                                      "Anna", interactive=False)
    window = holder.open(path, create=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.restoreRequested.emit(str(path), str(early))
    assert holder.window is not window and holder.window.isVisible()
    qtbot.addWidget(holder.window)
    codes = {c.path for c in holder.window.session.project.codebook.all()}
    assert "Före" in codes and "Efter" not in codes
    assert [b.reason for b in holder.window.session.project.backups.list()][0] == "before-restore"
    holder.window.session.close()
