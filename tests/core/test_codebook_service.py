"""The codebook service: every change is one undoable action, codings travel with codes."""

import pytest

from kvalkod.errors import ConflictError, KvalkodError, NotFoundError

from ..conftest import add_text


def paths(project):
    return [c.path for c in project.codebook.all()]


def test_add_creates_parents_and_refuses_duplicates(project):
    code = project.codebook.add("Hanteringsstrategier/Rörelse till brukaren", color="#AA0000",
                                description="moving towards clients")
    assert code.path == "Hanteringsstrategier/Rörelse till brukaren"
    assert code.color == "#aa0000"
    assert paths(project) == ["Hanteringsstrategier", "Hanteringsstrategier/Rörelse till brukaren"]
    with pytest.raises(ConflictError):
        project.codebook.add("Hanteringsstrategier/Rörelse till brukaren")
    project.history.undo()  # one action made both codes
    assert paths(project) == []


@pytest.mark.parametrize("bad", ["", "/", "A//B", " / "])
def test_bad_paths_are_refused(project, bad):
    with pytest.raises(KvalkodError):
        project.codebook.add(bad)


def test_bad_colour_is_refused(project):
    with pytest.raises(KvalkodError, match="not a colour"):
        project.codebook.add("A", color="red")


def test_new_codes_get_distinct_colours(project):
    colours = [project.codebook.add(f"K{i}").color for i in range(15)]
    assert len(set(colours)) == 15


def test_rename_and_undo(project):
    project.codebook.add("Aktörer/Arbetsformedlingen")
    project.codebook.rename("Aktörer/Arbetsformedlingen", "Arbetsförmedlingen")
    assert "Aktörer/Arbetsförmedlingen" in paths(project)
    project.history.undo()
    assert "Aktörer/Arbetsformedlingen" in paths(project)
    project.history.redo()
    assert "Aktörer/Arbetsförmedlingen" in paths(project)
    with pytest.raises(KvalkodError):
        project.codebook.rename("Aktörer/Arbetsförmedlingen", "a/b")


def test_move_keeps_children_and_refuses_cycles(project):
    project.codebook.add("A/B/C")
    project.codebook.add("D")
    project.codebook.move("A/B", "D")
    assert paths(project) == ["A", "D", "D/B", "D/B/C"]
    with pytest.raises(KvalkodError):
        project.codebook.move("D", "D/B/C")
    project.codebook.move("D/B", None)
    assert "B/C" in paths(project)
    project.history.undo()
    project.history.undo()
    assert paths(project) == ["A", "A/B", "A/B/C", "D"]


def test_merge_moves_codings_without_duplicates(project):
    add_text(project, "d", "Läkaren är en motaktör och en medaktör.")
    project.codebook.add("Vården/Motaktör")
    project.codebook.add("Aktör/Motaktör")
    project.coding.apply("d", 0, 7, "Vården/Motaktör")
    project.coding.apply("d", 0, 7, "Aktör/Motaktör")
    project.coding.apply("d", 14, 22, "Vården/Motaktör")
    project.codebook.merge("Vården/Motaktör", "Aktör/Motaktör")
    rows = project.coding.list()
    assert sorted((r["code"], r["start"]) for r in rows) == [("Aktör/Motaktör", 0), ("Aktör/Motaktör", 14)]
    assert "Vården/Motaktör" not in paths(project)
    project.history.undo()
    assert sorted((r["code"], r["start"]) for r in project.coding.list()) == [
        ("Aktör/Motaktör", 0), ("Vården/Motaktör", 0), ("Vården/Motaktör", 14)]


def test_delete_takes_subcodes_and_codings_and_undo_restores_them(project):
    add_text(project, "d", "Spindeln i nätet driver ärendet framåt.")
    project.codebook.add("Projektledarroll/Spindeln i nätet")
    project.coding.apply("d", 0, 16, "Projektledarroll/Spindeln i nätet", memo="tydligt exempel")
    assert project.codebook.delete("Projektledarroll") == 2
    assert project.store.codings.count() == 0
    project.history.undo()
    (row,) = project.coding.list()
    assert row["code"] == "Projektledarroll/Spindeln i nätet" and row["memo"] == "tydligt exempel"


def test_unknown_code_is_named(project):
    with pytest.raises(NotFoundError, match="Finns inte"):
        project.codebook.get("Finns inte")


def test_load_matches_existing_codes(project):
    from kvalkod.model import CodeNode

    tree = [CodeNode("Tema", children=(CodeNode("Under", color="#123456"),))]
    assert project.codebook.load(tree) == 2
    assert project.codebook.load(tree) == 0
    assert project.codebook.get("Tema/Under").color == "#123456"
    nodes = project.codebook.nodes()
    assert nodes[0].name == "Tema" and nodes[0].children[0].name == "Under"


def test_code_tree_cache_follows_every_change(project):
    project.codebook.add("A/B")
    assert [c.path for c in project.codebook.all()] == ["A", "A/B"]
    project.codebook.rename("A/B", "C")
    assert [c.path for c in project.codebook.all()] == ["A", "A/C"]
    project.history.undo()
    assert [c.path for c in project.codebook.all()] == ["A", "A/B"]
    project.history.redo()
    assert [c.path for c in project.codebook.all()] == ["A", "A/C"]
    # a failed action that had added a code leaves no trace in the cache
    with pytest.raises(RuntimeError):
        with project.action("half") as uow:
            project.codebook.insert_code(uow, None, "Halv")
            assert "Halv" in [c.path for c in project.codebook.all()]
            raise RuntimeError("boom")
    assert "Halv" not in [c.path for c in project.codebook.all()]
