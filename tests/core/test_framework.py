"""The framework matrix: counts per code × case (via the case's documents) and per code ×
document, summaries in the cells, clear errors, and writing a cell as one undoable action."""

import pytest

from kvalkod.errors import KvalkodError
from kvalkod.model import CodeNode

from ..conftest import add_text
from .undo_helpers import undo_redo

TEXT = "IP: Läkarna förstår inte sjukförsäkringen. Vi samordnar ändå. Arbetsgivaren kom inte."


@pytest.fixture
def fw(project):
    """Yvonne has d1 and d2, Ali has d2 (d2 is in both cases), d3 is in no case."""
    for name in ("d1", "d2", "d3"):
        add_text(project, name, TEXT)
    project.codebook.load([CodeNode("Tema", children=(CodeNode("A"), CodeNode("B"))), CodeNode("Annat"),
                           CodeNode("Oanvänd"), CodeNode("Rubrik", codable=False, children=(CodeNode("Under"),))])
    project.cases.add("Yvonne", ["d1", "d2"])
    project.cases.add("Ali", ["d2"])
    coded = {"d1": ["Tema", "Tema/A", "Tema/A", "Tema/B"], "d2": ["Tema/A", "Annat"], "d3": ["Tema/B"] * 3}
    for doc, codes in coded.items():
        for i, code in enumerate(codes):
            project.coding.apply(doc, i, i + 10, code)
    return project


def cell(matrix, row, code, what="counts"):
    return matrix[what][matrix["rows"].index(row)][matrix["columns"].index(code)]


def test_counts_by_case_count_a_shared_document_in_both_cases(fw):
    m = fw.framework.matrix("case")
    assert m["rows"] == ["Ali", "Yvonne"]
    assert m["columns"] == ["Tema", "Tema/A", "Tema/B", "Annat"]
    assert m["counts"] == [[0, 1, 0, 1],
                           [1, 3, 1, 1]]
    assert m["summaries"] == [[None] * 4, [None] * 4]


def test_counts_by_document_and_each_code_counts_its_own_codings_only(fw):
    m = fw.framework.matrix("document")
    assert m["rows"] == ["d1", "d2", "d3"]
    assert m["counts"] == [[1, 2, 1, 0],
                           [0, 1, 0, 1],
                           [0, 0, 3, 0]]
    # the codings of Tema/A are not added to Tema's
    assert cell(m, "d1", "Tema") == 1


def test_default_columns_are_codable_codes_in_use_in_codebook_order(fw):
    assert "Oanvänd" not in fw.framework.matrix()["columns"]
    fw.summaries.set("Oanvänd", "Ingen talar om det.", case="Ali")
    fw.summaries.set("Rubrik", "En rubrik kodas inte.")
    assert fw.framework.matrix()["columns"] == ["Tema", "Tema/A", "Tema/B", "Annat", "Oanvänd"]


def test_chosen_codes_in_their_order_count_as_in_the_full_matrix(fw):
    full = fw.framework.matrix("case")
    some = fw.framework.matrix("case", codes=["Annat", "Tema/A", "Annat", "Oanvänd"])
    assert some["columns"] == ["Annat", "Tema/A", "Oanvänd"]
    for row in some["rows"]:
        assert [cell(some, row, c) for c in ("Annat", "Tema/A")] == [cell(full, row, c) for c in ("Annat", "Tema/A")]
        assert cell(some, row, "Oanvänd") == 0
    assert fw.framework.matrix("document", codes=["Tema/B"])["counts"] == [[1], [0], [3]]


