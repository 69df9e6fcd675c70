"""The framework matrix panel: counts and summaries in the cells, editing a summary (undoable),
cases or documents as rows, one theme at a time as columns, and keeping up with the project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QInputDialog

from kvalkod.errors import KvalkodError
from ui.models.framework_model import CountRole, FrameworkModel, SummaryRole
from ui.views import matrix_view
from ui.views.matrix_cell_delegate import wrap_lines
from ui.views.matrix_view import FrameworkMatrixView

TIDEN = "Arbetsbelastning/Tiden räcker inte"
AF = "Aktörer/Arbetsförmedlingen"
MED = "Aktörer/Medaktör"
FIELD_NOTE = "Scen: Teammöte. Dana vill ha en fast dagordning."


@pytest.fixture
def study(session):
    """Two cases: Yvonne (the interview) and Dana (the interview and the field note), so the
    interview's codings count in both; a summary of Medaktör for Yvonne."""
    project = session.project
    project.cases.add("Yvonne", ["intervju_1"])
    project.cases.add("Dana", ["intervju_1", "fältanteckning"])
    start = FIELD_NOTE.index("fast dagordning")
    project.coding.apply("fältanteckning", start, start + len("fast dagordning"), MED)
    project.summaries.set(MED, "AF ses som medaktör.", case="Yvonne")
    return session


@pytest.fixture
def view(study, qtbot):
    v = FrameworkMatrixView(study)
    qtbot.addWidget(v)
    v.resize(900, 400)
    return v


def at(model, row, code):
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    columns = [model.code_path(c) for c in range(model.columnCount())]
    return model.index(rows.index(row), columns.index(code))


def columns(model):
    return [model.code_path(c) for c in range(model.columnCount())]


def choose(combo, text):
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == text)
    combo.setCurrentIndex(index)


def test_model_passes_the_model_tester(study, qtmodeltester):
    model = FrameworkModel(study)
    qtmodeltester.check(model)
    model.set_rows_kind("document")
    qtmodeltester.check(model)
    model.set_theme(study.project.codebook.get("Aktörer").guid)
    qtmodeltester.check(model)


def test_counts_and_summaries_are_shown(view):
    model = view.model
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == ["Dana", "Yvonne"]
    assert columns(model) == [TIDEN, AF, MED]  # few codes in use: all of them, in codebook order
    # the interview is Dana's and Yvonne's, the field note Dana's alone
    assert [at(model, "Dana", c).data(CountRole) for c in (TIDEN, AF, MED)] == [1, 1, 2]
    assert [at(model, "Yvonne", c).data(CountRole) for c in (TIDEN, AF, MED)] == [1, 1, 1]
    cell = at(model, "Yvonne", MED)
    assert cell.data() == "(1) AF ses som medaktör."
    assert cell.data(SummaryRole) == cell.data(Qt.ItemDataRole.EditRole) == "AF ses som medaktör."
    assert cell.data(Qt.ItemDataRole.ToolTipRole).endswith("\n\nAF ses som medaktör.")
    assert at(model, "Dana", MED).data() == "(2)" and at(model, "Dana", MED).data(SummaryRole) is None
    assert not view.grab().isNull()  # the delegate paints counts and wrapped summaries


def test_editing_a_cell_writes_the_summary_and_undo_restores_it(view, qtbot, monkeypatch):
    project = view.session.project
    cell = at(view.model, "Yvonne", MED)
    asked = {}

    def answer(parent, title, label, text):
        asked["text"] = text
        return "Ny sammanfattning.\nPå två rader.", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer)
    view.table.setCurrentIndex(cell)
    view.edit_action.trigger()
    assert asked["text"] == "AF ses som medaktör."
    assert project.summaries.get(MED, case="Yvonne")["text"] == "Ny sammanfattning.\nPå två rader."
    assert cell.data(SummaryRole) == "Ny sammanfattning.\nPå två rader."
    project.history.undo()
    qtbot.waitUntil(lambda: cell.data(SummaryRole) == "AF ses som medaktör.")
    assert view.table.currentIndex() == cell  # updated in place: the cursor stays


def test_a_new_summary_in_an_empty_cell_and_clearing_it(view, qtbot, monkeypatch):
    project = view.session.project
    cell = at(view.model, "Dana", TIDEN)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a: ("Dana hinner inte.", True))
    view.edit_cell(cell)
    assert project.summaries.get(TIDEN, case="Dana")["text"] == "Dana hinner inte."
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a: ("ignored", False))
    view.edit_cell(cell)  # cancelled: nothing changes
    assert cell.data(SummaryRole) == "Dana hinner inte."
    view.table.setCurrentIndex(cell)
    view.clear_action.trigger()
    assert project.summaries.get(TIDEN, case="Dana") is None
    assert cell.data() == "(1)"
    project.history.undo()
    qtbot.waitUntil(lambda: cell.data(SummaryRole) == "Dana hinner inte.")


def test_a_refused_edit_is_shown_and_the_cell_keeps_its_text(view, monkeypatch):
    shown = []
    monkeypatch.setattr(matrix_view, "show_error", lambda parent, error: shown.append(str(error)))

    def refuse(*args, **kwargs):
        raise KvalkodError("no case named 'Yvonne'")

    monkeypatch.setattr(view.session.project.framework, "set_cell", refuse)
    cell = at(view.model, "Yvonne", MED)
    assert not view.model.setData(cell, "Annat")
    assert shown == ["no case named 'Yvonne'"]
    assert cell.data(SummaryRole) == "AF ses som medaktör."


