"""Scenes: the migration that adds them, every service action with undo/redo, validation,
deleting what they rest on, stats and the `scene` commands."""

import json
import sqlite3

import pytest

from kvalkod.cli import main
from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.model import Scene
from kvalkod.services import Project
from kvalkod.store.connection import APPLICATION_ID
from kvalkod.store.schema import MIGRATIONS, SCHEMA_VERSION

from ..conftest import add_text
from .undo_helpers import project_rows as state
from .undo_helpers import undo_redo

TEXT_D = "Vi går till vårdcentralen.\nLäkaren hälsar på Yvonne.\nMötet börjar sent."
TEXT_E = "Fältanteckning: väntrummet är fullt."




@pytest.fixture
def ready(project):
    add_text(project, "d", TEXT_D, kind="field_note")
    add_text(project, "e:anteckning", TEXT_E, kind="field_note")
    project.codebook.add("Aktörer/Vården")
    project.codebook.add("Friktion")
    return project


def make(project, **kw):
    return project.scenes.add("Scen: Avstämningsmöte", [("d", 0, 26), ("d", 27, 52)], ["Aktörer/Vården"], **kw)


# -- migration ----------------------------------------------------------------------------
def test_schema_1_file_is_migrated(tmp_path):
    path = tmp_path / "gammal.kvalkod"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript(f"BEGIN;\n{MIGRATIONS[0]}\nPRAGMA user_version = 1;\nCOMMIT;")
    conn.executemany("INSERT INTO project_meta(key, value) VALUES (?, ?)",
                     [("app", "kvalkod"), ("name", "gammal"), ("language", "sv")])
    conn.close()
    with Project.open(path, coder="Anna") as p:
        conn = p.store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"scenes", "scene_sources", "scene_codes", "summaries", "summary_links"} <= tables
        assert p.check.run()["problems"] == []
        assert p.stats()["scenes"] == 0 and p.stats()["summaries"] == 0
        add_text(p, "d", TEXT_D)
        scene = p.scenes.add("Scen: efter migrering", [("d", 0, 5)])
        assert p.scenes.list()[0]["guid"] == scene.guid
    with Project.open(path) as p:  # opening again migrates nothing and keeps the scene
        assert p.stats()["scenes"] == 1


def test_schema_checks(ready):
    conn = ready.store.conn
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO scenes(guid, title, status, created_at, updated_at) "
                     "VALUES ('g', 't', 'fel', '', '')")
    conn.execute("INSERT INTO scenes(guid, title, created_at, updated_at) VALUES ('g', 't', '', '')")
    assert conn.execute("SELECT status FROM scenes").fetchone()[0] == "utkast"
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO scene_sources(scene_id, document_id, start, end) VALUES (1, 1, 5, 5)")


# -- the service --------------------------------------------------------------------------
def test_add_and_list(ready):
    scene = undo_redo(ready, lambda: make(ready, setting="Vårdcentralen", participants="”Yvonne”, ”Eli”",
                                          scene_date="2019-10-03"))
    assert isinstance(scene, Scene) and scene.status == "utkast"
    assert scene.narrative == "Vi går till vårdcentralen.\n\nLäkaren hälsar på Yvonne."
    (row,) = ready.scenes.list()
    assert row == {
        "guid": scene.guid, "title": "Scen: Avstämningsmöte",
        "sources": [{"document": "d", "start": 0, "end": 26, "text": "Vi går till vårdcentralen."},
                    {"document": "d", "start": 27, "end": 52, "text": "Läkaren hälsar på Yvonne."}],
        "codes": ["Aktörer/Vården"], "status": "utkast", "setting": "Vårdcentralen",
        "participants": "”Yvonne”, ”Eli”", "date": "2019-10-03",
    }
    assert ready.store.undo_redo_labels()[0] == "add scene Scen: Avstämningsmöte"


def test_add_with_own_narrative_and_dedup(ready):
    scene = ready.scenes.add("S", [("d", 0, 5), ("d", 0, 5)], ["Friktion", "Friktion"], narrative="Egen text.",
                             analysis="Analys.")
    assert scene.narrative == "Egen text." and scene.analysis == "Analys."
    (row,) = ready.scenes.list()
    assert len(row["sources"]) == 1 and row["codes"] == ["Friktion"]