def test_summaries_in_cells_by_case_and_by_document(fw):
    fw.summaries.set("Tema/A", "Yvonne samordnar.", case="Yvonne")
    fw.summaries.set("Tema/B", "I d3 mest B.", document="d3")
    fw.summaries.set("Tema/A", "Över alla fall.")  # the code's own summary belongs in no cell
    by_case = fw.framework.matrix("case")
    assert cell(by_case, "Yvonne", "Tema/A", "summaries") == "Yvonne samordnar."
    assert sum(s is not None for row in by_case["summaries"] for s in row) == 1
    by_doc = fw.framework.matrix("document")
    assert cell(by_doc, "d3", "Tema/B", "summaries") == "I d3 mest B."
    assert sum(s is not None for row in by_doc["summaries"] for s in row) == 1


def test_unknown_row_code_or_rows_are_named(fw):
    with pytest.raises(KvalkodError, match="Okänd"):
        fw.framework.set_cell("Okänd", "Tema/A", "text")
    with pytest.raises(KvalkodError, match="d9"):
        fw.framework.set_cell("d9", "Tema/A", "text", rows="document")
    with pytest.raises(KvalkodError, match="Tema/X"):
        fw.framework.set_cell("Ali", "Tema/X", "text")
    with pytest.raises(KvalkodError, match="Saknas"):
        fw.framework.matrix(codes=["Tema/A", "Saknas"])
    with pytest.raises(KvalkodError, match="'office'"):
        fw.framework.matrix(rows="office")


def test_set_cell_is_one_undoable_action(fw):
    row = undo_redo(fw, lambda: fw.framework.set_cell("Ali", "Tema/A", "  Ali väntar på läkaren.\n"))
    assert row["text"] == "Ali väntar på läkaren." and row["case"] == "Ali"
    assert cell(fw.framework.matrix(), "Ali", "Tema/A", "summaries") == "Ali väntar på läkaren."
    undo_redo(fw, lambda: fw.framework.set_cell("Ali", "Tema/A", "Ändrad."))
    undo_redo(fw, lambda: fw.framework.set_cell("d1", "Annat", "Om d1.", rows="document"))
    assert fw.summaries.get("Annat", document="d1")["text"] == "Om d1."
    assert fw.history.labels()[0] == "set summary of Annat × d1"


def test_clearing_a_cell_deletes_its_summary_undoably(fw):
    fw.framework.set_cell("Yvonne", "Tema/B", "Något.")
    assert undo_redo(fw, lambda: fw.framework.set_cell("Yvonne", "Tema/B", "  ")) is None
    assert fw.summaries.get("Tema/B", case="Yvonne") is None
    labels = fw.history.labels()
    assert fw.framework.set_cell("Yvonne", "Tema/B", "") is None  # nothing to clear: no action
    assert fw.history.labels() == labels


def test_set_cell_keeps_links_and_an_unchanged_text_is_no_action(fw):
    guid = fw.coding.list(code="Tema/A")[0]["guid"]
    fw.summaries.set("Tema/A", "Med citat.", case="Yvonne", links=[guid])
    labels = fw.history.labels()
    assert fw.framework.set_cell("Yvonne", "Tema/A", "Med citat.")["links"] == [guid]
    assert fw.history.labels() == labels
    assert fw.framework.set_cell("Yvonne", "Tema/A", "Nytt.")["links"] == [guid]


def test_themes_and_their_columns(fw):
    assert fw.framework.themes() == ["Tema", "Rubrik"]
    # Tema is coded directly, so it comes first; Rubrik is not codable
    assert fw.framework.theme_codes("Tema") == ["Tema", "Tema/A", "Tema/B"]
    assert fw.framework.theme_codes("Rubrik") == ["Rubrik/Under"]
    fw.coding.remove([c["guid"] for c in fw.coding.list(code="Tema") if c["code"] == "Tema"])
    assert fw.framework.theme_codes("Tema") == ["Tema/A", "Tema/B"]
    with pytest.raises(KvalkodError, match="Ingen"):
        fw.framework.theme_codes("Ingen")


def test_an_empty_project_has_an_empty_matrix(project):
    assert project.framework.matrix() == {"rows": [], "columns": [], "counts": [], "summaries": []}
    assert project.framework.themes() == []
