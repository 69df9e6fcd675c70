"""A small study for the review tests: two interviews naming people, codes, a scene with a
passage, a scene without a theme, a summary, and the command line run in-process."""

from __future__ import annotations

from kvalkod.cli import main

from ..conftest import add_text

INTERVIEW = ("Intervjun börjar på kontoret.\n\n"
             "Karin: Jag hinner inte samordna, det är för många ärenden <just nu>.\n\n"
             "Karins chef Per Holm säger att det löser sig & att tiden räcker.\n")
OTHER = "IP: Läkarna förstår inte sjukförsäkringen.\n"
PAIRS = [("Karin", "Lisa"), ("Per Holm", "Olof Ek")]


def build(project) -> dict:
    """The study in ``project``; returns the guids the tests refer to."""
    add_text(project, "intervju-1", INTERVIEW)
    add_text(project, "intervju-2", OTHER)
    project.codebook.add("Tid/Brist")
    project.codebook.add("Vården/Läkare")
    start = INTERVIEW.index("Jag hinner")
    coding = project.coding.apply("intervju-1", start, INTERVIEW.index(" ärenden") + 8, "Tid/Brist")
    doctors = project.coding.apply("intervju-2", 4, len(OTHER) - 1, "Vården/Läkare")
    passage = (INTERVIEW.index("Karin:"), INTERVIEW.index(" <just"))
    scene = project.scenes.add("Karin har bråttom", [("intervju-1", *passage)], ["Tid/Brist", "Vården/Läkare"],
                               setting="Kontor A", participants="Karin, en försäkrad")
    project.scenes.update(scene.guid, analysis="Tidsbristen styr <allt>.", date="2019-10-02")
    loose = project.scenes.add("Ett möte utan tema", [("intervju-2", 0, 3)])
    summary = project.summaries.set("Tid/Brist", "Karin och kollegorna saknar tid. De väljer bort möten.",
                                    links=[f"{coding.guid}@1"])
    return {"coding": coding.guid, "doctors": doctors.guid, "scene": scene.guid, "loose": loose.guid,
            "summary": summary["guid"], "passage": passage}


def run(capsys, *args) -> tuple[int, str, str]:
    """``kvalkod ARGS``: exit status, stdout, stderr."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