@pytest.mark.parametrize("sources, codes, message", [
    ([("d", 0, 999)], [], "is not a passage of d"),
    ([("d", 10, 5)], [], "is not a passage of d"),
    ([("d", -1, 5)], [], "is not a passage of d"),
    ([("saknas", 0, 5)], [], "saknas"),
    ([("d", 0, 5)], ["Ingen/Sådan"], "Ingen/Sådan"),
    ([], [], "at least one source passage"),
])
def test_add_validates(ready, sources, codes, message):
    before = state(ready)
    with pytest.raises(KvalkodError, match=message):
        ready.scenes.add("S", sources, codes)
    assert state(ready) == before


def test_add_needs_a_title(ready):
    with pytest.raises(KvalkodError, match="title"):
        ready.scenes.add("  ", [("d", 0, 5)])


def test_update(ready):
    scene = make(ready)
    updated = undo_redo(ready, lambda: ready.scenes.update(
        scene.guid, title="Scen: Nytt", narrative="”Yvonne” väntar.", analysis="Friktion.", date="2019-11-01",
        setting="Väntrum", participants="”Yvonne”"))
    assert (updated.title, updated.narrative, updated.analysis, updated.scene_date, updated.setting,
            updated.participants) == ("Scen: Nytt", "”Yvonne” väntar.", "Friktion.", "2019-11-01", "Väntrum",
                                      "”Yvonne”")
    with pytest.raises(KvalkodError, match="no field 'status'"):
        ready.scenes.update(scene.guid, status="klar")
    with pytest.raises(KvalkodError, match="title"):
        ready.scenes.update(scene.guid, title="")
    with pytest.raises(NotFoundError, match="no scene"):
        ready.scenes.update("00000000-0000-0000-0000-000000000000", title="x")


def test_set_status(ready):
    scene = make(ready)
    assert undo_redo(ready, lambda: ready.scenes.set_status(scene.guid, "klar")).status == "klar"
    assert ready.scenes.set_status(scene.guid.upper(), "granskad").status == "granskad"
    with pytest.raises(KvalkodError, match="not a scene status"):
        ready.scenes.set_status(scene.guid, "färdig")


def test_add_and_remove_source(ready):
    scene = make(ready)
    undo_redo(ready, lambda: ready.scenes.add_source(scene.guid, "e:anteckning", 16, 35))
    sources = ready.scenes.list()[0]["sources"]
    assert sources[-1] == {"document": "e:anteckning", "start": 16, "end": 35, "text": "väntrummet är fullt"}
    with pytest.raises(KvalkodError, match="already"):
        ready.scenes.add_source(scene.guid, "e:anteckning", 16, 35)
    with pytest.raises(KvalkodError, match="not a passage"):
        ready.scenes.add_source(scene.guid, "e:anteckning", 16, 99)
    undo_redo(ready, lambda: ready.scenes.remove_source(scene.guid, "d", 0, 26))
    assert [s["start"] for s in ready.scenes.list()[0]["sources"]] == [27, 16]
    with pytest.raises(NotFoundError, match="no passage"):
        ready.scenes.remove_source(scene.guid, "d", 0, 26)


def test_set_codes(ready):
    scene = make(ready)
    undo_redo(ready, lambda: ready.scenes.set_codes(scene.guid, ["Friktion", "Aktörer"]))
    assert ready.scenes.list()[0]["codes"] == ["Friktion", "Aktörer"]
    undo_redo(ready, lambda: ready.scenes.set_codes(scene.guid, []))
    assert ready.scenes.list()[0]["codes"] == []
    with pytest.raises(NotFoundError, match="Okänd"):
        ready.scenes.set_codes(scene.guid, ["Okänd"])


def test_delete(ready):
    scene = make(ready)
    undo_redo(ready, lambda: ready.scenes.delete(scene.guid))
    assert ready.scenes.list() == []
    assert ready.store.conn.execute("SELECT count(*) FROM scene_sources").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        ready.scenes.delete(scene.guid)


def test_scenes_for_passage(ready):
    a = make(ready)
    b = ready.scenes.add("Scen: Väntrummet", [("e:anteckning", 16, 35)])
    assert [s["guid"] for s in ready.scenes.scenes_for_passage("d", 20, 30)] == [a.guid]
    assert ready.scenes.scenes_for_passage("d", 26, 27) == []  # touching is not overlapping
    assert ready.scenes.scenes_for_passage("d", 53, 60) == []
    assert [s["guid"] for s in ready.scenes.scenes_for_passage("e:anteckning", 0, 17)] == [b.guid]


