"""The actor network: signs and weights by hand over the study codebook, the sign table and the
ego as options, clear messages when the codebook lacks what the network reads, the segments
behind an edge, the files, and a run over passages of seed report 002."""

from __future__ import annotations

import networkx as nx
import pytest

from kvalkod.errors import KvalkodError, NotFoundError
from kvalkod.importers.qdc import default_codebook_path, read_codebook
from kvalkod.services.networks import DEFAULT_EGO, table

from ..conftest import add_text
from .network_helpers import (  # noqa: F401 (seed_project is a fixture)
    AF,
    CODINGS,
    FORSAKRADE,
    GIVARE,
    KLINCH,
    VALUES,
    VARD,
    seed_project,
)

FK = DEFAULT_EGO


@pytest.fixture
def actors(project):
    project.codebook.load(read_codebook(default_codebook_path())[0])
    add_text(project, "intervju", "x" * 100)
    for coder, codings in CODINGS.items():
        for code, start, end in codings:
            project.coding.apply("intervju", start, end, code, coder=coder)
    return project


def edges(graph) -> dict[frozenset, tuple[int, int, int, int]]:
    """{pair: (weight, positive, negative, sign)}."""
    return {frozenset((a, b)): (d["weight"], d["positive"], d["negative"], d["sign"])
            for a, b, d in graph.edges(data=True)}


def pair(a, b):
    return frozenset((a, b))


def test_signs_and_weights_by_hand(actors):
    graph = actors.networks.actor_network()
    assert edges(graph) == {
        pair(FK, AF): (3, 1, 2, -1),  # Medaktör; Motaktör on the sub-code's passage; Konflikt
        pair(FK, VARD): (2, 1, 2, -1),  # Konflikt; Samförstånd and ”Skav” on one passage
        pair(AF, VARD): (1, 0, 1, -1),  # Konflikt where the two overlap
    }
    assert graph[FK][AF]["values"] == {"Medaktör": 1, "Motaktör": 1, "Konflikt": 1}
    assert graph.nodes[FK] == {"label": FK, "path": "", "color": "#4d4d4d", "kind": "ego", "count": 5}
    assert graph.nodes[AF]["count"] == 3 and graph.nodes[VARD]["count"] == 3
    assert graph.nodes[AF]["label"] == "Arbetsförmedlingen" and graph.nodes[AF]["kind"] == "actor"
    # every actor of the codebook is a node, the value codes' group is not
    assert set(graph) == {FK, AF, VARD, GIVARE, FORSAKRADE, *(f"{'Aktörer och med- och motaktörskap'}/{n}"
                                                             for n in ("Interna aktörer", "Övriga"))}


def test_across_coders_a_value_of_another_coder_counts(actors):
    graph = actors.networks.actor_network(across_coders=True)
    # Bertil's Medaktör lies on Anna's conflict passage: those units are now both + and −
    assert edges(graph) == {pair(FK, AF): (3, 2, 2, 0), pair(FK, VARD): (2, 2, 2, 0), pair(AF, VARD): (1, 1, 1, 0)}
    assert edges(actors.networks.actor_network(coder="Bertil")) == {}


def test_the_sign_table_is_the_callers(actors):
    graph = actors.networks.actor_network(signs={"Samförstånd": 1})
    assert edges(graph) == {pair(FK, VARD): (1, 1, 0, 1)}
    # a code anywhere, by path: the sub-code names a counter-actor itself
    graph = actors.networks.actor_network(signs={KLINCH: -1, "medaktör": 1, "Skav": -1})
    assert edges(graph)[pair(FK, AF)] == (2, 1, 1, 0)
    assert edges(graph)[pair(FK, VARD)] == (1, 0, 1, -1)  # ”Skav” found as Skav
    assert table(graph)["signs"] == {KLINCH: -1, f"{VALUES}/Medaktör": 1, f"{VALUES}/”Skav”": -1}


def test_without_ego_and_with_min_weight(actors):
    graph = actors.networks.actor_network(ego=None)
    assert FK not in graph and edges(graph) == {pair(AF, VARD): (1, 0, 1, -1)}
    assert edges(actors.networks.actor_network(min_weight=3)) == {pair(FK, AF): (3, 1, 2, -1)}
    assert "Kontoret" in actors.networks.actor_network(ego="Kontoret")


