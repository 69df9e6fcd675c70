"""The theme matrix panel: a heat map with totals, rows by documents, cases or a variable, four
measures, codes or themes as columns, a cell's codings on click, export to CSV and Excel,
keeping up with the project; and the framework matrix's "Export to Excel…"."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui.models.theme_matrix_model import HIGH, LOW, TOTAL_BACKGROUND, ThemeMatrixModel, ValueRole
from ui.views.matrix_view import FrameworkMatrixView
from ui.views.theme_matrix_view import ThemeMatrixView

TIDEN = "Arbetsbelastning/Tiden räcker inte"
AF = "Aktörer/Arbetsförmedlingen"
MED = "Aktörer/Medaktör"
FIELD_NOTE = "Scen: Teammöte. Dana vill ha en fast dagordning."
NBSP = "\u00a0"


@pytest.fixture
def study(session):
    """Yvonne has the interview, Dana the interview and the field note; the field note has
    Medaktör too, and no roll."""
    project = session.project
    project.cases.add("Yvonne", ["intervju_1"])
    project.cases.add("Dana", ["intervju_1", "fältanteckning"])
    start = FIELD_NOTE.index("fast dagordning")
    project.coding.apply("fältanteckning", start, start + len("fast dagordning"), MED)
    return session


@pytest.fixture
def view(study, qtbot):
    v = ThemeMatrixView(study)
    qtbot.addWidget(v)
    v.resize(900, 400)
    return v


def grid(model, role=Qt.ItemDataRole.DisplayRole):
    return [[model.index(r, c).data(role) for c in range(model.columnCount())] for r in range(model.rowCount())]


def headers(model, orientation, role=Qt.ItemDataRole.DisplayRole):
    count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
    return [model.headerData(i, orientation, role) for i in range(count)]


def choose(combo, text):
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).strip() == text))


def test_model_passes_the_model_tester(study, qtmodeltester):
    model = ThemeMatrixModel(study)
    qtmodeltester.check(model)
    for rows, measure, columns in (("document", "words", ("themes", None)), ("var:roll", "share", ("codes", None)),
                                   ("case", "documents", ("theme", study.project.codebook.get("Aktörer").guid))):
        model.set_rows_kind(rows)
        model.set_measure(measure)
        model.set_columns(*columns)
        qtmodeltester.check(model)


def test_a_heat_map_with_totals(view):
    model = view.model
    assert headers(model, Qt.Orientation.Vertical) == ["Dana", "Yvonne", "Total"]
    assert headers(model, Qt.Orientation.Horizontal) == ["Tiden räcker inte", "Arbetsförmedlingen", "Medaktör", "Total"]
    assert headers(model, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)[:3] == [TIDEN, AF, MED]
    # the interview counts for Dana and Yvonne, once in the totals
    assert grid(model, ValueRole) == [[1, 1, 2, 4], [1, 1, 1, 3], [1, 1, 2, 4]]
    assert grid(model)[0] == ["1", "1", "2", "4"]
    background = grid(model, Qt.ItemDataRole.BackgroundRole)
    assert background[0][2].color() == HIGH and background[1][0].color() == LOW  # the largest, the smallest
    assert background[0][3].color() == background[2][0].color() == TOTAL_BACKGROUND
    assert grid(model, Qt.ItemDataRole.ForegroundRole)[0][2].color().name() == "#ffffff"  # light on dark
    assert model.index(2, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == f"{MED} in Dana: 2 coded segments"
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "any code in Dana: 4 coded segments"
    assert "Click a cell" in view.hint_label.text()
    assert not view.grab().isNull()


def test_measures(view):
    model = view.model
    choose(view.measure_combo, "Coded words")
    # Dana: the interview's "Det finns inte tid" and "Arbetsförmedlingen är en medaktör" (8 words:
    # Arbetsförmedlingen's own word inside Medaktör's counts once), the field note's 2
    assert grid(model, ValueRole) == [[4, 1, 6, 10], [4, 1, 4, 8], [4, 1, 6, 10]]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() not in (LOW, HIGH)  # 4: between 1 and 6
    choose(view.measure_combo, "Documents with the code")
    assert grid(model, ValueRole) == [[1, 1, 2, 2], [1, 1, 1, 1], [1, 1, 2, 2]]
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == f"{MED} in Dana: 2 of 2 documents"
    choose(view.measure_combo, "Share of documents")
    assert grid(model)[0] == [f"50{NBSP}%", f"50{NBSP}%", f"100{NBSP}%", f"100{NBSP}%"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == f"{TIDEN} in Dana: 50.0{NBSP}% of 2 documents"


def test_rows_by_variable_with_the_documents_without_a_value(view):
    choose(view.rows_combo, "Variable: roll")
    choose(view.measure_combo, "Documents with the code")
    model = view.model
    assert model.rows_kind() == "var:roll"
    assert headers(model, Qt.Orientation.Vertical) == ["handläggare", "(no value)", "Total"]
    assert grid(model, ValueRole) == [[1, 1, 1, 1], [0, 0, 1, 1], [1, 1, 2, 2]]


def test_columns_all_codes_themes_or_one_theme(view):
    model = view.model
    choose(view.columns_combo, "Themes (sub-codes rolled up)")
    assert headers(model, Qt.Orientation.Horizontal) == ["Arbetsbelastning", "Aktörer", "Total"]
    assert grid(model, ValueRole)[0] == [1, 3, 4]
    choose(view.columns_combo, "Aktörer")
    assert headers(model, Qt.Orientation.Horizontal) == ["Arbetsförmedlingen", "Medaktör", "Total"]
    choose(view.columns_combo, "All codes in use")
    assert model.columnCount() == 4


def test_clicking_a_cell_lists_its_codings(view, qtbot):
    model = view.model
    with qtbot.waitSignal(view.segmentsRequested) as signal:
        view.table.clicked.emit(model.index(0, 2))
    title, segments = signal.args
    assert title == f"{MED} in Dana"
    assert [(s["document"], s["text"]) for s in segments] == [
        ("fältanteckning", "fast dagordning"), ("intervju_1", "Arbetsförmedlingen är en medaktör")]
    with qtbot.waitSignal(view.segmentsRequested) as signal:
        view.show_segments(model.index(2, 3))  # the grand total: every coding counted
    assert signal.args[0] == "any code in Total" and len(signal.args[1]) == 4


def test_export_csv_and_excel(view, tmp_path, monkeypatch):
    view.session.project.names.set([("Dana", "Disa")])
    csv, xlsx = tmp_path / "m.csv", tmp_path / "m.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv), ""))
    view.export_csv_action.trigger()
    assert csv.read_text(encoding="utf-8-sig").splitlines()[1] == "Disa;1;1;2;4"
    choose(view.measure_combo, "Share of documents")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    view.export_xlsx_action.trigger()
    sheet = load_workbook(xlsx).active
    assert sheet["A2"].value == "Disa" and sheet["B2"].value == 0.5 and sheet["B2"].number_format == "0%"
    assert sheet.freeze_panes == "B2"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    view.export_csv_action.trigger()  # cancelled: nothing written, nothing raised


def test_the_matrix_follows_codings_variables_and_cases(view, qtbot):
    project = view.session.project
    model = view.model
    project.coding.apply("fältanteckning", 0, 4, TIDEN)
    qtbot.waitUntil(lambda: model.index(0, 0).data(ValueRole) == 2)
    project.variables.set("fältanteckning", {"kontor": "B"})
    qtbot.waitUntil(lambda: view.rows_combo.findData("var:kontor") >= 0)
    project.cases.add("Bo", ["fältanteckning"])
    qtbot.waitUntil(lambda: headers(model, Qt.Orientation.Vertical) == ["Bo", "Dana", "Yvonne", "Total"])
    project.codebook.add("Aktörer/Vården")
    project.coding.apply("intervju_1", 0, 2, "Aktörer/Vården")
    qtbot.waitUntil(lambda: "Vården" in headers(model, Qt.Orientation.Horizontal))


def test_a_hidden_matrix_reads_nothing_until_shown(view, qtbot, monkeypatch):
    view.show()
    qtbot.waitExposed(view)
    view.hide()
    reads = []
    service = view.session.project.theme_matrix
    real = service.compute
    monkeypatch.setattr(service, "compute", lambda *a, **k: reads.append(1) or real(*a, **k))
    view.session.project.coding.apply("fältanteckning", 0, 4, TIDEN)
    qtbot.wait(200)
    assert reads == []
    view.show()
    assert reads == [1] and view.model.index(0, 0).data(ValueRole) == 2


def test_without_documents_a_hint_and_no_export(session, qtbot):
    session.project.documents.delete(["intervju_1", "fältanteckning"])
    v = ThemeMatrixView(session)
    qtbot.addWidget(v)
    assert v.model.rowCount() == 0 and v.hint_label.text() == "No documents yet."
    assert not v.export_xlsx_action.isEnabled()


def test_the_framework_matrix_exports_to_excel(study, qtbot, tmp_path, monkeypatch):
    study.project.summaries.set(MED, "AF ses som medaktör.", case="Yvonne")
    v = FrameworkMatrixView(study)
    qtbot.addWidget(v)
    target = tmp_path / "ramverk.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    v.export_action.trigger()
    chart = load_workbook(target)["Ramverksmatris"]
    assert [c.value for c in chart[1]] == ["Fall", TIDEN, AF, MED]
    assert [c.value for c in chart[3]] == ["Yvonne", "(1)", "(1)", "(1) AF ses som medaktör."]
    choose(v.theme_combo, "Aktörer")
    v.export_xlsx(str(target))
    assert [c.value for c in load_workbook(target)["Ramverksmatris"][1]] == ["Fall", AF, MED]


def test_add_to_report_puts_the_matrix_shown_into_the_outline(view):
    project = view.session.project
    choose(view.rows_combo, "Variable: roll")
    choose(view.measure_combo, "Share of documents")
    choose(view.columns_combo, "Aktörer")
    view.outline_action.trigger()
    (item,) = project.outline.items()
    assert item["text"] == "Andel av dokumenten per roll"
    assert item["options"] == {"rows": "var:roll", "measure": "share", "totals": True, "theme": "Aktörer",
                               "codes": []}
    (table,) = project.report.blocks()
    assert table["header"] == ["roll", "Arbetsförmedlingen", "Medaktör", "Totalt"]
    assert table["rows"][-1] == ["Totalt", f"50{NBSP}%", f"100{NBSP}%", f"100{NBSP}%"]
    project.history.undo()
    assert project.outline.items() == []
