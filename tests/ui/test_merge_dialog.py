"""The merge dialog: the plan with its code mapping, the merge, the report, and undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from kvalkod.services import Project
from ui.dialogs.merge_dialog import REPORT_PAGE, SETUP_PAGE, MergeDialog, TargetCodeDelegate
from ui.models.code_mapping_model import SOURCE, TARGET, ChoiceRole, CodeMappingModel

from ..conftest import add_text
from .conftest import INTERVIEW


@pytest.fixture
def source(session):
    """Bertil's copy of the session's project, with codes of his own."""
    path = session.project.backups.create("test")
    with Project.open(path, coder="Bertil") as b:
        b.codebook.add("aktörer/medaktör")  # "Aktörer/Medaktör" in other letters: suggested
        b.codebook.add("Motaktörer/Läkare")
        start = INTERVIEW.index("Läkare")
        b.coding.apply("intervju_1", start, start + len("Läkare"), "Motaktörer/Läkare")
        start = INTERVIEW.index("Arbetsförmedlingen")
        b.coding.apply("intervju_1", start, start + len("Arbetsförmedlingen"), "aktörer/medaktör")
        add_text(b, "intervju_2", "IP: Vi ses varje vecka.")
        b.variables.set("intervju_1", {"roll": "chef"})
    return path


@pytest.fixture
def dialog(session, qtbot):
    d = MergeDialog(session)
    qtbot.addWidget(d)
    return d


def test_the_mapping_model_passes_the_model_tester(qtmodeltester, session, source):
    model = CodeMappingModel()
    qtmodeltester.check(model)
    model.set_plans(session.project.merge.plan([source]), [c.path for c in session.project.codebook.all()])
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert not model.setData(model.index(0, TARGET), "Finns inte")
    assert not model.setData(model.index(0, SOURCE), "Aktörer")


def test_plan_mapping_merge_report_and_undo(dialog, session, source):
    assert dialog.add_paths([source])
    model = dialog.mapping_model
    assert model.codes() == ["aktörer", "aktörer/medaktör", "Motaktörer", "Motaktörer/Läkare"]
    assert [model.index(r, TARGET).data(ChoiceRole) for r in range(4)] == ["Aktörer", "Aktörer/Medaktör", "", ""]
    assert model.index(2, TARGET).data() == "Add as new code"
    assert model.index(1, TARGET).data() == "Aktörer/Medaktör"
    assert "2 of 3 documents" in dialog.plan_label.text() and "4 codes have no match" in dialog.plan_label.text()

    # the analyst maps Motaktörer/Läkare onto Aktörer/Arbetsförmedlingen through the combo box
    delegate = TargetCodeDelegate()
    index = model.index(model.codes().index("Motaktörer/Läkare"), TARGET)
    combo = delegate.createEditor(dialog.mapping_view.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(combo, index)
    assert combo.currentData() == "" and combo.count() == len(model.choices())
    combo.setCurrentIndex(combo.findData("Aktörer/Arbetsförmedlingen"))
    delegate.setModelData(combo, model, index)
    assert model.mapping() == {"Motaktörer/Läkare": "Aktörer/Arbetsförmedlingen", "aktörer": "Aktörer",
                               "aktörer/medaktör": "Aktörer/Medaktör"}

    report = dialog.merge()
    assert dialog.pages.currentIndex() == REPORT_PAGE and not dialog.merge_button.isVisible()
    assert report.backup in dialog.report_label.text()
    counts = {dialog.counts_view.topLevelItem(i).text(0): dialog.counts_view.topLevelItem(i).text(1)
              for i in range(dialog.counts_view.topLevelItemCount())}
    assert counts["Documents"] == "1" and counts["Codings"] == "2" and counts["Codes"] == "1"
    conflict = dialog.conflicts_view.topLevelItem(0)
    assert [conflict.text(i) for i in range(4)] == ["Variable value", "roll of intervju_1", "handläggare", "chef"]
    assert "1 conflict(s)" in dialog.conflicts_label.text()

    project = session.project
    assert {c.path for c in project.codebook.all()} >= {"Motaktörer"}
    assert "Motaktörer/Läkare" not in {c.path for c in project.codebook.all()}
    bertils = {(c["code"], c["text"]) for c in project.coding.list(coder="Bertil")}
    assert bertils == {("Aktörer/Arbetsförmedlingen", "Läkare"), ("Aktörer/Medaktör", "Arbetsförmedlingen")}
    project.history.undo()
    assert [c.name for c in project.store.coders.all()] == ["Anna"]
    assert "Motaktörer" not in {c.path for c in project.codebook.all()}


def test_refuses_what_is_not_a_project_and_the_project_itself(dialog, session, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(dialog, "_show_error", errors.append)
    text = tmp_path / "anteckning.kvalkod"
    text.write_text("inte ett projekt", encoding="utf-8")
    assert not dialog.add_paths([text])
    assert not dialog.add_paths([session.project.path])
    assert [str(e) for e in errors] == [f"{text}: not a kvalkod project (not an SQLite database)",
                                        f"{session.project.path}: is the target project itself"]
    assert dialog.paths() == [] and not dialog.merge_button.isEnabled()
    assert dialog.pages.currentIndex() == SETUP_PAGE


def test_add_through_the_file_picker_and_remove(dialog, source, monkeypatch):
    monkeypatch.setattr(dialog, "_ask_source_files", lambda: [str(source)])
    dialog._on_add_clicked()
    assert dialog.paths() == [str(source)] and dialog.merge_button.isEnabled()
    assert dialog.mapping_model.rowCount() == 4
    dialog.file_list.item(0).setSelected(True)
    dialog.remove_selected()
    assert dialog.paths() == [] and dialog.mapping_model.rowCount() == 0 and not dialog.merge_button.isEnabled()