def test_what_is_missing_is_named(actors):
    with pytest.raises(NotFoundError, match="'Aktörer'.*not in the codebook"):
        actors.networks.actor_network(root="Aktörer")
    with pytest.raises(NotFoundError, match="'Ilska'"):
        actors.networks.actor_network(signs={"Ilska": -1, "Medaktör": 1})
    with pytest.raises(NotFoundError, match="Värdekoder"):
        actors.networks.actor_network(values="Värdekoder")
    with pytest.raises(KvalkodError, match="\\+1 or -1"):
        actors.networks.actor_network(signs={"Medaktör": 2})
    with pytest.raises(KvalkodError, match="without '/'"):
        actors.networks.actor_network(ego="FK/handläggare")
    actors.codebook.add("Tomt")
    with pytest.raises(KvalkodError, match="no sub-codes"):
        actors.networks.actor_network(root="Tomt")


def test_a_project_without_the_study_codebook_gets_a_message(tmp_path):
    from kvalkod.services import Project

    with Project.create(tmp_path / "tom.kvalkod") as project:
        with pytest.raises(NotFoundError, match="Aktörer och med- och motaktörskap"):
            project.networks.actor_network()


def test_segments_behind_edges_and_nodes(actors):
    graph = actors.networks.actor_network()
    spans = lambda segments: [(s["code"], s["start"], s["end"]) for s in segments]  # noqa: E731
    assert spans(actors.networks.segments_for_edge(graph, FK, AF)) == [(AF, 0, 20), (KLINCH, 30, 40), (AF, 50, 60)]
    assert spans(actors.networks.segments_for_edge(graph, VARD, AF)) == [(AF, 50, 60), (VARD, 55, 70)]
    assert spans(actors.networks.segments_for_node(graph, VARD)) == [(VARD, 55, 70), (VARD, 80, 90), (VARD, 95, 99)]
    assert len(actors.networks.segments_for_node(graph, FK)) == 5  # the valued passages
    with pytest.raises(NotFoundError):
        actors.networks.segments_for_edge(graph, AF, GIVARE)


def test_files_keep_the_signs(actors, tmp_path):
    graph = actors.networks.actor_network()
    actors.networks.export(graph, tmp_path / "aktörer.graphml")
    back = nx.read_graphml(tmp_path / "aktörer.graphml")
    assert back[FK][AF] == {"weight": 3, "positive": 1, "negative": 2, "sign": -1,
                            "values": "Medaktör: 1; Motaktör: 1; Konflikt: 1"}
    assert back.nodes[FK]["kind"] == "ego" and back.graph["ego"] == FK
    actors.networks.export(graph, tmp_path / "aktörer.csv")
    lines = (tmp_path / "aktörer.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Source,Target,Weight,Positive,Negative,Sign,Values"
    assert f"{FK},{AF},3,1,2,-1,Medaktör: 1; Motaktör: 1; Konflikt: 1" in lines
    actors.networks.export(graph, tmp_path / "aktörer.svg")
    svg = (tmp_path / "aktörer.svg").read_text(encoding="utf-8")
    assert svg.count('stroke-dasharray="8 5"') == 3  # all three links lean counter-actor


def test_the_ego_sits_in_the_centre(actors):
    graph = actors.networks.actor_network()
    for kind in ("spring", "circular"):
        assert actors.networks.layout(graph, kind)[FK] == pytest.approx((0.0, 0.0), abs=1e-9)


def test_a_seed_report_read_as_an_actor_network(seed_project):  # noqa: F811
    project, _ = seed_project
    graph = project.networks.actor_network()
    assert edges(graph) == {
        pair(FK, AF): (3, 2, 1, 1),  # consensus, shared purpose, and the clinch over mandates
        pair(FK, VARD): (2, 2, 0, 1),
        pair(FK, GIVARE): (1, 1, 0, 1),
        pair(FK, FORSAKRADE): (1, 0, 1, -1),  # the friction with the insured
        pair(AF, VARD): (2, 2, 0, 1),
        pair(AF, GIVARE): (1, 1, 0, 1),
        pair(VARD, GIVARE): (1, 1, 0, 1),
    }
    clinch = project.networks.segments_for_edge(graph, FK, AF)[-1]
    assert clinch["text"].startswith("Bland dem som uppfattar Arbetsförmedlingen mer i termer av motaktör")
