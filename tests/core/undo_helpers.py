"""Checking undo and redo row by row: shared by the tests of every undoable service."""

from kvalkod.store.schema import JOURNALED_TABLES


def project_rows(project) -> dict:
    """Every row of every table a user action may change, plus the derived index chunks."""
    conn = project.store.conn
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in (*JOURNALED_TABLES, "text_chunks")}


def undo_redo(project, action, state=project_rows):
    """Run an action; check that undo restores every row and redo repeats it exactly."""
    before = state(project)
    result = action()
    after = state(project)
    assert after != before, "the action changed nothing"
    project.history.undo()
    assert state(project) == before
    project.history.redo()
    assert state(project) == after
    return result
