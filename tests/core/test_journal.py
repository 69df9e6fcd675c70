"""The undo journal: every row change of an action is undone and redone exactly."""

import pytest

from kvalkod.errors import NothingToUndoError
from kvalkod.store import journal

from ..conftest import add_text


def _snapshot(store):
    conn = store.conn
    tables = ["documents", "document_sources", "codes", "codings", "text_chunks", "variables",
              "variable_values", "cases", "case_documents", "memos", "coders", "speaker_turns"]
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables}


def test_undo_and_redo_restore_exact_rows(project):
    before = _snapshot(project.store)
    add_text(project, "intervju", "Jag är handläggare.\n\nVi pratar om samordning.")
    after = _snapshot(project.store)
    assert project.history.undo() == "import intervju"
    assert _snapshot(project.store) == before
    assert project.history.redo() == "import intervju"
    assert _snapshot(project.store) == after


def test_blob_originals_survive_undo_of_delete(project):
    add_text(project, "a", "åäö 😀 text")
    original = project.store.conn.execute("SELECT original FROM document_sources").fetchone()[0]
    project.documents.delete(["a"])
    project.history.undo()
    assert project.store.conn.execute("SELECT original FROM document_sources").fetchone()[0] == original
    assert project.search.count("text") == 1  # the search index came back with the chunks


def test_new_action_forgets_redo(project):
    project.codebook.add("A")
    project.history.undo()
    project.codebook.add("B")
    with pytest.raises(NothingToUndoError):
        project.history.redo()
    assert [c.path for c in project.codebook.all()] == ["B"]


def test_action_that_changes_nothing_leaves_no_history(project):
    add_text(project, "d", "hej hopp")
    project.codebook.add("K")
    first = project.coding.apply("d", 0, 3, "K")
    again = project.coding.apply("d", 0, 3, "K")
    assert again.guid == first.guid
    assert project.history.undo() == "code d 0–3 as K"
    assert project.store.codings.count() == 0


def test_failed_action_rolls_back_and_emits_nothing(project):
    seen = []
    project.events.subscribe(lambda name, payload: seen.append(name))
    with pytest.raises(RuntimeError):
        with project.action("half") as uow:
            project.store.codes.insert(uow, {"guid": "g", "parent_id": None, "name": "X", "color": "#000000",
                                             "description": "", "codable": 1, "sort_order": 0})
            raise RuntimeError("boom")
    assert project.store.codes.count() == 0
    assert seen == []
    assert project.store.conn.execute("SELECT count(*) FROM history").fetchone()[0] == 0


def test_events_come_after_commit(project):
    seen = []

    def listener(name, payload):
        # the change is visible to a listener: the transaction has committed
        seen.append((name, project.store.codes.count(), project.store.conn.in_transaction))

    project.events.subscribe(listener)
    project.codebook.add("Tema")
    assert ("code_added", 1, False) in seen
    assert ("codes_changed", 1, False) in seen
    seen.clear()
    project.history.undo()
    assert ("codes_changed", 0, False) in seen


def test_empty_history_says_so(project):
    with pytest.raises(NothingToUndoError):
        project.history.undo()
    with pytest.raises(NothingToUndoError):
        project.history.redo()


def test_history_is_bounded(project, monkeypatch):
    monkeypatch.setattr(journal, "HISTORY_LIMIT", 3)
    for name in "ABCDE":
        project.codebook.add(name)
    assert project.store.conn.execute("SELECT count(*) FROM history").fetchone()[0] == 3


def test_history_persists_across_sessions(tmp_path):
    from kvalkod.services import Project

    path = tmp_path / "p.kvalkod"
    with Project.create(path) as p:
        p.codebook.add("Tema/Under")
    with Project.open(path) as p:
        assert p.history.labels() == ("add code Tema/Under", None)
        p.history.undo()
    with Project.open(path) as p:
        assert p.codebook.all() == []
        assert p.history.labels() == (None, "add code Tema/Under")
