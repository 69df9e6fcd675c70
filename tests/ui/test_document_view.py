"""The document view: highlights, stripes, selection, jumping, coding actions, find."""

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from ui.mime import SELECTION_MIME
from ui.views.document_view import DocumentView

from .conftest import INTERVIEW


@pytest.fixture
def view(session, qtbot):
    v = DocumentView(session)
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    session.set_current_document(session.project.documents.get("intervju_1"))
    qtbot.waitExposed(v)
    return v


def highlight_colors(view):
    from ui.views.coded_text_edit import LABEL_COLOR

    return {color.name() for _, _, color in view.editor._spans if color != LABEL_COLOR}


def test_opens_the_current_document_with_its_codings(view):
    assert view.editor.toPlainText() == INTERVIEW
    assert len(view.editor.index) == 3
    colours = highlight_colors(view)
    # "Arbetsförmedlingen" is coded twice (actor and co-actor): there the colours blend
    assert {"#e15759", "#59a14f"} <= colours
    overlap = INTERVIEW.index("Arbetsförmedlingen")
    spans = {(s, e): color for s, e, color in view.editor._spans if color.alpha() >= 80}
    both = spans[(overlap, overlap + len("Arbetsförmedlingen"))]
    assert both.alpha() > spans[(overlap + len("Arbetsförmedlingen"), overlap + len("Arbetsförmedlingen är en medaktör"))].alpha()
    assert [lane.code.path for lane in view.editor.index.lanes] == [
        "Arbetsbelastning/Tiden räcker inte", "Aktörer/Arbetsförmedlingen", "Aktörer/Medaktör"]


def test_highlights_are_painted_under_the_text(view):
    """The highlight's colour is in the pixels of the coded words."""
    image = view.editor.viewport().grab().toImage()
    start = INTERVIEW.index("Det finns inte tid")
    cursor = view.editor.textCursor()
    cursor.setPosition(start + 2)
    point = view.editor.cursorRect(cursor).center()
    pixels = {QColor(image.pixel(point.x() + dx, point.y())).name() for dx in range(-3, 4)}
    # #e15759 at its highlight opacity over white: red stays high, green drops
    assert any(QColor(p).red() > 215 and QColor(p).green() < 230 for p in pixels), pixels


def test_stripes_paint_one_bar_per_visible_coding(view, qtbot):
    view.editor.stripes.repaint()
    bars = view.editor.stripes._bars
    assert len(bars) == 3
    assert view.editor.stripes.width() >= 3 * 12
    image = view.editor.stripes.grab().toImage()
    rect, coding = bars[0]
    color = QColor(image.pixel(rect.center()))
    lane = view.editor.index.lane(coding)
    assert color.name() == lane.color.name()


def test_speaker_labels_stand_out(view):
    from ui.views.coded_text_edit import LABEL_COLOR

    labels = [INTERVIEW[s:e] for s, e, color in view.editor._spans if color == LABEL_COLOR]
    assert labels == ["I:", "IP:", "I:", "IP:"]


def test_selection_reaches_the_session_in_code_points(view, session):
    start = INTERVIEW.index("Läkare förstår")
    view.editor.select_span(start, start + 6)
    doc, s, e = session.selection
    assert doc.name == "intervju_1" and (s, e) == (start, start + 6)
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.Start)
    assert session.selection is None


def test_offsets_survive_an_emoji(session, qtbot):
    text = "😀😀 Före. Samordning efter emoji."
    from tests.conftest import add_text

    add_text(session.project, "emoji", text)
    v = DocumentView(session)
    qtbot.addWidget(v)
    session.set_current_document(session.project.documents.get("emoji"))
    start = text.index("Samordning")
    v.editor.select_span(start, start + len("Samordning"))
    assert v.editor.textCursor().selectedText() == "Samordning"
    assert session.selection[1:] == (start, start + len("Samordning"))


def test_coding_updates_highlights_without_losing_place(view, session, qtbot):
    start = INTERVIEW.index("Läkare")
    session.project.coding.apply("intervju_1", start, start + 6, "Aktörer/Medaktör")
    qtbot.waitUntil(lambda: len(view.editor.index) == 4)
    session.project.history.undo()
    qtbot.waitUntil(lambda: len(view.editor.index) == 3)


def test_jump_selects_the_passage(view, session):
    other = session.project.documents.get("fältanteckning")
    session.jump_to(other, 6, 15)
    assert view.document.name == "fältanteckning"
    assert view.editor.textCursor().selectedText() == "Teammöte."


def test_drag_carries_the_selection(view, session):
    view.editor.select_span(0, 2)
    mime = view.editor.createMimeDataFromSelection()
    payload = json.loads(bytes(mime.data(SELECTION_MIME)).decode())
    assert payload == {"document": session.current_document.guid, "start": 0, "end": 2}
    assert mime.text() == "I:"


