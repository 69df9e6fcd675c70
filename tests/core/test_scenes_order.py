"""The order of scenes (the order a report presents them in): moving one, undo and redo."""

import pytest

from kvalkod.errors import NotFoundError

from ..conftest import add_text
from .undo_helpers import undo_redo

TEXT = "Vi går till vårdcentralen.\nLäkaren hälsar på Yvonne.\nMötet börjar sent."


@pytest.fixture
def three(project):
    add_text(project, "d", TEXT, kind="field_note")
    return [project.scenes.add(title, [("d", 0, 5)]).guid for title in ("A", "B", "C")]


def titles(project):
    return [s["title"] for s in project.scenes.list()]


def test_move_up_and_down_with_undo(project, three):
    a, b, c = three
    undo_redo(project, lambda: project.scenes.move(c, -1))
    assert titles(project) == ["A", "C", "B"]
    assert project.store.undo_redo_labels()[0] == "move scene C"
    undo_redo(project, lambda: project.scenes.move(a, 2))
    assert titles(project) == ["C", "B", "A"]
    assert [project.scenes.get(g).sort_order for g in (c, b, a)] == [0, 1, 2]


def test_move_past_either_end_stops_there(project, three):
    a, b, c = three
    project.scenes.move(b, -10)
    assert titles(project) == ["B", "A", "C"]
    project.scenes.move(b, 10)
    assert titles(project) == ["A", "C", "B"]


def test_a_move_that_goes_nowhere_is_no_action(project, three):
    a, _, c = three
    labels = project.store.undo_redo_labels()
    project.scenes.move(a, -1)
    project.scenes.move(c, 1)
    project.scenes.move(a, 0)
    assert project.store.undo_redo_labels() == labels
    with pytest.raises(NotFoundError):
        project.scenes.move("00000000-0000-0000-0000-000000000000", 1)


def test_the_order_survives_a_deleted_scene(project, three):
    a, b, c = three
    project.scenes.delete(b)
    project.scenes.move(c, -1)
    assert titles(project) == ["C", "A"]
    assert [project.scenes.get(g).sort_order for g in (c, a)] == [0, 1]
    project.history.undo()
    project.history.undo()
    assert titles(project) == ["A", "B", "C"]
