"""Summaries: per code, per code × case or document; links to codings; undo of every action;
deleting what they rest on; stats and the `summary` commands."""

import json
import sqlite3

import pytest

from kvalkod.cli import main
from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.services import Project

from ..conftest import add_text
from .undo_helpers import project_rows as state
from .undo_helpers import undo_redo

TEXT = "IP: Läkarna förstår inte sjukförsäkringen.\nIP: Vi samordnar ändå.\nIP: Arbetsgivaren kom inte."




@pytest.fixture
def ready(project):
    add_text(project, "d", TEXT)
    add_text(project, "e", "IP: Ett annat samtal.")
    project.codebook.add("Aktörer/Vården")
    project.codebook.add("Friktion")
    project.cases.add("Yvonne", ["d"])
    c1 = project.coding.apply("d", 4, 42, "Aktörer/Vården")
    c2 = project.coding.apply("d", 47, 65, "Aktörer")
    c3 = project.coding.apply("d", 70, 93, "Friktion")
    return {"p": project, "vard": c1.guid, "akt": c2.guid, "frik": c3.guid}


def test_set_get_list(ready):
    p = ready["p"]
    row = undo_redo(p, lambda: p.summaries.set("Aktörer", "Vården är motaktör.", links=[ready["vard"], ready["akt"]]))
    assert set(row) == {"guid", "code", "case", "document", "text", "links", "sentence_links"}
    assert row == {"guid": row["guid"], "code": "Aktörer", "case": None, "document": None,
                   "text": "Vården är motaktör.", "links": [ready["vard"], ready["akt"]], "sentence_links": []}
    assert p.summaries.get("Aktörer") == row
    assert p.summaries.get("Aktörer", case="Yvonne") is None
    by_case = undo_redo(p, lambda: p.summaries.set("Aktörer", "För Yvonne.", case="Yvonne"))
    by_doc = undo_redo(p, lambda: p.summaries.set("Friktion", "I d.", document="d", links=[ready["frik"]]))
    assert by_case["case"] == "Yvonne" and by_case["document"] is None
    assert by_doc["document"] == "d" and by_doc["links"] == [ready["frik"]]
    assert p.summaries.list() == [row, by_case, by_doc]
    assert p.stats()["summaries"] == 3


def test_set_replaces(ready):
    p = ready["p"]
    first = p.summaries.set("Aktörer", "Första.", links=[ready["vard"]])
    second = undo_redo(p, lambda: p.summaries.set("Aktörer", "Andra.", links=[ready["akt"]]))
    assert second["guid"] == first["guid"] and second["text"] == "Andra." and second["links"] == [ready["akt"]]
    assert p.stats()["summaries"] == 1
    third = undo_redo(p, lambda: p.summaries.set("Aktörer", "Andra.", links=[ready["akt"], ready["vard"]]))
    assert third["links"] == [ready["akt"], ready["vard"]]
    assert p.store.conn.execute("SELECT count(*) FROM summary_links").fetchone()[0] == 2


def test_set_validates(ready):
    p = ready["p"]
    before = state(p)
    with pytest.raises(KvalkodError, match="coded 'Friktion', not 'Aktörer'"):
        p.summaries.set("Aktörer", "x", links=[ready["frik"]])
    with pytest.raises(KvalkodError, match="not 'Aktörer/Vården'"):
        p.summaries.set("Aktörer/Vården", "x", links=[ready["akt"]])  # a parent's coding is not a sub-code's
    with pytest.raises(NotFoundError, match="no coding"):
        p.summaries.set("Aktörer", "x", links=["00000000-0000-0000-0000-000000000000"])
    with pytest.raises(NotFoundError, match="Okänd"):
        p.summaries.set("Okänd", "x")
    with pytest.raises(NotFoundError, match="Nobody"):
        p.summaries.set("Aktörer", "x", case="Nobody")
    with pytest.raises(NotFoundError, match="saknas"):
        p.summaries.set("Aktörer", "x", document="saknas")
    with pytest.raises(KvalkodError, match="needs a text"):
        p.summaries.set("Aktörer", "  ")
    assert state(p) == before


