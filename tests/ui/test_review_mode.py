"""Review mode: browsing scenes by theme, status and document variables, summaries by theme,
reading passages in their documents, commenting on scenes, segments and summaries (resolve,
reopen), that nothing in the window changes the analysis, and ``gui --review --screenshot``."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from kvalkod.services.codebook import CodebookService
from kvalkod.services.coding import CodingService
from kvalkod.services.outline import OutlineService
from kvalkod.services.scenes import SceneService
from kvalkod.services.summaries import SummaryService
from ui.models.comment_list_model import CommentListModel
from ui.views.review_window import ReviewWindow

from ..conftest import add_text
from .analysis import add_analysis, span
from .conftest import INTERVIEW
from .test_main_window import _screenshot


@pytest.fixture
def made(session):
    return add_analysis(session.project)


@pytest.fixture
def window(session, made, qtbot):
    w = ReviewWindow(session)
    qtbot.addWidget(w)
    w.show()
    return w


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def targets(window):
    listed = window.comments.target_list
    return [listed.item(n).text() for n in range(listed.count())]


def choose_target(window, text):
    window.comments.target_list.setCurrentRow(targets(window).index(text))


def test_models_pass_qtmodeltester(session, made, qtmodeltester, window):
    model = CommentListModel(session)
    qtmodeltester.check(model)
    session.project.comments.add("scene", made["team"], "Bra scen.")
    model.set_target("scene", made["team"])
    qtmodeltester.check(model)
    choose(window.variable_combo, "kontor")
    choose(window.value_combo, "A")
    qtmodeltester.check(window.document_filter)


def test_scenes_are_browsed_by_theme_status_and_document_variables(window):
    assert window.visible_scenes() == ["Teammöte", "Tidsbrist", "Läkarna"]
    choose(window.theme_combo, "Aktörer")
    assert window.visible_scenes() == ["Teammöte", "Läkarna"]
    choose(window.status_combo, "klar")
    assert window.visible_scenes() == ["Läkarna"]
    choose(window.theme_combo, None)
    choose(window.status_combo, "utkast")
    assert window.visible_scenes() == ["Teammöte", "Tidsbrist"]
    choose(window.status_combo, None)
    choose(window.variable_combo, "kontor")
    assert [window.value_combo.itemData(n) for n in range(window.value_combo.count())] == [None, "A", "B"]
    choose(window.value_combo, "B")
    assert window.visible_scenes() == ["Teammöte"]
    choose(window.variable_combo, "roll")
    choose(window.value_combo, "handläggare")
    assert window.visible_scenes() == ["Tidsbrist", "Läkarna"]


def test_a_case_variable_counts_for_its_documents(session, window):
    session.project.variables.set_for_case("Kontor B", {"region": "Norr"})
    choose(window.variable_combo, "region")
    choose(window.value_combo, "Norr")
    assert window.visible_scenes() == ["Teammöte"]


def test_summaries_are_browsed_by_theme(window, made):
    window.tabs.setCurrentIndex(1)
    items = [window.summary_list.item(n).text() for n in range(window.summary_list.count())]
    assert items == ["Arbetsbelastning/Tiden räcker inte", "Aktörer"]
    assert window.subject == ("summary", made["workload"])  # the first is read when the tab opens
    choose(window.theme_combo, "Aktörer")
    assert window.summary_list.count() == 1
    assert window.subject == ("summary", made["actors"])  # the scenes' filter does not take the page over
    assert "Arbetsförmedlingen ses som en medaktör." in window.reader.toPlainText()
    window.tabs.setCurrentIndex(0)
    assert window.subject == ("scene", made["team"])


def test_a_scene_is_read_with_its_passage_in_context(window, made):
    window.select_scene(made["team"])
    page = window.reader.toPlainText()
    assert "Scene: Teammöte" in page and "Dana vill ha en fast dagordning" in page
    assert "Mötet visar samordningens villkor." in page and "Morgonmöte" in page
    assert window.passage_list.count() == 1
    assert window.context.text.toPlainText() == "Scen: Teammöte. Dana vill ha en fast dagordning."
    assert window.context.highlighted_text() == "Dana vill ha en fast dagordning"
    assert window.context.title.text() == "fältanteckning, characters 16–47"
    assert window.context.text.isReadOnly()


def test_passages_after_an_emoji_are_highlighted_where_they_are(session, window):
    text = "😀 Först en rad.\nSedan kommer passagen som granskas här."
    add_text(session.project, "med_emoji", text)
    guid = session.project.scenes.add("Emoji", [("med_emoji", *span(text, "passagen som granskas"))]).guid
    window.select_scene(guid)
    assert window.context.highlighted_text() == "passagen som granskas"


def test_comment_on_a_scene_with_the_reviewers_name(window, session, made):
    window.select_scene(made["team"])
    assert targets(window) == ["Scene: Teammöte"]
    window.comments.editor.setPlainText("Är Dana rätt pseudonym?")
    window.comments.add_button.click()
    [comment] = session.project.comments.list("scene", made["team"])
    assert comment["author"] == session.coder and comment["text"] == "Är Dana rätt pseudonym?"
    assert window.comments.model.rowCount() == 1 and window.comments.editor.toPlainText() == ""
    assert targets(window) == ["Scene: Teammöte (1 open)"]
    assert window.comments.model.index(0).data().startswith(f"{session.coder}, ")


def test_comment_on_a_coded_segment_in_the_passage(window, session, made):
    window.select_scene(made["rush"])
    assert targets(window) == ["Scene: Tidsbrist", "Segment: Arbetsbelastning/Tiden räcker inte: ”Det finns inte tid”"]
    choose_target(window, "Segment: Arbetsbelastning/Tiden räcker inte: ”Det finns inte tid”")
    assert window.context.segment == span(INTERVIEW, "Det finns inte tid")
    window.comments.add_comment("Kodningen borde ta med hela meningen.")
    [comment] = session.project.comments.list("coding", made["time"])
    assert comment["text"] == "Kodningen borde ta med hela meningen."
    assert session.project.comments.list("scene", made["rush"]) == []


def test_comment_on_a_summary_resolve_and_reopen(window, session, made):
    window.select_summary(made["workload"])
    assert "Summary of Arbetsbelastning/Tiden räcker inte" in window.reader.toPlainText()
    assert window.context.highlighted_text() == "Det finns inte tid"  # the coding it rests on
    assert targets(window)[0] == "Summary of Arbetsbelastning/Tiden räcker inte"
    comment = window.comments.add_comment("Andra meningen saknar stöd.")
    assert session.project.comments.list("summary", made["workload"])[0]["guid"] == comment["guid"]
    window.comments.list.setCurrentIndex(window.comments.model.index(0))
    assert window.comments.resolve_button.text() == "Resolve"
    window.comments.resolve_button.click()
    stored = session.project.comments.list("summary", made["workload"])[0]
    assert stored["resolved"] and stored["resolved_by"] == session.coder
    assert "Resolved by Anna" in window.comments.model.index(0).data()
    assert window.comments.resolve_button.text() == "Reopen"
    window.comments.show_resolved.setChecked(False)
    assert window.comments.model.rowCount() == 0
    window.comments.show_resolved.setChecked(True)
    window.comments.list.setCurrentIndex(window.comments.model.index(0))
    window.comments.resolve_button.click()
    assert not session.project.comments.list("summary", made["workload"])[0]["resolved"]
    assert targets(window)[0] == "Summary of Arbetsbelastning/Tiden räcker inte (1 open)"


def test_nothing_in_the_window_changes_the_analysis(session, made, qtbot, monkeypatch):
    writes = []
    for service, names in ((CodingService, ("apply", "apply_new_code", "remove", "resize", "set_memo")),
                           (CodebookService, ("add", "rename", "move", "merge", "delete", "describe", "load")),
                           (SceneService, ("add", "update", "set_status", "add_source", "remove_source",
                                           "set_codes", "move", "delete")),
                           (SummaryService, ("set", "delete", "condense")),
                           (OutlineService, ("add", "update", "move", "remove", "draft"))):
        for name in names:
            monkeypatch.setattr(service, name, lambda *a, _n=name, **k: writes.append(_n))
    window = ReviewWindow(session)
    qtbot.addWidget(window)
    window.show()
    texts = [a.text().replace("&", "") for a in window.findChildren(QAction)]
    assert not [t for t in texts if any(w in t.lower() for w in ("code", "undo", "scene", "summary", "delete"))]
    assert [e for e in window.findChildren(QPlainTextEdit)] == [window.comments.editor]
    assert all(e.isReadOnly() for e in window.findChildren(QTextEdit) if not isinstance(e, QPlainTextEdit))
    for guid in (made["team"], made["rush"], made["doctors"]):
        window.select_scene(guid)
        for n in range(len(targets(window))):
            window.comments.target_list.setCurrentRow(n)
            window.comments.add_comment("En kommentar.")
    window.select_summary(made["workload"])
    window.comments.add_comment("Om sammanfattningen.")
    window.comments.list.setCurrentIndex(window.comments.model.index(0))
    window.comments.toggle_resolved()
    choose(window.theme_combo, "Aktörer")
    choose(window.status_combo, "klar")
    assert writes == []
    assert len(session.project.comments.list()) == 5


def test_gui_review_screenshot(session, made, tmp_path):
    session.project.comments.add("scene", made["team"], "Kommentar.", author="Bertil")
    path = session.project.path
    session.close()
    png = tmp_path / "review.png"
    result = _screenshot(path, png, "--review")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() >= 1200
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert "#fff2a8" in colours  # the first scene's passage, highlighted in its document


def test_a_passage_deep_in_a_long_document_is_in_view_after_the_window_is_laid_out(session, qtbot):
    """Scrolling once, before Qt had laid the long document out and the view had its size,
    showed text thousands of characters after the passage (a report of 260,000 characters)."""
    from ui.views.passage_context import PassageContextView

    text = "\n\n".join(f"Stycke {n}: " + "handläggaren samordnar ärendet med vården. " * 12 for n in range(600))
    add_text(session.project, "lang-rapport", text)
    start = text.index("Stycke 450:")
    view = PassageContextView(session)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show_passage("lang-rapport", start, start + 200)  # before the view is shown and sized
    view.show()
    view.resize(900, 500)
    qtbot.waitExposed(view)
    qtbot.wait(200)  # Qt's layout of the rest of the document
    first_visible = view.text.cursorForPosition(view.text.viewport().rect().topLeft()).position()
    last_visible = view.text.cursorForPosition(view.text.viewport().rect().bottomRight()).position()
    assert first_visible <= start <= last_visible
