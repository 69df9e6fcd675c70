"""The Team panel: coders with colours and counts; hiding a coder hides their codings in the
document view and the segments panel; colouring stripes by coder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.models.coder_list_model import CODINGS, NAME, CoderListModel
from ui.views.coders_panel import CodersPanel
from ui.views.document_view import DocumentView
from ui.views.segments_view import SegmentsPanel

from .conftest import INTERVIEW

TIDEN = "Arbetsbelastning/Tiden räcker inte"
MED = "Aktörer/Medaktör"


@pytest.fixture
def team(session):
    """Bertil codes the interview too: a longer span of Tiden räcker inte, and the doctors as
    Medaktör (Anna coded Arbetsförmedlingen as that)."""
    project = session.project
    start = INTERVIEW.index("Det finns inte tid")
    project.coding.apply("intervju_1", start, start + len("Det finns inte tid, vi har för många ärenden"), TIDEN,
                         coder="Bertil")
    start = INTERVIEW.index("Läkare förstår")
    project.coding.apply("intervju_1", start, start + len("Läkare förstår inte sjukförsäkringen"), MED,
                         coder="Bertil")
    return session


@pytest.fixture
def panel(team, qtbot):
    p = CodersPanel(team)
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def view(team, qtbot):
    v = DocumentView(team)
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    team.set_current_document(team.project.documents.get("intervju_1"))
    qtbot.waitExposed(v)
    return v


def row_of(model, name):
    return next(r for r in range(model.rowCount()) if model.index(r, NAME).data() == name)


def coder_id(session, name):
    return session.project.coders.get(name).id


def test_model_passes_the_model_tester(team, qtmodeltester):
    model = CoderListModel(team)
    qtmodeltester.check(model)
    team.set_coder_hidden("Bertil", True)
    qtmodeltester.check(model)


def test_coders_with_swatches_and_counts(panel, team):
    model = panel.model
    assert [model.index(r, NAME).data() for r in range(model.rowCount())] == ["Anna", "Bertil"]
    assert [model.index(r, CODINGS).data() for r in range(model.rowCount())] == [3, 2]
    for r, coder in enumerate(team.project.coders.all()):
        assert model.index(r, NAME).data(Qt.ItemDataRole.DecorationRole) == QColor(coder.color)
        assert model.index(r, NAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert panel.agreement_action.isEnabled()


def test_counts_follow_new_codings(panel, team, qtbot):
    team.project.coding.apply("fältanteckning", 0, 5, MED, coder="Bertil")
    qtbot.waitUntil(lambda: panel.model.index(row_of(panel.model, "Bertil"), CODINGS).data() == 3)


def test_hiding_a_coder_removes_their_codings_from_the_document_view(panel, view, team, qtbot):
    index = view.editor.index
    assert {c.coder_id for c in index.codings} == {coder_id(team, "Anna"), coder_id(team, "Bertil")}
    assert len(index) == 5
    model = panel.model
    assert model.setData(model.index(row_of(model, "Bertil"), NAME), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert team.hidden_coders == {"Bertil"}
    qtbot.waitUntil(lambda: len(view.editor.index) == 3)
    assert {c.coder_id for c in view.editor.index.codings} == {coder_id(team, "Anna")}
    # what is drawn: no highlight over the doctors (only Bertil coded them), no bar of his
    doctors = INTERVIEW.index("Läkare förstår")
    assert not any(s <= doctors < e for s, e, _ in view.editor._spans)
    view.editor.stripes.repaint()
    assert len(view.editor.stripes._bars) == 3
    assert all(c.coder_id == coder_id(team, "Anna") for _, c in view.editor.stripes._bars)
    # the lanes stay put: hiding a coder does not shuffle the stripes
    assert len(view.editor.index.lanes) == 3
    # a new coding of a hidden coder is not drawn, and the status bar says why
    with qtbot.waitSignal(team.statusMessage) as said:
        start = INTERVIEW.index("Hur ser")
        team.project.coding.apply("intervju_1", start, start + 7, MED, coder="Bertil")
    assert "Bertil" in said.args[0]
    assert len(view.editor.index) == 3
    team.set_coder_hidden("Bertil", False)
    qtbot.waitUntil(lambda: len(view.editor.index) == 6)
    assert model.index(row_of(model, "Bertil"), NAME).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_hiding_a_coder_hides_their_segments(team, qtbot):
    segments = SegmentsPanel(team)
    qtbot.addWidget(segments)
    team.set_selected_codes([team.project.codebook.get(TIDEN), team.project.codebook.get(MED)])
    coders = lambda: sorted(segments.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)["coder"]  # noqa: E731
                            for r in range(segments.proxy.rowCount()))
    assert coders() == ["Anna", "Anna", "Bertil", "Bertil"]
    team.set_coder_hidden("Bertil", True)
    assert coders() == ["Anna", "Anna"]
    team.set_coder_hidden("Bertil", False)
    assert len(coders()) == 4


def test_changing_a_colour_is_undoable(panel, team, monkeypatch):
    monkeypatch.setattr(panel, "_ask_color", lambda initial, name: QColor("#123456"))
    old = team.project.coders.get("Bertil").color
    panel.change_color(row_of(panel.model, "Bertil"))
    assert team.project.coders.get("Bertil").color == "#123456"
    swatch = panel.model.index(row_of(panel.model, "Bertil"), NAME).data(Qt.ItemDataRole.DecorationRole)
    assert swatch == QColor("#123456")
    team.project.history.undo()
    assert panel.model.index(row_of(panel.model, "Bertil"), NAME).data(Qt.ItemDataRole.DecorationRole) == QColor(old)


def test_stripes_by_coder_take_the_coders_colour(panel, view, team, qtbot):
    team.project.coders.set_color("Bertil", "#00ff00")
    panel.by_coder_check.setChecked(True)
    assert team.stripes_by_coder
    qtbot.waitUntil(lambda: view.editor.index.coder_colors is not None)
    view.editor.stripes.repaint()
    image = view.editor.stripes.grab().toImage()
    coders = {c.id: c for c in team.project.coders.all()}
    assert view.editor.index.coder_colors == {i: QColor(c.color) for i, c in coders.items()}
    painted = {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(0, image.height(), 2)}
    assert {"#00ff00", team.project.coders.get("Anna").color} <= painted
    assert not {"#e15759", "#4e79a7", "#59a14f"} & painted  # the codes' colours are gone from the margin
    panel.by_coder_check.setChecked(False)
    qtbot.waitUntil(lambda: view.editor.index.coder_colors is None)
