"""The report outline from the command line, and `kvalkod report` writing the stored outline."""

from __future__ import annotations

import json

import pytest

from kvalkod.services import Project

from .review_helpers import PAIRS, build, run


@pytest.fixture
def study(project, monkeypatch):
    monkeypatch.setenv("KVALKOD_CODER", "Anna")
    refs = build(project)
    project.variables.set("intervju-1", {"roll": "handläggare"})
    path = project.path
    project.close()
    return path, refs


def items(capsys, path) -> list[dict]:
    code, out, err = run(capsys, "outline", "list", path, "--json")
    assert code == 0, err
    return json.loads(out)


def test_draft_list_and_the_replace_guard(study, capsys):
    path, refs = study
    assert items(capsys, path) == [] and run(capsys, "outline", "list", path)[1] == ""
    code, out, err = run(capsys, "outline", "draft", path, "--quotes", "0")
    drafted = items(capsys, path)
    assert (code, out) == (0, f"drafted {len(drafted)} outline items\n"), err
    assert set(drafted[0]) == {"guid", "kind", "text", "options", "codings", "scene", "summary"}
    assert [i["kind"] for i in drafted][:2] == ["chapter", "heading"] and "quote" not in [i["kind"] for i in drafted]
    lines = run(capsys, "outline", "list", path)[1].splitlines()
    assert lines[0] == f"0\t{drafted[0]['guid']}\tchapter\tTid" and len(lines) == len(drafted)
    assert "scene\tScen: Karin har bråttom" in "\n".join(lines)

    code, out, err = run(capsys, "outline", "draft", path)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "has a report outline already; give --replace" in err and path.name in err
    assert items(capsys, path) == drafted  # kept
    assert run(capsys, "outline", "draft", path, "--replace")[0] == 0
    assert "quote" in [i["kind"] for i in items(capsys, path)]
    assert run(capsys, "undo", path)[0] == 0
    assert items(capsys, path) == drafted


def test_add_move_remove(study, capsys):
    path, refs = study
    added = {}
    for kind, extra in (("chapter", ["--text", "Inledning"]), ("paragraph", ["--text", "Om studien."]),
                        ("quote", ["--coding", refs["coding"], "--coding", refs["coding"]]),
                        ("scene", ["--scene", refs["scene"]]), ("summary", ["--summary", refs["summary"]]),
                        ("matrix", ["--text", "Per fall"]), ("heading", ["--text", "Först", "--at", "0"])):
        code, out, err = run(capsys, "outline", "add", path, kind, *extra)
        assert code == 0, err
        added[kind] = out.strip()
    listed = items(capsys, path)
    assert [i["kind"] for i in listed] == ["heading", "chapter", "paragraph", "quote", "scene", "summary", "matrix"]
    assert [i["guid"] for i in listed] == [added[i["kind"]] for i in listed]
    assert listed[3]["codings"] == [refs["coding"]] and listed[4]["scene"] == refs["scene"]
    assert listed[5]["summary"] == refs["summary"]
    text = run(capsys, "outline", "list", path)[1]
    assert "\tquote\t1 coding(s)\n" in text and "\tsummary\tsummary of Tid/Brist\n" in text

    assert run(capsys, "outline", "move", path, added["heading"], "99") == (0, "", "")
    assert [i["kind"] for i in items(capsys, path)][-1] == "heading"
    assert run(capsys, "outline", "move", path, added["heading"], "1")[0] == 0
    assert [i["kind"] for i in items(capsys, path)][:2] == ["chapter", "heading"]
    assert run(capsys, "outline", "remove", path, added["paragraph"]) == (0, "", "")
    assert "paragraph" not in [i["kind"] for i in items(capsys, path)]
    assert run(capsys, "undo", path)[0] == 0
    assert "paragraph" in [i["kind"] for i in items(capsys, path)]


