"""Benchmark of coding queries (issue 5) over the whole study of ``study.py``: 500 interviews,
300 codes, 200,000 codings. A query between two codes (about 670 codings each) must answer in
well under a second; a query between two themes (about 6,700 codings each) is measured too.

Timings are medians of repeated runs, each from the definition to the list of segment dicts
(texts cut out included), as the app and the command line ask for it.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from study import build

from kvalkod.services import Project

REPEAT = 7
QUERIES = (  # (metric, query text, budget in seconds)
    ("query_two_codes_and_s", '"Tema 01/Kod 01.01" AND "Tema 02/Kod 02.01"', 0.25),
    ("query_two_codes_near_s", '"Tema 01/Kod 01.01" NEAR/200 "Tema 02/Kod 02.01"', 0.25),
    ("query_two_codes_paragraph_s", '"Tema 01/Kod 01.01" NEAR/PARAGRAPH "Tema 02/Kod 02.01"', 0.25),
    ("query_two_themes_and_s", '"Tema 01" AND "Tema 02"', 1.0),
    ("query_two_themes_not_s", '"Tema 01" NOT "Tema 02"', 1.0),
)


def median_seconds(fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def run(work: Path, record) -> None:
    with Project.open(build(work)) as project:
        for metric, text, budget in QUERIES:
            definition = project.queries.definition(text)
            seconds, found = median_seconds(lambda: project.queries.run(definition))
            print(f"  {text}: {len(found)} segments")
            record(metric, seconds, "s", budget)


if __name__ == "__main__":
    def show(name: str, value: float, unit: str, budget: float) -> None:
        print(f"{name:30} {value:8.3f} {unit}  budget ≤ {budget}  {'ok' if value <= budget else 'OVER BUDGET'}")

    run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/studybench-queries"), show)
