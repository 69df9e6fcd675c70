"""A whole study for the analysis benchmarks: 500 interviews in 500 cases, 300 codes under
30 themes, 200,000 codings by two coders, and the variables roll, kontor and erfarenhet.

The matrix, co-occurrence and REFI-QDA export budgets (issue 5) are all stated over this
project. It is deterministic (seeded: the texts, cases, variables, codes, every coding's span
and coder, and every row's GUID and time stamp, pinned by ``kvalkod.store.stamps``, are the
same in every run) and built once per benchmark
run: texts are imported through the service like any analyst's, the codings arrive in one
bulk action (200,000 ``apply`` calls would measure the coding service, not the analysis).
"""

from __future__ import annotations

import random
from pathlib import Path

from corpus import write_documents

from kvalkod.model import CodeNode
from kvalkod.services import Project
from kvalkod.store.stamps import new_guid, pinned, utc_now

DOCUMENTS, THEMES, CODES_PER_THEME, CODINGS = 500, 30, 10, 200_000
DOCUMENT_CHARS = 12_000  # 6 MB of interviews in all
ROLES = ("handläggare", "specialist", "enhetschef", "samordnare")
OFFICES = ("kontor A", "kontor B", "kontor C", "kontor D", "kontor E")
EXPERIENCE = ("under 2 år", "2–5 år", "över 5 år")
STAMP = "2026-01-01T09:00:00+00:00"  # every row's time stamp while building: not the clock's


def build(work: Path) -> Path:
    """The study's project file under ``work`` (reused if already built there)."""
    path = work / "study.kvalkod"
    if path.exists():
        return path
    rng = random.Random(500)
    files = write_documents(work / "study-texts", DOCUMENTS * DOCUMENT_CHARS, DOCUMENTS, seed=31)
    with pinned(500, STAMP), Project.create(path, coder="Anna") as project:
        project.documents.import_files(files, kind="interview")
        docs = project.documents.all()
        for i, doc in enumerate(docs):
            project.cases.add(f"IP{i + 1:03d}", [doc.name])
            project.variables.set_for_case(f"IP{i + 1:03d}", {
                "roll": ROLES[i % len(ROLES)], "kontor": OFFICES[i % len(OFFICES)],
                "erfarenhet": EXPERIENCE[rng.randrange(len(EXPERIENCE))]})
        project.codebook.load([
            CodeNode(f"Tema {t + 1:02d}", children=tuple(
                CodeNode(f"Kod {t + 1:02d}.{k + 1:02d}") for k in range(CODES_PER_THEME)))
            for t in range(THEMES)])
        paths = [c.path for c in project.codebook.all() if c.parent_id is not None]
        code_ids = [project.codebook.get(p).id for p in paths]
        with project.action("benchmark codings") as uow:
            coders = [project.coder_id(uow, "Anna"), project.coder_id(uow, "Bertil")]
            rows, seen = [], set()
            while len(rows) < CODINGS:
                doc = docs[rng.randrange(len(docs))]
                length = rng.randint(40, 600)
                start = rng.randrange(0, max(1, doc.length - length))
                key = (doc.id, code_ids[rng.randrange(len(code_ids))], coders[rng.randrange(2)], start)
                if key in seen:
                    continue
                seen.add(key)
                rows.append({"guid": new_guid(),
                             "document_id": doc.id, "code_id": key[1], "start": start,
                             "end": min(doc.length, start + length), "coder_id": key[2], "memo": "",
                             "created_at": utc_now(), "updated_at": utc_now()})
            project.store.codings.insert_many(uow, rows)
    return path
