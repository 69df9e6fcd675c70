"""`kvalkod cooccurrence` and `kvalkod actors`: the JSON shapes, the text table, the network
files, and one line on stderr for what is wrong."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kvalkod.importers.qdc import default_codebook_path, read_codebook
from kvalkod.services import Project

from ..conftest import add_text
from .network_helpers import ANNA, BERTIL, TEXT, A, B, C
from .network_helpers import CODINGS as ACTOR_CODINGS
from .review_helpers import run


@pytest.fixture
def path(project):
    """A project with the study codebook, the co-occurrence codings in one document and the
    actor codings in another (network_helpers)."""
    project.codebook.load(read_codebook(default_codebook_path())[0])
    add_text(project, "intervju", TEXT)
    add_text(project, "aktörer", "x" * 100)
    for code in (A, B, C):
        project.codebook.add(code)
    for coder, codings in (("Anna", ANNA), ("Bertil", BERTIL)):
        for code, start, end in codings:
            project.coding.apply("intervju", start, end, code, coder=coder)
    for coder, codings in ACTOR_CODINGS.items():
        for code, start, end in codings:
            project.coding.apply("aktörer", start, end, code, coder=coder)
    location = project.path
    project.close()
    return location


def cli_json(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_cooccurrence_json(path, capsys):
    data = cli_json(capsys, "cooccurrence", path, "--code", A, "--code", B, "--codes", C)
    assert data == {"mode": "overlap", "coder": None, "across_coders": False, "level": None, "min_weight": 1,
                    "nodes": [{"code": A, "count": 4}, {"code": B, "count": 5}, {"code": C, "count": 2}],
                    "edges": [{"a": A, "b": B, "weight": 3}, {"a": A, "b": C, "weight": 1}]}
    data = cli_json(capsys, "cooccurrence", path, "--mode", "paragraph", "--theme", "Tema", "--min", "3")
    assert data["mode"] == "paragraph" and data["edges"] == [{"a": A, "b": B, "weight": 3}]
    data = cli_json(capsys, "cooccurrence", path, "--level", "1", "--across-coders", "--theme", "Annat")
    assert data["level"] == 1 and data["across_coders"] is True and data["nodes"] == [{"code": "Annat", "count": 2}]
    data = cli_json(capsys, "cooccurrence", path, "--coder", "Bertil", "--theme", "Tema")
    assert data["coder"] == "Bertil" and data["edges"] == [{"a": A, "b": B, "weight": 1}]


def test_cooccurrence_text_table(path, capsys):
    code, out, err = run(capsys, "cooccurrence", path, "--theme", "Tema", "--mode", "paragraph")
    assert (code, out) == (0, f"3\t{A}\t{B}\n"), err


def test_cooccurrence_files(path, tmp_path, capsys):
    for name in ("nät.graphml", "nät.csv", "nät.svg"):
        code, out, err = run(capsys, "cooccurrence", path, "--theme", "Tema", "--out", tmp_path / name,
                             "--layout", "circular")
        assert (code, err) == (0, "") and out == f"wrote 3 nodes and 1 link to {tmp_path / name}\n"
    assert nx.read_graphml(tmp_path / "nät.graphml")[A][B]["weight"] == 3
    assert (tmp_path / "nät.csv").read_text(encoding="utf-8") == f"Source,Target,Weight\n{A},{B},3\n"
    assert (tmp_path / "nät.svg").read_text(encoding="utf-8").count("<circle") == 3
    # --json with --out writes the file and prints the JSON alone
    data = cli_json(capsys, "cooccurrence", path, "--theme", "Tema", "--out", tmp_path / "igen.csv")
    assert data["edges"] == [{"a": A, "b": B, "weight": 3}] and (tmp_path / "igen.csv").exists()


def test_actors_json_and_text(path, capsys):
    fk, af, vard = "Försäkringskassan", f"{'Aktörer och med- och motaktörskap'}/Arbetsförmedlingen", \
        "Aktörer och med- och motaktörskap/Hälso- och sjukvården"
    data = cli_json(capsys, "actors", path)
    assert data["ego"] == fk and data["root"] == "Aktörer och med- och motaktörskap"
    assert data["signs"]["Aktörer och med- och motaktörskap/Värdekoder: med- och motaktörskap/Konflikt"] == -1
    assert data["edges"][0] == {"a": fk, "b": af, "weight": 3, "positive": 1, "negative": 2, "sign": -1,
                                "values": {"Medaktör": 1, "Motaktör": 1, "Konflikt": 1}}
    assert {"actor": fk, "label": fk, "kind": "ego", "count": 5} in data["nodes"]
    data = cli_json(capsys, "actors", path, "--sign", "Samförstånd=+", "--no-ego")
    assert data["ego"] is None and data["edges"] == []
    data = cli_json(capsys, "actors", path, "--sign", "Samförstånd=+", "--sign", "Skav=−", "--ego", "FK")
    assert data["edges"] == [{"a": "FK", "b": vard, "weight": 1, "positive": 1, "negative": 1, "sign": 0,
                              "values": {"Samförstånd": 1, "”Skav”": 1}}]
    assert run(capsys, "actors", path, "--sign", "Samförstånd=+", "--no-ego")[1] == "no links\n"
    code, out, err = run(capsys, "actors", path, "--min", "2")
    assert code == 0 and out.splitlines() == [f"3\t{fk}\t{af}\t+1 −2\t−", f"2\t{fk}\t{vard}\t+1 −2\t−"]


def test_actors_file(path, tmp_path, capsys):
    code, out, err = run(capsys, "actors", path, "--out", tmp_path / "aktörer.graphml")
    assert code == 0, err
    assert nx.read_graphml(tmp_path / "aktörer.graphml").graph["ego"] == "Försäkringskassan"


def test_errors_are_one_line(path, tmp_path, capsys):
    cases = [
        (("cooccurrence", path, "--out", tmp_path / "nät.png"), "nät.png"),
        (("cooccurrence", path, "--code", "Tema/D"), "Tema/D"),
        (("cooccurrence", path, "--coder", "Carl"), "Carl"),
        (("actors", path, "--sign", "Ilska=-"), "Ilska"),
        (("actors", path, "--sign", "Medaktör"), "NAME=+ or NAME=-"),
        (("actors", path, "--root", "Aktörer"), "'Aktörer'"),
        (("cooccurrence", tmp_path / "saknas.kvalkod"), "saknas.kvalkod"),
    ]
    for args, named in cases:
        code, out, err = run(capsys, *args)
        assert code == 1 and out == "" and err.count("\n") == 1 and named in err, (args, err)
    assert not (tmp_path / "nät.png").exists()
    code, _, err = run(capsys, "cooccurrence", path, "--mode", "sentence")
    assert code == 2 and "sentence" in err


def test_a_project_without_the_study_codebook(tmp_path, capsys):
    with Project.create(tmp_path / "tom.kvalkod"):
        pass
    code, out, err = run(capsys, "actors", tmp_path / "tom.kvalkod")
    assert code == 1 and "Aktörer och med- och motaktörskap" in err and "not in the codebook" in err
