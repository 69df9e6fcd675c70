"""The coding-query panel (type, pick codes, filter, run, save, run saved, delete) and the
coded-segments panel showing a query's results (show_segments)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from ui.models.query_list_model import QueryListModel, SavedQueryRole
from ui.views.query_panel import QueryPanel
from ui.views.segments_view import SegmentsPanel

from .conftest import INTERVIEW

BOTH = "Aktörer/Medaktör AND Aktörer/Arbetsförmedlingen"


@pytest.fixture
def panel(session, qtbot):
    p = QueryPanel(session)
    qtbot.addWidget(p)
    return p


@pytest.fixture
def segments(session, panel, qtbot):
    s = SegmentsPanel(session)
    qtbot.addWidget(s)
    panel.segmentsRequested.connect(s.show_segments)  # as the main window wires them
    return s


@pytest.fixture
def bo(session):
    """fältanteckning gets a variable and a coding by Bo, so the filters have a choice."""
    project = session.project
    project.variables.set("fältanteckning", {"roll": "chef"})
    text = "Scen: Teammöte. Dana vill ha en fast dagordning."
    start = text.index("Dana")
    project.coding.apply("fältanteckning", start, start + len("Dana"), "Aktörer/Medaktör", coder="Bo")


def run_text(panel, qtbot, text):
    panel.expression_edit.setText(text)
    with qtbot.waitSignal(panel.segmentsRequested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    return blocker.args


def save(panel, monkeypatch, name):
    monkeypatch.setattr("ui.views.query_panel.QInputDialog.getText", lambda *a, **k: (name, True))
    panel._on_save_clicked()


def test_saved_query_model_passes_the_model_tester(session, qtmodeltester):
    model = QueryListModel(session)
    qtmodeltester.check(model)
    project = session.project
    project.queries.save("Båda", project.queries.definition(BOTH))
    project.queries.save("Aktörer", project.queries.definition("Aktörer"))
    assert model.names() == ["Aktörer", "Båda"]
    qtmodeltester.check(model)
    index = model.index(1)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == BOTH
    assert index.data(SavedQueryRole)["definition"]["expression"]["op"] == "and"


def test_picking_codes_and_operators_writes_the_query(panel):
    combo = panel.code_combo
    combo.activated.emit(combo.findData("Arbetsbelastning/Tiden räcker inte"))
    assert panel.expression_edit.text() == '"Arbetsbelastning/Tiden räcker inte"'
    assert combo.currentText() == ""
    near = next(a for a in panel.operator_button.menu().actions() if a.text() == "NEAR/TURN")
    near.trigger()
    combo.activated.emit(combo.findData("Aktörer"))
    assert panel.expression_edit.text() == '"Arbetsbelastning/Tiden räcker inte" NEAR/TURN Aktörer'
    # inserting in the middle keeps a space on either side
    panel.expression_edit.setCursorPosition(len('"Arbetsbelastning/Tiden räcker inte"'))
    panel.insert("OR Aktörer/Medaktör")
    assert panel.expression_edit.text() == ('"Arbetsbelastning/Tiden räcker inte" OR Aktörer/Medaktör '
                                            'NEAR/TURN Aktörer')


def test_run_hands_the_segments_on(session, panel, qtbot):
    title, found = run_text(panel, qtbot, BOTH)
    assert title == f"Query: {BOTH}"
    assert [(r["text"], r["code"], r["guid"]) for r in found] == [
        ("Arbetsförmedlingen", "Aktörer/Medaktör ∩ Aktörer/Arbetsförmedlingen", "")]
    assert not panel.error_label.isVisible()
    # Return in the box runs too
    panel.expression_edit.setText("Arbetsbelastning NEAR/TURN Arbetsbelastning")
    with qtbot.waitSignal(panel.segmentsRequested, timeout=1000) as blocker:
        qtbot.keyClick(panel.expression_edit, Qt.Key.Key_Return)
    assert [r["text"] for r in blocker.args[1]] == ["Det finns inte tid"]


def test_a_bad_query_is_explained_under_the_box(panel, qtbot):
    panel.show()
    panel.expression_edit.setText("Aktörer AND")
    with qtbot.assertNotEmitted(panel.segmentsRequested):
        assert panel.run() is None
    assert panel.error_label.isVisible()
    assert "the query ends where a code path or '(' was expected at character 12" in panel.error_label.text()
    assert panel.expression_edit.cursorPosition() == len("Aktörer AND")
    panel.expression_edit.setText("Aktörer OR Okänd")
    assert panel.run() is None and "no code 'Okänd' in the codebook" in panel.error_label.text()
    qtbot.keyClicks(panel.expression_edit, " ")
    assert not panel.error_label.isVisible()  # typing clears the complaint


def test_coder_and_variable_filters(session, panel, qtbot, bo):
    panel._on_codings_changed()
    assert [panel.coder_combo.itemText(i) for i in range(panel.coder_combo.count())] == ["All coders", "Anna", "Bo"]
    panel.coder_combo.setCurrentIndex(panel.coder_combo.findData("Bo"))
    assert [(r["document"], r["coder"]) for r in run_text(panel, qtbot, "Aktörer")[1]] == [("fältanteckning", "Bo")]
    panel.coder_combo.setCurrentIndex(0)
    panel.variable_combo.setCurrentIndex(panel.variable_combo.findData("roll"))
    values = [panel.value_combo.itemText(i) for i in range(panel.value_combo.count())]
    assert values == ["All values", "chef", "handläggare"]
    panel.value_combo.setCurrentIndex(panel.value_combo.findData("handläggare"))
    assert {r["document"] for r in run_text(panel, qtbot, "Aktörer")[1]} == {"intervju_1"}


def test_save_run_saved_and_delete_each_undoable(session, panel, qtbot, monkeypatch):
    panel.expression_edit.setText(BOTH)
    save(panel, monkeypatch, "Båda aktörerna")
    assert panel.saved_model.names() == ["Båda aktörerna"]
    assert panel.saved_view.currentIndex().data() == "Båda aktörerna"
    session.project.history.undo()
    assert panel.saved_model.names() == []
    session.project.history.redo()
    assert panel.saved_model.names() == ["Båda aktörerna"]

    # a double click on a saved query runs it under its name
    panel.expression_edit.clear()
    panel.show()
    qtbot.waitExposed(panel)
    rect = panel.saved_view.visualRect(panel.saved_model.index(0))
    viewport = panel.saved_view.viewport()
    with qtbot.waitSignal(panel.segmentsRequested, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] == "Båda aktörerna" and len(blocker.args[1]) == 1
    assert panel.expression_edit.text() == BOTH  # the click loaded it into the box

    # the same name again asks before replacing
    panel.expression_edit.setText("Aktörer")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    save(panel, monkeypatch, "Båda aktörerna")
    assert session.project.queries.get("Båda aktörerna")["expression"] == BOTH
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    save(panel, monkeypatch, "Båda aktörerna")
    assert session.project.queries.get("Båda aktörerna")["expression"] == "Aktörer"

    panel.saved_view.setCurrentIndex(panel.saved_model.index(0))
    assert panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.saved_model.names() == []
    session.project.history.undo()
    assert panel.saved_model.names() == ["Båda aktörerna"]


def test_loading_a_saved_query_fills_the_filters(session, panel, bo):
    project = session.project
    project.queries.save("Bos", project.queries.definition("Aktörer", coder="Bo", variables={"roll": ["chef"]}))
    project.queries.save("Med dokument", project.queries.definition("Aktörer", documents=["intervju_1"]))
    panel.load_saved(project.queries.get("Bos"))
    assert (panel.expression_edit.text(), panel.coder_combo.currentData()) == ("Aktörer", "Bo")
    assert (panel.variable_combo.currentData(), panel.value_combo.currentData()) == ("roll", "chef")
    assert panel.hint_label.isHidden()
    assert panel.definition() == project.queries.get("Bos")["definition"] | {
        "expression": {"code": "Aktörer"}}
    panel.load_saved(project.queries.get("Med dokument"))
    assert panel.coder_combo.currentData() is None and panel.variable_combo.currentData() is None
    assert not panel.hint_label.isHidden() and "doc=intervju_1" in panel.hint_label.text()


# -- the coded-segments panel showing a list ---------------------------------------------------

def test_segments_panel_shows_the_results_and_keeps_its_tools(session, panel, segments, qtbot, qtmodeltester,
                                                               tmp_path, bo):
    run_text(panel, qtbot, "Aktörer")
    assert segments.header_label.text() == "Query: Aktörer: 3 segments"
    assert segments.model.title() == "Query: Aktörer"
    qtmodeltester.check(segments.model)
    # the coder filter applies to the list
    segments.coder_combo.setCurrentIndex(segments.coder_combo.findData("Bo"))
    assert segments.proxy.rowCount() == 1
    assert segments.header_label.text() == "Query: Aktörer: 1 segment (3 without filters)"
    # export writes what is shown
    path = tmp_path / "fråga.csv"
    assert segments.export_csv(path) == 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][:3] == ["fältanteckning", "Aktörer/Medaktör", "Bo"] and "Dana" in rows[1]
    segments.coder_combo.setCurrentIndex(0)
    # selecting codes returns to the normal mode
    session.set_selected_codes([session.project.codebook.get("Arbetsbelastning")])
    assert segments.model.title() is None
    assert segments.header_label.text() == "1 segment of Arbetsbelastning"


def test_a_derived_stretch_jumps_but_cannot_be_removed(session, panel, segments, qtbot):
    run_text(panel, qtbot, BOTH)
    segments.show()
    qtbot.waitExposed(segments)
    selection = segments.table.selectionModel()
    selection.select(segments.proxy.index(0, 0),
                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    segments._on_remove()
    assert len(session.project.coding.list()) == 3  # nothing was removed
    rect = segments.table.visualRect(segments.proxy.index(0, 0))
    with qtbot.waitSignal(session.jumpRequested, timeout=1000) as blocker:
        qtbot.mouseClick(segments.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(segments.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    document, start, end = blocker.args
    assert document.name == "intervju_1" and INTERVIEW[start:end] == "Arbetsförmedlingen"


def test_the_list_follows_its_codings(session, panel, segments, qtbot, monkeypatch):
    run_text(panel, qtbot, "Aktörer OR Aktörer/Medaktör AND Aktörer/Arbetsförmedlingen")
    assert segments.model.rowCount() == 3  # two codings and the stretch they share
    project = session.project
    medaktor = next(r for r in project.coding.list() if r["code"] == "Aktörer/Medaktör")
    # a memo edited in the panel shows in the list
    row = next(i for i in range(segments.proxy.rowCount())
               if segments.proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 1)["guid"] == medaktor["guid"])
    segments.table.setCurrentIndex(segments.proxy.index(row, 0))
    monkeypatch.setattr("ui.views.segments_view.QInputDialog.getMultiLineText", lambda *a, **k: ("Viktig", True))
    segments._on_edit_memo()
    assert any(segments.model.segment(i)["memo"] == "Viktig" for i in range(segments.model.rowCount()))
    assert segments.model.title() is not None
    # a coding renamed through its code follows; a removed coding leaves, with the stretch resting on it
    project.codebook.rename("Aktörer/Medaktör", "Samverkanspart")
    assert "Aktörer/Samverkanspart" in {segments.model.segment(i)["code"] for i in range(segments.model.rowCount())}
    project.coding.remove([medaktor["guid"]])
    assert [segments.model.segment(i)["code"] for i in range(segments.model.rowCount())] == [
        "Aktörer/Arbetsförmedlingen"]
    # new codings do not join a list
    start = INTERVIEW.index("Läkare")
    project.coding.apply("intervju_1", start, start + len("Läkare"), "Aktörer/Arbetsförmedlingen")
    assert segments.model.rowCount() == 1
