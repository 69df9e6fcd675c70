"""A small study for the theme-matrix tests, every figure of which can be counted by hand:
three short documents, cases that share a document, a case without documents, a document in
no case, a variable with a case value and a document without one, overlapping codings."""

from __future__ import annotations

from kvalkod.model import CodeNode

from ..conftest import add_text

D1 = "Jag hinner inte samordna. Det finns inte tid."
D2 = "Läkare förstår inte. Vi samordnar ändå."
D3 = "Arbetsgivaren kom inte till mötet."
CODES = ["Tema", "Tema/A", "Tema/B", "Annat", "Rubrik/Under"]  # the codes in use, in codebook order


def code(project, doc, text, phrase, path):
    start = text.index(phrase)
    return project.coding.apply(doc, start, start + len(phrase), path)


def build(project):
    """Yvonne has d1 and d2, Ali has d2, Tom has no documents; d3 is in no case.
    roll: d1 handläggare (its own), d2 chef (from Ali's case), d3 none."""
    for name, text in (("d1", D1), ("d2", D2), ("d3", D3)):
        add_text(project, name, text)
    project.codebook.load([CodeNode("Tema", children=(CodeNode("A"), CodeNode("B"))), CodeNode("Annat"),
                           CodeNode("Oanvänd"), CodeNode("Rubrik", codable=False, children=(CodeNode("Under"),))])
    project.cases.add("Yvonne", ["d1", "d2"])
    project.cases.add("Ali", ["d2"])
    project.cases.add("Tom")
    project.variables.set("d1", {"roll": "handläggare", "år": "10"})
    project.variables.set_for_case("Ali", {"roll": "chef"})
    project.variables.set("d2", {"år": "2"})
    project.variables.set("d3", {"år": "2,5"})
    code(project, "d1", D1, "Jag hinner inte", "Tema/A")           # overlaps the next one:
    code(project, "d1", D1, "hinner inte samordna", "Tema/A")      # together 4 words, not 6
    code(project, "d1", D1, "Det finns inte tid", "Tema/B")
    code(project, "d1", D1, "samordna. Det", "Tema")
    code(project, "d2", D2, "Vi samordnar", "Tema/A")
    code(project, "d2", D2, "Läkare förstår", "Annat")
    code(project, "d2", D2, "förstår inte", "Tema/B")              # shares "förstår" with Annat
    code(project, "d3", D3, "Arbetsgivaren kom", "Tema/B")
    code(project, "d3", D3, "kom inte till", "Tema/B")             # together 4 words
    code(project, "d3", D3, "mötet", "Rubrik/Under")
    return project
