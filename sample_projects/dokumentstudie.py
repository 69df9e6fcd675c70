"""Build the sample project "Dokumentstudie – samordning" from the five seed reports.

It mirrors the document analysis of Socialförsäkringsrapport 2020:2 (the report searched FK's
guidance for "samordning, samordna och samordningsuppdrag", manifest content only): the five
reports with their agency, year and type, the study codebook, and the study's search words
and the main actors autocoded by sentence; the 002 report's scenes and a few summaries, so
that its report draft has something in it.
"""

from __future__ import annotations

from pathlib import Path

from kvalkod.importers.qdc import default_codebook_path, read_codebook
from kvalkod.services import Project

NAME = "Dokumentstudie – samordning"

# source file: (document name, variables); the names say which report each is (sources/README.md)
DOCUMENTS = {
    "000_922637aa2d6084fc": ("Interna tillsynsfunktionen – lägesbild november 2025",
                             {"myndighet": "Försäkringskassan", "år": "2025", "typ": "lägesbild"}),
    "001_3e4d6edb7e50ae30": ("Samverkan och tillsyn av arbetsgivares ansvar – regeringsuppdrag 2025",
                             {"myndighet": "Försäkringskassan och Arbetsmiljöverket", "år": "2025",
                              "typ": "regeringsuppdrag"}),
    "002_0322864ac7075944": ("Socialförsäkringsrapport 2020:2",
                             {"myndighet": "Försäkringskassan", "år": "2020", "typ": "forskningsrapport"}),
    "003_ef4a9852eae156e6": ("Ökad upptäckt av våld – slutredovisning 2024",
                             {"myndighet": "Försäkringskassan", "år": "2024", "typ": "regeringsuppdrag"}),
    "004_d2d617c181604f77": ("Tillvara arbetsförmåga – regeringsuppdrag 2026",
                             {"myndighet": "Försäkringskassan och Arbetsförmedlingen", "år": "2026",
                              "typ": "regeringsuppdrag"}),
}

CASES = {
    "Försäkringskassan ensam": ["000_922637aa2d6084fc", "002_0322864ac7075944", "003_ef4a9852eae156e6"],
    "Försäkringskassan med annan myndighet": ["001_3e4d6edb7e50ae30", "004_d2d617c181604f77"],
}

# (code, query): the study's own search words and the actors it follows.
AUTOCODES = [
    ("Sökord/samordning", "samordning*"),
    ("Sökord/samordna", "samordna*"),
    ("Sökord/samordningsuppdrag", "samordningsuppdrag*"),
    ("Sökord/samverkan", "samverk*"),
    ("Sökord/aktör: Arbetsförmedlingen", "Arbetsförmedlingen*"),
    ("Sökord/aktör: hälso- och sjukvården", '"hälso och sjukvården" OR vården OR läkare*'),
    ("Sökord/aktör: arbetsgivare", "arbetsgivar*"),
]


# The scenes of the 002 report ("Scen: …" headings in its text), with the themes each
# illustrates; the scene's passage is the paragraphs below the heading.
SCENES = {
    "Gemensam kartläggning på Arbetsförmedlingen": (3, ["Aktörer och med- och motaktörskap/Arbetsförmedlingen"]),
    "Ärendedragning, långa sjukfall": (3, ["Ärendekarakteristika/Långt sjukfall",
                                           "Praktikens politik – görandet av samordning/Arbetsbelastning"]),
    "Kim, handläggningstillfälle": (4, ["Praktikens politik – görandet av samordning/Projektledarroll"]),
    "Teammöte, förstärkta samarbetet": (4, ["Praktikens politik – görandet av samordning/Arbetsbelastning",
                                            "Hanteringsstrategier/Krockande strategier mellan kollegor"]),
    "Avstämningsmöte på vårdcentralen": (4, ["Aktörer och med- och motaktörskap/Hälso- och sjukvården"]),
}
SUMMARIES = {
    "Praktikens politik – görandet av samordning/Arbetsbelastning":
        "Handläggarna beskriver en arbetsbelastning som styr vad som hinns med. Samordningen är det som "
        "prioriteras ned när ärendena blir för många.",
    "Aktörer och med- och motaktörskap/Hälso- och sjukvården":
        "Vården framstår både som med- och motaktör. Avstämningsmötet är platsen där rollerna prövas.",
    "Praktikens politik – görandet av samordning":
        "Samordningen görs i praktiken av enskilda handläggare, under tidspress och med stöd av kollegor "
        "mer än av styrdokument.",
}
STUDY_DOCUMENT = DOCUMENTS["002_0322864ac7075944"][0]


def add_scenes(project: Project) -> None:
    """Scenes, their passages coded to their themes, and summaries, as the 002 study has them."""
    text = project.documents.text(STUDY_DOCUMENT)
    for title, (paragraphs, codes) in SCENES.items():
        heading = text.index(f"Scen: {title}")
        start = text.index("\n\n", heading) + 2  # the scene's body, below its heading
        end = start
        for _ in range(paragraphs):
            end = text.index("\n\n", end + 1)
        for code in codes:
            project.coding.apply(STUDY_DOCUMENT, start, end, code)
        project.scenes.add(title, [(STUDY_DOCUMENT, start, end)], codes, setting="Försäkringskassan, 2019")
    for code, summary in SUMMARIES.items():
        project.summaries.set(code, summary)
    # a real name of the report's foreword, so that "kvalkod names check" has something to find
    project.names.set([("Matilde Millares", "projektledaren")])


def build(out: Path, sources: Path) -> Path:
    if out.exists():
        out.unlink()
    nodes, _ = read_codebook(default_codebook_path())
    with Project.create(out, coder="Anna", name=NAME) as project:
        project.codebook.load(nodes, "load study codebook")
        for stem, (name, variables) in DOCUMENTS.items():
            (result,) = project.documents.import_files([sources / f"{stem}.txt"], kind="document",
                                                       variables=variables, name=name)
            if result.error:
                raise SystemExit(result.error)
        for code, query in AUTOCODES:
            project.codebook.add(code)
            project.autocode.by_query(code, query, unit="sentence", fold=True)
        for case, stems in CASES.items():
            project.cases.add(case, [DOCUMENTS[stem][0] for stem in stems])
        add_scenes(project)
    return out

