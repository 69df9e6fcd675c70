"""The agreement view: two coders compared per code under the pooled row, the unit stated,
the disagreements listed, narrowed by code, jumped to and handed to the segments panel."""

import pytest

from ui.models.agreement_model import ALPHA, CODE, KAPPA, NOTE, PERCENT, UNITS, AgreementModel, DisagreementModel
from ui.models.segment_table_model import SegmentRole
from ui.views.agreement_view import AgreementView

from .conftest import INTERVIEW

TIDEN = "Arbetsbelastning/Tiden räcker inte"
MED = "Aktörer/Medaktör"


@pytest.fixture
def team(session):
    """Anna's codings of the fixture, and Bertil's: a longer span of Tiden räcker inte, the
    doctors as Medaktör, and a field note Anna has not coded."""
    project = session.project
    start = INTERVIEW.index("Det finns inte tid")
    project.coding.apply("intervju_1", start, start + len("Det finns inte tid, vi har för många ärenden"), TIDEN,
                         coder="Bertil")
    start = INTERVIEW.index("Läkare förstår")
    project.coding.apply("intervju_1", start, start + len("Läkare förstår inte sjukförsäkringen"), MED,
                         coder="Bertil")
    project.coding.apply("fältanteckning", 0, 5, MED, coder="Bertil")
    return session


@pytest.fixture
def view(team, qtbot):
    v = AgreementView(team)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    return v


def rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_models_pass_the_model_tester(team, qtmodeltester):
    model = AgreementModel(team)
    qtmodeltester.check(model)
    result = model.compute("Anna", "Bertil")
    qtmodeltester.check(model)
    model.compute("Anna", "Bertil", unit="segments")
    qtmodeltester.check(model)
    disagreements = DisagreementModel()
    disagreements.set_segments(result["disagreements"])
    qtmodeltester.check(disagreements)
    disagreements.set_code(TIDEN)
    qtmodeltester.check(disagreements)


def test_compute_shows_the_pooled_row_first_and_states_the_unit(view, team):
    assert [view.coder_a.currentText(), view.coder_b.currentText()] == ["Anna", "Bertil"]
    view.compute()
    expected = team.project.agreement.compare("Anna", "Bertil")
    table = rows(view.model)
    assert table[0][CODE] == "All codes (pooled)"
    assert table[0][PERCENT] == f"{expected['percent'] * 100:.1f} %"
    assert table[0][KAPPA] == f"{expected['kappa']:.3f}" and table[0][ALPHA] == f"{expected['alpha']:.3f}"
    assert [r[CODE] for r in table[1:]] == list(expected["per_code"])
    tiden = next(r for r in table if r[CODE] == TIDEN)
    assert tiden[UNITS] == expected["per_code"][TIDEN]["units"] == len(INTERVIEW)
    summary = view.summary_label.text()
    assert "Unit: characters" in summary and "pools" in summary
    assert "fältanteckning (Bertil)" in summary  # left out: Anna has not coded it


def test_disagreements_narrow_to_the_selected_code_and_jump(view, team, qtbot):
    view.compute()
    everything = view.disagreements.rowCount()
    assert everything == len(team.project.agreement.disagreements("Anna", "Bertil"))
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, CODE).data() == TIDEN)
    view.table.selectRow(row)
    assert view.disagreements.code() == TIDEN
    (only,) = [view.disagreements.index(r, 0).data(SegmentRole) for r in range(view.disagreements.rowCount())]
    assert only["coder"] == "Bertil" and only["text"] == ", vi har för många ärenden"
    assert TIDEN in view.disagreement_label.text()
    view.disagreement_table.doubleClicked.emit(view.disagreements.index(0, 0))
    assert team.current_document.name == "intervju_1"
    view.table.selectRow(0)
    assert view.disagreements.rowCount() == everything
    with qtbot.waitSignal(view.segmentsRequested) as asked:
        view.show_button.click()
    title, segments = asked.args
    assert "Anna" in title and "Bertil" in title and len(segments) == everything
    assert set(segments[0]) == {"guid", "document", "code", "start", "end", "text", "coder", "memo"}


def test_jumping_selects_the_passage_in_the_document(team, view, qtbot):
    from ui.views.document_view import DocumentView

    document = DocumentView(team)
    qtbot.addWidget(document)
    view.compute()
    view.table.selectRow(next(r for r in range(view.model.rowCount()) if view.model.index(r, CODE).data() == TIDEN))
    view.disagreement_table.doubleClicked.emit(view.disagreements.index(0, 0))
    assert document.editor.textCursor().selectedText() == ", vi har för många ärenden"


def test_segments_unit(view, team):
    assert not view.overlap_spin.isEnabled()
    view.unit_combo.setCurrentIndex(view.unit_combo.findData("segments"))
    assert view.overlap_spin.isEnabled()
    view.overlap_spin.setValue(50)
    view.compute()
    expected = team.project.agreement.compare("Anna", "Bertil", unit="segments", min_overlap=50)
    table = rows(view.model)
    assert table[0][PERCENT] == f"{expected['percent'] * 100:.1f} %"
    assert table[0][KAPPA] == f"{expected['kappa']:.3f}" and table[0][ALPHA] == "–"
    assert all(r[KAPPA] == "–" and r[NOTE] == "" for r in table[1:])  # said once, in the summary
    assert "Unit: segments" in view.summary_label.text() and "50 %" in view.summary_label.text()


def test_one_code_and_undefined_rows_say_why(view, team):
    view.code_combo.setCurrentIndex(view.code_combo.findData("Aktörer"))
    view.compute()
    table = {r[CODE]: r for r in rows(view.model)}
    assert set(table) == {"All codes (pooled)", "Aktörer", "Aktörer/Arbetsförmedlingen", MED}
    assert table["Aktörer"][PERCENT] == "–" and "Neither coder" in table["Aktörer"][NOTE]


def test_figures_go_stale_when_codings_change(view, team):
    view.compute()
    assert view.stale_label.isHidden()
    team.project.coding.apply("intervju_1", 0, 2, MED, coder="Anna")
    assert not view.stale_label.isHidden()
    view.compute()
    assert view.stale_label.isHidden()


def test_a_single_coder_cannot_be_compared(session, qtbot):
    v = AgreementView(session)
    qtbot.addWidget(v)
    assert not v.compute_button.isEnabled()
    assert v.model.rowCount() == 0 and "Compute" in v.disagreement_label.text()
