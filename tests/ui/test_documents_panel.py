"""The Documents panel and its model: grouping, selection, rename/kind/delete with undo, columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt

from ui.models.document_list_model import DocumentListModel, DocumentRole
from ui.views.document_list_view import COLUMNS_KEY, DocumentsPanel


@pytest.fixture
def settings_path(tmp_path, monkeypatch):
    """The panel's QSettings in a file of the test's own, never the user's."""
    path = str(tmp_path / "settings.ini")
    monkeypatch.setattr(DocumentsPanel, "_settings", lambda self: QSettings(path, QSettings.Format.IniFormat))
    return path


@pytest.fixture
def panel(session, qtbot, settings_path):
    widget = DocumentsPanel(session)
    qtbot.addWidget(widget)
    return widget


def groups(model) -> dict[str, list[str]]:
    """The tree as {group label: [document names]} as a view would show it."""
    out = {}
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        out[group.data()] = [model.index(c, 0, group).data() for c in range(model.rowCount(group))]
    return out


def row_of(model, name: str) -> QModelIndex:
    for r in range(model.rowCount()):
        group = model.index(r, 0)
        for c in range(model.rowCount(group)):
            if model.index(c, 0, group).data() == name:
                return model.index(c, 0, group)
    return QModelIndex()


def trigger(menu, text: str, submenu: str | None = None) -> None:
    if submenu is not None:
        menu = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == submenu)
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled()
    action.trigger()


def test_model_passes_the_model_tester(session, qtmodeltester):
    model = DocumentListModel(session)
    model.set_variable_columns(["roll", "kontor"])
    qtmodeltester.check(model)
    session.project.documents.set_kind("fältanteckning", "interview")  # one group left
    qtmodeltester.check(model)


def test_documents_are_grouped_under_their_kind(session):
    model = DocumentListModel(session)
    assert groups(model) == {"Interviews": ["intervju_1"], "Field notes": ["fältanteckning"]}
    doc = row_of(model, "intervju_1").data(DocumentRole)
    assert doc.name == "intervju_1" and doc.kind == "interview"
    assert model.index(0, 0).data(DocumentRole) is None  # a kind row is not a document


def test_codings_column_counts_and_follows_coding_changes(session):
    model = DocumentListModel(session)
    index = row_of(model, "intervju_1")
    assert index.siblingAtColumn(1).data() == 3
    assert row_of(model, "fältanteckning").siblingAtColumn(1).data() == 0
    session.project.coding.apply("fältanteckning", 0, 5, "Aktörer/Medaktör")
    assert row_of(model, "fältanteckning").siblingAtColumn(1).data() == 1


def test_selecting_a_document_makes_it_current(panel, session, qtbot):
    index = panel.proxy.mapFromSource(panel.model.document_index("fältanteckning"))
    with qtbot.waitSignal(session.currentDocumentChanged) as blocker:
        panel.tree.setCurrentIndex(index)
    assert blocker.args[0].name == "fältanteckning"
    assert session.current_document.name == "fältanteckning"
    assert panel.select_document("intervju_1")
    assert session.current_document.name == "intervju_1"
    assert not panel.select_document("finns inte")


def test_current_document_set_elsewhere_is_selected(panel, session):
    session.set_current_document(session.project.documents.get("fältanteckning"))
    assert panel.tree.currentIndex().data(DocumentRole).name == "fältanteckning"


def test_filter_is_recursive_and_case_insensitive(panel):
    panel.filter_edit.setText("FÄLT")
    assert groups(panel.proxy) == {"Field notes": ["fältanteckning"]}
    panel.filter_edit.setText("interviews")  # a kind's name shows all of its documents
    assert groups(panel.proxy) == {"Interviews": ["intervju_1"]}
    panel.filter_edit.clear()
    assert len(groups(panel.proxy)) == 2
    assert panel.tree.isExpanded(panel.proxy.index(0, 0))


def test_rename_from_the_context_menu_and_undo(panel, session, monkeypatch):
    panel.select_document("intervju_1")
    monkeypatch.setattr(panel, "_ask_new_name", lambda doc: "Intervju Anna")
    trigger(panel.build_context_menu(panel.selected_documents()), "Rename…")
    assert groups(panel.model)["Interviews"] == ["Intervju Anna"]
    assert session.current_document.name == "Intervju Anna"  # the session holds the fresh record
    session.project.history.undo()
    assert groups(panel.model)["Interviews"] == ["intervju_1"]
    assert session.current_document.name == "intervju_1"