@pytest.mark.parametrize("args, message", [
    (["add", "{path}", "chapter"], "a chapter needs a text"),
    (["add", "{path}", "quote"], "a quote needs at least one coding"),
    (["add", "{path}", "quote", "--coding", "abc"], "no coding with guid 'abc'"),
    (["add", "{path}", "paragraph", "--text", "x", "--coding", "{coding}"], "only a quote shows codings"),
    (["add", "{path}", "scene", "--scene", "abc"], "no scene with guid 'abc'"),
    (["add", "{path}", "scene"], "a scene item names its scene"),
    (["add", "{path}", "summary", "--summary", "abc"], "no summary with guid 'abc'"),
    (["add", "{path}", "chapter", "--text", "x", "--scene", "{scene}"], "--scene is for a scene item, not a chapter"),
    (["add", "{path}", "quote", "--coding", "{coding}", "--summary", "{summary}"],
     "--summary is for a summary item, not a quote"),
    (["move", "{path}", "abc", "0"], "no outline item with guid 'abc'"),
    (["remove", "{path}", "abc"], "no outline item with guid 'abc'"),
    (["draft", "{path}.saknas.kvalkod"], "saknas.kvalkod"),
])
def test_errors_are_one_line(study, capsys, args, message):
    path, refs = study
    code, out, err = run(capsys, "outline", *[a.format(path=path, **refs) for a in args])
    assert code == 1 and out == ""
    assert err.startswith("kvalkod: ") and err.count("\n") == 1 and message in err


def test_usage_errors(study, capsys):
    path, _ = study
    assert run(capsys, "outline", "add", path, "kapitel", "--text", "x")[0] == 2
    assert run(capsys, "outline", "move", path, "abc", "-1")[0] == 2


# -- `kvalkod report` and the stored outline -------------------------------------------------


def test_report_writes_the_stored_outline(study, tmp_path, capsys):
    path, refs = study
    run(capsys, "names", "set", path, *[f"{real}={pseudonym}" for real, pseudonym in PAIRS])
    run(capsys, "outline", "add", path, "chapter", "--text", "Egen rubrik")
    run(capsys, "outline", "add", path, "paragraph", "--text", "Karin berättar.")
    run(capsys, "outline", "add", path, "quote", "--coding", refs["coding"])
    docx, md = tmp_path / "r.docx", tmp_path / "r.md"
    code, out, err = run(capsys, "report", path, "--out", docx, "--markdown", md)
    assert (code, err) == (0, "")
    assert out == f"wrote {docx} and {md}: 1 chapters, 0 sections, 1 quotes, 0 scenes\n"
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Egen rubrik\n\nLisa berättar.\n\n*En handläggare beskriver:*\n\n> Jag hinner inte")
    assert "Tid" not in text.split("\n")[0] and "Karin" not in text

    code, out, err = run(capsys, "report", path, "--out", docx, "--markdown", md, "--quotes", "1",
                         "--attribution", "Som en {roll} sa:")
    assert code == 0 and "--quotes is for drafting" in err
    assert "*Som en handläggare sa:*" in md.read_text(encoding="utf-8")
    with Project.open(path) as p:  # a one-off: the project keeps its template
        assert p.report.attribution_template == "En {roll} på {kontor} beskriver:"


def test_report_drafts_when_there_is_no_stored_outline(study, tmp_path, capsys):
    path, _ = study
    md = tmp_path / "r.md"
    code, out, err = run(capsys, "report", path, "--out", tmp_path / "r.docx", "--markdown", md,
                         "--attribution", "Som en {roll} sa:", "--quotes", "1")
    assert (code, err) == (0, "")
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Tid\n") and "*Som en handläggare sa:*" in text
    assert text.count("\n> ") == 2  # one quote per code: Tid/Brist and Vården/Läkare


def test_report_refuses_a_broken_attribution(study, tmp_path, capsys):
    path, _ = study
    code, out, err = run(capsys, "report", path, "--out", tmp_path / "r.docx", "--attribution", "En {roll")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("kvalkod: --attribution 'En {roll' is not a template")
    assert not (tmp_path / "r.docx").exists()