def test_switching_the_rows_to_documents(view):
    view.session.project.summaries.set(AF, "I intervjun.", document="intervju_1")
    choose(view.rows_combo, "Documents")
    model = view.model
    assert model.rows_kind() == "document"
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())] == [
        "fältanteckning", "intervju_1"]
    assert [at(model, "fältanteckning", c).data(CountRole) for c in (TIDEN, AF, MED)] == [0, 0, 1]
    assert at(model, "intervju_1", AF).data() == "(1) I intervjun."
    assert at(model, "intervju_1", MED).data(SummaryRole) is None  # Yvonne's summary is a case's
    choose(view.rows_combo, "Cases")
    assert model.rowCount() == 2 and at(model, "Yvonne", MED).data(SummaryRole) == "AF ses som medaktör."


def test_choosing_a_theme_shows_its_sub_codes(view):
    model = view.model
    assert view.theme_combo.currentText() == "All codes in use"
    choose(view.theme_combo, "Aktörer")
    assert columns(model) == [AF, MED]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Arbetsförmedlingen", "Medaktör"]
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == AF
    choose(view.theme_combo, "Arbetsbelastning")
    assert columns(model) == [TIDEN]
    choose(view.theme_combo, "All codes in use")
    assert columns(model) == [TIDEN, AF, MED]


def test_a_renamed_theme_stays_chosen_and_a_new_sub_code_becomes_a_column(view, qtbot):
    project = view.session.project
    choose(view.theme_combo, "Aktörer")
    project.codebook.rename("Aktörer", "Medaktörer")
    qtbot.waitUntil(lambda: columns(view.model) == ["Medaktörer/Arbetsförmedlingen", "Medaktörer/Medaktör"])
    assert view.theme_combo.currentText() == "Medaktörer"
    project.codebook.add("Medaktörer/Vården")
    qtbot.waitUntil(lambda: columns(view.model)[-1] == "Medaktörer/Vården")


def test_the_matrix_follows_a_new_coding_and_a_new_case(view, qtbot):
    project = view.session.project
    project.coding.apply("fältanteckning", 0, 4, TIDEN)
    qtbot.waitUntil(lambda: at(view.model, "Dana", TIDEN).data(CountRole) == 2)
    assert at(view.model, "Yvonne", TIDEN).data(CountRole) == 1
    project.cases.add("Bo", ["fältanteckning"])
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert [at(view.model, "Bo", c).data(CountRole) for c in (TIDEN, AF, MED)] == [1, 0, 1]


def test_show_segments_selects_the_cells_code(view, qtbot):
    cell = at(view.model, "Dana", AF)
    view.table.setCurrentIndex(cell)
    with qtbot.waitSignal(view.segmentsRequested) as signal:
        view.segments_action.trigger()
    assert signal.args[0].path == AF
    assert [c.path for c in view.session.selected_codes] == [AF]


def test_without_cases_the_rows_are_documents_with_a_hint(session, qtbot):
    v = FrameworkMatrixView(session)
    qtbot.addWidget(v)
    assert v.rows_combo.currentData() == "document" and v.model.rowCount() == 2
    choose(v.rows_combo, "Cases")
    assert v.model.rowCount() == 0 and "No cases yet" in v.hint_label.text()
    assert not v.edit_action.isEnabled()


def test_a_large_codebook_opens_on_its_first_theme_in_use(session, qtbot):
    project = session.project
    for i in range(13):
        project.codebook.add(f"Strategier/S{i:02d}")
        project.coding.apply("fältanteckning", i, i + 5, f"Strategier/S{i:02d}")
    v = FrameworkMatrixView(session)
    qtbot.addWidget(v)
    assert v.theme_combo.currentText().strip() == "Arbetsbelastning"
    assert columns(v.model) == [TIDEN]


def test_wrap_lines_keeps_line_breaks_and_elides_what_does_not_fit(view):
    metrics = QFontMetrics(view.font())
    width = metrics.horizontalAdvance("ord ord ord")
    assert wrap_lines("ord ord ord ord\nny", metrics, width, 5) == ["ord ord ord", "ord", "ny"]
    lines = wrap_lines("ett två tre fyra fem sex sju åtta nio tio", metrics, width, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrap_lines("", metrics, width, 3) == [""]


def test_a_hidden_matrix_reads_nothing_until_it_is_shown_again(view, qtbot, monkeypatch):
    view.show()
    qtbot.waitExposed(view)
    view.hide()
    reads = []
    real = view.session.project.framework.matrix
    monkeypatch.setattr(view.session.project.framework, "matrix", lambda *a, **k: reads.append(1) or real(*a, **k))
    view.session.project.coding.apply("fältanteckning", 0, 4, TIDEN)
    qtbot.wait(150)
    assert reads == [] and at(view.model, "Dana", TIDEN).data(CountRole) == 1
    view.show()
    assert reads == [1] and at(view.model, "Dana", TIDEN).data(CountRole) == 2
