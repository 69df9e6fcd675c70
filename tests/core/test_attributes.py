"""Variables, cases and memos: typed, attached, undoable."""

import pytest

from kvalkod.errors import ConflictError, KvalkodError, NotFoundError

from ..conftest import add_text


@pytest.fixture
def docs(project):
    add_text(project, "q1", "Jag har inte helt koll på vad uppdraget är.")
    add_text(project, "q2", "Alltså samordningsuppdraget innebär egentligen…")


def test_variable_types_are_inferred_and_kept(project, docs):
    project.variables.set("q1", {"roll": "handläggare", "erfarenhet_ar": "1", "datum": "2019-10-15"})
    types = {r["variable"]: r["type"] for r in project.variables.list()}
    assert types == {"roll": "text", "erfarenhet_ar": "number", "datum": "date"}
    with pytest.raises(KvalkodError, match="holds numbers"):
        project.variables.set("q2", {"erfarenhet_ar": "tre"})
    project.variables.set("q2", {"erfarenhet_ar": "7,5"})


def test_variable_edits_undo(project, docs):
    project.variables.set("q1", {"roll": "handläggare"})
    project.variables.set("q1", {"roll": "enhetschef"})
    project.history.undo()
    assert [r["value"] for r in project.variables.list()] == ["handläggare"]
    project.history.undo()
    assert project.variables.list() == []


def test_cases_group_documents(project, docs):
    project.cases.add("Kontor A", ["q1"])
    project.cases.add("Kontor A", ["q2"])
    assert project.cases.list()[0]["documents"] == ["q1", "q2"]
    with pytest.raises(ConflictError):
        project.cases.add("Kontor A")
    with pytest.raises(NotFoundError):
        project.cases.add("Kontor B", ["saknas"])
    project.variables.set_for_case("Kontor A", {"ärendemängd": "130"})
    assert project.variables.list()[0]["target"] == "Kontor A"
    project.history.undo()
    project.history.undo()
    assert project.cases.list()[0]["documents"] == ["q1"]


def test_deleting_a_document_takes_its_values_and_undo_restores(project, docs):
    project.variables.set("q1", {"roll": "handläggare"})
    project.cases.add("Kontor A", ["q1"])
    project.documents.delete(["q1"])
    assert project.variables.list() == [] and project.cases.list()[0]["documents"] == []
    project.history.undo()
    assert project.variables.list()[0]["target"] == "q1"
    assert project.cases.list()[0]["documents"] == ["q1"]


def test_memos(project, docs):
    project.codebook.add("Tema")
    memo = project.memos.add("code", "Tema", "Definition: …")
    project.memos.edit(memo.id, "Definition: ny")
    assert [m.text for m in project.memos.for_target("code", "Tema")] == ["Definition: ny"]
    project.history.undo()
    assert [m.text for m in project.memos.for_target("code", "Tema")] == ["Definition: …"]
    project.memos.delete(memo.id)
    project.history.undo()
    assert project.memos.for_target("code", "Tema")[0].author == "Anna"
    with pytest.raises(KvalkodError):
        project.memos.add("scene", "x", "y")


def test_document_rename_and_kind(project, docs):
    project.documents.rename("q1", "Q1 nyanställd")
    project.documents.set_kind("Q1 nyanställd", "field_note")
    assert project.documents.get("Q1 nyanställd").kind == "field_note"
    with pytest.raises(ConflictError):
        project.documents.rename("q2", "Q1 nyanställd")
    project.history.undo()
    project.history.undo()
    assert project.documents.get("q1").kind == "interview"