def test_unique_per_code_case_document(ready):
    p = ready["p"]
    p.summaries.set("Aktörer", "x")
    code_id = p.codebook.get("Aktörer").id
    with pytest.raises(sqlite3.IntegrityError):
        p.store.conn.execute("INSERT INTO summaries(guid, code_id, text, updated_at) VALUES ('g', ?, 'y', '')",
                             (code_id,))


def test_delete(ready):
    p = ready["p"]
    row = p.summaries.set("Aktörer", "x", links=[ready["vard"]])
    undo_redo(p, lambda: p.summaries.delete(row["guid"]))
    assert p.summaries.list() == [] and p.stats()["summaries"] == 0
    with pytest.raises(NotFoundError, match="no summary"):
        p.summaries.delete(row["guid"])


def test_removing_a_linked_coding_is_undone(ready):
    p = ready["p"]
    p.summaries.set("Aktörer", "x", links=[ready["vard"], ready["akt"]])
    undo_redo(p, lambda: p.coding.remove([ready["vard"]]))
    assert p.summaries.get("Aktörer")["links"] == [ready["akt"]]


@pytest.mark.parametrize("action, left", [
    (lambda p: p.documents.delete(["d"]), [("Aktörer", []), ("Aktörer", [])]),
    (lambda p: p.codebook.delete("Aktörer/Vården"), [("Aktörer", ["akt"]), ("Aktörer", [])]),
    (lambda p: p.codebook.delete("Aktörer"), []),
    (lambda p: p.codebook.merge("Aktörer/Vården", "Friktion"), [("Aktörer", ["vard", "akt"]), ("Aktörer", [])]),
])
def test_deleting_what_summaries_rest_on_is_undone(ready, action, left):
    p = ready["p"]
    p.summaries.set("Aktörer", "x", links=[ready["vard"], ready["akt"]])
    p.summaries.set("Aktörer", "för Yvonne", case="Yvonne")
    p.summaries.set("Aktörer/Vården", "i d", document="d", links=[ready["vard"]])
    p.summaries.set("Friktion", "e", document="e")
    p.scenes.add("Scen", [("d", 0, 10)], ["Aktörer/Vården"])
    undo_redo(p, lambda: action(p))
    assert [(r["code"], r["links"]) for r in p.summaries.list() if r["code"] != "Friktion"] == [
        (code, [ready[k] for k in keys]) for code, keys in left]
    assert p.check.run()["problems"] == []


def test_stats(ready):
    p = ready["p"]
    assert p.stats()["summaries"] == 0
    p.summaries.set("Aktörer", "x")
    p.summaries.set("Friktion", "y", case="Yvonne")
    assert p.stats()["summaries"] == 2


# -- the command line ---------------------------------------------------------------------
def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def proj(tmp_path):
    path = tmp_path / "p.kvalkod"
    with Project.create(path, coder="Anna") as p:
        add_text(p, "d", TEXT)
        p.codebook.add("Aktörer/Vården")
        p.codebook.add("Friktion")
        p.cases.add("Yvonne", ["d"])
        guids = {"vard": p.coding.apply("d", 4, 42, "Aktörer/Vården").guid,
                 "frik": p.coding.apply("d", 70, 93, "Friktion").guid}
    return path, guids


def test_cli_summary_set_list(proj, capsys):
    path, guids = proj
    code, out, err = run(capsys, "summary", "set", path, "--code", "Aktörer", "--text", "Vården som motaktör.",
                         "--link", guids["vard"])
    assert code == 0, err
    guid = out.strip()
    code, out, err = run(capsys, "summary", "set", path, "--code", "Friktion", "--case", "Yvonne",
                         "--text", "Yvonne ifrågasätter.")
    assert code == 0, err
    code, out, _ = run(capsys, "summary", "list", path, "--json")
    rows = json.loads(out)
    assert rows[0] == {"guid": guid, "code": "Aktörer", "case": None, "document": None,
                       "text": "Vården som motaktör.", "links": [guids["vard"]], "sentence_links": []}
    assert rows[1]["code"] == "Friktion" and rows[1]["case"] == "Yvonne" and rows[1]["links"] == []
    code, out, _ = run(capsys, "summary", "list", path)
    assert code == 0 and "Friktion × Yvonne" in out and "1 links" in out
    code, out, _ = run(capsys, "stats", path, "--json")
    assert json.loads(out)["summaries"] == 2
    # setting again replaces: same guid
    code, out, _ = run(capsys, "summary", "set", path, "--code", "Aktörer", "--text", "Ny text.")
    assert out.strip() == guid


