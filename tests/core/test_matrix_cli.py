"""`kvalkod matrix` and `kvalkod framework`: the JSON contract with totals, the text table,
files with pseudonyms, the options that choose columns, and one-line errors."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from .matrix_helpers import build
from .review_helpers import run


@pytest.fixture
def path(project):
    build(project)
    project.names.set([("Yvonne", "Vera")])
    project.close()
    return project.path


def as_json(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_matrix_json_keeps_the_contract_and_adds_totals(path, capsys):
    m = as_json(capsys, "matrix", path, "--rows", "case")
    assert list(m)[:3] == ["rows", "columns", "values"]
    assert m["rows"] == ["Ali", "Tom", "Yvonne"]  # the names as the project holds them
    assert m["columns"] == ["Tema", "Tema/A", "Tema/B", "Annat", "Rubrik/Under"]
    assert m["values"] == [[0, 1, 1, 1, 0], [0] * 5, [1, 3, 2, 1, 0]]
    assert (m["row_totals"], m["column_totals"], m["total"]) == ([3, 0, 7], [1, 3, 2, 1, 0], 7)
    assert (m["measure"], m["rows_kind"], m["rollup"], m["no_value"]) == ("segments", "case", False, False)


def test_measures_and_columns(path, capsys):
    m = as_json(capsys, "matrix", path, "--rows", "var:roll", "--measure", "share", "--themes")
    assert m["rows"] == ["chef", "handläggare", "(no value)"] and m["columns"] == ["Tema", "Annat", "Rubrik"]
    assert m["column_totals"] == pytest.approx([1.0, 1 / 3, 1 / 3]) and m["no_value"] is True
    m = as_json(capsys, "matrix", path, "--rows", "document", "--measure", "words", "--code", "Tema/B", "--code", "Annat")
    # the total: d2's "förstår" is Tema/B's and Annat's, one word
    assert (m["columns"], m["values"], m["total"]) == (["Tema/B", "Annat"], [[4, 0], [2, 2], [4, 0]], 11)
    m = as_json(capsys, "matrix", path, "--rows", "document", "--measure", "documents", "--theme", "Tema", "--rollup")
    assert (m["columns"], m["values"], m["rollup"]) == (["Tema", "Tema/A", "Tema/B"],
                                                        [[1, 1, 1], [1, 1, 1], [1, 0, 1]], True)


def test_the_text_table_has_totals_and_percentages(path, capsys):
    code, out, err = run(capsys, "matrix", path, "--rows", "case", "--measure", "share", "--code", "Tema/A")
    assert code == 0, err
    assert out.splitlines() == ["case\tTema/A\ttotal", "Ali\t100%\t100%", "Tom\t\t", "Yvonne\t100%\t100%",
                                "total\t100%\t100%"]


def test_files_are_pseudonymised(path, capsys, tmp_path):
    csv, xlsx = tmp_path / "m.csv", tmp_path / "m.xlsx"
    code, out, err = run(capsys, "matrix", path, "--rows", "case", "--out", csv)
    assert (code, out) == (0, f"wrote {csv}: 3 rows × 5 columns (segments)\n"), err
    assert csv.read_text(encoding="utf-8-sig").splitlines()[3] == "Vera;1;3;2;1;0;7"
    m = as_json(capsys, "matrix", path, "--rows", "case", "--measure", "documents", "--out", xlsx)
    assert "Yvonne" in m["rows"]  # --json with --out: the file is written and the JSON printed
    sheet = load_workbook(xlsx).active
    assert [sheet.cell(r, 1).value for r in range(1, 6)] == ["Fall", "Ali", "Tom", "Vera", "Totalt"]
    assert sheet.title == "Dokument med koden"


def test_framework_to_excel(path, capsys, tmp_path):
    out = tmp_path / "ramverk.xlsx"
    code, printed, err = run(capsys, "framework", path, "--rows", "case", "--theme", "Tema", "--out", out)
    assert (code, printed) == (0, f"wrote {out}: 3 rows × 3 columns\n"), err
    chart = load_workbook(out)["Ramverksmatris"]
    assert [c.value for c in chart[1]] == ["Fall", "Tema", "Tema/A", "Tema/B"]
    assert [c.value for c in chart[4]] == ["Vera", "(1)", "(3)", "(2)"]
    m = as_json(capsys, "framework", path, "--rows", "document", "--code", "Annat")
    assert m == {"rows": ["d1", "d2", "d3"], "columns": ["Annat"], "counts": [[0], [1], [0]],
                 "summaries": [[None], [None], [None]]}


@pytest.mark.parametrize("args, message", [
    (["matrix", "{p}", "--rows", "kontor"], "'kontor'"),
    (["matrix", "{p}", "--rows", "var:kontor"], "no variable named 'kontor'"),
    (["matrix", "{p}", "--rows", "case", "--code", "Saknas"], "Saknas"),
    (["matrix", "{p}", "--rows", "case", "--code", "Tema", "--theme", "Tema"], "not both"),
    (["matrix", "{p}", "--rows", "case", "--out", "m.txt"], ".csv or .xlsx"),
    (["framework", "{p}"], "give --out FILE.xlsx or --json"),
    (["framework", "{p}", "--out", "f.csv"], ".xlsx"),
    (["framework", "{p}", "--theme", "Tema", "--code", "Annat", "--json"], "not both"),
])
def test_errors_are_one_line(path, capsys, args, message):
    code, out, err = run(capsys, *[a.format(p=path) for a in args])
    assert code == 1 and out == "" and err.count("\n") == 1 and message in err, err


def test_usage_errors(path, capsys):
    assert run(capsys, "matrix", path)[0] == 2  # --rows is required
    assert run(capsys, "matrix", path, "--rows", "case", "--measure", "ord")[0] == 2
