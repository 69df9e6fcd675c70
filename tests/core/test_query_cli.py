"""Coding queries from the command line: query, --save, --saved, queries, query-delete, errors."""

from __future__ import annotations

import json

import pytest

from kvalkod.cli import main

from ..conftest import add_text

TEXT = "IP: Jag hinner inte. Tiden räcker inte. Men Arbetsförmedlingen hjälper till."


@pytest.fixture
def path(project):
    add_text(project, "intervju", TEXT)
    add_text(project, "anteckning", TEXT)
    project.codebook.add("Arbetsbelastning/Tiden räcker inte")
    project.codebook.add("Aktörer/Arbetsförmedlingen")
    for doc, coder in (("intervju", "Anna"), ("anteckning", "Bertil")):
        start = TEXT.index("Tiden")
        project.coding.apply(doc, start, TEXT.index("Men") - 1, "Arbetsbelastning/Tiden räcker inte", coder=coder)
        project.coding.apply(doc, TEXT.index("Jag"), TEXT.index("Men") - 1, "Arbetsbelastning", coder=coder)
        start = TEXT.index("Arbetsförmedlingen")
        project.coding.apply(doc, start, start + len("Arbetsförmedlingen"), "Aktörer/Arbetsförmedlingen",
                             coder=coder)
    project.variables.set("intervju", {"roll": "handläggare"})
    project.variables.set("anteckning", {"roll": "chef"})
    p = project.path
    project.close()
    return p


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_query_prints_segments_like_codings(path, capsys):
    code, out, err = run(capsys, "query", path, '"Arbetsbelastning/Tiden räcker inte" NEAR/30 Aktörer')
    assert code == 0, err
    start, end = TEXT.index("Tiden"), TEXT.index("Men") - 1
    assert out.splitlines() == [
        f"anteckning\t{start}–{end}\tArbetsbelastning/Tiden räcker inte\tBertil\tTiden räcker inte.",
        f"intervju\t{start}–{end}\tArbetsbelastning/Tiden räcker inte\tAnna\tTiden räcker inte."]


def test_json_has_the_codings_shape_plus_sources(path, capsys):
    code, out, _ = run(capsys, "query", path, "Arbetsbelastning AND NOT Aktörer", "--json")
    rows = json.loads(out)
    _, listed, _ = run(capsys, "codings", path, "--code", "Arbetsbelastning", "--json")
    assert code == 0 and [{k: v for k, v in r.items() if k != "sources"} for r in rows] == json.loads(listed)
    assert all(r["sources"] == [r["guid"]] for r in rows)


def test_filters(path, capsys):
    def docs(*args):
        code, out, err = run(capsys, "query", path, *args, "--json")
        assert code == 0, err
        return [(r["document"], r["coder"]) for r in json.loads(out)]

    assert docs("ONLY Arbetsbelastning AND Aktörer") == []
    assert docs("Aktörer", "--coder", "Anna") == [("intervju", "Anna")]
    assert docs("Aktörer", "--var", "roll=chef") == [("anteckning", "Bertil")]
    assert docs("Aktörer", "--var", "roll=chef", "--var", "roll=handläggare") == [
        ("anteckning", "Bertil"), ("intervju", "Anna")]
    assert docs("Aktörer", "--doc", "intervju") == [("intervju", "Anna")]


def test_save_list_run_saved_delete_and_undo(path, capsys):
    code, out, err = run(capsys, "query", path, "Aktörer WITHIN Arbetsbelastning", "--save", "Inom", "--coder",
                         "Anna")
    assert (code, out, err) == (0, "", "saved query Inom\n")
    code, out, _ = run(capsys, "queries", path)
    assert out == "Inom\tAktörer WITHIN Arbetsbelastning\tcoder=Anna\n"
    code, out, _ = run(capsys, "queries", path, "--json")
    (saved,) = json.loads(out)
    assert saved["name"] == "Inom" and saved["definition"]["filters"]["coder"] == "Anna"
    assert saved["definition"]["expression"]["op"] == "within"
    code, out, _ = run(capsys, "query", path, "--saved", "Inom", "--json")
    assert code == 0 and json.loads(out) == []
    # a filter on the command line takes the place of the saved one
    code, out, _ = run(capsys, "query", path, "--saved", "Inom", "--coder", "Bertil", "--json")
    assert code == 0 and json.loads(out) == []
    assert run(capsys, "query-delete", path, "Inom") == (0, "deleted query Inom\n", "")
    assert run(capsys, "queries", path, "--json")[1] == "[]\n"
    assert run(capsys, "undo", path)[0] == 0
    assert json.loads(run(capsys, "queries", path, "--json")[1])[0]["name"] == "Inom"


def test_bad_queries_exit_1_with_one_line(path, capsys):
    for args, message in [
        (("A AND",), "query: the query ends where a code path or '(' was expected at character 6"),
        (("Arbetsbelastning/Tiden räcker inte",), "found 'räcker' (put a code path with spaces in quotes)"),
        (("Arbetsbelastning OR Saknas",), "no code 'Saknas' in the codebook"),
        (("Aktörer", "--coder", "Cecilia"), "no coder named 'Cecilia'"),
        (("Aktörer", "--var", "roll"), "'roll' is not NAME=VALUE"),
        (("--saved", "Finns inte"), "no saved query named 'Finns inte'"),
    ]:
        code, out, err = run(capsys, "query", path, *args)
        assert (code, out) == (1, ""), args
        assert err.count("\n") == 1 and message in err and "Traceback" not in err, err
    assert run(capsys, "query-delete", path, "Finns inte")[0] == 1


def test_usage_errors_exit_2(path, capsys):
    assert run(capsys, "query", path)[0] == 2
    assert run(capsys, "query", path, "Aktörer", "--saved", "x")[0] == 2
