"""Importing real files through the dialog and its worker thread: results, cancel, undo."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, Qt

import ui.workers
from kvalkod.importers import SUPPORTED_SUFFIXES
from ui.dialogs.import_dialog import RESULTS_PAGE, ImportDialog
from ui.views.document_list_view import DocumentsPanel
from ui.workers import ImportWorker

from ..conftest import seed

TEXT = "I: Hur började du?\nIP: Jag kom hit 2019 och har jobbat med samordning sedan dess.\n"


@pytest.fixture
def dialog(session, qtbot):
    d = ImportDialog(session)
    qtbot.addWidget(d)
    yield d
    if d.running:  # a failed test must not leave the thread running under a deleted dialog
        d.worker.cancel()
        d.worker_thread.wait(10_000)


def write_docx(path, paragraphs):
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


def finished(dialog, n):
    return lambda: len(dialog.results) == n and dialog.worker_thread is None


def test_txt_docx_and_a_bad_file(dialog, session, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(DocumentsPanel, "_settings",
                        lambda self: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    panel = DocumentsPanel(session)
    qtbot.addWidget(panel)
    txt = tmp_path / "intervju_2.txt"
    txt.write_text(TEXT, encoding="utf-8")
    good_docx = write_docx(tmp_path / "intervju_3.docx", ["Första stycket om sjukförsäkringen.", "Andra stycket."])
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"this is not a zip file at all")

    assert dialog.add_paths([txt, good_docx, bad]) == 3
    dialog.add_variable_row("kontor", "B")
    dialog.start()
    qtbot.waitUntil(finished(dialog, 3), timeout=20_000)

    assert [(p, ok) for p, ok, _ in dialog.results] == [(str(txt), True), (str(good_docx), True), (str(bad), False)]
    assert dialog.results[0][2].startswith("txt, ")
    assert "characters" in dialog.results[1][2] and dialog.results[1][2].startswith("docx, ")
    assert "not a Word document" in dialog.results[2][2] and not dialog.results[2][2].startswith(str(bad))
    assert dialog.pages.currentIndex() == RESULTS_PAGE
    assert dialog.results_view.topLevelItemCount() == 3
    assert dialog.results_view.topLevelItem(2).text(1).startswith("Not imported: ")

    doc = session.project.documents.get("intervju_2")
    assert doc.kind == "interview"  # the dialog's default kind
    assert session.project.documents.text("intervju_3").startswith("Första stycket")
    values = {(v["target"], v["variable"]): v["value"] for v in session.project.variables.list()}
    assert values[("intervju_2", "kontor")] == values[("intervju_3", "kontor")] == "B"
    panel_names = [panel.model.index(c, 0, panel.model.index(0, 0)).data()
                   for c in range(panel.model.rowCount(panel.model.index(0, 0)))]
    assert panel_names == ["intervju_1", "intervju_2", "intervju_3"]


def test_each_file_is_its_own_undoable_action_and_the_kind_is_applied(dialog, session, qtbot, tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Anteckning {name}: mötet började sent.", encoding="utf-8")
    dialog.add_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("field_note"))
    dialog.start()
    qtbot.waitUntil(finished(dialog, 2), timeout=20_000)
    assert session.project.documents.get("b").kind == "field_note"
    session.project.history.undo()
    names = {d.name for d in session.project.documents.all()}
    assert "a" in names and "b" not in names


def test_a_taken_name_fails_that_file_only(dialog, session, qtbot, tmp_path):
    (tmp_path / "intervju_1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "ny.txt").write_text(TEXT, encoding="utf-8")
    dialog.add_paths([tmp_path / "intervju_1.txt", tmp_path / "ny.txt"])
    dialog.start()
    qtbot.waitUntil(finished(dialog, 2), timeout=20_000)
    assert [ok for _p, ok, _t in dialog.results] == [False, True]
    assert "exists already" in dialog.results[0][2]
    assert session.project.documents.text("intervju_1").startswith("I: Hur ser")  # untouched


def test_cancel_stops_before_the_next_file(dialog, session, qtbot, tmp_path, monkeypatch):
    paths = []
    for name in ("ett", "två", "tre"):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(f"Fältanteckning {name}.", encoding="utf-8")
    real = ui.workers.prepare_document

    def prepare_then_cancel(path, **kwargs):
        result = real(path, **kwargs)
        dialog.worker.cancel()  # as if Cancel were pressed while the first file was read
        return result

    monkeypatch.setattr(ui.workers, "prepare_document", prepare_then_cancel)
    dialog.add_paths(paths)
    dialog.start()
    qtbot.waitUntil(finished(dialog, 3), timeout=20_000)
    assert [ok for _p, ok, _t in dialog.results] == [True, False, False]
    assert "cancelled" in dialog.results[1][2]
    names = {d.name for d in session.project.documents.all()}
    assert "ett" in names and not names & {"två", "tre"}


def test_the_cancel_button_works_while_a_file_is_read(dialog, session, qtbot, tmp_path, monkeypatch):
    for name in ("ett", "två"):
        (tmp_path / f"{name}.txt").write_text("Text.", encoding="utf-8")
    entered, gate = threading.Event(), threading.Event()
    real = ui.workers.prepare_document

    def slow_prepare(path, **kwargs):
        entered.set()
        gate.wait(10)
        return real(path, **kwargs)

    monkeypatch.setattr(ui.workers, "prepare_document", slow_prepare)
    dialog.show()
    dialog.add_paths([tmp_path / "ett.txt", tmp_path / "två.txt"])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert entered.wait(10)
    assert dialog.running and dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(finished(dialog, 2), timeout=20_000)
    assert [ok for _p, ok, _t in dialog.results] == [True, False]


def test_worker_reports_every_file_and_turns_bugs_into_messages(qtbot, tmp_path, monkeypatch):
    def broken(path, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(ui.workers, "prepare_document", broken)
    worker = ImportWorker([tmp_path / "a.txt", tmp_path / "b.txt"])
    failures, progress = [], []
    worker.failed.connect(lambda path, message: failures.append((path, message)))
    worker.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(worker.finished):
        worker.run()  # run() is an ordinary slot: here on the test's thread
    assert [m for _p, m in failures] == ["unexpected error: ValueError: boom"] * 2
    assert progress == [(0, 2), (1, 2), (2, 2)]


def test_missing_file_gives_the_importers_sentence(qtbot, tmp_path):
    worker = ImportWorker([tmp_path / "saknas.txt"])
    failures = []
    worker.failed.connect(lambda path, message: failures.append(message))
    worker.run()
    assert len(failures) == 1 and "saknas.txt" in failures[0] and "unexpected" not in failures[0]


def test_folders_add_their_supported_files_recursively(dialog, tmp_path):
    (tmp_path / "sub" / "djupare").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "sub" / "b.DOCX").write_bytes(b"x")
    (tmp_path / "sub" / "djupare" / "c.md").write_text("c", encoding="utf-8")
    (tmp_path / "sub" / "variabler.csv").write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "~$b.docx").write_bytes(b"lock")
    (tmp_path / ".dold").mkdir()
    (tmp_path / ".dold" / "d.txt").write_text("d", encoding="utf-8")
    assert dialog.add_paths([tmp_path]) == 3
    assert sorted(p.rsplit("/", 1)[-1] for p in dialog.paths()) == ["a.txt", "b.DOCX", "c.md"]
    assert dialog.add_paths([tmp_path / "a.txt"]) == 0  # no file twice
    dialog.file_list.item(0).setSelected(True)
    dialog.remove_selected()
    assert len(dialog.paths()) == 2 and dialog.file_list.count() == 2


def test_setup_defaults_and_file_filter(dialog):
    assert dialog.clean_check.isChecked()
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    assert [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())] == [
        "Interview", "Field note", "Observation", "Document", "Survey"]
    file_filter = dialog._file_filter()
    assert all(f"*{suffix}" in file_filter for suffix in SUPPORTED_SUFFIXES)


@pytest.mark.parametrize("clean", [True, False])
def test_the_summary_says_what_the_clean_up_changed(dialog, session, qtbot, clean):
    dialog.add_paths([seed("001")])  # PDF-derived text with page footers
    dialog.clean_check.setChecked(clean)
    dialog.start()
    qtbot.waitUntil(finished(dialog, 1), timeout=30_000)
    path, ok, summary = dialog.results[0]
    assert ok
    if clean:
        assert "clean-up: " in summary and "page headers/footers" in summary
    else:
        assert "clean-up turned off" in summary
