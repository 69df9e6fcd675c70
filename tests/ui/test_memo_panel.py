"""The memo panel: memos on the project, the open document or the selected code; saved
after a pause or on focus out, never keystroke by keystroke; everything undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from ui.views.memo_panel import MemoIdRole, MemoPanel


@pytest.fixture
def panel(session, qtbot):
    p = MemoPanel(session)
    qtbot.addWidget(p)
    p.save_timer.setInterval(50)  # the real pause is longer; the behaviour is the same
    return p


def items(panel):
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def stored(session, target_type="project", target=None):
    return [m.text for m in session.project.memos.for_target(target_type, target)]


def test_new_memo_on_the_project(session, panel, qtbot):
    assert panel.list.count() == 0
    assert not panel.editor.isEnabled()
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert stored(session) == [""]
    assert panel.list.count() == 1
    assert panel.editor.isEnabled()
    assert "Anna" in items(panel)[0] and "(empty)" in items(panel)[0]


def test_typing_is_saved_once_after_a_pause(session, panel, qtbot):
    panel.new_memo()
    saves = []
    session.bridge.memosChanged.connect(lambda: saves.append(1))
    qtbot.keyClicks(panel.editor, "Återkommande tema: tidsbrist")
    assert saves == []  # not on each keystroke
    qtbot.waitUntil(lambda: stored(session) == ["Återkommande tema: tidsbrist"], timeout=2000)
    assert len(saves) == 1
    assert "Återkommande tema: tidsbrist" in items(panel)[0]
    assert panel.editor.toPlainText() == "Återkommande tema: tidsbrist"


def test_focus_out_saves_at_once(session, panel, qtbot):
    panel.new_memo()
    panel.save_timer.setInterval(60_000)
    qtbot.keyClicks(panel.editor, "Forsta raden")  # keyClicks knows only ASCII (and a few more)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.editor, "andra")
    assert stored(session) == [""]
    QApplication.sendEvent(panel.editor, QFocusEvent(QEvent.Type.FocusOut))
    assert stored(session) == ["Forsta raden\nandra"]
    assert "Forsta raden" in items(panel)[0] and "andra" not in items(panel)[0]


def test_switching_memos_saves_the_one_left(session, panel, qtbot):
    first = session.project.memos.add("project", None, "ett")
    second = session.project.memos.add("project", None, "två")
    panel.save_timer.setInterval(60_000)
    panel.select_memo(first.id)
    assert panel.editor.toPlainText() == "ett"
    qtbot.keyClicks(panel.editor, " och mer")
    panel.list.setCurrentRow(1)
    assert stored(session) == ["ett och mer", "två"]
    assert panel.current_memo_id() == second.id
    assert panel.editor.toPlainText() == "två"
    assert panel.list.currentItem().data(MemoIdRole) == second.id


def test_undo_of_an_edit_shows_the_old_text(session, panel):
    memo = session.project.memos.add("project", None, "före")
    panel.select_memo(memo.id)
    session.project.memos.edit(memo.id, "efter")
    assert panel.editor.toPlainText() == "efter"
    session.project.history.undo()
    assert panel.editor.toPlainText() == "före"


def test_delete_and_undo(session, panel, qtbot):
    session.project.memos.add("project", None, "kvar")
    doomed = session.project.memos.add("project", None, "bort")
    panel.select_memo(doomed.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert stored(session) == ["kvar"]
    assert panel.list.count() == 1 and panel.editor.toPlainText() == "kvar"
    session.project.history.undo()
    assert stored(session) == ["kvar", "bort"]
    assert panel.list.count() == 2


def test_memos_follow_the_selected_code(session, panel):
    project = session.project
    project.memos.add("code", "Aktörer/Medaktör", "Om medaktörer")
    panel.set_target_type("code")
    assert panel.list.count() == 0 and not panel.new_button.isEnabled()
    assert panel.target_label.text() == "No code selected"
    session.set_selected_codes([project.codebook.get("Aktörer/Medaktör")])
    assert panel.new_button.isEnabled()
    assert panel.target_label.text() == "Aktörer/Medaktör"
    assert panel.editor.toPlainText() == "Om medaktörer"
    session.set_selected_codes([project.codebook.get("Aktörer/Arbetsförmedlingen")])
    assert panel.list.count() == 0
    memo = panel.new_memo("Myndigheten")
    assert stored(session, "code", "Aktörer/Arbetsförmedlingen") == ["Myndigheten"]
    assert panel.current_memo_id() == memo.id


def test_a_renamed_code_keeps_its_memos_in_view(session, panel):
    project = session.project
    project.memos.add("code", "Aktörer/Medaktör", "Om medaktörer")
    panel.set_target_type("code")
    session.set_selected_codes([project.codebook.get("Aktörer/Medaktör")])
    project.codebook.rename("Aktörer/Medaktör", "Samverkanspart")
    assert panel.target_label.text() == "Aktörer/Samverkanspart"
    assert panel.editor.toPlainText() == "Om medaktörer"


def test_memos_follow_the_current_document(session, panel):
    project = session.project
    project.memos.add("document", "intervju_1", "Lång intervju")
    panel.set_target_type("document")
    assert panel.target_label.text() == "No document open"
    session.set_current_document(project.documents.get("intervju_1"))
    assert panel.target_label.text() == "intervju_1"
    assert "Lång intervju" in items(panel)[0]
    session.set_current_document(project.documents.get("fältanteckning"))
    assert panel.list.count() == 0
    panel.new_memo("Scenen")
    assert stored(session, "document", "fältanteckning") == ["Scenen"]
    panel.set_target_type("project")
    assert panel.list.count() == 0
