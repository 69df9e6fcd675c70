"""Coding: apply, duplicates, coders, bounds, remove, resize, memos; all undoable."""

import pytest

from kvalkod.errors import KvalkodError

from ..conftest import add_text

TEXT = "Jag hinner inte samordna på det sättet. Det finns inte tid. 😀 Vi gör så gott vi kan."


@pytest.fixture
def doc(project):
    project.codebook.add("Arbetsbelastning/Tiden räcker inte")
    return add_text(project, "q5", TEXT)


def test_apply_stores_code_points(project, doc):
    start = TEXT.index("Det finns")
    end = TEXT.index("tid.") + 4
    coding = project.coding.apply("q5", start, end, "Arbetsbelastning/Tiden räcker inte")
    (row,) = project.coding.list(code="Arbetsbelastning")
    assert row["text"] == "Det finns inte tid."
    assert row["coder"] == "Anna" and row["guid"] == coding.guid
    # after an emoji, offsets still count code points
    start = TEXT.index("Vi gör")
    project.coding.apply("q5", start, start + 6, "Arbetsbelastning")
    assert project.coding.list(code="Arbetsbelastning")[-1]["text"] == "Vi gör"


def test_same_coder_no_duplicate_two_coders_two_codings(project, doc):
    project.coding.apply("q5", 0, 10, "Arbetsbelastning")
    project.coding.apply("q5", 0, 10, "Arbetsbelastning")
    project.coding.apply("q5", 0, 10, "Arbetsbelastning", coder="Bertil")
    rows = project.coding.list()
    assert sorted(r["coder"] for r in rows) == ["Anna", "Bertil"]
    assert [r["coder"] for r in project.coding.list(coder="Bertil")] == ["Bertil"]


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (6, 2), (0, len(TEXT) + 1)])
def test_out_of_range_spans_are_refused(project, doc, span):
    with pytest.raises(KvalkodError, match="not a span of q5"):
        project.coding.apply("q5", *span, "Arbetsbelastning")


def test_remove_resize_and_memo_are_undoable(project, doc):
    c = project.coding.apply("q5", 0, 10, "Arbetsbelastning")
    project.coding.resize(c.guid, 0, 15)
    project.coding.set_memo(c.guid, "viktig")
    assert project.coding.get(c.guid).end == 15 and project.coding.get(c.guid).memo == "viktig"
    project.history.undo()
    assert project.coding.get(c.guid).memo == ""
    project.history.undo()
    assert project.coding.get(c.guid).end == 10
    project.coding.remove([c.guid])
    assert project.coding.list() == []
    project.history.undo()
    assert project.coding.get(c.guid).start == 0


def test_folder_codes_cannot_be_applied(project, doc):
    from kvalkod.model import CodeNode

    project.codebook.load([CodeNode("Mapp", codable=False)])
    with pytest.raises(KvalkodError, match="folder"):
        project.coding.apply("q5", 0, 3, "Mapp")


def test_interval_query_finds_overlaps(project, doc):
    project.coding.apply("q5", 0, 10, "Arbetsbelastning")
    project.coding.apply("q5", 20, 30, "Arbetsbelastning")
    found = project.store.codings.in_range(doc.id, 9, 21)
    assert [(c.start, c.end) for c in found] == [(0, 10), (20, 30)]
    assert project.store.codings.in_range(doc.id, 10, 20) == []


def test_apply_new_code_is_one_action(project, doc):
    coding = project.coding.apply_new_code("q5", 0, 24, "In vivo/Jag hinner inte samordna")
    assert project.codebook.get("In vivo/Jag hinner inte samordna").id == coding.code_id
    assert project.coding.list()[0]["text"] == "Jag hinner inte samordna"
    project.history.undo()
    assert project.coding.list() == []
    assert "In vivo" not in [c.path for c in project.codebook.all()]
    # an existing code is reused, not doubled
    project.coding.apply_new_code("q5", 0, 3, "Arbetsbelastning")
    assert [c.path for c in project.codebook.all()].count("Arbetsbelastning") == 1


def test_in_span_is_an_interval_query_in_text_order(project, doc):
    project.coding.apply("q5", 20, 30, "Arbetsbelastning")
    project.coding.apply("q5", 0, 10, "Arbetsbelastning")
    assert [(c.start, c.end) for c in project.coding.in_span("q5", 0, 100)] == [(0, 10), (20, 30)]
    assert [(c.start, c.end) for c in project.coding.in_span("q5", 10, 20)] == []
    assert project.coding.codes_in_document("q5") == [project.codebook.get("Arbetsbelastning").id]
