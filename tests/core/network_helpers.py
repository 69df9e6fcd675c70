"""What the network tests share: small hand-computed codings, and seed report 002 in a project
with the study codebook, four of its passages about actors coded the way the report reads
them (seed-analysis.md §4, L2867–2880, L3026–3029, L3108)."""

from __future__ import annotations

import pytest

from kvalkod.importers.qdc import default_codebook_path, read_codebook
from kvalkod.services import Project

from ..conftest import seed

ACTORS = "Aktörer och med- och motaktörskap"
VALUES = f"{ACTORS}/Värdekoder: med- och motaktörskap"
AF, VARD, GIVARE, FORSAKRADE = (f"{ACTORS}/{name}" for name in
                                ("Arbetsförmedlingen", "Hälso- och sjukvården", "Arbetsgivare", "Försäkrade"))
A, B, C = "Tema/A", "Tema/B", "Annat/C"
# three paragraphs of 40 characters: [0, 40), [42, 82), [84, 124)
TEXT = "\n\n".join(f"{k}" * 40 for k in "xyz")
ANNA = [(A, 0, 30), (B, 5, 10), (B, 20, 35),  # paragraph 1: A holds one B, overlaps the other
        (C, 42, 50), (A, 48, 60), (B, 60, 70)]  # paragraph 2: C and A overlap; B only touches A
BERTIL = [(C, 25, 38), (A, 1, 3), (B, 3, 6),  # paragraph 1: A and B touch; C overlaps Anna's A and B
          (A, 84, 100), (B, 90, 95)]  # paragraph 3: A holds B

# the actor network's codings over a text of 100 characters
KLINCH = f"{AF}/Motaktör: klinch om uppdrag och arbetsförmåga"
CODINGS = {
    "Anna": [(AF, 0, 20), (f"{VALUES}/Medaktör", 0, 20),  # a co-actor
             (KLINCH, 30, 40), (f"{VALUES}/Motaktör", 35, 45),  # a sub-code of AF, a counter-actor
             (AF, 50, 60), (VARD, 55, 70), (f"{VALUES}/Konflikt", 56, 58),  # both, in conflict
             (VARD, 80, 90), (f"{VALUES}/Samförstånd", 85, 95), (f"{VALUES}/”Skav”", 88, 92),  # agree, with friction
             (VARD, 95, 99)],  # no value code: says nothing of co- or counter-actorship
    "Bertil": [(f"{VALUES}/Medaktör", 50, 60)],
}

# first and last words of each passage (a sentence of the cleaned text), and its codes
PASSAGES = {
    "consensus": ("Under resterande möten präglades", "Arbetsförmedlingen/arbetsgivare.",
                  [AF, VARD, GIVARE, f"{VALUES}/Samförstånd"]),
    "friction": ("I den mån det funnits någon", "å andra sidan.", [FORSAKRADE, f"{VALUES}/”Skav”"]),
    "mapping": ("Följande scen utgör en gemensam kartläggning", "den försäkrades arbetsförmåga:",
                [AF, VARD, f"{VALUES}/Medaktör"]),
    "clinch": ("Bland dem som uppfattar Arbetsförmedlingen", "respektive myndighets olika uppdrag:",
               [AF, f"{VALUES}/Motaktör"]),
}


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory):
    """(project, {passage: (start, end)})."""
    project = Project.create(tmp_path_factory.mktemp("seed") / "aktorer.kvalkod", coder="Anna")
    project.codebook.load(read_codebook(default_codebook_path())[0])
    (result,) = project.documents.import_files([seed("002")])
    project.documents.rename(result.document.name, "002")
    text = project.documents.text("002")
    spans = {}
    for name, (first, last, codes) in PASSAGES.items():
        start = text.index(first)
        end = text.index(last, start) + len(last)
        spans[name] = (start, end)
        for code in codes:
            project.coding.apply("002", start, end, code)
    yield project, spans
    project.close()