def test_in_vivo_creates_code_and_coding_in_one_action(view, session):
    start = INTERVIEW.index("vi har för många ärenden")
    view.editor.select_span(start, start + len("vi har för många ärenden"))
    view.code_in_vivo()
    paths = [c.path for c in session.project.codebook.all()]
    assert "In vivo/vi har för många ärenden" in paths
    assert session.recent()[0].path == "In vivo/vi har för många ärenden"
    session.project.history.undo()
    assert "In vivo/vi har för många ärenden" not in [c.path for c in session.project.codebook.all()]


def test_click_stripe_then_fit_to_selection_resizes(view, session, qtbot):
    view.editor.stripes.repaint()
    rect, coding = view.editor.stripes._bars[0]
    qtbot.mouseClick(view.editor.stripes, Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.active_coding.guid == coding.guid
    view.editor.select_span(coding.start - 4, coding.end)
    view.fit_active_to_selection()
    assert session.project.coding.get(coding.guid).start == coding.start - 4


def test_keyboard_nudges_the_active_coding(view, session):
    coding = view.editor.index.codings[0]  # "Det finns inte tid"
    view.active_coding = coding
    view.nudge_active("end", +1)
    grown = session.project.coding.get(coding.guid)
    assert grown.end > coding.end
    assert INTERVIEW[grown.start:grown.end].startswith("Det finns inte tid")
    view.nudge_active("start", +1)
    assert session.project.coding.get(coding.guid).start > coding.start


def test_context_menu_removes_and_memos(view, session, monkeypatch):
    coding = view.editor.index.codings[0]
    view.editor.select_span(coding.start + 2, coding.start + 2)
    point = view.editor.cursorRect().center()
    menu = view.context_menu(point)
    labels = [a.text() for a in menu.actions()]
    assert any("Remove “Arbetsbelastning/Tiden räcker inte”" in t for t in labels), labels
    monkeypatch.setattr(view, "_ask_memo", lambda current: ("tydligt exempel", True))
    next(a for a in menu.actions() if a.text().startswith("Memo on")).trigger()
    assert session.project.coding.get(coding.guid).memo == "tydligt exempel"
    next(a for a in menu.actions() if a.text().startswith("Remove")).trigger()
    assert coding.guid not in [c["guid"] for c in session.project.coding.list()]


def test_tooltip_names_code_coder_and_memo(view, session):
    coding = view.editor.index.codings[0]
    session.project.coding.set_memo(coding.guid, "viktig")
    view.reload_codings()
    text = view.editor.describe(view.editor.index.at(coding.start))
    assert "Arbetsbelastning/Tiden räcker inte" in text and "Anna" in text and "viktig" in text


def test_find_in_document(view):
    view.show_find()
    view.find_edit.setText("samordna")
    assert view.find_next()
    assert view.editor.textCursor().selectedText() == "samordna"
    view.find_edit.setText("finns inte alls")
    assert not view.find_next()
    assert view.find_status.text() == "not found"


def test_deleting_the_open_document_clears_the_view(view, session, qtbot):
    session.project.documents.delete(["intervju_1"])
    qtbot.waitUntil(lambda: view.document is None)
    assert view.editor.toPlainText() == ""


def test_dragging_the_end_of_a_stripe_resizes_the_coding(view, session, qtbot):
    view.editor.stripes.repaint()
    rect, coding = next((r, c) for r, c in view.editor.stripes._bars
                        if session.project.codebook.get("Arbetsbelastning/Tiden räcker inte").id == c.code_id)
    stripes = view.editor.stripes
    assert stripes.edge_at(rect.bottomLeft() + QPoint(1, 0)) == (coding, "end")
    # drag the bottom end down to the line of "Och läkarna?"
    cursor = view.editor.textCursor()
    cursor.setPosition(INTERVIEW.index("Och läkarna"))
    y = view.editor.cursorRect(cursor).center().y()
    qtbot.mousePress(stripes, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.bottom()))
    qtbot.mouseMove(stripes, QPoint(rect.center().x(), y))
    qtbot.mouseRelease(stripes, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), y))
    resized = session.project.coding.get(coding.guid)
    assert resized.start == coding.start
    assert INTERVIEW[resized.start:resized.end].endswith("Och läkarna?")
    session.project.history.undo()
    assert session.project.coding.get(coding.guid).end == coding.end


def test_a_long_document_shows_stripes_and_highlights_at_first_paint(session, qtbot):
    """Qt lays out a long text lazily: the first paint after opening must already find the
    lines it draws on (it once cached an empty screen and showed no codings)."""
    from pathlib import Path

    from ..conftest import add_text

    seed = next((Path(__file__).parents[2] / "sample_projects" / "sources").glob("002_*.txt"))
    text = seed.read_text(encoding="utf-8")
    add_text(session.project, "seed_002", text)
    start = text.index("samordningsuppdrag")
    session.project.coding.apply("seed_002", start, start + 400, "Aktörer/Medaktör")
    view = DocumentView(session)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    session.set_current_document(session.project.documents.get("seed_002"))
    stripes = view.editor.stripes.grab().toImage()
    assert len(view.editor.stripes._bars) == 1
    rect, _ = view.editor.stripes._bars[0]
    assert QColor(stripes.pixel(rect.center())).name() == "#59a14f"
    assert highlight_colors(view) == {"#59a14f"}
