"""Benchmark of the theme matrix (issue 5): on the whole study (benchmarks/study.py: 500 cases,
300 codes, 200,000 codings), cases × every code with coded segments in the cells, against the
bare GROUP BY of codings per case × code in the same process.

Budgets: ``matrix_300x500_ms`` under 300 ms, ``matrix_overhead_ratio`` at most 3× the bare
query. The other measures, a theme matrix by a variable, and the CSV and Excel exports of
the full matrix are printed beside them (no budget). Runs alternate between the service and
the bare query, so a busy moment of the machine falls on both.

Standalone: ``python benchmarks/matrix_bench.py [WORK]`` builds the study in WORK (or reuses
it there; default: a temporary folder).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from study import build  # noqa: E402

from kvalkod.exporters.matrix_table import write_matrix  # noqa: E402
from kvalkod.services import Project  # noqa: E402

REPEAT = 9


def median_ms(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def run(work: Path, record) -> None:
    path = build(work)
    with Project.open(path) as project:
        service, repo = project.theme_matrix, project.store.matrix
        matrix = service.matrix("case", "segments")  # warm: numpy imported, pages cached
        assert (len(matrix["rows"]), len(matrix["columns"]), matrix["total"]) == (500, 300, 200_000), \
            (len(matrix["rows"]), len(matrix["columns"]), matrix["total"])
        ours, bare = [], []
        for _ in range(REPEAT):
            t0 = time.perf_counter()
            service.matrix("case", "segments")
            t1 = time.perf_counter()
            repo.counts_by_case()  # SELECT case_id, code_id, count(*) … GROUP BY case_id, code_id
            t2 = time.perf_counter()
            ours.append(t1 - t0)
            bare.append(t2 - t1)
        ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
        print(f"  (cases × codes, segments: {ms:.0f} ms; the bare GROUP BY: {bare_ms:.0f} ms)")
        for label, rows, measure, kwargs in (
                ("cases × codes, documents", "case", "documents", {}),
                ("cases × codes, share", "case", "share", {}),
                ("cases × codes, words", "case", "words", {}),
                ("documents × codes, segments", "document", "segments", {}),
                ("roll × themes rolled up, share", "var:roll", "share", {"themes": True}),
                ("erfarenhet × themes rolled up, words", "var:erfarenhet", "words", {"themes": True})):
            service.matrix(rows, measure, **kwargs)
            print(f"  ({label}: {median_ms(lambda: service.matrix(rows, measure, **kwargs), 5):.0f} ms)")
        pseudonymise = project.names.pseudonymiser()
        for suffix in ("csv", "xlsx"):
            target = work / f"matrix.{suffix}"
            write_matrix(matrix, target, pseudonymise)  # warm: pandas or openpyxl imported
            took = median_ms(lambda: write_matrix(matrix, target, pseudonymise), 3)
            print(f"  (the 500 × 300 matrix to .{suffix}: {took:.0f} ms, {target.stat().st_size // 1024} KB)")
    record("matrix_300x500_ms", ms, "ms", 300.0)
    record("matrix_overhead_ratio", ms / bare_ms, "×", 3.0)


if __name__ == "__main__":
    def show(name: str, value: float, unit: str, budget: float) -> None:
        print(f"{name:28} {value:10.2f} {unit:3} budget ≤ {budget:<6} {'ok' if value <= budget else 'OVER BUDGET'}")

    if len(sys.argv) > 1:
        run(Path(sys.argv[1]), show)
    else:
        with tempfile.TemporaryDirectory(prefix="kvalkod-matrix-bench-") as tmp:
            run(Path(tmp), show)
