"""The report outline editor: the list model (previews, following the analysis it refers to,
drag to reorder), drafting from the codebook, adding, editing, moving and removing items (each
one undoable action), the lead-in template, and the export to Word and Markdown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from ui.models.outline_model import LevelRole, OutlineModel
from ui.views.outline_editor import OutlineEditor

from .analysis import add_analysis


@pytest.fixture
def made(session):
    return add_analysis(session.project)


@pytest.fixture
def editor(session, made, qtbot):
    e = OutlineEditor(session)
    qtbot.addWidget(e)
    e.item_editor.save_timer.setInterval(50)  # the real pause is longer; the behaviour is the same
    e.resize(600, 700)
    e.show()
    return e


@pytest.fixture
def shown_errors(monkeypatch):
    shown = []
    monkeypatch.setattr("ui.errors.show_error", lambda parent, error: shown.append(error))
    return shown


def rows(editor):
    return [editor.model.index(r).data() for r in range(editor.model.rowCount())]


def outline(session):
    return [(i["kind"], i["text"]) for i in session.project.outline.items()]


def test_model_passes_qtmodeltester_empty_and_drafted(session, made, qtmodeltester):
    model = OutlineModel(session)
    qtmodeltester.check(model)
    session.project.outline.draft()
    qtmodeltester.check(model)
    assert model.rowCount() == len(session.project.outline.items())


def test_draft_fills_the_list_with_kinds_and_previews(editor, session):
    assert editor.model.rowCount() == 0
    editor.draft_from_codebook()
    shown = rows(editor)
    assert shown[0] == "Chapter: Arbetsbelastning"
    assert "Summary: Arbetsbelastning/Tiden räcker inte" in shown
    assert "Quote: ”Det finns inte tid” (intervju_1)" in shown
    assert "Scene: Tidsbrist" in shown and "Scene: Teammöte" in shown
    assert any(r.startswith("Matrix: Aktörer: kodade avsnitt per fall") for r in shown)
    assert shown[-1] == "Appendix: Kodbok"
    depth = {r: editor.model.index(n).data(LevelRole) for n, r in enumerate(shown)}
    assert depth["Chapter: Arbetsbelastning"] == 0 and depth["Section: Tiden räcker inte"] == 1
    assert depth["Quote: ”Det finns inte tid” (intervju_1)"] == 2 and depth["Appendix: Kodbok"] == 0
    assert editor.current_guid() == session.project.outline.items()[0]["guid"]


def test_drafting_again_asks_before_replacing(editor, session, monkeypatch):
    editor.draft_from_codebook()
    editor.add_text_item("paragraph", "Egen text som inte får försvinna.")
    before = outline(session)
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    answers.append(QMessageBox.StandardButton.No)
    editor.draft_from_codebook()
    assert outline(session) == before
    answers.append(QMessageBox.StandardButton.Yes)
    editor.draft_from_codebook()
    assert ("paragraph", "Egen text som inte får försvinna.") not in outline(session)
    session.project.history.undo()
    assert outline(session) == before and editor.model.rowCount() == len(before)


def test_add_text_items_after_the_selected_one_and_undo(editor, session):
    chapter = editor.add_text_item("chapter", "Inledning")
    editor.add_text_item("paragraph", "Rapporten bygger på intervjuer med handläggare på två kontor i regionen.")
    editor.select_item(chapter["guid"])
    editor.add_text_item("heading", "Syfte")
    assert rows(editor) == ["Chapter: Inledning", "Heading: Syfte",
                            "Paragraph: Rapporten bygger på intervjuer med handläggare på två kontor i regionen."]
    bullets = editor.add_text_item("bullets", "första\nandra")
    appendix = editor.add_text_item("appendix", "Intervjuguide")
    assert editor.current_guid() == appendix["guid"]
    assert bullets["guid"] in [i["guid"] for i in session.project.outline.items()]
    assert session.project.history.labels()[0] == "add a appendix to the outline"
    session.project.history.undo()
    assert editor.model.row_of(appendix["guid"]) == -1 and editor.model.rowCount() == 4


def test_a_text_item_without_text_is_refused(editor, shown_errors):
    assert editor.add_text_item("chapter", "  ") is None
    assert "needs a text" in str(shown_errors[0]) and editor.model.rowCount() == 0


def test_the_text_editor_saves_after_a_pause_as_one_action(editor, session, qtbot):
    editor.add_text_item("paragraph", "Första utkast.")
    actions = []
    session.bridge.historyChanged.connect(lambda: actions.append(session.project.history.labels()[0]))
    text_edit = editor.item_editor.editor
    assert text_edit.isEnabled() and text_edit.toPlainText() == "Första utkast."
    text_edit.setFocus()
    qtbot.keyClicks(text_edit, " Mer")
    qtbot.waitUntil(lambda: session.project.outline.items()[0]["text"] == "Första utkast. Mer")
    assert actions == ["edit a paragraph of the outline"]
    assert editor.model.index(0).data() == "Paragraph: Första utkast. Mer"
    assert "Första utkast. Mer" in editor.item_editor.preview.toPlainText()
    text_edit.selectAll()
    qtbot.keyClick(text_edit, Qt.Key.Key_Delete)
    editor.item_editor.save_now()
    assert session.project.outline.items()[0]["text"] == "Första utkast. Mer"  # an empty paragraph is not saved


def test_items_that_refer_to_the_analysis_have_no_text_of_their_own(editor, made):
    editor.add_scene(made["rush"])
    assert not editor.item_editor.editor.isVisible() and editor.item_editor.hint.isVisible()
    preview = editor.item_editor.preview.toPlainText()
    assert "Scen: Tidsbrist" in preview and "Det finns inte tid" in preview


def test_move_up_and_down_keep_the_selection_and_undo(editor, session):
    first = editor.add_text_item("chapter", "Ett")
    editor.add_text_item("chapter", "Två")
    third = editor.add_text_item("chapter", "Tre")
    assert not editor.down_action.isEnabled() and editor.up_action.isEnabled()
    editor.move_current(-1)
    assert [t for _, t in outline(session)] == ["Ett", "Tre", "Två"]
    assert editor.current_guid() == third["guid"]
    editor.up_action.trigger()
    assert [t for _, t in outline(session)] == ["Tre", "Ett", "Två"] and not editor.up_action.isEnabled()
    session.project.history.undo()
    assert rows(editor) == ["Chapter: Ett", "Chapter: Tre", "Chapter: Två"]
    assert editor.current_guid() == third["guid"]
    editor.select_item(first["guid"])
    editor.down_action.trigger()
    assert [t for _, t in outline(session)] == ["Tre", "Ett", "Två"]


def test_drag_and_drop_reorders_through_the_service(editor, session):
    assert editor.list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    for text in ("Ett", "Två", "Tre", "Fyra"):
        editor.add_text_item("section", text)
    model = editor.model
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDropEnabled  # between rows, not onto them
    mime = model.mimeData([model.index(0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # before "Fyra"
    assert [t for _, t in outline(session)] == ["Två", "Tre", "Ett", "Fyra"]
    assert session.project.history.labels()[0] == "move a section in the outline"
    mime = model.mimeData([model.index(3)])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())  # it is last already
    assert [t for _, t in outline(session)] == ["Två", "Tre", "Ett", "Fyra"]
    mime = model.mimeData([model.index(3)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [t for _, t in outline(session)] == ["Fyra", "Två", "Tre", "Ett"]
    assert not model.removeRows(0, 1)  # the finished drag deletes nothing
    assert rows(editor)[0] == "Section: Fyra"


def test_remove_and_undo(editor, session):
    editor.add_text_item("chapter", "Kvar")
    gone = editor.add_text_item("paragraph", "Ska bort.")
    editor.select_item(gone["guid"])
    editor.remove_action.trigger()
    assert outline(session) == [("chapter", "Kvar")]
    assert session.project.history.labels()[0] == "remove a paragraph from the outline"
    session.project.history.undo()
    assert rows(editor) == ["Chapter: Kvar", "Paragraph: Ska bort."]


def test_quote_scene_summary_and_matrix_are_added_and_follow_their_sources(editor, session, made):
    editor.set_segment_source(lambda: session.project.coding.list(code="Aktörer"))
    editor.quote_action.trigger()
    editor.add_scene(made["team"])
    editor.add_summary(made["workload"])
    editor.add_matrix("case", ["Aktörer/Medaktör", "Aktörer/Arbetsförmedlingen"], "Aktörer per kontor")
    shown = rows(editor)
    assert shown[0] == "Quote: ”Arbetsförmedlingen är en medaktör” (intervju_1) + 1 more"  # the longer of the two
    assert shown[1:] == ["Scene: Teammöte", "Summary: Arbetsbelastning/Tiden räcker inte", "Matrix: Aktörer per kontor"]
    assert "Fall" in editor.item_editor.preview.toPlainText()  # the matrix's table
    session.project.scenes.update(made["team"], title="Teammötet")
    session.project.codebook.rename("Arbetsbelastning", "Belastning")
    assert rows(editor)[1:3] == ["Scene: Teammötet", "Summary: Belastning/Tiden räcker inte"]
    editor.set_segment_source(lambda: [])
    editor.quote_action.trigger()
    assert editor.model.rowCount() == 4


def test_export_writes_word_and_markdown(editor, session, tmp_path, monkeypatch):
    from docx import Document

    editor.draft_from_codebook()
    target = tmp_path / "rapport.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    messages = []
    session.statusMessage.connect(messages.append)
    editor.export_docx_action.trigger()
    headings = [p.text for p in Document(str(target)).paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Arbetsbelastning", "Aktörer"] and "Bilaga 1. Kodbok" in headings
    assert messages[-1] == f"Exported the report to {target}"
    markdown = tmp_path / "rapport.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(markdown), ""))
    editor.export_markdown_action.trigger()
    assert markdown.read_text(encoding="utf-8").startswith("# Arbetsbelastning")


def test_an_export_that_cannot_be_written_says_so(editor, tmp_path, monkeypatch, shown_errors):
    editor.add_text_item("chapter", "Ett")
    (tmp_path / "en_fil").write_text("inte en mapp")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "en_fil" / "rapport.docx"), ""))
    editor.export_docx_action.trigger()
    assert str(shown_errors[0]).startswith(f"Could not write {tmp_path / 'en_fil' / 'rapport.docx'}: ")


def test_the_attribution_template_is_edited_checked_and_undone(editor, session, made, shown_errors):
    editor.add_quote([made["time"]])
    assert "En handläggare på A beskriver:" in editor.item_editor.preview.toPlainText()
    editor.template_edit.setText("Så här säger en {roll}:")
    editor.template_edit.editingFinished.emit()
    assert session.project.report.attribution_template == "Så här säger en {roll}:"
    assert "Så här säger en handläggare:" in editor.item_editor.preview.toPlainText()
    editor.template_edit.setText("En {roll på {kontor}")
    editor.template_edit.editingFinished.emit()
    assert "not valid" in str(shown_errors[0])
    assert editor.template_edit.text() == "Så här säger en {roll}:"
    session.project.history.undo()
    assert editor.template_edit.text() == "En {roll} på {kontor} beskriver:"
    assert "En handläggare på A beskriver:" in editor.item_editor.preview.toPlainText()