def test_deleting_a_document_or_code_is_undone_with_its_scenes(ready):
    make(ready)
    ready.scenes.add("Scen: Väntrummet", [("e:anteckning", 16, 35)], ["Friktion"])
    undo_redo(ready, lambda: ready.documents.delete(["d"]))
    assert [len(s["sources"]) for s in ready.scenes.list()] == [0, 1]
    ready.history.undo()
    undo_redo(ready, lambda: ready.codebook.delete("Aktörer"))
    assert [s["codes"] for s in ready.scenes.list()] == [[], ["Friktion"]]
    ready.history.undo()
    undo_redo(ready, lambda: ready.codebook.merge("Friktion", "Aktörer"))
    assert ready.check.run()["problems"] == []


def test_stats_count_scenes(ready):
    assert ready.stats()["scenes"] == 0
    make(ready)
    ready.scenes.add("Scen 2", [("d", 0, 5)])
    assert ready.stats()["scenes"] == 2
    ready.history.undo()
    assert ready.stats()["scenes"] == 1


# -- the command line ---------------------------------------------------------------------
def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def proj(tmp_path):
    path = tmp_path / "p.kvalkod"
    with Project.create(path, coder="Anna") as p:
        add_text(p, "d", TEXT_D, kind="field_note")
        add_text(p, "e:anteckning", TEXT_E, kind="field_note")
        p.codebook.add("Aktörer/Vården")
        p.codebook.add("Friktion")
    return path


def test_cli_scene_add_list_status(proj, capsys):
    code, out, err = run(capsys, "scene", "add", proj, "--title", "Scen: Avstämningsmöte", "--source", "d:0:26",
                         "--source", "e:anteckning:16:35", "--code", "Aktörer/Vården", "--code", "Friktion",
                         "--setting", "Vårdcentralen", "--participants", "”Yvonne”")
    assert code == 0, err
    guid = out.strip()
    code, out, _ = run(capsys, "scene", "list", proj, "--json")
    assert code == 0
    assert json.loads(out) == [{
        "guid": guid, "title": "Scen: Avstämningsmöte",
        "sources": [{"document": "d", "start": 0, "end": 26, "text": "Vi går till vårdcentralen."},
                    {"document": "e:anteckning", "start": 16, "end": 35, "text": "väntrummet är fullt"}],
        "codes": ["Aktörer/Vården", "Friktion"], "status": "utkast",
    }]
    assert run(capsys, "scene", "status", proj, guid, "klar")[0] == 0
    code, out, _ = run(capsys, "scene", "list", proj)
    assert code == 0 and guid in out and "klar" in out and "Scen: Avstämningsmöte" in out
    with Project.open(proj) as p:
        (scene,) = p.scenes.list()
        assert scene["setting"] == "Vårdcentralen" and scene["participants"] == "”Yvonne”"
        assert p.stats()["scenes"] == 1
    code, out, _ = run(capsys, "stats", proj, "--json")
    assert json.loads(out)["scenes"] == 1
    assert run(capsys, "undo", proj)[0] == 0
    code, out, _ = run(capsys, "scene", "list", proj, "--json")
    assert json.loads(out)[0]["status"] == "utkast"


@pytest.mark.parametrize("args, message", [
    (["--source", "d:0"], "not DOC:START:END"),
    (["--source", "d:a:5"], "whole numbers"),
    (["--source", "d:0:999"], "not a passage of d"),
    (["--source", "saknas:0:5"], "saknas"),
    (["--source", "d:0:5", "--code", "Okänd"], "Okänd"),
])
def test_cli_scene_add_errors(proj, capsys, args, message):
    code, out, err = run(capsys, "scene", "add", proj, "--title", "S", *args)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_cli_scene_status_errors(proj, capsys):
    code, _, err = run(capsys, "scene", "status", proj, "00000000-0000-0000-0000-000000000000", "klar")
    assert code == 1 and "no scene" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "scene", "status", proj, "x", "färdig")
    assert code == 2  # a usage error: not one of the statuses
