"""The search panel: key-word-in-context results, counts, folding, one document, jumping,
and "Code all hits" as one undoable action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from kvalkod.model import CodeNode
from tests.conftest import add_text
from ui.models.search_results_model import HIT, LEFT, RIGHT, HitRole
from ui.views.search_panel import LIMIT, CodeAllDialog, SearchPanel

from .conftest import INTERVIEW

TIDEN = "Arbetsbelastning/Tiden räcker inte"


@pytest.fixture
def panel(session, qtbot):
    p = SearchPanel(session)
    qtbot.addWidget(p)
    return p


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the warning dialogs shown (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def texts(panel, column=HIT):
    return [panel.model.index(r, column).data() for r in range(panel.model.rowCount())]


def codings_of(session, path=TIDEN):
    return session.project.coding.list(code=path)


def test_results_model_passes_qtmodeltester(panel, qtmodeltester):
    panel.search("inte")
    assert panel.model.rowCount() == 3
    qtmodeltester.check(panel.model)


def test_hits_in_context_with_the_hit_bold(panel):
    assert panel.search("tid") == 1
    model = panel.model
    assert model.index(0, 0).data() == "intervju_1"
    assert model.index(0, LEFT).data().endswith("Det finns inte")
    assert model.index(0, HIT).data() == "tid"
    assert model.index(0, RIGHT).data().startswith(", vi har")
    assert not model.index(0, LEFT).data().endswith(" ")
    assert model.index(0, HIT).data(Qt.ItemDataRole.FontRole).bold()
    assert not model.index(0, LEFT).data(Qt.ItemDataRole.FontRole)
    assert model.index(0, LEFT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    hit = model.index(0, 0).data(HitRole)
    assert INTERVIEW[hit.start:hit.end] == "tid"


def test_enter_in_the_query_edit_searches(panel, qtbot):
    qtbot.keyClicks(panel.query_edit, "inte")
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert texts(panel) == ["inte", "inte", "inte"]
    assert panel.count_label.text() == "3 matches"


def test_count_label_says_when_the_list_is_cut(session, panel):
    add_text(session.project, "lång", " ".join(["ordet"] * (LIMIT + 100)))
    assert panel.search("ordet") == LIMIT + 100
    assert panel.model.rowCount() == LIMIT
    assert panel.count_label.text() == f"{LIMIT + 100} matches, showing the first {LIMIT}"
    panel.search("Arbetsförmedlingen")
    assert panel.count_label.text() == "1 match"


def test_folding_finds_ocr_text_without_rings_and_dots(session, panel):
    add_text(session.project, "ocr", "Hon berättade om vald i nara relationer.", kind="document")
    assert panel.search("våld") == 0
    assert panel.count_label.text() == "0 matches"
    panel.fold_check.setChecked(True)  # searches again
    assert texts(panel) == ["vald"]
    assert panel.model.index(0, 0).data() == "ocr"


def test_only_this_document(session, panel):
    other = add_text(session.project, "intervju_2", "Nej, det går inte alls.")
    panel.search("inte")
    assert panel.model.rowCount() == 4
    assert not panel.doc_check.isEnabled()  # no document open yet
    session.set_current_document(other)
    assert panel.doc_check.isEnabled()
    panel.doc_check.setChecked(True)
    assert texts(panel, 0) == ["intervju_2"]
    session.set_current_document(session.project.documents.get("intervju_1"))  # follows the open document
    assert texts(panel, 0) == ["intervju_1"] * 3


def test_double_click_jumps_to_the_hit(session, panel, qtbot):
    panel.search("medaktör")
    panel.show()
    qtbot.waitExposed(panel)
    viewport = panel.results.viewport()
    pos = panel.results.visualRect(panel.model.index(0, HIT)).center()
    with qtbot.waitSignal(session.jumpRequested, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    document, start, end = blocker.args
    assert document.name == "intervju_1"
    assert INTERVIEW[start:end] == "medaktör"


def test_code_all_hits_by_sentence_is_one_undoable_action(session, panel, qtbot):
    before = len(codings_of(session))
    panel.search("inte")
    with qtbot.waitSignal(session.statusMessage, timeout=1000) as blocker:
        assert panel.code_all(TIDEN, "sentence") == 3
    assert blocker.args == ["Coded 3 passages"]
    coded = {c["text"] for c in codings_of(session)}
    assert {"IP: Jag hinner inte samordna på det sättet.", "Det finns inte tid, vi har för många ärenden.",
            "IP: Läkare förstår inte sjukförsäkringen."} <= coded
    assert session.recent()[0].path == TIDEN
    session.project.history.undo()
    assert len(codings_of(session)) == before


def test_code_all_uses_the_searched_fold_and_document(session, panel):
    add_text(session.project, "ocr", "Vald. Mer vald.")
    add_text(session.project, "annan", "Vald här också.")
    session.set_current_document(session.project.documents.get("ocr"))
    panel.fold_check.setChecked(True)
    panel.doc_check.setChecked(True)
    panel.search("våld")
    assert panel.code_all(TIDEN, "match") == 2
    assert {c["document"] for c in codings_of(session)} == {"intervju_1", "ocr"}  # intervju_1: the fixture's


def test_code_all_by_speaker_turn(session, panel):
    panel.search("Läkare")
    assert panel.code_all(TIDEN, "turn") == 1
    assert "IP: Läkare förstår inte sjukförsäkringen. Men Arbetsförmedlingen är en medaktör. 😀" in {
        c["text"] for c in codings_of(session)}


def test_a_query_without_words_is_shown_as_an_error(panel, warnings):
    panel.search("tid")
    assert panel.search("?! …") is None
    assert len(warnings) == 1 and "no words" in warnings[0]
    assert panel.model.rowCount() == 0 and panel.count_label.text() == ""
    assert not panel.code_all_button.isEnabled()


def test_turn_unit_in_a_document_without_turns_is_an_error(session, panel, warnings):
    panel.search("dagordning")
    before = len(session.project.coding.list())
    assert panel.code_all(TIDEN, "turn") is None
    assert len(warnings) == 1 and "no speaker turns" in warnings[0]
    assert len(session.project.coding.list()) == before


def test_code_all_dialog_offers_codable_codes_and_preselects_the_selected_one(session, qtbot):
    session.project.codebook.load([CodeNode("Mapp", codable=False, children=(CodeNode("Barn"),))])
    session.set_selected_codes([session.project.codebook.get("Aktörer/Medaktör")])
    dialog = CodeAllDialog(session, 3)
    qtbot.addWidget(dialog)
    paths = [dialog.code_combo.itemData(i) for i in range(dialog.code_combo.count())]
    assert "Mapp" not in paths and "Mapp/Barn" in paths
    assert dialog.code_combo.currentData() == "Aktörer/Medaktör"
    assert [dialog.unit_combo.itemData(i) for i in range(dialog.unit_combo.count())] == [
        "match", "sentence", "paragraph", "turn"]
    dialog.unit_combo.setCurrentIndex(2)
    assert dialog.choice() == ("Aktörer/Medaktör", "paragraph")


def test_code_all_button_runs_the_dialog_choice(session, panel, monkeypatch):
    session.set_selected_codes([session.project.codebook.get("Aktörer/Medaktör")])
    monkeypatch.setattr(CodeAllDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    panel.search("Arbetsförmedlingen")
    assert panel.code_all_button.isEnabled()
    panel.code_all_button.click()
    assert sorted(c["text"] for c in codings_of(session, "Aktörer/Medaktör")) == [
        "Arbetsförmedlingen", "Arbetsförmedlingen är en medaktör"]
