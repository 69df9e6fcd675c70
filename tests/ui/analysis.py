"""An analysis on top of the ``session`` fixture's coded project, for the outline editor and
review mode: two cases, a variable on each document, two summaries and three scenes."""

from __future__ import annotations

from .conftest import INTERVIEW

NOTE = "Scen: Teammöte. Dana vill ha en fast dagordning."


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def add_analysis(project) -> dict[str, str]:
    """Returns the guids of what it made, by short names."""
    project.cases.add("Kontor A", ["intervju_1"])
    project.cases.add("Kontor B", ["fältanteckning"])
    project.variables.set("fältanteckning", {"kontor": "B"})
    time = next(r for r in project.coding.list() if r["text"] == "Det finns inte tid")
    medaktor = next(r for r in project.coding.list(code="Aktörer/Medaktör"))
    workload = project.summaries.set("Arbetsbelastning/Tiden räcker inte",
                                     "Handläggarna saknar tid. De har för många ärenden.",
                                     links=[f"{time['guid']}@1"])
    actors = project.summaries.set("Aktörer", "Arbetsförmedlingen ses som en medaktör.")
    team = project.scenes.add("Teammöte", [("fältanteckning", *span(NOTE, "Dana vill ha en fast dagordning"))],
                              ["Aktörer/Medaktör"], setting="Morgonmöte")
    project.scenes.update(team.guid, analysis="Mötet visar samordningens villkor.")
    rush = project.scenes.add("Tidsbrist", [("intervju_1", *span(INTERVIEW, "Det finns inte tid, vi har för många"))],
                              ["Arbetsbelastning/Tiden räcker inte"])
    doctors = project.scenes.add("Läkarna", [("intervju_1", *span(INTERVIEW, "Läkare förstår inte sjukförsäkringen"))],
                                 ["Aktörer/Medaktör"])
    project.scenes.set_status(doctors.guid, "klar")
    return {"time": time["guid"], "medaktor": medaktor["guid"], "workload": workload["guid"],
            "actors": actors["guid"], "team": team.guid, "rush": rush.guid, "doctors": doctors.guid}
