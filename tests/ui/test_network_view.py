"""The network panel: the scene drawn from a small project, a click on a node or a link hands
its segments on, dragging a node drags its links, layouts, the minimum weight, the actor
network's signs, keeping up with new codings, and the exported GraphML, PNG and SVG."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QFileDialog

from kvalkod.importers.qdc import default_codebook_path, read_codebook
from ui.views.network_items import LinkItem
from ui.views.network_view import NetworkView

from .conftest import INTERVIEW

AF, MED, VARD = "Aktörer/Arbetsförmedlingen", "Aktörer/Medaktör", "Aktörer/Vården"


def span(words: str) -> tuple[int, int]:
    start = INTERVIEW.index(words)
    return start, start + len(words)


@pytest.fixture
def net(session):
    """AF, Medaktör and Vården overlap pairwise in the interview (a triangle of weight 1)."""
    session.project.codebook.add(VARD, color="#e15759")
    session.project.coding.apply("intervju_1", *span("Läkare förstår inte sjukförsäkringen. Men Arbetsförmedlingen"),
                                 VARD)
    return session


@pytest.fixture
def view(net, qtbot):
    v = NetworkView(net)
    qtbot.addWidget(v)
    v.resize(800, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def link(view, a, b) -> LinkItem:
    return next(k for k in view.links if {k.source.node, k.target.node} == {a, b})


def click(qtbot, view, scene_point: QPointF) -> None:
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=view.canvas.mapFromScene(scene_point))


def test_the_scene_is_the_network(view):
    assert set(view.nodes) == {AF, MED, VARD}  # "Tiden räcker inte" meets no code: left out
    assert len(view.links) == 3 and all(k.attributes["weight"] == 1 for k in view.links)
    assert view.nodes[AF].label.text() == "Arbetsförmedlingen"
    assert view.nodes[AF].brush().color().name() == "#4e79a7"
    assert "3 nodes, 3 links" in view.hint_label.text()
    assert view.graphml_action.isEnabled()


def test_clicking_a_node_or_a_link_requests_its_segments(view, qtbot):
    with qtbot.waitSignal(view.segmentsRequested) as blocker:
        click(qtbot, view, view.nodes[VARD].scenePos())
    title, segments = blocker.args
    assert title == VARD and [s["text"] for s in segments] == ["Läkare förstår inte sjukförsäkringen. Men Arbetsförmedlingen"]
    with qtbot.waitSignal(view.segmentsRequested) as blocker:
        click(qtbot, view, link(view, AF, MED).midpoint())
    title, segments = blocker.args
    assert "Arbetsförmedlingen" in title and "Medaktör" in title
    assert sorted((s["code"], s["text"]) for s in segments) == [
        (AF, "Arbetsförmedlingen"), (MED, "Arbetsförmedlingen är en medaktör")]


def test_dragging_a_node_drags_its_links_and_is_no_click(view, qtbot):
    node = view.nodes[AF]
    start = view.canvas.mapFromScene(node.scenePos())
    links = [k for k in view.links if node in (k.source, k.target)]
    emitted = []
    view.segmentsRequested.connect(lambda *args: emitted.append(args))
    viewport = view.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + QPoint(12 * step, 8 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 40))
    moved = view.canvas.mapFromScene(node.scenePos()) - start
    assert moved.manhattanLength() > 50
    for k in links:
        assert node.scenePos() in (k.line().p1(), k.line().p2())
    assert emitted == []
    x, y = view.model.positions[AF]  # kept for the next refresh, in layout units
    assert (x * view._scale, -y * view._scale) == pytest.approx((node.pos().x(), node.pos().y()))
    dragged = node.pos()
    view.model.refresh()
    assert view.nodes[AF].pos() == dragged
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("paragraph"))  # another network: laid out anew
    assert view.model.positions[AF] == pytest.approx(view.session.project.networks.layout(view.model.graph)[AF])


def test_layouts_switch(view):
    spring = {n: item.pos() for n, item in view.nodes.items()}
    view.layout_combo.setCurrentIndex(view.layout_combo.findData("circular"))
    radii = [math.hypot(item.pos().x(), item.pos().y()) for item in view.nodes.values()]
    assert radii == pytest.approx([view._scale] * 3)
    assert {n: item.pos() for n, item in view.nodes.items()} != spring
    view.layout_combo.setCurrentIndex(view.layout_combo.findData("spring"))
    assert {n: item.pos() for n, item in view.nodes.items()} == spring  # seeded: the same drawing


def test_minimum_weight_and_scope(view, net):
    net.project.coding.apply("intervju_1", *span("Arbetsförmedlingen är en"), VARD)
    view.model.refresh()
    assert link(view, AF, VARD).attributes["weight"] == 2
    view.min_spin.setValue(2)  # AF and Medaktör meet once
    assert {frozenset((k.source.node, k.target.node)) for k in view.links} == {frozenset((AF, VARD)),
                                                                                frozenset((MED, VARD))}
    view.min_spin.setValue(1)
    view.scope_combo.setCurrentIndex(view.scope_combo.findData("level:1"))
    assert not view.nodes and "No links yet" in view.hint_label.text()  # the actors meet only each other
    view.scope_combo.setCurrentIndex(view.scope_combo.findData(net.project.codebook.get("Aktörer").guid))
    assert set(view.nodes) == {"Aktörer", AF, MED, VARD}  # a chosen theme shows all its codes


def test_new_codings_are_drawn_after_a_moment_and_only_when_shown(view, net, qtbot):
    start, end = span("Det finns inte tid")
    net.project.coding.apply("intervju_1", start, end, MED)
    qtbot.waitUntil(lambda: "Arbetsbelastning/Tiden räcker inte" in view.nodes, timeout=3000)
    view.hide()
    net.project.coding.apply("intervju_1", start, end, VARD)
    qtbot.wait(400)
    assert len(view.links) == 4  # hidden: stale, not re-read
    view.show()
    assert len(view.links) == 5


def test_the_actor_network_needs_its_codes(view):
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("actors"))
    assert "Aktörer och med- och motaktörskap" in view.hint_label.text()
    assert not view.nodes and not view.graphml_action.isEnabled() and not view.scope_combo.isEnabled()


def test_actor_links_are_green_or_red_and_dashed(session, qtbot):
    project = session.project
    project.codebook.load(read_codebook(default_codebook_path())[0])
    root = "Aktörer och med- och motaktörskap"
    for code, words in ((f"{root}/Arbetsförmedlingen", "Men Arbetsförmedlingen är en medaktör."),
                        (f"{root}/Värdekoder: med- och motaktörskap/Medaktör", "Arbetsförmedlingen är en medaktör"),
                        (f"{root}/Hälso- och sjukvården", "Läkare förstår inte sjukförsäkringen."),
                        (f"{root}/Värdekoder: med- och motaktörskap/”Skav”", "förstår inte")):
        project.coding.apply("intervju_1", *span(words), code)
    view = NetworkView(session)
    qtbot.addWidget(view)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("actors"))
    view.show()
    qtbot.waitExposed(view)
    co_actor = link(view, "Försäkringskassan", f"{root}/Arbetsförmedlingen")
    counter = link(view, "Försäkringskassan", f"{root}/Hälso- och sjukvården")
    assert co_actor.pen().color().name() == "#2e8b3a" and co_actor.pen().style() == Qt.PenStyle.SolidLine
    assert counter.pen().color().name() == "#c0392b" and counter.pen().style() == Qt.PenStyle.DashLine
    assert view.model.positions["Försäkringskassan"] == pytest.approx((0, 0), abs=1e-9)


def test_exports(view, net, tmp_path, monkeypatch):
    net.project.names.set([("Arbetsförmedlingen", "Myndigheten")])
    answers = iter([str(tmp_path / "nät.graphml"), str(tmp_path / "nät.png"), str(tmp_path / "nät.svg")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (next(answers), ""))
    for action in (view.graphml_action, view.png_action, view.svg_action):
        action.trigger()
    graph = nx.read_graphml(tmp_path / "nät.graphml")
    assert "Aktörer/Myndigheten" in graph and graph.nodes["Aktörer/Myndigheten"]["label"] == "Myndigheten"
    image = QImage(str(tmp_path / "nät.png"))
    assert not image.isNull() and image.width() > 200 and image.pixelColor(0, 0).name() == "#ffffff"
    svg = (tmp_path / "nät.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Myndigheten" in svg and "Arbetsförmedlingen" not in svg
    assert view.nodes[AF].label.text() == "Arbetsförmedlingen"  # the panel keeps the real name
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_wheel_zooms(view, qtbot):
    before = view.canvas.transform().m11()
    centre = QPointF(view.canvas.viewport().rect().center())
    event = QWheelEvent(centre, view.canvas.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.canvas.wheelEvent(event)
    assert view.canvas.transform().m11() == pytest.approx(before * 1.15 ** 2)