@pytest.mark.parametrize("args, message", [
    (["--code", "Aktörer", "--text", "x", "--link", "FRIK"], "coded 'Friktion'"),
    (["--code", "Okänd", "--text", "x"], "Okänd"),
    (["--code", "Aktörer", "--case", "Nobody", "--text", "x"], "Nobody"),
])
def test_cli_summary_errors(proj, capsys, args, message):
    path, guids = proj
    args = [guids["frik"] if a == "FRIK" else a for a in args]
    code, out, err = run(capsys, "summary", "set", path, *args)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_merging_codes_moves_scenes_and_summaries(project):

    add_text(project, "d", "Läkaren är en motaktör. Arbetsförmedlingen är en medaktör.")
    project.codebook.add("Vården/Motaktör")
    project.codebook.add("Aktör/Motaktör")
    a = project.coding.apply("d", 0, 7, "Vården/Motaktör")
    b = project.coding.apply("d", 24, 42, "Aktör/Motaktör")
    project.summaries.set("Vården/Motaktör", "Läkarna som motaktörer.", links=[a.guid])
    project.summaries.set("Aktör/Motaktör", "Motaktörer i allmänhet.", links=[b.guid])
    scene = project.scenes.add("Scen", sources=[("d", 0, 23)], codes=["Vården/Motaktör"])
    before = (project.summaries.list(), project.scenes.list())
    project.codebook.merge("Vården/Motaktör", "Aktör/Motaktör")
    (merged,) = project.summaries.list()
    assert merged["code"] == "Aktör/Motaktör"
    assert merged["text"] == "Motaktörer i allmänhet.\n\nLäkarna som motaktörer."
    assert sorted(merged["links"]) == sorted([a.guid, b.guid])
    assert project.scenes.list()[0]["codes"] == ["Aktör/Motaktör"]
    project.history.undo()
    assert (project.summaries.list(), project.scenes.list()) == before
    assert scene.guid == project.scenes.list()[0]["guid"]


def test_links_to_one_sentence(ready):
    """A coding can support one sentence of a summary; the link names it from 1."""
    p = ready["p"]
    text = "Vården är en motaktör. Handläggare ringer ändå läkarna.\n\nSamordningen tar tid."
    row = undo_redo(p, lambda: p.summaries.set("Aktörer", text, links=[f"{ready['vard']}@2", ready["akt"]]))
    assert row["links"] == [ready["vard"], ready["akt"]]
    assert row["sentence_links"] == [{"coding": ready["vard"], "sentence": 2}]
    # moving the link to another sentence replaces it
    row = p.summaries.set("Aktörer", text, links=[f"{ready['vard']}@3"])
    assert row["links"] == [ready["vard"]] and row["sentence_links"] == [{"coding": ready["vard"], "sentence": 3}]
    with pytest.raises(KvalkodError, match="has 3 sentence"):
        p.summaries.set("Aktörer", text, links=[f"{ready['vard']}@4"])
    with pytest.raises(KvalkodError, match="number of a sentence"):
        p.summaries.set("Aktörer", text, links=[f"{ready['vard']}@x"])


def test_merging_codes_renumbers_the_sources_sentence_links(ready):
    p = ready["p"]
    p.summaries.set("Aktörer", "Första. Andra.", links=[f"{ready['akt']}@1"])
    p.summaries.set("Aktörer/Vården", "Tredje.", links=[f"{ready['vard']}@1"])
    p.codebook.merge("Aktörer/Vården", "Aktörer")
    row = p.summaries.get("Aktörer")
    assert row["text"] == "Första. Andra.\n\nTredje."
    assert {(x["coding"], x["sentence"]) for x in row["sentence_links"]} == {(ready["akt"], 1), (ready["vard"], 3)}
