"""Co-occurrence networks: hand-computed counts (overlap and same paragraph, one coder or
across coders, rolled up to themes), the segments behind a node or an edge, the files
(GraphML round trip, CSV edge list, SVG), and the vectorised counts against a brute force."""

from __future__ import annotations

import csv
import io
import itertools
from collections import Counter

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kvalkod.analysis.cooccurrence import Spans, overlap_counts, overlapping, paragraph_counts
from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.services.networks import table

from ..conftest import add_text
from .network_helpers import AF, ANNA, BERTIL, TEXT, VARD, A, B, C, seed_project  # noqa: F401 (a fixture)


@pytest.fixture
def coded(project):
    add_text(project, "intervju", TEXT)
    for path in (A, B, C):
        project.codebook.add(path)
    for coder, codings in (("Anna", ANNA), ("Bertil", BERTIL)):
        for code, start, end in codings:
            project.coding.apply("intervju", start, end, code, coder=coder)
    return project


def weights(graph) -> dict[frozenset, int]:
    return {frozenset((a, b)): d["weight"] for a, b, d in graph.edges(data=True)}


def pair(a, b):
    return frozenset((a, b))


# -- counts, by hand ------------------------------------------------------------------------------
def test_overlap_counts_pairs_of_overlapping_codings_of_one_coder(coded):
    graph = coded.networks.cooccurrence("overlap")
    # A–B: Anna's A holds two Bs, Bertil's A (par. 3) one; Bertil's touching A and B do not count
    assert weights(graph) == {pair(A, B): 3, pair(A, C): 1}
    assert {n: d["count"] for n, d in graph.nodes(data=True)} == {A: 4, B: 5, C: 2}
    assert graph.nodes[A]["label"] == "A" and graph.nodes[A]["path"] == A
    assert graph.nodes[A]["color"] == coded.codebook.get(A).color


def test_overlap_across_coders_pairs_any_two_codings(coded):
    graph = coded.networks.cooccurrence("overlap", across_coders=True)
    # Bertil's B [3, 6) lies in Anna's A; Bertil's C [25, 38) overlaps Anna's A and her B [20, 35)
    assert weights(graph) == {pair(A, B): 4, pair(A, C): 2, pair(B, C): 1}


def test_paragraph_counts_each_paragraph_once(coded):
    graph = coded.networks.cooccurrence("paragraph")
    # A–B in all three paragraphs (in the first both coders have the pair: it still counts once);
    # A–C and B–C in the first (Bertil) and second (Anna)
    assert weights(graph) == {pair(A, B): 3, pair(A, C): 2, pair(B, C): 2}
    assert weights(coded.networks.cooccurrence("paragraph", across_coders=True)) == weights(graph)


def test_paragraph_mode_pairs_codings_of_one_coder(project):
    add_text(project, "intervju", TEXT)
    project.codebook.add(A)
    project.codebook.add(B)
    project.coding.apply("intervju", 0, 5, A, coder="Anna")
    project.coding.apply("intervju", 10, 15, B, coder="Bertil")
    assert weights(project.networks.cooccurrence("paragraph")) == {}
    assert weights(project.networks.cooccurrence("paragraph", across_coders=True)) == {pair(A, B): 1}


def test_one_coder_min_weight_and_chosen_codes(coded):
    assert weights(coded.networks.cooccurrence(coder="Bertil")) == {pair(A, B): 1}
    graph = coded.networks.cooccurrence(min_weight=2)
    assert weights(graph) == {pair(A, B): 3}
    assert set(graph) == {A, B}  # codes left without links are left out …
    chosen = coded.networks.cooccurrence(codes=[A, C], min_weight=2)
    assert set(chosen) == {A, C} and weights(chosen) == {}  # … unless they were chosen
    themed = coded.networks.cooccurrence(theme="Tema")
    assert set(themed) == {"Tema", A, B} and weights(themed) == {pair(A, B): 3}
    assert themed.nodes["Tema"]["count"] == 0


def test_codes_roll_up_to_a_level(coded):
    graph = coded.networks.cooccurrence("overlap", level=1)
    # A and B are both Tema now (a code never meets itself); Anna's A [48, 60) meets her C
    assert weights(graph) == {pair("Tema", "Annat"): 1}
    assert graph.nodes["Tema"]["count"] == 9 and graph.nodes["Annat"]["count"] == 2


