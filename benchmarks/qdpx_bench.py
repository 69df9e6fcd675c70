"""Benchmark of REFI-QDA project exchange (issue 5): ``.qdpx`` export of 100,000 codings under
10 s, and what importing that file takes.

The 100,000-coding project is a copy of the study of ``study.py`` (500 interviews, 300 codes)
with every second coding deleted in the copy; the whole study (200,000 codings) is exported
too. Figures are medians of repeated runs; the import makes a new project each time.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from study import build

from kvalkod.services import Project
from kvalkod.services.exchange import import_qdpx

REPEAT = 3


def _half(study: Path, path: Path) -> None:
    """A copy of the study keeping every second coding (straight SQL: a fixture, not an action)."""
    shutil.copyfile(study, path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM codings WHERE id % 2 = 0")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def _export(project_path: Path, out: Path) -> tuple[float, int]:
    times, count = [], 0
    with Project.open(project_path) as project:
        for _ in range(REPEAT):
            t0 = time.perf_counter()
            count = project.exchange.export_qdpx(out)["codings"]
            times.append(time.perf_counter() - t0)
    return statistics.median(times), count


def run(work: Path, record) -> None:
    study = build(work)
    with tempfile.TemporaryDirectory(prefix="kvalkod-qdpx-bench-") as tmp:
        tmp = Path(tmp)
        half = tmp / "half.kvalkod"
        _half(study, half)
        seconds, count = _export(half, tmp / "half.qdpx")
        assert count == 100_000, count
        record("qdpx_export_100k_s", seconds, "s", 10.0)
        seconds, count = _export(study, tmp / "study.qdpx")
        assert count == 200_000, count
        record("qdpx_export_200k_s", seconds, "s", 20.0)
        imports = []
        for n in range(REPEAT):
            t0 = time.perf_counter()
            report = import_qdpx(tmp / "half.qdpx", tmp / f"imported-{n}.kvalkod", coder="bench")
            imports.append(time.perf_counter() - t0)
            assert report.added["codings"] == 100_000 and not report.losses, report.to_dict()["losses"]
        record("qdpx_import_100k_s", statistics.median(imports), "s", 30.0)


if __name__ == "__main__":
    def show(name: str, value: float, unit: str, budget: float) -> None:
        print(f"{name:30} {value:8.3f} {unit}  budget ≤ {budget}  {'ok' if value <= budget else 'OVER BUDGET'}")

    run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/studybench"), show)
