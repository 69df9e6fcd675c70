"""Every user action is undone and redone exactly: the whole project is compared row by row."""

import pytest

from kvalkod.model import CodeNode, SpeakerTurn
from kvalkod.services import Project

from ..conftest import add_text
from .undo_helpers import project_rows, undo_redo


def state(project):
    """Every row, and what a search finds (the index must follow undo too)."""
    return {**project_rows(project), "search": [h.start for h in project.search.find("samordning*")]}


@pytest.fixture
def ready(project, tmp_path):
    text = "I: Hur fungerar samordningen?\nIP: Samordningen tar tid.\nI: Och sen?\nIP: Vi samordnar ändå."
    turns, pos = [], 0
    for line in text.split("\n"):
        turns.append(SpeakerTurn(pos, pos + len(line), line.split(":")[0]))
        pos += len(line) + 1
    add_text(project, "d", text, turns=turns)
    add_text(project, "e", "Samordning i ett annat dokument.")
    project.codebook.add("Tema/Under", description="def")
    project.codebook.add("Annat")
    c = project.coding.apply("d", 4, 12, "Tema/Under")
    project.cases.add("Fall 1", ["d"])
    project.variables.set("d", {"roll": "handläggare"})
    memo = project.memos.add("code", "Tema", "första")
    table = tmp_path / "v.csv"
    table.write_text("dokument,kontor\nd,A\ne,B\n", encoding="utf-8")
    source = tmp_path / "ny.txt"
    source.write_text("Samordning: en ny fil.", encoding="utf-8")
    other = tmp_path / "annan.kvalkod"
    with Project.create(other, coder="Bertil") as o:
        add_text(o, "d", text)
        o.codebook.add("Tema/Under")
        o.coding.apply("d", 14, 30, "Tema/Under")
        o.memos.add("project", None, "Bertils memo")
    return {"coding": c.guid, "memo": memo.id, "table": table, "source": source, "other": other}


ACTIONS = {
    "import file": lambda p, r: p.documents.import_files([r["source"]]),
    "rename document": lambda p, r: p.documents.rename("d", "d2"),
    "set kind": lambda p, r: p.documents.set_kind("d", "field_note"),
    "delete document": lambda p, r: p.documents.delete(["d"]),
    "add code": lambda p, r: p.codebook.add("Ny/Kod/Djup"),
    "rename code": lambda p, r: p.codebook.rename("Tema", "Huvudtema"),
    "move code": lambda p, r: p.codebook.move("Tema/Under", "Annat"),
    "merge code": lambda p, r: p.codebook.merge("Tema/Under", "Annat"),
    "delete code": lambda p, r: p.codebook.delete("Tema"),
    "edit code": lambda p, r: p.codebook.describe("Tema", description="ny", color="#112233"),
    "load codebook": lambda p, r: p.codebook.load([CodeNode("Importerad", children=(CodeNode("Barn"),))]),
    "apply coding": lambda p, r: p.coding.apply("e", 0, 10, "Annat", coder="Bertil"),
    "remove coding": lambda p, r: p.coding.remove([r["coding"]]),
    "resize coding": lambda p, r: p.coding.resize(r["coding"], 2, 20),
    "coding memo": lambda p, r: p.coding.set_memo(r["coding"], "memo"),
    "autocode match": lambda p, r: p.autocode.by_query("Annat", "samordn*"),
    "autocode sentence folded": lambda p, r: p.autocode.by_query("Annat", "samordning", unit="sentence", fold=True),
    "autocode paragraph": lambda p, r: p.autocode.by_query("Annat", "samordning*", unit="paragraph"),
    "autocode turn": lambda p, r: p.autocode.by_query("Annat", "samordning*", unit="turn", doc="d"),
    "autocode speaker": lambda p, r: p.autocode.by_speaker("Annat", "IP"),
    "add case": lambda p, r: p.cases.add("Fall 2", ["d", "e"]),
    "extend case": lambda p, r: p.cases.add("Fall 1", ["e"]),
    "set variables": lambda p, r: p.variables.set("d", {"roll": "chef", "år": "3"}),
    "case variables": lambda p, r: p.variables.set_for_case("Fall 1", {"kontor": "A"}),
    "import variables": lambda p, r: p.variables.import_table(r["table"]),
    "add memo": lambda p, r: p.memos.add("project", None, "projektmemo"),
    "edit memo": lambda p, r: p.memos.edit(r["memo"], "andra"),
    "delete memo": lambda p, r: p.memos.delete(r["memo"]),
    "colour coder": lambda p, r: p.coders.set_color("Anna", "#123456"),
    "rename coder": lambda p, r: p.coders.rename("Anna", "Anna B"),
    "save query": lambda p, r: p.queries.save("Under nära", p.queries.definition('"Tema/Under" NEAR/50 Annat')),
    "merge project": lambda p, r: p.merge.merge([r["other"]]),
}


@pytest.mark.parametrize("name", ACTIONS)
def test_action_undo_redo(project, ready, name):
    before = state(project)
    undo_redo(project, lambda: ACTIONS[name](project, ready), state)
    project.history.undo()
    assert state(project) == before
