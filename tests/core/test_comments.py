"""Reviewers' comments on scenes, codings and summaries: the service, undo, the command line."""

from __future__ import annotations

import json

import pytest

from kvalkod.errors import KvalkodError, NotFoundError

from .review_helpers import build, run
from .undo_helpers import undo_redo


@pytest.fixture
def refs(project):
    return build(project)


def test_add_on_each_target_and_list(project, refs):
    on_scene = undo_redo(project, lambda: project.comments.add("scene", refs["scene"], "  Stämmer?  ",
                                                               author="Granskare"))
    assert {k: on_scene[k] for k in ("target", "target_guid", "author", "text", "resolved")} == {
        "target": "scene", "target_guid": refs["scene"], "author": "Granskare", "text": "Stämmer?", "resolved": False}
    on_coding = project.comments.add("coding", "{" + refs["coding"].upper() + "}", "Bra avgränsat.")
    assert on_coding["author"] == "Anna"  # the project's coder
    project.comments.add("summary", refs["summary"], "Stöds av citaten.")
    assert [c["target"] for c in project.comments.list()] == ["scene", "coding", "summary"]
    assert [c["text"] for c in project.comments.list("coding", refs["coding"].upper())] == ["Bra avgränsat."]
    assert project.comments.list("scene", refs["loose"]) == []
    assert "id" not in on_scene


def test_resolve_reopen_delete_are_undoable(project, refs):
    comment = project.comments.add("scene", refs["scene"], "Stämmer?")
    resolved = undo_redo(project, lambda: project.comments.resolve(comment["guid"], by="Bo"))
    assert resolved["resolved"] and resolved["resolved_by"] == "Bo" and resolved["resolved_at"]
    assert project.comments.list(open_only=True) == []
    assert project.comments.resolve(comment["guid"]) == resolved  # resolving again changes nothing
    reopened = undo_redo(project, lambda: project.comments.reopen(comment["guid"]))
    assert not reopened["resolved"] and reopened["resolved_by"] is None
    undo_redo(project, lambda: project.comments.delete(comment["guid"]))
    assert project.comments.list() == []


def test_deleting_the_target_takes_its_comments_and_undo_brings_them_back(project, refs):
    project.comments.add("coding", refs["coding"], "Bra.")
    undo_redo(project, lambda: project.coding.remove([refs["coding"]]))
    assert project.comments.list() == []
    project.history.undo()
    assert [c["text"] for c in project.comments.list()] == ["Bra."]


def test_bad_comments(project, refs):
    with pytest.raises(KvalkodError, match="needs a text"):
        project.comments.add("scene", refs["scene"], "  ")
    with pytest.raises(KvalkodError, match="not 'memo'"):
        project.comments.add("memo", refs["scene"], "Hej")
    for target in ("scene", "coding", "summary"):
        with pytest.raises(NotFoundError, match=f"no {target} with guid 'abc'"):
            project.comments.add(target, "abc", "Hej")
    with pytest.raises(NotFoundError, match="no comment with guid 'abc'"):
        project.comments.resolve("abc")


# -- the command line ----------------------------------------------------------------------


@pytest.fixture
def cli(project, refs, monkeypatch):
    monkeypatch.setenv("KVALKOD_CODER", "Anna")
    path = project.path
    project.close()
    return path, refs


def test_cli_add_list_resolve_undo(cli, capsys):
    path, refs = cli
    guids = []
    for flag, target in (("--scene", "scene"), ("--coding", "coding"), ("--summary", "summary")):
        code, out, err = run(capsys, "comment", "add", path, flag, refs[target], "--text", f"Om {target}.",
                             "--author", "Granskare")
        assert code == 0, err
        guids.append(out.strip())
    code, out, _ = run(capsys, "comment", "list", path, "--json")
    rows = json.loads(out)
    assert [r["guid"] for r in rows] == guids
    assert set(rows[0]) == {"guid", "target", "target_guid", "author", "text", "created_at", "resolved",
                            "resolved_by", "resolved_at"}
    assert rows[1]["target"] == "coding" and rows[1]["target_guid"] == refs["coding"]
    assert run(capsys, "comment", "resolve", path, guids[0], "--coder", "Bo") == (0, "", "")
    code, out, _ = run(capsys, "comment", "list", path, "--open", "--json")
    assert [r["guid"] for r in json.loads(out)] == guids[1:]
    lines = run(capsys, "comment", "list", path)[1].splitlines()
    assert lines[0].startswith(f"{guids[0]}\tresolved by Bo\tscene {refs['scene']}\tGranskare\t")
    assert lines[0].endswith("\tOm scene.") and "\topen\t" in lines[1]
    assert run(capsys, "undo", path)[0] == 0
    assert len(json.loads(run(capsys, "comment", "list", path, "--open", "--json")[1])) == 3


def test_cli_needs_exactly_one_target(cli, capsys):
    path, refs = cli
    code, _, err = run(capsys, "comment", "add", path, "--text", "Hej")
    assert code == 2 and "exactly one of --scene, --coding or --summary" in err
    code, _, err = run(capsys, "comment", "add", path, "--scene", refs["scene"], "--coding", refs["coding"],
                       "--text", "Hej")
    assert code == 2 and "exactly one" in err


@pytest.mark.parametrize("args, message", [
    (["comment", "add", "{path}", "--scene", "abc", "--text", "Hej"], "no scene with guid 'abc'"),
    (["comment", "add", "{path}", "--coding", "abc", "--text", "Hej"], "no coding with guid 'abc'"),
    (["comment", "add", "{path}", "--summary", "abc", "--text", "Hej"], "no summary with guid 'abc'"),
    (["comment", "add", "{path}", "--scene", "{scene}", "--text", " "], "a comment needs a text"),
    (["comment", "resolve", "{path}", "abc"], "no comment with guid 'abc'"),
])
def test_cli_errors_are_one_line(cli, capsys, args, message):
    path, refs = cli
    code, out, err = run(capsys, *[a.format(path=path, scene=refs["scene"]) for a in args])
    assert code == 1 and out == ""
    assert err == f"kvalkod: {message}\n"
