"""The scenes panel and editor: the list model, scenes made from a selection in the document,
each field saved through the service (one undoable action per edit), status, themes, order,
filters, jumping to a passage, the scenes of a selected passage, delete with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from kvalkod.errors import ConflictError
from ui.models.scene_list_model import STATUS_COLUMN, THEMES_COLUMN, TITLE_COLUMN, GuidRole, SceneListModel
from ui.views.document_view import DocumentView
from ui.views.scenes_panel import ScenesPanel

from .conftest import INTERVIEW

NOTE = "Scen: Teammöte. Dana vill ha en fast dagordning."


def span(text, words):
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture
def scenes(session):
    """Three scenes: one on a theme of Aktörer, one on Arbetsbelastning, one with no theme (klar)."""
    scenes = session.project.scenes
    team = scenes.add("Teammöte", [("fältanteckning", *span(NOTE, "Dana vill ha en fast dagordning"))],
                      ["Aktörer/Medaktör"], setting="Morgonmöte", participants="”Dana”, handläggare")
    time = scenes.add("Tidsbrist", [("intervju_1", *span(INTERVIEW, "Det finns inte tid"))],
                      ["Arbetsbelastning/Tiden räcker inte"])
    doctors = scenes.add("Läkarna", [("intervju_1", *span(INTERVIEW, "Läkare förstår inte"))])
    scenes.set_status(doctors.guid, "klar")
    return {"team": team.guid, "time": time.guid, "doctors": doctors.guid}


@pytest.fixture
def panel(session, qtbot):
    p = ScenesPanel(session)
    qtbot.addWidget(p)
    p.editor.save_timer.setInterval(50)  # the real pause is longer; the behaviour is the same
    p.resize(700, 800)
    return p


@pytest.fixture
def view(session, qtbot):
    v = DocumentView(session)
    qtbot.addWidget(v)
    v.resize(800, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def shown_errors(monkeypatch):
    """Error dialogs, recorded instead of shown."""
    shown = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(error))
    return shown


def titles(panel):
    return [panel.proxy.index(r, TITLE_COLUMN).data() for r in range(panel.proxy.rowCount())]


def stored(session, guid):
    return session.project.scenes.get(guid)


@pytest.fixture
def actions(session):
    """One entry per committed action (each commit, undo and redo announces the history once)."""
    seen = []
    session.bridge.historyChanged.connect(lambda: seen.append(session.project.history.labels()[0]))
    return seen


def focus_out(widget):
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut))


def open_in(view, session, name, start, end):
    session.set_current_document(session.project.documents.get(name))
    view.editor.select_span(start, end)


# -- the model ------------------------------------------------------------------------------
def test_model_passes_qtmodeltester_empty_populated_and_filtered(session, qtmodeltester, scenes):
    qtmodeltester.check(SceneListModel(session))
    panel = ScenesPanel(session)
    qtmodeltester.check(panel.model)
    panel.proxy.set_status("klar")
    qtmodeltester.check(panel.proxy)
    session.project.scenes.add("Ny", [("intervju_1", 0, 2)])  # a reset while the tester watches
    session.project.scenes.update(scenes["team"], title="Teammöte på kontoret")  # data changed in place
    assert panel.model.rowCount() == 4


def test_model_shows_order_title_status_themes_and_passages(session, panel, scenes):
    model = panel.model
    assert [model.index(r, TITLE_COLUMN).data() for r in range(3)] == ["Teammöte", "Tidsbrist", "Läkarna"]
    assert [model.index(r, 0).data() for r in range(3)] == [1, 2, 3]
    assert model.index(2, STATUS_COLUMN).data() == "Ready"
    assert model.index(0, THEMES_COLUMN).data() == "Aktörer/Medaktör"
    session.project.scenes.add_source(scenes["team"], "intervju_1", 0, 2)
    assert model.index(0, 4).data() == 2
    session.project.codebook.rename("Aktörer", "Parter")  # codesChanged, not scenesChanged
    assert model.index(0, THEMES_COLUMN).data() == "Parter/Medaktör"
    session.project.history.undo()
    assert model.index(0, THEMES_COLUMN).data() == "Aktörer/Medaktör"


# -- making scenes from the document ----------------------------------------------------------
def test_new_scene_from_a_selection_in_the_document_view(session, panel, view, monkeypatch):
    assert not panel.new_action.isEnabled()
    start, end = span(INTERVIEW, "Arbetsförmedlingen är en medaktör")
    open_in(view, session, "intervju_1", start, end)
    assert panel.new_action.isEnabled()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda parent, title, label, text="": asked.append(text) or ("Medaktörer", True))
    panel.new_action.trigger()
    assert asked == ["Arbetsförmedlingen är en medaktör"]  # the selection is offered as title
    (row,) = session.project.scenes.list()
    assert row["title"] == "Medaktörer" and row["status"] == "utkast"
    assert [(s["document"], s["start"], s["end"]) for s in row["sources"]] == [("intervju_1", start, end)]
    assert panel.current_guid() == row["guid"]
    assert panel.editor.title_edit.text() == "Medaktörer"
    assert panel.editor.narrative_edit.toPlainText() == "Arbetsförmedlingen är en medaktör"  # the service's start
    session.project.history.undo()
    assert panel.model.rowCount() == 0 and panel.current_guid() is None
    assert not panel.editor.title_edit.isEnabled()


def test_cancelling_the_title_makes_no_scene(session, panel, view, monkeypatch):
    open_in(view, session, "intervju_1", 0, 2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert panel.new_scene_from_selection() is None
    assert session.project.scenes.list() == []


def test_add_selection_to_scene_and_a_duplicate_is_an_error_dialog(session, panel, view, scenes, shown_errors):
    panel.select_scene(scenes["time"])
    start, end = span(INTERVIEW, "vi har för många ärenden")
    open_in(view, session, "intervju_1", start, end)
    assert panel.add_selection_action.isEnabled()
    panel.add_selection_action.trigger()
    assert [(s["start"], s["end"]) for s in panel.model.scene(scenes["time"])["sources"]][-1] == (start, end)
    assert panel.editor.passages_list.count() == 2
    assert "vi har för många ärenden" in panel.editor.passages_list.item(1).text()
    panel.add_selection_action.trigger()  # the same passage again: the service refuses, politely
    assert len(shown_errors) == 1 and isinstance(shown_errors[0], ConflictError)
    assert panel.editor.passages_list.count() == 2
    session.project.history.undo()
    assert panel.editor.passages_list.count() == 1


# -- the editor -------------------------------------------------------------------------------
@pytest.mark.parametrize("field, attribute, value", [
    ("title", "title", "Teammöte, förstärkta samarbetet"),
    ("setting", "setting", "Morgonmöte på kontoret som går motvalls"),
    ("scene_date", "scene_date", "2019-10-03"),
    ("participants", "participants", "”Dana”, ”Camille”, ”Lo”; handläggare (hen)"),
    ("narrative", "narrative", "Mötet börjar.\n- ”Dana”: Vi behöver en dagordning.\n- Lo: Ja."),
    ("analysis", "analysis", "Scenen illustrerar hur arbetsbelastningen gör gruppen sårbar."),
])
def test_each_field_is_saved_as_one_undoable_action(session, panel, scenes, actions, field, attribute, value):
    panel.select_scene(scenes["team"])
    widget = panel.editor.fields[field]
    before = getattr(stored(session, scenes["team"]), attribute)
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(value)
    else:
        widget.setText(value)
    focus_out(widget)
    assert getattr(stored(session, scenes["team"]), attribute) == value  # dialogue lines kept as typed
    assert actions == ["edit scene Teammöte"]
    session.project.history.undo()
    assert getattr(stored(session, scenes["team"]), attribute) == before
    assert panel.editor._text(widget) == before  # the editor shows the undone text


def test_typing_is_saved_after_a_pause_not_per_key(session, panel, scenes, qtbot):
    panel.select_scene(scenes["time"])
    saves = []
    session.bridge.scenesChanged.connect(lambda: saves.append(1))
    editor = panel.editor.analysis_edit
    qtbot.keyClicks(editor, "Tiden racker inte")
    assert saves == []
    qtbot.waitUntil(lambda: stored(session, scenes["time"]).analysis == "Tiden racker inte", timeout=2000)
    assert len(saves) == 1
    assert editor.toPlainText() == "Tiden racker inte"


def test_two_fields_typed_are_two_actions(session, panel, scenes, actions):
    panel.select_scene(scenes["time"])
    panel.editor.save_timer.setInterval(60_000)
    panel.editor.setting_edit.setText("Kontoret")
    panel.editor.participants_edit.setPlainText("”Kim”")
    panel.editor.save_now()
    assert actions == ["edit scene Tidsbrist", "edit scene Tidsbrist"]
    session.project.history.undo()
    assert (stored(session, scenes["time"]).setting, stored(session, scenes["time"]).participants) == ("Kontoret", "")


def test_switching_scenes_saves_what_was_typed(session, panel, scenes):
    panel.editor.save_timer.setInterval(60_000)
    panel.select_scene(scenes["team"])
    panel.editor.narrative_edit.setPlainText("Dana är otålig.")
    panel.table.selectRow(1)
    assert panel.current_guid() == scenes["time"]
    assert stored(session, scenes["team"]).narrative == "Dana är otålig."
    assert panel.editor.narrative_edit.toPlainText() == "Det finns inte tid"


def test_an_empty_title_is_not_saved_and_comes_back(session, panel, scenes, shown_errors):
    panel.select_scene(scenes["team"])
    panel.editor.title_edit.setText("   ")
    focus_out(panel.editor.title_edit)
    assert shown_errors == []
    assert stored(session, scenes["team"]).title == "Teammöte"
    assert panel.editor.title_edit.text() == "Teammöte"


def test_status_combo_sets_the_status_undoably(session, panel, scenes):
    panel.select_scene(scenes["team"])
    combo = panel.editor.status_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Draft", "Ready", "Reviewed"]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert stored(session, scenes["team"]).status == "granskad"
    assert panel.model.index(0, STATUS_COLUMN).data() == "Reviewed"
    session.project.history.undo()
    assert stored(session, scenes["team"]).status == "utkast"
    assert combo.currentData() == "utkast"


def test_ticking_themes_sets_the_scenes_codes(session, panel, scenes):
    panel.select_scene(scenes["doctors"])
    themes = panel.editor.themes_list
    paths = [themes.item(r).text() for r in range(themes.count())]
    assert "Aktörer/Arbetsförmedlingen" in paths and "Arbetsbelastning" in paths
    themes.item(paths.index("Aktörer/Arbetsförmedlingen")).setCheckState(Qt.CheckState.Checked)
    assert panel.model.scene(scenes["doctors"])["codes"] == ["Aktörer/Arbetsförmedlingen"]
    themes.item(paths.index("Arbetsbelastning")).setCheckState(Qt.CheckState.Checked)
    assert sorted(panel.model.scene(scenes["doctors"])["codes"]) == ["Aktörer/Arbetsförmedlingen", "Arbetsbelastning"]
    session.project.history.undo()
    assert panel.model.scene(scenes["doctors"])["codes"] == ["Aktörer/Arbetsförmedlingen"]
    checked = [themes.item(r).text() for r in range(themes.count())
               if themes.item(r).checkState() == Qt.CheckState.Checked]
    assert checked == ["Aktörer/Arbetsförmedlingen"]


def test_move_up_and_down_changes_the_order_and_keeps_the_scene_selected(session, panel, scenes):
    panel.select_scene(scenes["team"])
    editor = panel.editor
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    assert editor.order_label.text() == "1 of 3"
    editor.down_button.click()
    assert titles(panel) == ["Tidsbrist", "Teammöte", "Läkarna"]
    assert panel.current_guid() == scenes["team"]
    assert panel.table.currentIndex().data(GuidRole) == scenes["team"]
    assert editor.order_label.text() == "2 of 3" and editor.up_button.isEnabled()
    editor.down_button.click()
    assert titles(panel) == ["Tidsbrist", "Läkarna", "Teammöte"]
    assert not editor.down_button.isEnabled()
    session.project.history.undo()
    session.project.history.undo()
    assert titles(panel) == ["Teammöte", "Tidsbrist", "Läkarna"]
    assert panel.current_guid() == scenes["team"]


# -- filters ----------------------------------------------------------------------------------
def test_filter_by_theme_includes_sub_codes_and_by_status(session, panel, scenes):
    combo = panel.theme_combo
    options = [combo.itemData(i) for i in range(combo.count())]
    assert options == [None, "", "Aktörer", "Aktörer/Medaktör", "Arbetsbelastning",
                       "Arbetsbelastning/Tiden räcker inte"]
    combo.setCurrentIndex(combo.findData("Aktörer"))
    assert titles(panel) == ["Teammöte"]
    combo.setCurrentIndex(combo.findData(""))  # scenes with no theme yet
    assert titles(panel) == ["Läkarna"]
    combo.setCurrentIndex(0)
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("utkast"))
    assert titles(panel) == ["Teammöte", "Tidsbrist"]
    combo.setCurrentIndex(combo.findData("Arbetsbelastning/Tiden räcker inte"))
    assert titles(panel) == ["Tidsbrist"]
    session.project.scenes.set_status(scenes["time"], "klar")  # no longer a draft: it leaves the list
    assert titles(panel) == []


def test_selecting_a_filtered_out_scene_clears_the_filters(session, panel, scenes):
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("granskad"))
    assert titles(panel) == []
    panel.select_scene(scenes["time"])
    assert panel.status_combo.currentData() is None and len(titles(panel)) == 3
    assert panel.editor.title_edit.text() == "Tidsbrist"


# -- passages ---------------------------------------------------------------------------------
def test_double_clicking_a_passage_shows_it_in_the_document(session, panel, view, scenes, qtbot):
    panel.select_scene(scenes["team"])
    panel.show()
    qtbot.waitExposed(panel)
    panel.editor.tabs.setCurrentIndex(3)
    passages = panel.editor.passages_list
    rect = passages.visualItemRect(passages.item(0))
    # a real double click is a click followed by a double-click event
    qtbot.mouseClick(passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(passages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.document is not None and view.document.name == "fältanteckning"
    assert view.editor.textCursor().selectedText() == "Dana vill ha en fast dagordning"


def test_remove_a_passage_and_undo(session, panel, scenes):
    panel.select_scene(scenes["time"])
    passages = panel.editor.passages_list
    passages.setCurrentRow(0)
    panel.editor.remove_passage_button.click()
    assert passages.count() == 0 and panel.model.scene(scenes["time"])["sources"] == []
    session.project.history.undo()
    assert passages.count() == 1


def test_the_scenes_of_the_selected_passage_are_listed(session, panel, view, scenes, qtbot):
    start, end = span(INTERVIEW, "inte tid, vi")
    open_in(view, session, "intervju_1", start, end)
    qtbot.waitUntil(lambda: "Tidsbrist" in panel.passage_label.text(), timeout=2000)
    assert "Teammöte" not in panel.passage_label.text()
    assert [s["title"] for s in panel.scenes_at("intervju_1", start, end)] == ["Tidsbrist"]
    panel.passage_label.linkActivated.emit(scenes["time"])
    assert panel.current_guid() == scenes["time"]
    open_in(view, session, "intervju_1", 0, 2)
    qtbot.waitUntil(lambda: panel.passage_label.text() == "No scene uses the selected passage.", timeout=2000)


# -- delete -----------------------------------------------------------------------------------
def test_delete_scene_and_undo_brings_it_back(session, panel, scenes):
    panel.select_scene(scenes["team"])
    assert panel.delete_action.isEnabled()
    panel.delete_action.trigger()
    assert titles(panel) == ["Tidsbrist", "Läkarna"]
    assert panel.current_guid() is None and not panel.delete_action.isEnabled()
    assert panel.editor.title_edit.text() == ""
    session.project.history.undo()
    assert titles(panel) == ["Teammöte", "Tidsbrist", "Läkarna"]
    restored = session.project.scenes.list()[0]
    assert restored["codes"] == ["Aktörer/Medaktör"] and len(restored["sources"]) == 1


def test_a_selection_in_a_deleted_document_lists_nothing_and_shows_no_error(session, panel, scenes, shown_errors):
    session.set_selection((session.project.documents.get("fältanteckning"), 0, 30))
    panel.update_passage_scenes()
    assert "Teammöte" in panel.passage_label.text()
    session.project.documents.delete(["fältanteckning"])
    panel.update_passage_scenes()
    assert panel.passage_label.text() == "Select a passage in a document to see its scenes."
    assert shown_errors == []
