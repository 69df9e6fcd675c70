"""Coding queries: every operator hand-checked on small texts, the fast evaluation checked
against plain definitions (random intervals, and a seed report), filters, saved queries as
undoable actions, and the errors a mistyped query gets."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.model import SpeakerTurn
from kvalkod.services.query_eval import Node, evaluate
from kvalkod.text.units import paragraph_spans

from ..conftest import add_text
from .seed_text import cleaned
from .undo_helpers import undo_redo

# Three paragraphs of 20 characters at [0, 20), [22, 42) and [44, 64): offsets are easy to check.
BLOCKS = "\n\n".join(c * 20 for c in "xyz")

CODINGS = [  # (code, start, end, coder)
    ("A", 0, 10, "Anna"),
    ("A/a1", 5, 15, "Anna"),
    ("A", 30, 40, "Anna"),
    ("A", 50, 55, "Bertil"),
    ("B", 8, 12, "Anna"),
    ("B", 12, 18, "Bertil"),
    ("B", 38, 45, "Anna"),
    ("C", 0, 20, "Anna"),
    ("C", 44, 64, "Anna"),
]


@pytest.fixture
def blocks(project):
    add_text(project, "d", BLOCKS)
    for path in ("A/a1", "B", "C"):
        project.codebook.add(path)
    for code, start, end, coder in CODINGS:
        project.coding.apply("d", start, end, code, coder=coder)
    return project


def run(project, text, **filters):
    return project.queries.run(project.queries.definition(text, **filters))


def spans(project, text, **filters):
    return [(r["start"], r["end"]) for r in run(project, text, **filters)]


def test_a_code_brings_its_sub_codes_and_only_leaves_them_out(blocks):
    rows = run(blocks, "A")
    assert [(r["start"], r["end"], r["code"]) for r in rows] == [
        (0, 10, "A"), (5, 15, "A/a1"), (30, 40, "A"), (50, 55, "A")]
    # a coding comes back as coding.list gives it, resting on itself
    listed = {r["guid"]: r for r in blocks.coding.list(code="A")}
    for r in rows:
        assert {k: v for k, v in r.items() if k != "sources"} == listed[r["guid"]]
        assert r["sources"] == [r["guid"]]
    assert spans(blocks, "ONLY A") == [(0, 10), (30, 40), (50, 55)]


def test_or_gives_the_segments_of_either_once(blocks):
    assert spans(blocks, "A OR B") == [(0, 10), (5, 15), (8, 12), (12, 18), (30, 40), (38, 45), (50, 55)]
    assert spans(blocks, "A OR ONLY A") == spans(blocks, "A")


def test_and_gives_the_text_coded_with_both_resting_on_its_codings(blocks):
    # A covers [0,15) [30,40) [50,55); B covers [8,18) (two touching codings) and [38,45)
    rows = run(blocks, "A AND B")
    assert [(r["start"], r["end"], r["code"], r["guid"]) for r in rows] == [
        (8, 15, "A ∩ B", ""), (38, 40, "A ∩ B", "")]
    guid = {(c["code"], c["start"]): c["guid"] for c in blocks.coding.list()}
    assert set(rows[0]["sources"]) == {guid["A", 0], guid["A/a1", 5], guid["B", 8], guid["B", 12]}
    assert set(rows[1]["sources"]) == {guid["A", 30], guid["B", 38]}
    assert rows[0]["coder"] == "Anna, Bertil" and rows[1]["coder"] == "Anna"
    assert rows[0]["text"] == BLOCKS[8:15] and rows[0]["memo"] == ""
    assert spans(blocks, "A AND C") == [(0, 15), (50, 55)]


def test_not_keeps_the_segments_overlapping_nothing_of_the_other(blocks):
    assert spans(blocks, "A NOT B") == [(50, 55)]
    assert spans(blocks, "A AND NOT B") == [(50, 55)]
    # B [12,18) overlaps A/a1 [5,15); B [38,45) overlaps A [30,40): nothing of B is free of A
    assert spans(blocks, "B NOT A") == []
    assert spans(blocks, "B NOT ONLY A") == [(12, 18)]


def test_overlaps_keeps_whole_segments_of_the_left_side(blocks):
    rows = run(blocks, "A OVERLAPS B")
    assert [(r["start"], r["end"], r["code"]) for r in rows] == [(0, 10, "A"), (5, 15, "A/a1"), (30, 40, "A")]
    assert all(r["guid"] for r in rows)
    assert spans(blocks, "C OVERLAPS B") == [(0, 20), (44, 64)]


def test_within_means_inside_one_segment(blocks):
    assert spans(blocks, "A WITHIN C") == [(0, 10), (5, 15), (50, 55)]
    # B [8,12) lies inside A/a1 [5,15) though not inside A [0,10); nothing contains B [12,18)
    assert spans(blocks, "B WITHIN A") == [(8, 12)]
    assert spans(blocks, "B WITHIN ONLY A") == []


def test_near_by_characters_measures_the_gap(blocks):
    # A [50,55) is 5 characters after B [38,45); the others overlap a B segment (gap 0)
    assert spans(blocks, "A NEAR/5 B") == [(0, 10), (5, 15), (30, 40), (50, 55)]
    assert spans(blocks, "A NEAR/4 B") == [(0, 10), (5, 15), (30, 40)]
    # ONLY A [30,40) is 10 after C [0,20) and 4 before C [44,64)
    assert spans(blocks, "ONLY A NEAR/3 C") == [(0, 10), (50, 55)]
    assert spans(blocks, "ONLY A NEAR/4 C") == [(0, 10), (30, 40), (50, 55)]
    # touching segments are 0 apart
    assert spans(blocks, "ONLY B NEAR/0 A/a1") == [(8, 12), (12, 18)]
    assert spans(blocks, "C NEAR/0 ONLY B") == [(0, 20), (44, 64)]


def test_near_paragraph_shares_a_paragraph(blocks):
    # paragraphs [0,20) [22,42) [44,64); B [38,45) reaches into the third by one character
    assert spans(blocks, "C NEAR/PARAGRAPH ONLY A") == [(0, 20), (44, 64)]
    assert spans(blocks, "ONLY A NEAR/PARAGRAPH C") == [(0, 10), (50, 55)]
    assert spans(blocks, "C NEAR/PARAGRAPH B") == [(0, 20), (44, 64)]
    assert spans(blocks, "(ONLY A NOT B) NEAR/PARAGRAPH B") == [(50, 55)]


INTERVIEW = (
    "I: Hur ser samordningen ut?\n"
    "IP: Jag hinner inte. Tiden räcker inte.\n"
    "\n"
    "I: Och läkarna?\n"
    "IP: Läkarna förstår inte. Men Arbetsförmedlingen hjälper."
)


def turns_of(text):
    out, pos = [], 0
    for line in text.split("\n"):
        if line:
            out.append(SpeakerTurn(pos, pos + len(line), line.split(":")[0]))
        pos += len(line) + 1
    return out


@pytest.fixture
def interview(project):
    add_text(project, "intervju", INTERVIEW, turns=turns_of(INTERVIEW))
    add_text(project, "utan turer", INTERVIEW)
    for phrase, code in [("samordningen", "Samordning"), ("Tiden räcker inte", "Tid"), ("hinner inte", "Tid"),
                         ("Läkarna förstår", "Aktörer/Läkare"), ("Arbetsförmedlingen", "Aktörer/AF")]:
        if code not in {c.path for c in project.codebook.all()}:
            project.codebook.add(code)
        start = INTERVIEW.index(phrase)
        for doc in ("intervju", "utan turer"):
            project.coding.apply(doc, start, start + len(phrase), code)
    return project


def texts(project, query, **filters):
    return [(r["document"], r["text"]) for r in run(project, query, **filters)]


def test_near_turn_shares_a_speaker_turn_and_needs_turns(interview):
    assert texts(interview, "Tid NEAR/TURN Samordning") == []  # the question and the answer are two turns
    assert texts(interview, "Tid NEAR/PARAGRAPH Samordning") == [
        ("intervju", "hinner inte"), ("intervju", "Tiden räcker inte"),
        ("utan turer", "hinner inte"), ("utan turer", "Tiden räcker inte")]
    assert texts(interview, "Aktörer/AF NEAR/TURN Aktörer/Läkare") == [("intervju", "Arbetsförmedlingen")]
    assert texts(interview, "Tid NEAR/TURN Tid") == [("intervju", "hinner inte"), ("intervju", "Tiden räcker inte")]


def test_operators_nest_with_parentheses_and_precedence(interview):
    docs = ["intervju"]
    # NOT (like AND) binds tighter than OR, NEAR (like OVERLAPS and WITHIN) tighter than NOT
    assert texts(interview, "Samordning OR Tid NOT Samordning", documents=docs) == [
        ("intervju", "samordningen"), ("intervju", "hinner inte"), ("intervju", "Tiden räcker inte")]
    assert texts(interview, "(Samordning OR Tid) NOT Samordning", documents=docs) == [
        ("intervju", "hinner inte"), ("intervju", "Tiden räcker inte")]
    assert texts(interview, "Tid NOT Tid NEAR/TURN Samordning", documents=docs) == [
        ("intervju", "hinner inte"), ("intervju", "Tiden räcker inte")]
    assert texts(interview, "(Tid NOT Tid) NEAR/TURN Samordning", documents=docs) == []
    assert texts(interview, "(Samordning OR Aktörer) NEAR/PARAGRAPH Tid", documents=docs) == [
        ("intervju", "samordningen")]
    assert texts(interview, "Aktörer NEAR/TURN (Aktörer/Läkare AND Aktörer)", documents=docs) == [
        ("intervju", "Läkarna förstår"), ("intervju", "Arbetsförmedlingen")]
    nested = run(interview, "(Aktörer AND Aktörer/AF) AND Aktörer", documents=docs)
    assert [(r["text"], r["code"]) for r in nested] == [("Arbetsförmedlingen", "Aktörer ∩ Aktörer/AF ∩ Aktörer")]


def test_results_are_sorted_by_document_then_start(interview):
    rows = run(interview, "Tid OR Samordning")
    assert [(r["document"], r["start"]) for r in rows] == sorted((r["document"], r["start"]) for r in rows)
    assert len(rows) == 6


# -- filters ---------------------------------------------------------------------------------

def test_coder_filter_keeps_one_coders_codings(blocks):
    assert spans(blocks, "A", coder="Bertil") == [(50, 55)]
    assert spans(blocks, "A AND B", coder="Anna") == [(8, 12), (38, 40)]
    with pytest.raises(NotFoundError, match="no coder named 'Cecilia'"):
        run(blocks, "A", coder="Cecilia")


def test_document_and_variable_filters(interview):
    interview.variables.set("intervju", {"roll": "handläggare"})
    interview.cases.add("IP1", ["utan turer"])
    interview.variables.set_for_case("IP1", {"roll": "chef", "kontor": "A"})
    assert {d for d, _ in texts(interview, "Tid", variables={"roll": ["chef"]})} == {"utan turer"}
    assert {d for d, _ in texts(interview, "Tid", variables={"roll": ["chef", "handläggare"]})} == {
        "intervju", "utan turer"}
    # several variables must all match; a case's value counts for its documents
    assert texts(interview, "Tid", variables={"roll": ["handläggare"], "kontor": ["A"]}) == []
    assert {d for d, _ in texts(interview, "Tid", documents=["intervju"])} == {"intervju"}
    with pytest.raises(NotFoundError, match="no variable named 'ålder'"):
        run(interview, "Tid", variables={"ålder": ["40"]})
    with pytest.raises(NotFoundError, match="no document named 'saknas'"):
        run(interview, "Tid", documents=["saknas"])


def test_unknown_codes_are_named_all_at_once(blocks):
    with pytest.raises(NotFoundError, match=r"no codes 'X', 'Y/Z' in the codebook"):
        run(blocks, 'A AND X OR "Y/Z"')
    with pytest.raises(NotFoundError, match=r"no code 'Ö' in the codebook"):
        run(blocks, "Ö")


# -- the fast evaluation against plain definitions -----------------------------------------

def naive(op, left, right, distance=None, units=()):
    """Each operator as its definition says, comparing every pair."""
    def overlap(a, b):
        return a[0] < b[1] and b[0] < a[1]

    if op == "not":
        return [a for a in left if not any(overlap(a, b) for b in right)]
    if op == "overlaps":
        return [a for a in left if any(overlap(a, b) for b in right)]
    if op == "within":
        return [a for a in left if any(b[0] <= a[0] and a[1] <= b[1] for b in right)]
    if op == "near" and isinstance(distance, int):
        return [a for a in left if any(max(b[0] - a[1], a[0] - b[1], 0) <= distance for b in right)]
    if op == "near":
        def shared(a, b):
            return any(overlap(a, u) and overlap(b, u) for u in units)
        return [a for a in left if any(shared(a, b) for b in right)]
    if op == "and":  # every character coded on both sides, in maximal runs
        both = [i for i in range(60) if any(s <= i < e for s, e in left) and any(s <= i < e for s, e in right)]
        runs = []
        for i in both:
            if runs and runs[-1][1] == i:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
        return [tuple(r) for r in runs]
    raise AssertionError(op)


# a small stretch of text, so that segments often start, end or touch at the same place
intervals = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])),
                     max_size=10)


@settings(max_examples=150, deadline=None)
@example(left=[(0, 10), (22, 30)], right=[(12, 20)], op="near", distance=2, units=[5])  # exactly N apart
@example(left=[(0, 10), (20, 30)], right=[(10, 20)], op="overlaps", distance=0, units=[5])  # touching only
@example(left=[(2, 10), (2, 11), (1, 9)], right=[(2, 10)], op="within", distance=0, units=[5])  # same edges
@example(left=[(0, 4), (6, 8)], right=[(3, 7)], op="near", distance="paragraph", units=[4, 1])  # units 0-4, 6-7
@given(left=intervals, right=intervals, op=st.sampled_from(["and", "not", "overlaps", "within", "near"]),
       distance=st.one_of(st.integers(0, 6), st.just("paragraph")),
       units=st.lists(st.integers(1, 12), min_size=1, max_size=8))
def test_evaluation_agrees_with_the_definitions(left, right, op, distance, units):
    spans_ = []
    pos = 0
    for length in units:  # disjoint units with a gap of 2 between them
        spans_.append((pos, pos + length))
        pos += length + 2
    leaves = {0: sorted((s, e, "A", (i,), False) for i, (s, e) in enumerate(left)),
              1: sorted((s, e, "B", (100 + i,), False) for i, (s, e) in enumerate(right))}
    node = Node(op, left=Node("code", leaf=0), right=Node("code", leaf=1), distance=distance, label="A ∩ B")
    got = evaluate(node, leaves, lambda kind: spans_)
    expected = naive(op, [seg[:2] for seg in leaves[0]], [seg[:2] for seg in leaves[1]], distance, spans_)
    assert [seg[:2] for seg in got] == sorted(expected)
    if op == "and":  # each stretch rests on exactly the codings that overlap it
        for s, e, _, sources, derived in got:
            assert derived
            assert set(sources) == {seg[3][0] for seg in (*leaves[0], *leaves[1]) if seg[0] < e and s < seg[1]}


def test_a_seed_report_agrees_with_the_definitions(project):
    text = cleaned("002").text
    add_text(project, "002", text)
    for code in ("Samordning", "Arbetsförmedlingen", "Läkare"):
        project.codebook.add(code)
    project.autocode.by_query("Samordning", "samordningsuppdrag*", unit="sentence")
    project.autocode.by_query("Arbetsförmedlingen", "Arbetsförmedlingen*", unit="match")
    project.autocode.by_query("Läkare", "läkare*", unit="sentence")
    coded = {c: [(r["start"], r["end"]) for r in project.coding.list(code=c)]
             for c in ("Samordning", "Arbetsförmedlingen", "Läkare")}
    assert len(coded["Samordning"]) > 50 and len(coded["Arbetsförmedlingen"]) > 50
    paragraphs = paragraph_spans(text)
    for query, op, distance in [("Arbetsförmedlingen WITHIN Samordning", "within", None),
                                ("Samordning NOT Arbetsförmedlingen", "not", None),
                                ("Samordning OVERLAPS Arbetsförmedlingen", "overlaps", None),
                                ("Arbetsförmedlingen NEAR/300 Läkare", "near", 300),
                                ("Arbetsförmedlingen NEAR/PARAGRAPH Läkare", "near", "paragraph")]:
        left, right = query.split(" ")[0], query.split(" ")[2]
        expected = naive(op, coded[left], coded[right], distance, paragraphs)
        found = spans(project, query)
        assert found == expected, query
        assert 0 < len(found) < len(coded[left]), query  # the seed discriminates
    both = run(project, "Samordning AND Arbetsförmedlingen")
    assert both and all(r["text"].lower().startswith("arbetsförmedlingen") for r in both)
    assert [(r["start"], r["end"]) for r in both] == spans(project, "Arbetsförmedlingen WITHIN Samordning")


# -- saved queries -----------------------------------------------------------------------------

def test_save_list_get_run_delete_each_undoable(blocks):
    definition = blocks.queries.definition("A NOT B", coder="Bertil")
    saved = undo_redo(blocks, lambda: blocks.queries.save("Fristående A", definition))
    assert saved["name"] == "Fristående A" and saved["expression"] == "A NOT B"
    assert [q["name"] for q in blocks.queries.list()] == ["Fristående A"]
    assert blocks.queries.get("Fristående A")["definition"]["filters"]["coder"] == "Bertil"
    assert [(r["start"], r["end"]) for r in blocks.queries.run("Fristående A")] == [(50, 55)]
    # saving under the same name replaces the definition, as one action
    undo_redo(blocks, lambda: blocks.queries.save("Fristående A", blocks.queries.definition("A")))
    assert blocks.queries.get("Fristående A")["expression"] == "A"
    undo_redo(blocks, lambda: blocks.queries.delete("Fristående A"))
    assert blocks.queries.list() == []
    with pytest.raises(NotFoundError, match="no saved query named 'Fristående A'"):
        blocks.queries.run("Fristående A")


def test_saving_the_same_definition_again_changes_nothing(blocks):
    blocks.coding.apply("d", 60, 64, "C")
    blocks.queries.save("q", blocks.queries.definition("A"))
    assert blocks.store.undo_redo_labels() == ("save query q", None)
    blocks.history.undo()
    blocks.queries.save("q", blocks.queries.definition("A"))  # saved again, so undoable again
    blocks.queries.save("q", blocks.queries.definition("A"))
    blocks.history.undo()
    assert blocks.store.undo_redo_labels()[0].startswith("code d 60–64")


def test_a_saved_query_follows_a_renamed_code(blocks):
    blocks.queries.save("q", blocks.queries.definition("A AND B"))
    blocks.codebook.rename("B", "Bee bra")
    saved = blocks.queries.get("q")
    assert saved["expression"] == 'A AND "Bee bra"'
    assert [r["code"] for r in blocks.queries.run("q")] == ["A ∩ Bee bra", "A ∩ Bee bra"]


def test_saving_needs_a_name_and_known_codes(blocks):
    with pytest.raises(KvalkodError, match="needs a name"):
        blocks.queries.save("  ", blocks.queries.definition("A"))
    with pytest.raises(NotFoundError, match="no code 'X'"):
        blocks.queries.save("q", blocks.queries.definition("A OR X"))
    assert blocks.queries.list() == []


def test_definitions_from_json_are_checked(blocks):
    good = {"expression": {"op": "near", "left": {"code": "A"}, "right": {"code": "B"}, "distance": 5}}
    assert spans(blocks, good["expression"]) == spans(blocks, "A NEAR/5 B")
    assert blocks.queries.run(good) == run(blocks, "A NEAR/5 B")
    for bad, message in [
        ({"expression": {"op": "xor", "left": {"code": "A"}, "right": {"code": "B"}}}, "'op' must be one of"),
        ({"expression": {"op": "near", "left": {"code": "A"}, "right": {"code": "B"}}}, "near needs 'distance'"),
        ({"expression": {"op": "near", "left": {"code": "A"}, "right": {"code": "B"}, "distance": "page"}},
         "near's 'distance'"),
        ({"expression": {"code": ""}}, "'code' must be a code path"),
        ({"expression": {"code": "A"}, "filters": {"coder": 3}}, "coder filter"),
        ({"expression": {"code": "A"}, "filters": {"variables": {"roll": "chef"}}}, "variables filter"),
        ({"query": "A"}, "an object with an 'expression'"),
    ]:
        with pytest.raises(KvalkodError, match=message):
            blocks.queries.run(bad)
