"""Theme matrices: every measure (segments, documents, words, share) by documents, cases and
variable values, with totals that count each coding, word and document once, themes rolled
up, the columns to show, the codings behind a cell, and clear errors. Every figure here is
counted by hand from the three short texts of matrix_helpers."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kvalkod.analysis.coded_words import covered_words
from kvalkod.errors import KvalkodError, NotFoundError

from .matrix_helpers import CODES, D1, D2, D3, build


@pytest.fixture
def tm(project):
    return build(project)


def figures(m):
    return m["values"], m["row_totals"], m["column_totals"], m["total"]


# -- segments ---------------------------------------------------------------------------------
def test_segments_by_document(tm):
    m = tm.theme_matrix.matrix("document", "segments")
    assert m["rows"] == ["d1", "d2", "d3"] and m["columns"] == CODES
    assert figures(m) == ([[1, 2, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 2, 0, 1]], [4, 3, 3], [1, 3, 4, 1, 1], 10)
    assert m["measure"] == "segments" and m["rows_kind"] == "document"
    assert m["rollup"] is False and m["no_value"] is False


def test_segments_by_case_count_a_shared_document_once_in_the_totals(tm):
    m = tm.theme_matrix.matrix("case", "segments")
    assert m["rows"] == ["Ali", "Tom", "Yvonne"]
    # d2 is Ali's and Yvonne's: in both rows, once in the column totals; d3 is in no case
    assert figures(m) == ([[0, 1, 1, 1, 0], [0] * 5, [1, 3, 2, 1, 0]], [3, 0, 7], [1, 3, 2, 1, 0], 7)


def test_segments_by_case_are_the_framework_matrix_counts(tm):
    framework = tm.framework.matrix("case")
    m = tm.theme_matrix.matrix("case")
    assert (m["rows"], m["columns"], m["values"]) == (framework["rows"], framework["columns"], framework["counts"])


# -- documents and share -------------------------------------------------------------------------
def test_documents_with_the_code_by_case(tm):
    m = tm.theme_matrix.matrix("case", "documents")
    # Yvonne: Tema/A and Tema/B in both her documents; the row total: documents with any code
    assert figures(m) == ([[0, 1, 1, 1, 0], [0] * 5, [1, 2, 2, 1, 0]], [1, 0, 2], [1, 2, 2, 1, 0], 2)


def test_share_of_documents_by_case(tm):
    m = tm.theme_matrix.matrix("case", "share")
    assert m["values"] == [[0.0, 1.0, 1.0, 1.0, 0.0], [None] * 5, [0.5, 1.0, 1.0, 0.5, 0.0]]
    assert m["row_totals"] == [1.0, None, 1.0]  # Tom has no documents: no share at all
    assert m["column_totals"] == [0.5, 1.0, 1.0, 0.5, 0.0]  # of the 2 documents in any case
    assert m["total"] == 1.0


def test_share_of_documents_by_document_is_one_or_zero(tm):
    m = tm.theme_matrix.matrix("document", "share")
    assert m["values"][2] == [0.0, 0.0, 1.0, 0.0, 1.0]
    assert m["column_totals"] == pytest.approx([1 / 3, 2 / 3, 1.0, 1 / 3, 1 / 3])
    assert m["row_totals"] == [1.0, 1.0, 1.0] and m["total"] == 1.0


# -- words ---------------------------------------------------------------------------------------
def test_coded_words_count_the_union_of_a_codes_segments(tm):
    m = tm.theme_matrix.matrix("document", "words")
    assert m["values"] == [[2, 4, 4, 0, 0], [0, 2, 2, 2, 0], [0, 0, 4, 0, 1]]
    # a row total covers every code's segments at once: d1 is coded from end to end (8 words,
    # not 2 + 4 + 4); in d2 "förstår" is Annat's and Tema/B's but one word
    assert m["row_totals"] == [8, 5, 5]
    assert m["column_totals"] == [2, 6, 10, 2, 1] and m["total"] == 18


def test_coded_words_by_case(tm):
    m = tm.theme_matrix.matrix("case", "words")
    assert figures(m) == ([[0, 2, 2, 2, 0], [0] * 5, [2, 6, 6, 2, 0]], [5, 0, 13], [2, 6, 6, 2, 0], 13)


# -- variables -----------------------------------------------------------------------------------
def test_rows_by_variable_with_a_no_value_row(tm):
    m = tm.theme_matrix.matrix("var:roll", "documents", themes=True)
    # d2 has Ali's roll; d3 has none and is not left out of the totals
    assert m["rows"] == ["chef", "handläggare", "(no value)"] and m["no_value"] is True
    assert m["columns"] == ["Tema", "Annat", "Rubrik"] and m["rollup"] is True
    assert figures(m) == ([[1, 1, 0], [1, 0, 0], [1, 0, 1]], [1, 1, 1], [3, 1, 1], 3)
    share = tm.theme_matrix.matrix("var:roll", "share", themes=True)
    assert share["column_totals"] == pytest.approx([1.0, 1 / 3, 1 / 3])


def test_numeric_variable_values_sort_as_numbers(tm):
    m = tm.theme_matrix.matrix("var:år", "segments", codes=["Tema/B"])
    assert m["rows"] == ["2", "2,5", "10"] and m["no_value"] is False
    assert m["values"] == [[1], [2], [1]]


def test_row_kinds_list_the_variables(tm):
    assert tm.theme_matrix.row_kinds() == ["document", "case", "var:roll", "var:år"]


# -- columns ------------------------------------------------------------------------------------
def test_themes_rolled_up_count_their_whole_subtree(tm):
    segments = tm.theme_matrix.matrix("document", "segments", themes=True)
    assert figures(segments) == ([[4, 0, 0], [2, 1, 0], [2, 0, 1]], [4, 3, 3], [8, 1, 1], 10)
    words = tm.theme_matrix.matrix("document", "words", themes=True)
    # Tema's union in d2: "förstår inte" and "Vi samordnar"
    assert figures(words) == ([[8, 0, 0], [4, 2, 0], [4, 0, 1]], [8, 5, 5], [16, 2, 1], 18)


def test_a_theme_and_its_sub_codes_rolled_up_never_count_a_coding_twice_in_a_total(tm):
    m = tm.theme_matrix.matrix("document", "segments", theme="Tema", rollup=True)
    assert m["columns"] == ["Tema", "Tema/A", "Tema/B"]
    assert m["values"][0] == [4, 2, 1] and m["row_totals"][0] == 4
    assert m["total"] == 8
    own = tm.theme_matrix.matrix("document", "segments", theme="Tema")
    assert own["values"][0] == [1, 2, 1] and own["rollup"] is False


def test_chosen_codes_in_their_order(tm):
    m = tm.theme_matrix.matrix("document", "segments", codes=["Annat", "Tema/A", "Annat", "Oanvänd"])
    assert m["columns"] == ["Annat", "Tema/A", "Oanvänd"]
    assert figures(m) == ([[0, 2, 0], [1, 1, 0], [0, 0, 0]], [2, 2, 0], [1, 3, 0], 4)


def test_the_sub_themes_of_one_theme(tm):
    m = tm.theme_matrix.matrix("document", "words", theme="Rubrik", themes=True)
    assert m["columns"] == ["Rubrik/Under"] and m["values"] == [[0], [0], [1]]


# -- the codings behind a cell ------------------------------------------------------------------
def test_segments_of_a_cell_a_row_a_column_and_the_whole(tm):
    service = tm.theme_matrix
    matrix = service.compute("case", "segments")
    yvonne, tema_a = matrix.rows.index("Yvonne"), matrix.columns.index("Tema/A")
    cell = service.segments(matrix, yvonne, tema_a)
    assert [(s["document"], s["text"]) for s in cell] == [
        ("d1", "Jag hinner inte"), ("d1", "hinner inte samordna"), ("d2", "Vi samordnar")]
    assert set(cell[0]) == {"guid", "document", "code", "start", "end", "text", "coder", "memo"}
    assert cell[0]["code"] == "Tema/A" and cell[0]["coder"] == "Anna"
    assert len(service.segments(matrix, yvonne, None)) == matrix.row_totals[yvonne] == 7
    assert len(service.segments(matrix, None, tema_a)) == matrix.column_totals[tema_a] == 3
    assert len(service.segments(matrix, None, None)) == matrix.total == 7  # d3 is in no case
    assert service.segments(matrix, matrix.rows.index("Tom"), None) == []
    rolled = service.compute("document", "segments", themes=True)
    assert [s["code"] for s in service.segments(rolled, 0, 0)] == ["Tema/A", "Tema/A", "Tema", "Tema/B"]


# -- edges and errors ---------------------------------------------------------------------------
def test_an_empty_project(project):
    m = project.theme_matrix.matrix("document", "share")
    assert figures(m) == ([], [], [], None)
    m = project.theme_matrix.matrix("case", "words")
    assert (m["rows"], m["columns"], m["total"]) == ([], [], 0)


def test_errors_name_what_is_wrong(tm):
    with pytest.raises(KvalkodError, match="'ord'"):
        tm.theme_matrix.matrix("case", "ord")
    with pytest.raises(KvalkodError, match="var:NAME"):
        tm.theme_matrix.matrix("kontor")
    with pytest.raises(NotFoundError, match="'kontor'"):
        tm.theme_matrix.matrix("var:kontor")
    with pytest.raises(NotFoundError):
        tm.theme_matrix.matrix("case", codes=["Saknas"])
    with pytest.raises(KvalkodError, match="not both"):
        tm.theme_matrix.matrix("case", codes=["Tema"], theme="Tema")


# -- properties ---------------------------------------------------------------------------------
def brute_words(text: str, spans: list[tuple[int, int]]) -> int:
    """Words of the union of spans, character by character."""
    covered = sorted({i for s, e in spans for i in range(s, e)})
    runs: list[list[int]] = []
    for i in covered:
        if runs and runs[-1][1] == i:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return sum(len(re.findall(r"\w+", text[s:e])) for s, e in runs)


TEXTS = {1: D1, 2: "IP: 😀 förstår 𝔘nicode-ord, 2–5 år.", 3: D3}


@st.composite
def spans(draw):
    doc = draw(st.sampled_from(sorted(TEXTS)))
    start = draw(st.integers(0, len(TEXTS[doc]) - 1))
    return doc, draw(st.sampled_from([0, 1, 7])), start, draw(st.integers(start + 1, len(TEXTS[doc])))


@given(st.lists(spans(), min_size=1, max_size=8))
def test_covered_words_are_the_words_of_the_union(given_spans):
    docs, groups, words = covered_words(TEXTS, *zip(*given_spans))
    got = dict(zip(zip(docs.tolist(), groups.tolist()), words.tolist()))
    expected: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for d, g, s, e in given_spans:
        expected.setdefault((d, g), []).append((s, e))
    assert got == {key: brute_words(TEXTS[key[0]], pieces) for key, pieces in expected.items()}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3"]), st.sampled_from(CODES), st.integers(0, 30),
                          st.integers(1, 12)), max_size=10))
def test_by_document_the_totals_are_sums_and_shares_follow_the_documents(tm, extra):
    for doc, path, start, length in extra:
        text = {"d1": D1, "d2": D2, "d3": D3}[doc]
        tm.coding.apply(doc, min(start, len(text) - 1), min(len(text), start + length), path)
    service = tm.theme_matrix
    segments = service.matrix("document", "segments")
    assert segments["column_totals"] == [sum(col) for col in zip(*segments["values"])]
    assert segments["row_totals"] == [sum(row) for row in segments["values"]]  # one code per coding
    assert segments["total"] == tm.stats()["codings"]
    documents = service.matrix("document", "documents")
    assert documents["values"] == [[int(n > 0) for n in row] for row in segments["values"]]
    share = service.matrix("case", "share")
    counted = service.matrix("case", "documents")
    sizes = {c["name"]: len(c["documents"]) for c in tm.cases.list()}
    for name, row, total in zip(share["rows"], share["values"], share["row_totals"]):
        n = counted["values"][share["rows"].index(name)]
        assert row == ([None] * len(n) if not sizes[name] else [x / sizes[name] for x in n])
        assert total is None or 0 <= total <= 1
    words = service.matrix("document", "words")
    for r, doc in enumerate(words["rows"]):
        text = tm.documents.text(doc)
        for c, path in enumerate(words["columns"]):
            pieces = [(s["start"], s["end"]) for s in tm.coding.list(doc=doc) if s["code"] == path]
            assert words["values"][r][c] == brute_words(text, pieces)
        assert words["row_totals"][r] == brute_words(text, [(s["start"], s["end"]) for s in tm.coding.list(doc=doc)])