def test_rename_to_a_taken_name_is_refused_with_a_dialog(panel, session, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(str(error)))
    monkeypatch.setattr(panel, "_ask_new_name", lambda doc: "fältanteckning")
    panel.rename_document(session.project.documents.get("intervju_1"))
    assert shown and "exists already" in shown[0]
    assert groups(panel.model)["Interviews"] == ["intervju_1"]


def test_set_kind_moves_the_document_and_undo_moves_it_back(panel, session):
    panel.select_document("fältanteckning")
    menu = panel.build_context_menu(panel.selected_documents())
    trigger(menu, "Observation", submenu="Set kind")
    assert groups(panel.model) == {"Interviews": ["intervju_1"], "Observations": ["fältanteckning"]}
    assert session.project.documents.get("fältanteckning").kind == "observation"
    session.project.history.undo()
    assert groups(panel.model) == {"Interviews": ["intervju_1"], "Field notes": ["fältanteckning"]}


def test_delete_asks_first_and_undo_brings_the_document_back(panel, session, monkeypatch):
    panel.select_document("intervju_1")
    asked = []
    monkeypatch.setattr(panel, "_confirm_delete", lambda docs: asked.append([d.name for d in docs]) or False)
    trigger(panel.build_context_menu(panel.selected_documents()), "Delete…")
    assert asked == [["intervju_1"]]
    assert "Interviews" in groups(panel.model)  # said no: nothing deleted

    monkeypatch.setattr(panel, "_confirm_delete", lambda docs: True)
    panel.delete_documents(panel.selected_documents())
    assert groups(panel.model) == {"Field notes": ["fältanteckning"]}
    assert session.current_document is None  # no panel is left showing a deleted document
    session.project.history.undo()
    assert groups(panel.model) == {"Interviews": ["intervju_1"], "Field notes": ["fältanteckning"]}
    assert row_of(panel.model, "intervju_1").siblingAtColumn(1).data() == 3  # its codings too


def test_variable_columns_show_values_and_the_choice_is_remembered(panel, session, qtbot, settings_path,
                                                                  monkeypatch):
    offered = []
    monkeypatch.setattr(panel, "_choose_columns",
                        lambda available, chosen: offered.append(available) or ["roll", "kontor"])
    panel.columns_action.trigger()
    assert offered == [["kontor", "roll"]]
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name", "Codings", "roll", "kontor"]
    assert row_of(model, "intervju_1").siblingAtColumn(2).data() == "handläggare"
    assert row_of(model, "fältanteckning").siblingAtColumn(3).data() == ""
    assert QSettings(settings_path, QSettings.Format.IniFormat).value(COLUMNS_KEY) == ["roll", "kontor"]

    session.project.variables.set("fältanteckning", {"kontor": "B"})  # the column follows changes
    assert row_of(model, "fältanteckning").siblingAtColumn(3).data() == "B"

    again = DocumentsPanel(session)
    qtbot.addWidget(again)
    assert again.model.variable_columns() == ["roll", "kontor"]


def test_filter_matches_variable_columns(panel, monkeypatch):
    monkeypatch.setattr(panel, "_choose_columns", lambda available, chosen: ["roll"])
    panel.choose_columns()
    panel.filter_edit.setText("handläggare")
    assert groups(panel.proxy) == {"Interviews": ["intervju_1"]}


def test_coding_keeps_the_selection(panel, session):
    panel.select_document("fältanteckning")
    panel.tree.selectAll()
    assert len(panel.selected_documents()) == 2
    session.project.coding.apply("fältanteckning", 0, 5, "Aktörer/Medaktör")  # cells update, rows stay
    assert len(panel.selected_documents()) == 2
    session.project.documents.rename("intervju_1", "Intervju Anna")  # a reset keeps the current one
    assert [d.name for d in panel.selected_documents()] == ["fältanteckning"]


def test_a_case_variable_is_a_column_of_its_documents(session, qtbot):
    """The role of an interviewee is usually set on the case; the documents show it, with a
    document's own value over its case's (as reports and filters read them)."""
    project = session.project  # intervju_1 has roll=handläggare and kontor=A of its own
    project.cases.add("Observationer", ["intervju_1", "fältanteckning"])
    project.variables.set_for_case("Observationer", {"kontor": "kontor B", "erfarenhet": "lång"})
    model = DocumentListModel(session)
    assert {"roll", "kontor", "erfarenhet"} <= set(model.available_variables())
    model.set_variable_columns(["kontor", "erfarenhet"])

    def cells(name):
        index = row_of(model, name)
        return [index.siblingAtColumn(c).data() for c in range(model.columnCount() - 2, model.columnCount())]

    assert cells("intervju_1") == ["A", "lång"]
    assert cells("fältanteckning") == ["kontor B", "lång"]
