"""Benchmark of the report export (part of ``make bench``): a stored outline of 2,000 quotes
and 50 scenes, with summaries and a pseudonym list, rendered and written to .docx and
Markdown. The budget (ARCHITECTURE.md) is the whole export under 5 s.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from corpus import write_documents

from kvalkod.exporters.report_docx import write_docx
from kvalkod.exporters.report_markdown import write_markdown
from kvalkod.services import Project

QUOTES, SCENES, THEMES, DOCUMENTS = 2000, 50, 10, 40


def build(work: Path) -> Project:
    """40 interviews of ~25,000 characters, 10 themes of 4 codes, 2,000 codings of 100–500
    characters, a summary per code, 50 scenes, and an outline that shows all of them."""
    rng = random.Random(4)
    project = Project.create(work / "report.kvalkod", coder="bench")
    files = write_documents(work / "report-texts", DOCUMENTS * 25_000, DOCUMENTS, seed=21)
    project.documents.import_files(files, kind="interview")
    docs = project.documents.all()
    for i, doc in enumerate(docs):
        project.variables.set(doc.name, {"roll": rng.choice(["handläggare", "specialist", "enhetschef"]),
                                         "kontor": f"kontor {'ABC'[i % 3]}"})
    paths = [f"Tema {t}/Kod {t}.{k}" for t in range(THEMES) for k in range(4)]
    for path in paths:
        project.codebook.add(path)
    for n in range(QUOTES):
        doc = docs[n % len(docs)]
        start = rng.randrange(0, doc.length - 600)
        project.coding.apply(doc.name, start, start + rng.randint(100, 500), paths[n % len(paths)])
    for path in paths:
        project.summaries.set(path, "Handläggarna beskriver tidsbrist. Samordningen prioriteras ned. "
                                    "Kontoren skiljer sig åt.")
    project.names.set([("Karin", "Lisa"), ("Anders Berg", "Per Ek")])
    for s in range(SCENES):
        project.scenes.add(f"Scen {s}", [(docs[s % len(docs)].name, 1000, 2500)], [paths[s % len(paths)]])
    project.outline.draft(quotes=QUOTES)  # every coding of a code is one of its quotes
    return project


def run(work: Path, record) -> None:
    project = build(work)
    t0 = time.perf_counter()
    blocks = project.report.blocks()
    rendered = time.perf_counter() - t0
    write_docx(blocks, work / "rapport.docx")
    written_docx = time.perf_counter() - t0
    write_markdown(blocks, work / "rapport.md")
    total = time.perf_counter() - t0
    quotes = sum(1 for b in blocks if b["kind"] == "quote")
    scenes = sum(1 for b in blocks if b["kind"] == "scene")
    print(f"  ({quotes} quotes, {scenes} scenes, {len(blocks)} blocks: rendered in {rendered:.2f} s, "
          f".docx written at {written_docx:.2f} s)")
    record("report_2000_quotes_s", total, "s", 5.0)
    project.close()
