"""The codebook panel: model structure, editing, drag and drop, and click-to-code."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor, QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from kvalkod.services import Project
from ui.models.code_tree_model import CODE_MIME, COUNT_COLUMN, SELECTION_MIME, CodeRole, CodeTreeModel, PathRole
from ui.views.code_tree_view import CodebookPanel

from .conftest import INTERVIEW


@pytest.fixture
def panel(session, qtbot):
    widget = CodebookPanel(session)
    qtbot.addWidget(widget)
    widget.resize(400, 600)
    return widget


@pytest.fixture
def shown_errors(monkeypatch):
    """Error dialogs, recorded instead of shown."""
    shown = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(error))
    return shown


def paths(model) -> list[str]:
    out = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(index.data(PathRole))
            walk(index)

    walk(QModelIndex())
    return out


def code_mime(session, path: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(CODE_MIME, session.project.codebook.get(path).guid.encode())
    return mime


def count(session, path: str) -> int:
    return next(r["count"] for r in session.project.codebook.tree_with_counts() if r["path"] == path)


def test_model_passes_the_model_tester_empty_and_populated(session, qtmodeltester, tmp_path):
    from ui.session import Session

    empty = Session(Project.create(tmp_path / "empty.kvalkod", coder="Anna"))
    try:
        model = CodeTreeModel(empty)
        qtmodeltester.check(model)
        assert model.rowCount() == 0
    finally:
        empty.close()
    qtmodeltester.check(CodeTreeModel(session))


def test_hierarchy_in_codebook_order_with_counts_colours_and_tooltips(session):
    model = CodeTreeModel(session)
    assert paths(model) == [c.path for c in session.project.codebook.all()]
    aktorer = model.index_for_path("Aktörer")
    assert model.rowCount(aktorer) == 2 and model.rowCount(model.index_for_path("Arbetsbelastning")) == 1
    medaktor = model.index_for_path("Aktörer/Medaktör")
    assert medaktor.parent() == aktorer
    assert medaktor.data() == "Medaktör" and medaktor.data(Qt.ItemDataRole.EditRole) == "Medaktör"
    assert medaktor.data(Qt.ItemDataRole.DecorationRole) == QColor("#59a14f")
    assert medaktor.data(CodeRole).path == "Aktörer/Medaktör"
    assert medaktor.siblingAtColumn(COUNT_COLUMN).data() == 1
    assert aktorer.siblingAtColumn(COUNT_COLUMN).data() == 0
    session.project.codebook.describe("Aktörer/Medaktör", description="Någon som samverkar.")
    tip = model.index_for_path("Aktörer/Medaktör").data(Qt.ItemDataRole.ToolTipRole)
    assert "Aktörer/Medaktör" in tip and "Någon som samverkar." in tip


def test_counts_follow_codings_and_undo(session):
    model = CodeTreeModel(session)
    doc = session.project.documents.get("intervju_1")
    session.project.coding.apply(doc.guid, 0, 5, "Aktörer/Medaktör")
    assert model.index_for_path("Aktörer/Medaktör").siblingAtColumn(COUNT_COLUMN).data() == 2
    session.project.history.undo()
    assert model.index_for_path("Aktörer/Medaktör").siblingAtColumn(COUNT_COLUMN).data() == 1


def test_inline_rename_renames_and_undo_restores(session):
    model = CodeTreeModel(session)
    assert model.setData(model.index_for_path("Aktörer/Medaktör"), "Samverkanspart")
    assert "Aktörer/Samverkanspart" in paths(model)
    assert session.project.codebook.get("Aktörer/Samverkanspart")
    session.project.history.undo()
    assert "Aktörer/Medaktör" in paths(model) and "Aktörer/Samverkanspart" not in paths(model)


def test_inline_rename_in_the_tree(panel, session, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    panel.select_code("Aktörer/Medaktör")
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert panel.tree.state() == QAbstractItemView.State.EditingState
    editor = panel.tree.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Samverkanspart")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: "Aktörer/Samverkanspart" in [c.path for c in session.project.codebook.all()])
    assert panel.current_code().path == "Aktörer/Samverkanspart"
    assert panel.tree.state() != QAbstractItemView.State.EditingState


@pytest.mark.parametrize("bad_name", ["Arbetsförmedlingen", "a/b", "   "])
def test_failed_rename_shows_the_error_and_keeps_the_name(session, shown_errors, bad_name):
    model = CodeTreeModel(session)
    before = paths(model)
    assert not model.setData(model.index_for_path("Aktörer/Medaktör"), bad_name)
    assert len(shown_errors) == 1
    assert paths(model) == before
    assert model.index_for_path("Aktörer/Medaktör").data() == "Medaktör"


def test_new_code_and_new_sub_code(panel, session, monkeypatch):
    monkeypatch.setattr(panel, "_ask_name", lambda title, label: "Metoder/Samtal")
    panel.new_code_action.trigger()
    assert session.project.codebook.get("Metoder/Samtal")
    assert panel.current_code().path == "Metoder/Samtal"
    assert panel.tree.isExpanded(panel.proxy.mapFromSource(panel.model.index_for_path("Metoder")))
    monkeypatch.setattr(panel, "_ask_name", lambda title, label: "Telefon")
    panel.new_sub_code_action.trigger()
    assert panel.current_code().path == "Metoder/Samtal/Telefon"
    assert "Metoder/Samtal/Telefon" in paths(panel.model)
    monkeypatch.setattr(panel, "_ask_name", lambda title, label: None)  # cancelled
    before = paths(panel.model)
    panel.new_code_action.trigger()
    assert paths(panel.model) == before


def test_delete_asks_with_sub_codes_and_codings_then_undo_brings_it_back(panel, session, monkeypatch):
    asked = []
    monkeypatch.setattr(panel, "_confirm", lambda text: asked.append(text) or False)
    panel.select_code("Aktörer")
    panel.delete_action.trigger()
    assert "2 sub-code" in asked[0] and "2 coding" in asked[0] and "Undo brings it back" in asked[0]
    assert "Aktörer" in paths(panel.model)  # refused
    monkeypatch.setattr(panel, "_confirm", lambda text: True)
    panel.delete_action.trigger()
    assert not any(p.startswith("Aktörer") for p in paths(panel.model))
    session.project.history.undo()
    assert {"Aktörer", "Aktörer/Medaktör", "Aktörer/Arbetsförmedlingen"} <= set(paths(panel.model))
    assert count(session, "Aktörer/Medaktör") == 1


def test_colour_changes_the_code_and_its_swatch(panel, session, monkeypatch):
    monkeypatch.setattr(panel, "_ask_color", lambda initial: "#123456")
    panel.select_code("Arbetsbelastning/Tiden räcker inte")
    panel.colour_action.trigger()
    assert session.project.codebook.get("Arbetsbelastning/Tiden räcker inte").color == "#123456"
    index = panel.model.index_for_path("Arbetsbelastning/Tiden räcker inte")
    assert index.data(Qt.ItemDataRole.DecorationRole) == QColor("#123456")


def test_description_saved_after_a_pause_and_when_focus_leaves(panel, session, qtbot):
    panel.select_code("Aktörer/Medaktör")
    assert panel.description_edit.isEnabled() and panel.description_edit.toPlainText() == ""
    panel.description_edit.setPlainText("Samverkar")
    panel.description_edit.setPlainText("Samverkar med handläggaren.")
    assert session.project.codebook.get("Aktörer/Medaktör").description == ""  # not on every keystroke
    qtbot.waitUntil(lambda: session.project.codebook.get("Aktörer/Medaktör").description
                    == "Samverkar med handläggaren.", timeout=3000)
    panel.description_edit.setPlainText("Ny text.")
    QApplication.sendEvent(panel.description_edit, QFocusEvent(QEvent.Type.FocusOut))
    assert session.project.codebook.get("Aktörer/Medaktör").description == "Ny text."
    session.project.history.undo()  # one edit, one step
    assert panel.description_edit.toPlainText() == "Samverkar med handläggaren."
    panel.select_code("Aktörer")
    assert panel.description_edit.toPlainText() == ""


def test_filter_is_case_insensitive_and_keeps_parents(panel):
    def visible():
        return paths(panel.proxy)

    panel.filter_edit.setText("MEDAK")
    assert visible() == ["Aktörer", "Aktörer/Medaktör"]
    panel.filter_edit.setText("aktörer")  # a matching parent shows its sub-codes
    assert set(visible()) == {"Aktörer", "Aktörer/Medaktör", "Aktörer/Arbetsförmedlingen"}
    panel.filter_edit.clear()
    assert len(visible()) == 5
    panel.filter_edit.setText("medak")
    assert panel.select_code("Arbetsbelastning")  # hidden by the filter: the filter goes
    assert panel.filter_edit.text() == "" and panel.current_code().path == "Arbetsbelastning"


def test_drop_on_a_code_moves_it_there(panel, session, monkeypatch):
    monkeypatch.setattr(panel, "_ask_drop_action", lambda source, target: "move")
    target = panel.model.index_for_path("Arbetsbelastning")
    assert panel.model.dropMimeData(code_mime(session, "Aktörer/Medaktör"), Qt.DropAction.MoveAction, -1, -1, target)
    assert "Arbetsbelastning/Medaktör" in paths(panel.model)
    assert count(session, "Arbetsbelastning/Medaktör") == 1
    assert panel.current_code().path == "Arbetsbelastning/Medaktör"


def test_questions_wait_until_a_real_drag_has_ended(panel, session, monkeypatch, qtbot):
    monkeypatch.setattr(panel, "_ask_drop_action", lambda source, target: "move")
    panel.tree.dropping = True  # as inside the tree's dropEvent
    target = panel.model.index_for_path("Arbetsbelastning")
    panel.model.dropMimeData(code_mime(session, "Aktörer/Medaktör"), Qt.DropAction.MoveAction, -1, -1, target)
    panel.tree.dropping = False
    assert "Aktörer/Medaktör" in paths(panel.model)
    qtbot.waitUntil(lambda: "Arbetsbelastning/Medaktör" in paths(panel.model))


def test_drop_through_the_proxy_reaches_the_panel(panel, session, monkeypatch):
    asked = []
    monkeypatch.setattr(panel, "_ask_drop_action", lambda source, target: asked.append((source.path, target.path)))
    target = panel.proxy.mapFromSource(panel.model.index_for_path("Arbetsbelastning"))
    panel.proxy.dropMimeData(code_mime(session, "Aktörer/Medaktör"), Qt.DropAction.MoveAction, -1, -1, target)
    assert asked == [("Aktörer/Medaktör", "Arbetsbelastning")]
    assert "Aktörer/Medaktör" in paths(panel.model)  # no answer, no change


@pytest.mark.parametrize("confirmed", [True, False])
def test_drop_merge_asks_for_confirmation(panel, session, monkeypatch, confirmed):
    asked = []
    monkeypatch.setattr(panel, "_ask_drop_action", lambda source, target: "merge")
    monkeypatch.setattr(panel, "_confirm", lambda text: asked.append(text) or confirmed)
    target = panel.model.index_for_path("Aktörer/Arbetsförmedlingen")
    panel.model.dropMimeData(code_mime(session, "Aktörer/Medaktör"), Qt.DropAction.MoveAction, -1, -1, target)
    assert "Merge “Aktörer/Medaktör” into “Aktörer/Arbetsförmedlingen”" in asked[0] and "1 coding" in asked[0]
    if confirmed:
        assert "Aktörer/Medaktör" not in paths(panel.model)
        assert count(session, "Aktörer/Arbetsförmedlingen") == 2
    else:
        assert "Aktörer/Medaktör" in paths(panel.model)
        assert count(session, "Aktörer/Arbetsförmedlingen") == 1


def test_drop_on_empty_space_moves_to_the_top_level(panel, session, monkeypatch):
    monkeypatch.setattr(panel, "_ask_drop_action", lambda source, target: pytest.fail("no question expected"))
    mime = code_mime(session, "Arbetsbelastning/Tiden räcker inte")
    assert panel.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert "Tiden räcker inte" in paths(panel.model)
    assert session.project.codebook.get("Tiden räcker inte").parent_id is None


def test_a_code_cannot_be_dropped_on_itself_or_its_sub_codes(session):
    model = CodeTreeModel(session)
    mime = code_mime(session, "Aktörer")
    for path in ("Aktörer", "Aktörer/Medaktör"):
        assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_for_path(path))
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_for_path("Arbetsbelastning"))


def test_dropping_selected_text_on_a_code_codes_it(panel, session):
    doc = session.project.documents.get("intervju_1")
    start = INTERVIEW.index("Läkare förstår inte")
    mime = QMimeData()
    mime.setData(SELECTION_MIME, json.dumps({"document": doc.guid, "start": start, "end": start + 19}).encode())
    target = panel.model.index_for_path("Aktörer/Medaktör")
    assert not panel.model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, target)  # between rows
    assert panel.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert count(session, "Aktörer/Medaktör") == 2
    assert session.recent()[0].path == "Aktörer/Medaktör"
    assert panel.model.index_for_path("Aktörer/Medaktör").siblingAtColumn(COUNT_COLUMN).data() == 2


def test_clicking_a_code_codes_the_selected_text(panel, session, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.proxy.mapFromSource(panel.model.index_for_path("Aktörer/Medaktör"))
    centre = panel.tree.visualRect(index).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert count(session, "Aktörer/Medaktör") == 1  # no selection: the click only selects
    assert [c.path for c in session.selected_codes] == ["Aktörer/Medaktör"]
    doc = session.project.documents.get("intervju_1")
    session.set_selection((doc, 0, 10))
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert count(session, "Aktörer/Medaktör") == 2
    assert session.recent()[0].path == "Aktörer/Medaktör"
    # clicking the selected code again codes, it does not start a rename
    index = panel.proxy.mapFromSource(panel.model.index_for_path("Aktörer/Medaktör"))
    assert not panel.tree.edit(index, QAbstractItemView.EditTrigger.SelectedClicked, None)
    session.set_selection(None)
    assert panel.tree.edit(index, QAbstractItemView.EditTrigger.SelectedClicked, None)


def test_code_selection_menu_action(panel, session):
    panel.select_code("Aktörer/Arbetsförmedlingen")
    session.set_selection((session.project.documents.get("intervju_1"), 3, 12))
    panel.code_selection_action.trigger()
    assert count(session, "Aktörer/Arbetsförmedlingen") == 2


def test_selection_is_published_and_kept_across_rebuilds(panel, session, qtbot):
    with qtbot.waitSignal(session.selectedCodesChanged):
        panel.select_code("Aktörer/Medaktör")
    assert [c.path for c in session.selected_codes] == ["Aktörer/Medaktör"]
    aktorer = panel.proxy.mapFromSource(panel.model.index_for_path("Arbetsbelastning"))
    panel.tree.collapse(aktorer)
    session.project.codebook.rename("Aktörer/Medaktör", "Samverkanspart")
    assert panel.current_code().path == "Aktörer/Samverkanspart"
    assert [c.path for c in session.selected_codes] == ["Aktörer/Samverkanspart"]  # fresh codes
    assert not panel.tree.isExpanded(panel.proxy.mapFromSource(panel.model.index_for_path("Arbetsbelastning")))
    assert panel.tree.isExpanded(panel.proxy.mapFromSource(panel.model.index_for_path("Aktörer")))


def test_service_errors_show_a_dialog_and_change_nothing(panel, session, shown_errors, monkeypatch):
    monkeypatch.setattr(panel, "_ask_name", lambda title, label: "Aktörer")
    panel.new_code_action.trigger()  # exists already
    session.project.codebook.add("Medaktör")
    before = paths(panel.model)
    panel.model.dropMimeData(code_mime(session, "Aktörer/Medaktör"), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert len(shown_errors) == 2
    assert paths(panel.model) == before
