"""Build the sample project "Dokumentstudie – samordning" from the five seed reports.

It mirrors the document analysis of Socialförsäkringsrapport 2020:2 (the report searched FK's
guidance for "samordning, samordna och samordningsuppdrag", manifest content only): the five
reports with their agency, year and type, the study codebook, and the study's search words
and the main actors autocoded by sentence. Run: ``python sample_projects/build.py [OUT]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kvalkod.importers.qdc import default_codebook_path, read_codebook
from kvalkod.services import Project

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"

DOCUMENTS = {
    "000_922637aa2d6084fc": {"myndighet": "Försäkringskassan", "år": "2025", "typ": "lägesbild"},
    "001_3e4d6edb7e50ae30": {"myndighet": "Försäkringskassan och Arbetsmiljöverket", "år": "2025",
                             "typ": "regeringsuppdrag"},
    "002_0322864ac7075944": {"myndighet": "Försäkringskassan", "år": "2020", "typ": "forskningsrapport"},
    "003_ef4a9852eae156e6": {"myndighet": "Försäkringskassan", "år": "2024", "typ": "regeringsuppdrag"},
    "004_d2d617c181604f77": {"myndighet": "Försäkringskassan och Arbetsförmedlingen", "år": "2026",
                             "typ": "regeringsuppdrag"},
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


def build(out: Path) -> Path:
    if out.exists():
        out.unlink()
    nodes, _ = read_codebook(default_codebook_path())
    with Project.create(out, coder="exempel") as project:
        project.codebook.load(nodes, "load study codebook")
        for name, variables in DOCUMENTS.items():
            (result,) = project.documents.import_files([SOURCES / f"{name}.txt"], kind="document",
                                                       variables=variables)
            if result.error:
                raise SystemExit(result.error)
        for code, query in AUTOCODES:
            project.codebook.add(code)
            project.autocode.by_query(code, query, unit="sentence", fold=True)
        project.cases.add("Försäkringskassan ensam", ["000_922637aa2d6084fc", "002_0322864ac7075944",
                                                      "003_ef4a9852eae156e6"])
        project.cases.add("Försäkringskassan med annan myndighet", ["001_3e4d6edb7e50ae30",
                                                                    "004_d2d617c181604f77"])
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "dokumentstudie.kvalkod"
    print(f"built {build(target)}")
