"""Benchmark of the co-occurrence network (issue 5) over the whole study of ``study.py``: 500
interviews, 300 codes, 200,000 codings by two coders. The budget: co-occurrence of all codes,
overlap mode, under a second, from the call to the finished networkx graph (44,850 links).
The same-paragraph mode is measured too (it also reads and splits every document's text).

Timings are medians of repeated warm runs (the first call also imports numpy and networkx,
once per session; it is printed apart).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from study import build

from kvalkod.analysis.cooccurrence import Spans, overlap_counts
from kvalkod.services import Project

REPEAT = 5
BUDGET_MS = 1000


def median_ms(fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def run(work: Path, record) -> None:
    with Project.open(build(work)) as project:
        networks = project.networks
        t0 = time.perf_counter()
        networks.cooccurrence("overlap")
        print(f"  (first call, imports included: {(time.perf_counter() - t0) * 1000:.0f} ms)")
        ms, graph = median_ms(lambda: networks.cooccurrence("overlap"))
        read_ms, rows = median_ms(lambda: project.store.codings.spans())
        count_ms, _ = median_ms(lambda: overlap_counts(Spans(rows)))
        print(f"  overlap: {graph.number_of_nodes()} codes, {graph.number_of_edges()} links, "
              f"{sum(w for _, _, w in graph.edges(data='weight'))} overlapping pairs; "
              f"reading the spans {read_ms:.0f} ms, counting {count_ms:.0f} ms")
        record("cooccurrence_200k_ms", ms, "ms", BUDGET_MS)
        ms, graph = median_ms(lambda: networks.cooccurrence("paragraph"))
        print(f"  paragraph: {graph.number_of_edges()} links, "
              f"{sum(w for _, _, w in graph.edges(data='weight'))} paragraph co-occurrences")
        record("cooccurrence_paragraph_200k_ms", ms, "ms", BUDGET_MS)
        ms, graph = median_ms(lambda: networks.cooccurrence("overlap", level=1))
        record("cooccurrence_themes_200k_ms", ms, "ms", BUDGET_MS)


if __name__ == "__main__":
    def show(name: str, value: float, unit: str, budget: float) -> None:
        print(f"{name:32} {value:8.1f} {unit}  budget ≤ {budget}  {'ok' if value <= budget else 'OVER BUDGET'}")

    run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/studybench-networks"), show)
