"""The coded-segments panel: retrieval by code (sub-codes included), filters, jump, changes,
copy and CSV export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from ui.models.segment_table_model import SegmentRole
from ui.views.segments_view import SegmentsPanel

from .conftest import INTERVIEW


def code(session, path):
    return session.project.codebook.get(path)


def select(session, *paths):
    session.set_selected_codes([code(session, p) for p in paths])


def column(model, title):
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == title:
            return c
    raise AssertionError(f"no column {title!r}")


def shown(panel, title):
    c = column(panel.proxy, title)
    return [panel.proxy.index(r, c).data() for r in range(panel.proxy.rowCount())]


def select_rows(panel, *rows):
    sel = panel.table.selectionModel()
    sel.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in rows:
        sel.select(panel.proxy.index(r, 0), flags)
    sel.setCurrentIndex(panel.proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


@pytest.fixture
def panel(session, qtbot):
    p = SegmentsPanel(session)
    qtbot.addWidget(p)
    return p


@pytest.fixture
def second_document(session):
    """fältanteckning gets variables and a coding by another coder, so filters have a choice."""
    project = session.project
    project.variables.set("fältanteckning", {"roll": "chef", "kontor": "B"})
    start = "Scen: Teammöte. Dana vill ha en fast dagordning.".index("fast dagordning")
    project.coding.apply("fältanteckning", start, start + len("fast dagordning"), "Aktörer/Medaktör", coder="Bo")


def test_model_passes_qtmodeltester(session, panel, qtmodeltester, second_document):
    select(session, "Aktörer")
    assert panel.model.rowCount() == 3
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_segments_follow_the_selected_codes_with_sub_codes(session, panel):
    assert panel.model.rowCount() == 0
    select(session, "Aktörer")
    assert sorted(shown(panel, "Code")) == ["Aktörer/Arbetsförmedlingen", "Aktörer/Medaktör"]
    assert panel.header_label.text() == "2 segments of Aktörer"
    select(session, "Arbetsbelastning/Tiden räcker inte")
    assert shown(panel, "Text") == ["Det finns inte tid"]
    assert shown(panel, "Document") == ["intervju_1"]
    assert shown(panel, "Coder") == ["Anna"]
    assert panel.header_label.text() == "1 segment of Arbetsbelastning/Tiden räcker inte"


def test_parent_and_child_selected_show_each_segment_once(session, panel):
    select(session, "Aktörer", "Aktörer/Medaktör")
    assert panel.model.rowCount() == 2


def test_variables_are_columns_and_text_is_one_line_with_full_tooltip(session, panel):
    project = session.project
    start = INTERVIEW.index("Jag hinner")
    end = INTERVIEW.index("Och läkarna?") + len("Och läkarna?")  # spans three lines
    project.coding.apply("intervju_1", start, end, "Arbetsbelastning/Tiden räcker inte")
    select(session, "Arbetsbelastning")
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Document", "Code", "Coder", "kontor", "roll", "Start", "Text", "Memo"]
    assert shown(panel, "roll") == ["handläggare", "handläggare"]
    text_col = column(model, "Text")
    row = next(r for r in range(model.rowCount()) if model.segment(r)["start"] == start)
    cell = model.index(row, text_col)
    assert "\n" not in cell.data()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == INTERVIEW[start:end]
    assert cell.data(SegmentRole)["guid"] == model.segment(row)["guid"]


def test_new_codings_and_undo_refresh_the_table(session, panel):
    select(session, "Aktörer")
    start = INTERVIEW.index("Läkare")
    session.project.coding.apply("intervju_1", start, start + len("Läkare"), "Aktörer/Medaktör")
    assert panel.model.rowCount() == 3
    session.project.history.undo()
    assert panel.model.rowCount() == 2


def test_coder_filter(session, panel, second_document):
    select(session, "Aktörer")
    combo = panel.coder_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All coders", "Anna", "Bo"]
    combo.setCurrentIndex(combo.findData("Bo"))
    assert shown(panel, "Coder") == ["Bo"]
    assert panel.header_label.text() == "1 segment of Aktörer (3 without filters)"
    combo.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 3


def test_variable_filter(session, panel, second_document):
    select(session, "Aktörer")
    panel.variable_combo.setCurrentIndex(panel.variable_combo.findData("roll"))
    values = panel.value_combo
    assert [values.itemText(i) for i in range(values.count())] == ["All values", "chef", "handläggare"]
    values.setCurrentIndex(values.findData("handläggare"))
    assert shown(panel, "Document") == ["intervju_1", "intervju_1"]
    values.setCurrentIndex(values.findData("chef"))
    assert shown(panel, "Document") == ["fältanteckning"]
    # the proxy's own API combines filters
    panel.proxy.set_variable_filter("kontor", "A")
    assert panel.proxy.rowCount() == 0
    panel.proxy.set_variable_filter("kontor", None)
    panel.proxy.set_coder("Anna")
    assert panel.proxy.rowCount() == 0  # chef's document was coded by Bo


def test_filters_survive_a_refresh(session, panel, second_document):
    select(session, "Aktörer")
    panel.coder_combo.setCurrentIndex(panel.coder_combo.findData("Anna"))
    start = INTERVIEW.index("Läkare")
    session.project.coding.apply("intervju_1", start, start + len("Läkare"), "Aktörer/Medaktör")
    assert panel.coder_combo.currentData() == "Anna"
    assert panel.proxy.rowCount() == 3


def test_double_click_jumps_to_the_segment(session, panel, qtbot):
    select(session, "Arbetsbelastning")
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.proxy.index(0, 0)
    rect = panel.table.visualRect(index)
    viewport = panel.table.viewport()
    with qtbot.waitSignal(session.jumpRequested, timeout=1000) as blocker:
        # a real double click is a click followed by a double-click event
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    document, start, end = blocker.args
    assert document.name == "intervju_1"
    assert INTERVIEW[start:end] == "Det finns inte tid"
    assert session.current_document == document


def test_remove_coding_and_undo(session, panel):
    select(session, "Aktörer")
    guid = panel.model.segment(0)["guid"]
    select_rows(panel, 0)
    panel._on_remove()
    assert panel.model.rowCount() == 1
    assert guid not in {r["guid"] for r in session.project.coding.list()}
    session.project.history.undo()
    assert panel.model.rowCount() == 2
    assert guid in {r["guid"] for r in session.project.coding.list()}


def test_edit_memo(session, panel, monkeypatch):
    select(session, "Arbetsbelastning")
    select_rows(panel, 0)
    monkeypatch.setattr("ui.views.segments_view.QInputDialog.getMultiLineText",
                        lambda *a, **k: ("Tidsbrist, återkommer\nofta", True))
    panel._on_edit_memo()
    memo = column(panel.proxy, "Memo")
    assert panel.proxy.index(0, memo).data() == "Tidsbrist, återkommer ofta"
    assert session.project.coding.list(code="Arbetsbelastning")[0]["memo"] == "Tidsbrist, återkommer\nofta"
    session.project.history.undo()
    assert panel.proxy.index(0, memo).data() == ""


def test_copy_selected_rows_as_tab_separated_text(session, panel):
    select(session, "Aktörer")
    panel.table.sortByColumn(column(panel.proxy, "Code"), Qt.SortOrder.AscendingOrder)
    select_rows(panel, 1)
    text = panel.copy_selection()
    assert QGuiApplication.clipboard().text() == text
    lines = text.splitlines()
    assert lines[0].split("\t") == ["Document", "Code", "Coder", "kontor", "roll", "Start", "Text", "Memo"]
    assert len(lines) == 2
    start = INTERVIEW.index("Arbetsförmedlingen")
    assert lines[1].split("\t") == ["intervju_1", "Aktörer/Medaktör", "Anna", "A", "handläggare", str(start),
                                    "Arbetsförmedlingen är en medaktör", ""]


def test_export_csv_has_visible_rows_and_keeps_swedish_letters(session, panel, second_document, tmp_path):
    select(session, "Aktörer")
    panel.variable_combo.setCurrentIndex(panel.variable_combo.findData("roll"))
    panel.value_combo.setCurrentIndex(panel.value_combo.findData("handläggare"))
    path = tmp_path / "segment.csv"
    assert panel.export_csv(path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Document", "Code", "Coder", "kontor", "roll", "Start", "Text", "Memo"]
    assert sorted(r[1] for r in rows[1:]) == ["Aktörer/Arbetsförmedlingen", "Aktörer/Medaktör"]
    assert {r[4] for r in rows[1:]} == {"handläggare"}
    assert "Arbetsförmedlingen är en medaktör" in {r[6] for r in rows[1:]}


def test_exported_csv_carries_the_pseudonyms(session, panel, tmp_path):
    session.project.names.set([("Arbetsförmedlingen", "myndigheten")])
    select(session, "Aktörer/Medaktör")
    path = tmp_path / "segment.csv"
    assert panel.export_csv(path) == 1
    text = path.read_text(encoding="utf-8-sig")
    assert "Arbetsförmedlingen" not in text and "myndigheten är en medaktör" in text


def test_renamed_code_keeps_its_segments(session, panel):
    select(session, "Aktörer/Medaktör")
    session.project.codebook.rename("Aktörer/Medaktör", "Samverkanspart")
    assert shown(panel, "Code") == ["Aktörer/Samverkanspart"]
    assert panel.header_label.text() == "1 segment of Aktörer/Samverkanspart"
