"""Benchmark of merging projects (issue 5): a third analyst's copy of the whole study of
``study.py`` (500 interviews, 300 codes, 200,000 codings) with 50,000 codings of her own,
merged back into the study. Every one of the 200,000 shared codings must be recognised as a
duplicate and the 50,000 new ones come in as one batch: seconds, not minutes.

Figures: the merge itself (backup of the 80 MB target included), the same as a dry run, and
the undo that takes it back; medians of repeated runs, the target put back by undo between.
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from study import STAMP, build

from kvalkod.services import Project
from kvalkod.store.stamps import new_guid, pinned, utc_now

NEW_CODINGS, REPEAT = 50_000, 3


def _third_analyst(study: Path, path: Path) -> None:
    """A copy of the study in which Cecilia has coded 50,000 passages (one bulk action)."""
    shutil.copyfile(study, path)
    rng = random.Random(7)
    with pinned(7, STAMP), Project.open(path, coder="Cecilia") as p:
        docs = p.documents.all()
        code_ids = [c.id for c in p.codebook.all() if c.parent_id is not None]
        with p.action("Cecilia's codings") as uow:
            coder = p.coder_id(uow)
            rows, seen = [], set()
            while len(rows) < NEW_CODINGS:
                doc = docs[rng.randrange(len(docs))]
                length = rng.randint(40, 600)
                start = rng.randrange(0, max(1, doc.length - length))
                key = (doc.id, code_ids[rng.randrange(len(code_ids))], start)
                if key not in seen:
                    seen.add(key)
                    rows.append({"guid": new_guid(), "document_id": doc.id, "code_id": key[1],
                                 "start": start, "end": start + length, "coder_id": coder, "memo": "",
                                 "created_at": utc_now(), "updated_at": utc_now()})
            p.store.codings.insert_many(uow, rows)


def run(work: Path, record) -> None:
    study = build(work)
    with tempfile.TemporaryDirectory(prefix="kvalkod-merge-bench-") as tmp:
        target, source = Path(tmp) / "studie.kvalkod", Path(tmp) / "cecilia.kvalkod"
        shutil.copyfile(study, target)
        _third_analyst(study, source)
        merges, undos, dry = [], [], []
        with Project.open(target) as project:
            for _ in range(REPEAT):
                t0 = time.perf_counter()
                report = project.merge.merge([source], dry_run=True)
                dry.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                report = project.merge.merge([source])
                merges.append(time.perf_counter() - t0)
                assert report.added["codings"] == NEW_CODINGS, report.added
                assert report.skipped["codings"] == 200_000, report.skipped
                t0 = time.perf_counter()
                project.history.undo()
                undos.append(time.perf_counter() - t0)
                shutil.rmtree(project.backups.folder)
        record("merge_50k_codings_s", statistics.median(merges), "s", 10.0)
        record("merge_50k_dry_run_s", statistics.median(dry), "s", 10.0)
        record("undo_merge_50k_s", statistics.median(undos), "s", 10.0)


if __name__ == "__main__":
    def show(name: str, value: float, unit: str, budget: float) -> None:
        print(f"{name:30} {value:8.3f} {unit}  budget ≤ {budget}  {'ok' if value <= budget else 'OVER BUDGET'}")

    run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/studybench"), show)
