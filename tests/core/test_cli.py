"""The command line: names, flags, JSON shapes and exit codes of docs/cli.md."""

import json
import os
import subprocess
import sys

import pytest

from kvalkod.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def proj(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KVALKOD_CODER", "Anna")
    path = tmp_path / "p.kvalkod"
    code, out, _ = run(capsys, "new", path, "--codebook", "none")
    assert code == 0 and "created" in out
    text = tmp_path / "intervju_1.txt"
    text.write_text("I: Hur ser samordningen ut?\nIP: Samordningen stryker på foten.\n"
                    "I: Och vården?\nIP: Läkarna förstår inte sjukförsäkringen.\n", encoding="utf-8")
    code, out, err = run(capsys, "import", path, text, "--kind", "interview", "--var", "roll=handläggare")
    assert code == 0, err
    return path


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == "kvalkod 0.1.0\n"


def test_docs_show_stats(proj, capsys):
    code, out, _ = run(capsys, "docs", proj, "--json")
    (doc,) = json.loads(out)
    assert doc["name"] == "intervju_1" and doc["kind"] == "interview"
    code, out, _ = run(capsys, "show", proj, "intervju_1")
    assert out.startswith("I: Hur ser samordningen ut?\n")
    code, out, _ = run(capsys, "stats", proj, "--json")
    stats = json.loads(out)
    assert set(stats) == {"documents", "codes", "codings", "cases", "variables", "coders", "memos",
                          "scenes", "summaries"}
    assert stats["documents"] == 1 and stats["variables"] == 1
    assert all(isinstance(v, int) for v in stats.values())


def test_codebook_commands(proj, capsys):
    assert run(capsys, "code", "add", proj, "Aktörer/Vården", "--color", "#336699")[0] == 0
    code, _, err = run(capsys, "code", "add", proj, "Aktörer/Vården")
    assert code == 1 and "exists already" in err
    assert run(capsys, "code", "rename", proj, "Aktörer/Vården", "Hälso- och sjukvården")[0] == 0
    assert run(capsys, "code", "add", proj, "Värden/Motaktör")[0] == 0
    assert run(capsys, "code", "move", proj, "Värden/Motaktör", "Aktörer")[0] == 0
    assert run(capsys, "code", "add", proj, "Motaktörer")[0] == 0
    assert run(capsys, "code", "merge", proj, "Motaktörer", "Aktörer/Motaktör")[0] == 0
    assert run(capsys, "code", "delete", proj, "Värden")[0] == 0
    code, out, _ = run(capsys, "codes", proj, "--json")
    rows = json.loads(out)
    assert [r["path"] for r in rows] == ["Aktörer", "Aktörer/Hälso- och sjukvården", "Aktörer/Motaktör"]
    assert set(rows[0]) == {"path", "guid", "color", "count"}
    assert rows[1]["color"] == "#336699"


def test_code_text_codings_undo_redo(proj, capsys):
    run(capsys, "code", "add", proj, "Samordning")
    code, out, _ = run(capsys, "code-text", proj, "intervju_1", 32, 62, "Samordning", "--memo", "tydligt")
    assert code == 0
    guid = out.strip()
    code, out, _ = run(capsys, "codings", proj, "--code", "Samordning", "--json")
    (row,) = json.loads(out)
    assert set(row) == {"guid", "document", "code", "start", "end", "text", "coder", "memo"}
    assert row["guid"] == guid and row["document"] == "intervju_1" and (row["start"], row["end"]) == (32, 62)
    assert row["text"] == "Samordningen stryker på foten."
    assert row["coder"] == "Anna" and row["memo"] == "tydligt"
    code, out, _ = run(capsys, "undo", proj)
    assert out.startswith("undone: code intervju_1")
    assert json.loads(run(capsys, "codings", proj, "--json")[1]) == []
    code, out, _ = run(capsys, "redo", proj)
    assert out.startswith("redone:")
    assert len(json.loads(run(capsys, "codings", proj, "--json")[1])) == 1


def test_search_and_autocode(proj, capsys):
    code, out, _ = run(capsys, "search", proj, "samordning*", "--count")
    assert out.strip() == "2"
    code, out, _ = run(capsys, "search", proj, "samordning*", "--json")
    hits = json.loads(out)
    assert {"document", "start", "end", "text", "left", "right"} <= set(hits[0])
    run(capsys, "code", "add", proj, "Samordning")
    code, out, _ = run(capsys, "autocode", proj, "--code", "Samordning", "--query", "samordning*", "--unit", "turn")
    assert out.strip() == "coded 2 passages"
    code, out, _ = run(capsys, "autocode", proj, "--code", "Samordning", "--speaker", "IP")
    assert code == 0
    code, _, err = run(capsys, "autocode", proj, "--code", "Samordning")
    assert code == 2


def test_var_and_case(proj, capsys):
    assert run(capsys, "var", "set", proj, "intervju_1", "kontor=A", "erfarenhet=2")[0] == 0
    code, out, _ = run(capsys, "var", "list", proj, "--json")
    values = {r["variable"]: r for r in json.loads(out)}
    assert values["roll"]["value"] == "handläggare" and values["erfarenhet"]["type"] == "number"
    assert run(capsys, "case", "add", proj, "Kontor A", "--doc", "intervju_1")[0] == 0
    code, out, _ = run(capsys, "case", "list", proj, "--json")
    assert json.loads(out)[0]["documents"] == ["intervju_1"]
    code, _, err = run(capsys, "var", "set", proj, "intervju_1", "utan_likhetstecken")
    assert code == 1 and "NAME=VALUE" in err


def test_check(proj, capsys):
    code, out, _ = run(capsys, "check", proj, "--json")
    assert code == 0 and json.loads(out) == {"ok": True, "problems": [], "warnings": []}


def test_user_errors_are_one_line_exit_1(proj, tmp_path, capsys):
    for args in (["show", proj, "finns_inte"], ["code-text", proj, "intervju_1", 5, 2, "X"],
                 ["codings", proj, "--code", "Okänd"], ["docs", tmp_path / "saknas.kvalkod"]):
        code, out, err = run(capsys, *args)
        assert code == 1 and out == "" and err.count("\n") == 1, (args, err)
        assert err.startswith("kvalkod: ")


def test_usage_errors_exit_2(capsys):
    assert main(["import"]) == 2
    assert main(["no-such-command"]) == 2


def test_no_traceback_in_a_real_process(tmp_path):
    not_project = tmp_path / "notes.kvalkod"
    not_project.write_text("hello", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kvalkod", "docs", str(not_project)],
                            capture_output=True, text=True, env={**os.environ, "KVALKOD_DEBUG": ""})
    assert result.returncode == 1
    assert result.stderr.strip() == f"kvalkod: {not_project}: not a kvalkod project (not an SQLite database)"
    assert "Traceback" not in result.stderr


def test_var_import_from_csv(proj, tmp_path, capsys):
    table = tmp_path / "variabler.csv"
    table.write_text("dokument;roll;kontor;erfarenhet\nintervju_1;enhetschef;Kontor B;12\n", encoding="utf-8")
    code, out, err = run(capsys, "var", "import", proj, table)
    assert code == 0, err
    values = {r["variable"]: r["value"] for r in json.loads(run(capsys, "var", "list", proj, "--json")[1])}
    assert values == {"roll": "enhetschef", "kontor": "Kontor B", "erfarenhet": "12"}
    bad = tmp_path / "fel.csv"
    bad.write_text("dokument;roll\nfinns_inte;x\n", encoding="utf-8")
    code, _, err = run(capsys, "var", "import", proj, bad)
    assert code == 1 and "finns_inte" in err
    assert run(capsys, "undo", proj)[0] == 0  # the first import was one action
    values = {r["variable"]: r["value"] for r in json.loads(run(capsys, "var", "list", proj, "--json")[1])}
    assert values == {"roll": "handläggare"}


def test_qdc_round_trip(proj, tmp_path, capsys):
    run(capsys, "code", "add", proj, "Aktörer/Arbetsförmedlingen", "--description", "AF")
    out_file = tmp_path / "kodbok.qdc"
    code, out, _ = run(capsys, "qdc", "export", proj, out_file)
    assert code == 0 and "2 codes" in out
    other = tmp_path / "q.kvalkod"
    run(capsys, "new", other, "--codebook", out_file)
    code, out, _ = run(capsys, "codes", other, "--json")
    exported = {r["path"]: r["guid"] for r in json.loads(run(capsys, "codes", proj, "--json")[1])}
    assert {r["path"]: r["guid"] for r in json.loads(out)} == exported  # guids travel
    code, out, _ = run(capsys, "qdc", "import", proj, out_file)
    assert out.startswith("added 0 codes")


def test_new_with_default_codebook(tmp_path, capsys):
    path = tmp_path / "s.kvalkod"
    assert run(capsys, "new", path)[0] == 0
    paths = [r["path"] for r in json.loads(run(capsys, "codes", path, "--json")[1])]
    assert len(paths) >= 120
    assert any(p.endswith("/Rörelse mot brukaren") for p in paths)
    assert any(p.endswith("/Medaktör") for p in paths)


def test_memo_commands(proj, capsys):
    assert run(capsys, "memo", "add", proj, "--on", "document", "--target", "intervju_1", "--text", "Bra intervju")[0] == 0
    code, out, _ = run(capsys, "memo", "list", proj, "--on", "document", "--target", "intervju_1", "--json")
    assert json.loads(out)[0]["text"] == "Bra intervju"
