"""Fixtures for the app's tests: offscreen Qt, a session over a small coded project."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (recent projects, layout, columns) go to a throw-away folder, not the tester's own
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kvalkod-test-config-")

import pytest  # noqa: E402

from kvalkod.model import SpeakerTurn  # noqa: E402
from kvalkod.services import Project  # noqa: E402

from ..conftest import add_text  # noqa: E402

INTERVIEW = (
    "I: Hur ser samordningen ut hos er?\n"
    "IP: Jag hinner inte samordna på det sättet. Det finns inte tid, vi har för många ärenden.\n"
    "I: Och läkarna?\n"
    "IP: Läkare förstår inte sjukförsäkringen. Men Arbetsförmedlingen är en medaktör. 😀\n"
)


def turns_of(text: str) -> list[SpeakerTurn]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line:
            out.append(SpeakerTurn(pos, pos + len(line), line.split(":")[0]))
        pos += len(line) + 1
    return out


@pytest.fixture
def session(tmp_path, qapp):
    from ui.session import Session

    project = Project.create(tmp_path / "ui.kvalkod", coder="Anna")
    add_text(project, "intervju_1", INTERVIEW, turns=turns_of(INTERVIEW))
    add_text(project, "fältanteckning", "Scen: Teammöte. Dana vill ha en fast dagordning.", kind="field_note")
    project.codebook.add("Arbetsbelastning/Tiden räcker inte", color="#e15759")
    project.codebook.add("Aktörer/Arbetsförmedlingen", color="#4e79a7")
    project.codebook.add("Aktörer/Medaktör", color="#59a14f")
    start = INTERVIEW.index("Det finns inte tid")
    project.coding.apply("intervju_1", start, start + len("Det finns inte tid"), "Arbetsbelastning/Tiden räcker inte")
    start = INTERVIEW.index("Arbetsförmedlingen")
    project.coding.apply("intervju_1", start, start + len("Arbetsförmedlingen är en medaktör"), "Aktörer/Medaktör")
    project.coding.apply("intervju_1", start, start + len("Arbetsförmedlingen"), "Aktörer/Arbetsförmedlingen")
    project.variables.set("intervju_1", {"roll": "handläggare", "kontor": "A"})
    s = Session(project)
    yield s
    s.close()