def test_bad_arguments_are_named(coded):
    with pytest.raises(KvalkodError, match="'overlap' or 'paragraph'"):
        coded.networks.cooccurrence("sentence")
    with pytest.raises(NotFoundError, match="Carl"):
        coded.networks.cooccurrence(coder="Carl")
    with pytest.raises(NotFoundError):
        coded.networks.cooccurrence(codes=["Tema/D"])
    with pytest.raises(KvalkodError, match="not both"):
        coded.networks.cooccurrence(codes=[A], theme="Tema")
    with pytest.raises(KvalkodError, match="level"):
        coded.networks.cooccurrence(level=0)


def test_table_is_the_json_shape(coded):
    data = table(coded.networks.cooccurrence("paragraph", min_weight=2))
    assert data == {"mode": "paragraph", "coder": None, "across_coders": False, "level": None, "min_weight": 2,
                    "nodes": [{"code": A, "count": 4}, {"code": B, "count": 5}, {"code": C, "count": 2}],
                    "edges": [{"a": A, "b": B, "weight": 3}, {"a": A, "b": C, "weight": 2},
                              {"a": B, "b": C, "weight": 2}]}


# -- the segments behind a click --------------------------------------------------------------------
def test_segments_for_a_node_are_its_own_codings(coded):
    graph = coded.networks.cooccurrence(coder="Anna")
    segments = coded.networks.segments_for_node(graph, B)
    assert [(s["start"], s["end"], s["coder"]) for s in segments] == [(5, 10, "Anna"), (20, 35, "Anna"), (60, 70, "Anna")]
    assert segments[0]["text"] == "xxxxx" and segments[0]["guid"] and segments[0]["code"] == B


def test_segments_for_an_overlap_edge_are_the_codings_taking_part(coded):
    graph = coded.networks.cooccurrence("overlap")
    segments = coded.networks.segments_for_edge(graph, C, A)
    assert [(s["code"], s["start"], s["end"]) for s in segments] == [(C, 42, 50), (A, 48, 60)]
    segments = coded.networks.segments_for_edge(graph, A, B)
    assert [(s["start"], s["end"], s["coder"]) for s in segments] == [
        (0, 30, "Anna"), (5, 10, "Anna"), (20, 35, "Anna"), (84, 100, "Bertil"), (90, 95, "Bertil")]
    with pytest.raises(NotFoundError):
        coded.networks.segments_for_edge(graph, B, C)


def test_segments_for_a_paragraph_edge_are_the_paragraphs(coded):
    graph = coded.networks.cooccurrence("paragraph")
    segments = coded.networks.segments_for_edge(graph, A, C)
    assert [(s["start"], s["end"], s["coder"]) for s in segments] == [(0, 40, "Anna, Bertil"), (42, 82, "Anna")]
    assert segments[1] == {"guid": "", "document": "intervju", "code": f"{A} ∩ {C}", "start": 42, "end": 82,
                           "text": "y" * 40, "coder": "Anna", "memo": ""}


# -- files --------------------------------------------------------------------------------------
def test_graphml_round_trip(coded, tmp_path):
    graph = coded.networks.cooccurrence("overlap", across_coders=True)
    coded.networks.export(graph, tmp_path / "nät.graphml")
    back = nx.read_graphml(tmp_path / "nät.graphml")
    assert set(back) == {A, B, C}
    assert {frozenset(e): d["weight"] for *e, d in back.edges(data=True)} == weights(graph)
    assert back.nodes[A] == {"label": "A", "path": A, "color": coded.codebook.get(A).color, "count": 4,
                             "kind": "code"}
    assert back.graph["mode"] == "overlap" and back.graph["across_coders"] is True
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically


