"""Benchmark of inter-coder agreement over the whole study (``study.py``: 500 interviews,
300 codes, 200,000 codings by Anna and Bertil): percent, kappa and alpha per code and pooled,
at the level of characters and of segments, with and without the list of disagreements.

There is no budget for agreement in ARCHITECTURE.md; the figure recorded is the one an
analyst waits for after pressing Compute (characters, with the disagreements the view lists),
against a budget of 2 s on the whole study. Run alone: ``python benchmarks/agreement_bench.py [WORK]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from study import build  # noqa: E402

from kvalkod.services import Project  # noqa: E402


def _median(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def run(work: Path, record) -> None:
    with Project.open(build(work)) as project:
        for unit in ("characters", "segments"):
            for listed in (False, True):
                seconds, result = _median(lambda: project.agreement.compare(
                    "Anna", "Bertil", unit=unit, disagreements=listed))
                print(f"  ({unit}{', disagreements' if listed else ''}: {seconds * 1000:.0f} ms; "
                      f"{len(result['per_code'])} codes, percent {result['percent']:.3f}, "
                      f"kappa {result['kappa']:.4f}"
                      + (f", {len(result['disagreements'])} disagreements" if listed else "") + ")")
                if unit == "characters" and listed:
                    record("agreement_study_s", seconds, "s", 2.0)


if __name__ == "__main__":
    def _print(name: str, value: float, unit: str, budget: float) -> None:
        print(f"{name:28} {value:12.3f} {unit:5}  budget ≤ {budget}")

    if len(sys.argv) > 1:
        run(Path(sys.argv[1]), _print)
    else:
        with tempfile.TemporaryDirectory(prefix="kvalkod-agreement-") as tmp:
            run(Path(tmp), _print)
