"""The variables table (edits, refusals, new columns, CSV import, undo) and the cases dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.dialogs.cases_dialog import CasesDialog
from ui.dialogs.variables_dialog import VariablesDialog
from ui.models.variable_table_model import VariableTableModel


@pytest.fixture
def variables_dialog(session, qtbot):
    dialog = VariablesDialog(session)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def errors(variables_dialog, monkeypatch):
    shown = []
    monkeypatch.setattr(variables_dialog, "_show_error", lambda error: shown.append(str(error)))
    return shown


def cell(model, document: str, variable: str):
    row = next(r for r in range(model.rowCount()) if model.headerData(r, Qt.Orientation.Vertical) == document)
    return model.index(row, model.variables().index(variable))


def stored(session) -> dict[tuple[str, str], str]:
    return {(v["target"], v["variable"]): v["value"] for v in session.project.variables.list()
            if v["scope"] == "document"}


def test_variable_table_model_passes_the_model_tester(session, qtmodeltester):
    model = VariableTableModel(session)
    assert model.variables() == ["kontor", "roll"]
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.add_variable("år")
    qtmodeltester.check(model)


def test_editing_a_cell_sets_the_variable_and_undo_reverts_it(variables_dialog, session, qtbot):
    model, table = variables_dialog.model, variables_dialog.table
    variables_dialog.show()
    index = cell(model, "fältanteckning", "roll")
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    editor.setText("chef")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits (queued) as the analyst would
    qtbot.waitUntil(lambda: stored(session).get(("fältanteckning", "roll")) == "chef")
    assert cell(model, "fältanteckning", "roll").data() == "chef"
    session.project.history.undo()
    assert ("fältanteckning", "roll") not in stored(session)
    assert cell(model, "fältanteckning", "roll").data() == ""


def test_an_unchanged_value_makes_no_action(variables_dialog, session):
    before = session.project.history.labels()
    index = cell(variables_dialog.model, "intervju_1", "roll")
    assert variables_dialog.model.setData(index, "handläggare")
    assert session.project.history.labels() == before


def test_a_word_in_a_number_variable_is_refused_and_the_cell_reverts(variables_dialog, session, errors):
    session.project.variables.set("intervju_1", {"erfarenhet_år": "5"})
    model = variables_dialog.model
    index = cell(model, "intervju_1", "erfarenhet_år")
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) is not None  # numbers align right
    assert not model.setData(index, "fem")
    assert errors and "holds numbers" in errors[0]
    assert cell(model, "intervju_1", "erfarenhet_år").data() == "5"
    assert stored(session)[("intervju_1", "erfarenhet_år")] == "5"


def test_an_added_variable_is_a_column_until_a_value_makes_it_real(variables_dialog, session, monkeypatch):
    monkeypatch.setattr(variables_dialog, "_ask_variable_name", lambda: "kön")
    variables_dialog._on_add_variable_clicked()
    model = variables_dialog.model
    assert model.variables() == ["kontor", "roll", "kön"]
    assert "kön" not in {v for _t, v in stored(session)}
    session.project.variables.set("intervju_1", {"roll": "chef"})  # another change: the new column stays
    assert "kön" in model.variables()
    assert model.setData(cell(model, "fältanteckning", "kön"), "kvinna")
    assert stored(session)[("fältanteckning", "kön")] == "kvinna"
    assert model.variables().count("kön") == 1


def test_csv_import_fills_the_table_in_one_undoable_action(variables_dialog, session, tmp_path, monkeypatch):
    table = tmp_path / "variabler.csv"
    table.write_text("dokument;roll;erfarenhet_år\nintervju_1;chef;12\nfältanteckning;handläggare;3\n",
                     encoding="utf-8")
    monkeypatch.setattr(variables_dialog, "_ask_table_path", lambda: str(table))
    variables_dialog._on_import_clicked()
    model = variables_dialog.model
    assert model.variables() == ["kontor", "roll", "erfarenhet_år"]
    assert cell(model, "fältanteckning", "erfarenhet_år").data() == "3"
    assert cell(model, "intervju_1", "roll").data() == "chef"
    session.project.history.undo()
    assert cell(model, "intervju_1", "roll").data() == "handläggare"
    assert "erfarenhet_år" not in model.variables()


def test_csv_naming_an_unknown_document_is_refused_whole(variables_dialog, session, tmp_path, errors):
    table = tmp_path / "variabler.csv"
    table.write_text("dokument,roll\nintervju_1,chef\nintervju_99,chef\n", encoding="utf-8")
    assert variables_dialog.import_table(str(table)) is None
    assert errors and "intervju_99" in errors[0]
    assert stored(session)[("intervju_1", "roll")] == "handläggare"


@pytest.fixture
def cases_dialog(session, qtbot):
    dialog = CasesDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def test_new_case_with_the_ticked_documents(cases_dialog, session, monkeypatch):
    offered = []
    cases_dialog.select_documents(["intervju_1"])

    def answer(preselected):
        offered.append(preselected)
        return "Anna, handläggare", ["intervju_1", "fältanteckning"]

    monkeypatch.setattr(cases_dialog, "_ask_new_case", answer)
    cases_dialog._on_new_case_clicked()
    assert offered == [["intervju_1"]]
    assert cases_dialog.cases() == {"Anna, handläggare": ["fältanteckning", "intervju_1"]}
    assert session.project.cases.get("Anna, handläggare").name == "Anna, handläggare"
    assert cases_dialog.selected_case() == "Anna, handläggare"
    session.project.history.undo()
    assert cases_dialog.cases() == {}


def test_selected_documents_are_added_to_the_selected_case(cases_dialog, session):
    session.project.cases.add("Kontor A", ["intervju_1"])
    assert cases_dialog.cases() == {"Kontor A": ["intervju_1"]}
    assert not cases_dialog.add_button.isEnabled()
    cases_dialog.select_case("Kontor A")
    cases_dialog.select_documents(["fältanteckning"])
    assert cases_dialog.add_button.isEnabled()
    cases_dialog.add_button.click()
    assert cases_dialog.cases() == {"Kontor A": ["fältanteckning", "intervju_1"]}


def test_a_case_name_that_exists_is_refused(cases_dialog, session, monkeypatch):
    shown = []
    monkeypatch.setattr(cases_dialog, "_show_error", lambda error: shown.append(str(error)))
    session.project.cases.add("Kontor A")
    assert cases_dialog.new_case("Kontor A", []) is None
    assert shown and "exists already" in shown[0]