def test_csv_edge_list_and_svg(coded, tmp_path):
    graph = coded.networks.cooccurrence("paragraph")
    coded.networks.export(graph, tmp_path / "kanter.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "kanter.csv").read_text(encoding="utf-8"))))
    assert rows == [["Source", "Target", "Weight"], [A, B, "3"], [A, C, "2"], [B, C, "2"]]
    coded.networks.export(graph, tmp_path / "nät.svg", layout="circular")
    svg = (tmp_path / "nät.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and svg.count("<circle") == 3 and svg.count("<line") == 3
    assert ">A</text>" in svg
    with pytest.raises(KvalkodError, match="nät.png"):
        coded.networks.export(graph, tmp_path / "nät.png")


def test_exports_use_the_pseudonyms(coded, tmp_path):
    coded.codebook.add("Personer/Yvonne")
    coded.coding.apply("intervju", 2, 8, "Personer/Yvonne")
    coded.names.set([("Yvonne", "Vera")])
    graph = coded.networks.cooccurrence(codes=[A, "Personer/Yvonne"])
    for suffix in ("graphml", "csv", "svg"):
        coded.networks.export(graph, tmp_path / f"nät.{suffix}")
        text = (tmp_path / f"nät.{suffix}").read_text(encoding="utf-8")
        assert "Vera" in text and "Yvonne" not in text, suffix
    assert "Personer/Vera" in nx.read_graphml(tmp_path / "nät.graphml")


def test_layouts_are_deterministic_and_circular_is_a_circle(coded):
    graph = coded.networks.cooccurrence("paragraph")
    assert coded.networks.layout(graph, "spring") == coded.networks.layout(graph, "spring")
    circle = coded.networks.layout(graph, "circular")
    assert all(abs(x * x + y * y - 1) < 1e-6 for x, y in circle.values())
    with pytest.raises(KvalkodError, match="spring"):
        coded.networks.layout(graph, "random")


# -- a real seed report ---------------------------------------------------------------------------
def test_codes_in_a_seed_report_meet_in_its_paragraphs(seed_project):  # noqa: F811
    project, spans = seed_project
    graph = project.networks.cooccurrence("paragraph", theme="Aktörer och med- och motaktörskap")
    assert weights(graph)[pair(AF, VARD)] == 2  # the consensus paragraph and the joint mapping
    segments = project.networks.segments_for_edge(graph, AF, VARD)
    text = project.documents.text("002")
    assert [s["text"] for s in segments] == [text[s["start"]:s["end"]] for s in segments]
    assert "samförstånd" in segments[0]["text"] and "medaktörer" in segments[1]["text"]


# -- the vectorised counts against a brute force -------------------------------------------------
row = st.tuples(st.integers(1, 3), st.integers(0, 60), st.integers(1, 25), st.integers(1, 5), st.integers(1, 2))


def as_rows(raw):
    return [(d, s, s + n, code, coder, k) for k, (d, s, n, code, coder) in enumerate(raw)]


def brute_overlap(rows, across):
    return Counter(tuple(sorted((x[3], y[3]))) for x, y in itertools.combinations(rows, 2)
                   if x[0] == y[0] and (across or x[4] == y[4]) and x[3] != y[3] and x[1] < y[2] and y[1] < x[2])


PARAGRAPHS = {1: [(0, 10), (12, 30), (30, 45), (50, 80)], 3: [(5, 20), (40, 41)]}


def brute_paragraphs(rows, across):
    found = Counter()
    for doc, spans in PARAGRAPHS.items():
        for ps, pe in spans:
            inside = [r for r in rows if r[0] == doc and r[1] < pe and ps < r[2]]
            found.update({tuple(sorted((x[3], y[3]))) for x, y in itertools.combinations(inside, 2)
                          if x[3] != y[3] and (across or x[4] == y[4])})
    return found


@settings(max_examples=80, deadline=None)
@given(st.lists(row, max_size=40), st.booleans())
def test_vectorised_counts_match_a_brute_force(raw, across):
    rows = as_rows(raw)
    assert overlap_counts(Spans(rows), across_coders=across) == dict(brute_overlap(rows, across))
    assert paragraph_counts(Spans(rows), PARAGRAPHS, across_coders=across) == dict(brute_paragraphs(rows, across))
    swept = Counter(tuple(sorted((x[3], y[3]))) for x, y in overlapping(rows, across_coders=across) if x[3] != y[3])
    assert swept == brute_overlap(rows, across)


@settings(max_examples=30, deadline=None)
@given(st.lists(row, max_size=40))
def test_rolled_up_counts_match_counts_of_renamed_codes(raw):
    rows = as_rows(raw)
    node_of = {1: 10, 2: 10, 3: 11, 4: 12}  # codes 1 and 2 roll up; code 5 is left out
    renamed = [(d, s, e, node_of[c], k, i) for d, s, e, c, k, i in rows if c in node_of]
    assert overlap_counts(Spans(rows, node_of)) == dict(brute_overlap(renamed, False))


def test_counting_in_chunks_gives_the_same_counts(monkeypatch):
    from kvalkod.analysis import cooccurrence

    rows = as_rows([(1, k % 50, 30, k % 4 + 1, 1) for k in range(200)])
    whole = overlap_counts(Spans(rows))
    monkeypatch.setattr(cooccurrence, "PAIRS_PER_CHUNK", 7)
    monkeypatch.setattr(cooccurrence, "DENSE_TABLE", 1)  # and counted by sorting keys
    assert overlap_counts(Spans(rows)) == whole == dict(brute_overlap(rows, False))
    assert paragraph_counts(Spans(rows), PARAGRAPHS) == dict(brute_paragraphs(rows, False))
