"""A theme matrix in the report outline: rows by a variable, a measure, themes rolled up and
totals, rendered as a Word table and a Markdown table with the right figures and pseudonyms;
the options are checked when the item is added, from the service and from the CLI."""

from __future__ import annotations

import json

import pytest
from docx import Document

from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.exporters.report_docx import write_docx
from kvalkod.exporters.report_markdown import markdown_text
from kvalkod.services import Project

from .matrix_helpers import build
from .review_helpers import run

PCT = "\u00a0%"


@pytest.fixture
def tm(project):
    build(project)
    project.names.set([("Yvonne", "Vera")])
    return project


def test_share_by_variable_with_themes_and_totals(tm, tmp_path):
    tm.outline.add("matrix", "Teman per roll",
                   options={"rows": "var:roll", "measure": "share", "themes": True, "totals": True})
    (table,) = tm.report.blocks()
    assert table == {
        "kind": "table", "caption": "Teman per roll", "header": ["roll", "Tema", "Annat", "Rubrik", "Totalt"],
        "rows": [["chef", f"100{PCT}", f"100{PCT}", f"0{PCT}", f"100{PCT}"],
                 ["handläggare", f"100{PCT}", f"0{PCT}", f"0{PCT}", f"100{PCT}"],
                 ["(inget värde)", f"100{PCT}", f"0{PCT}", f"100{PCT}", f"100{PCT}"],
                 ["Totalt", f"100{PCT}", f"33{PCT}", f"33{PCT}", f"100{PCT}"]]}
    assert "| Totalt | 100 % | 33 % | 33 % | 100 % |" in markdown_text([table])  # Markdown folds spaces
    path = tmp_path / "rapport.docx"
    write_docx([table], path)
    (word,) = Document(str(path)).tables
    assert [c.text for c in word.rows[0].cells] == ["roll", "Tema", "Annat", "Rubrik", "Totalt"]
    assert [c.text for c in word.rows[3].cells] == ["(inget värde)", f"100{PCT}", f"0{PCT}", f"100{PCT}", f"100{PCT}"]


def test_words_by_case_with_pseudonyms_and_a_case_without_documents(tm):
    tm.outline.add("matrix", "Ord hos Yvonne", options={"rows": "case", "measure": "words", "totals": True,
                                                      "codes": ["Tema/A", "Tema/B"]})
    (table,) = tm.report.blocks()
    assert table["caption"] == "Ord hos Vera"
    assert table["header"] == ["Fall", "A", "B", "Totalt"]
    assert table["rows"] == [["Ali", "2", "2", "4"], ["Tom", "0", "0", "0"], ["Vera", "6", "6", "12"],
                             ["Totalt", "6", "6", "12"]]


def test_a_share_of_no_documents_is_a_dash(tm):
    tm.outline.add("matrix", options={"rows": "case", "measure": "share", "codes": ["Annat"]})
    (table,) = tm.report.blocks()
    assert table["rows"] == [["Ali", f"100{PCT}"], ["Tom", "–"], ["Vera", f"50{PCT}"]]


def test_the_options_are_checked_when_added(tm):
    item = tm.outline.add("matrix", options={"rows": "var:roll", "theme": " Tema/ ", "rollup": 1})
    assert item["options"] == {"rows": "var:roll", "theme": "Tema", "rollup": True, "codes": []}
    with pytest.raises(NotFoundError, match="no variable named 'kontor'"):
        tm.outline.add("matrix", options={"rows": "var:kontor"})
    with pytest.raises(KvalkodError, match="'ord'"):
        tm.outline.add("matrix", options={"measure": "ord"})
    with pytest.raises(KvalkodError, match="not both"):
        tm.outline.add("matrix", options={"theme": "Tema", "codes": ["Annat"]})
    with pytest.raises(NotFoundError):
        tm.outline.add("matrix", options={"theme": "Saknas"})


def test_outline_add_from_the_cli(tm, capsys, tmp_path):
    path = tm.path
    tm.close()
    code, out, err = run(capsys, "outline", "add", path, "matrix", "--text", "Dokument per roll", "--rows", "var:roll",
                         "--measure", "documents", "--themes", "--totals")
    assert code == 0, err
    code, out, err = run(capsys, "outline", "list", path, "--json")
    (item,) = json.loads(out)
    assert item["options"] == {"rows": "var:roll", "measure": "documents", "themes": True, "totals": True,
                               "codes": []}
    code, out, err = run(capsys, "outline", "add", path, "paragraph", "--text", "x", "--measure", "words")
    assert code == 1 and "--measure is for a matrix item, not a paragraph" in err
    code, out, err = run(capsys, "report", path, "--out", tmp_path / "r.docx", "--markdown", tmp_path / "r.md")
    assert code == 0, err
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "| roll | Tema | Annat | Rubrik | Totalt |" in markdown
    assert "| Totalt | 3 | 1 | 1 | 3 |" in markdown
    with Project.open(path) as p:
        assert p.outline.items()[0]["text"] == "Dokument per roll"
