"""The benchmark suite (``make bench``): figures against the budgets of ARCHITECTURE.md.

Prints a table and writes ``bench-results.json``:
``{"metrics": {NAME: {"value", "unit", "budget", "ok"}}, "machine": {...}}``.
Timings are medians (or p95s) of repeated runs; this is a script with figures, not a timed
test. Every synthetic project is seeded, so two runs measure the same texts and codings. The
table is printed again at the end, after the long output of the benches.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SOURCES, write_documents  # noqa: E402

from kvalkod.services import Project  # noqa: E402

METRICS: dict[str, dict] = {}
SIGNS: dict[str, str] = {}
PEAKS: dict[str, float] = {}  # peak RSS (MB) during each phase, what earlier ones left resident included
MACHINE: dict = {}
PEAK_RSS_BUDGET_MB = 2048


def record(name: str, value: float, unit: str, budget: float, lower_is_better: bool = True) -> None:
    ok = value <= budget if lower_is_better else value >= budget
    METRICS[name] = {"value": round(value, 4), "unit": unit, "budget": budget, "ok": ok}
    SIGNS[name] = "≤" if lower_is_better else "≥"
    print(line(name))


def line(name: str) -> str:
    m = METRICS[name]
    return (f"{name:32} {m['value']:12.3f} {m['unit']:5}  budget {SIGNS[name]} {m['budget']:<8} "
            f"{'ok' if m['ok'] else 'OVER BUDGET'}")


def peak_rss_mb() -> float:
    """The highest resident set size since the last reset, in MB (``ru_maxrss`` is in KB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def reset_peak() -> bool:
    """Reset the process's peak RSS to its current RSS (Linux ≥ 4.0: ``clear_refs`` 5), so the
    next phase's peak is its own; False where the peak cannot be reset (it then accumulates)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def phase(name: str) -> None:
    """Note the peak RSS of the phase just run, and start the next one's afresh."""
    PEAKS[name] = peak_rss_mb()
    MACHINE["peak_rss_per_phase"] = reset_peak() and MACHINE.get("peak_rss_per_phase", True)


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def bench_import_seed002(work: Path) -> None:
    seed = next(SOURCES.glob("002_*.txt"))
    runs = itertools.count()

    def once():
        path = work / f"seed-{next(runs)}.kvalkod"
        with Project.create(path, coder="bench") as p:
            (result,) = p.documents.import_files([seed])
            assert result.error is None, result.error
        path.unlink()

    seconds, _ = timed(once, 5)
    record("import_seed002_s", seconds, "s", 1.0)


def bench_plain_import(work: Path) -> None:
    files = write_documents(work / "plain", 20_000_000, 4, seed=7)
    size = sum(f.stat().st_size for f in files)
    path = work / "plain.kvalkod"
    with Project.create(path, coder="bench") as p:
        t0 = time.perf_counter()
        results = p.documents.import_files(files)
        seconds = time.perf_counter() - t0
        assert all(r.error is None for r in results), [r.error for r in results]
        assert not any(p.documents.import_report(r.document.name).get("cleaned") for r in results)
    record("import_plain_mb_s", size / 1e6 / seconds, "MB/s", 5.0, lower_is_better=False)


def bench_search(work: Path, megabytes: int) -> None:
    files = write_documents(work / "corpus", megabytes * 1_000_000, 500, seed=11)
    path = work / "corpus.kvalkod"
    with Project.create(path, coder="bench") as p:
        t0 = time.perf_counter()
        p.documents.import_files(files)
        print(f"  (built a {megabytes} MB corpus of {len(files)} documents in {time.perf_counter() - t0:.1f} s)")
    queries = ["samordningsuppdrag*", "Arbetsförmedlingen", '"hälso och sjukvården"', "avstämningsmöte*",
               "våld", "handläggare försäkrade", "arbetsbelastning"]
    # What a search shows: the number of matches and the first page of hits in context.
    with Project.open(path) as p:
        worst = 0.0
        print(f"  {'query':30} {'matches':>8} {'count+page':>11} {'folded':>8} {'all hits':>9}")
        for q in queries:
            def page(fold=False):
                return p.search.count(q, fold=fold), p.search.find(q, fold=fold, limit=PAGE)

            seconds, (total, _) = timed(page, 7)
            folded, _ = timed(lambda: page(True), 5)
            everything, _ = timed(lambda: p.search.find(q), 3)
            print(f"  {q!r:30} {total:8} {seconds * 1000:8.1f} ms {folded * 1000:5.1f} ms {everything * 1000:6.1f} ms")
            worst = max(worst, seconds, folded)
    record(f"search_{megabytes}mb_ms", worst * 1000, "ms", 100.0)


PAGE = 200


def machine() -> dict:
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = None
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "memory_total_mb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20),
            "sqlite": sqlite3.sqlite_version, "pyside6": pyside,
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()], **MACHINE,
            "peak_rss_mb": max(PEAKS.values()), "peak_rss_mb_by_phase": dict(PEAKS)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-mb", type=int, default=50, help="size of the search corpus")
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--core-only", action="store_true", help="skip the desktop app's figures")
    args = parser.parse_args()
    started = time.perf_counter()
    MACHINE["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    reset_peak()
    with tempfile.TemporaryDirectory(prefix="kvalkod-bench-") as tmp:
        work = Path(tmp)
        bench_import_seed002(work)
        bench_plain_import(work)
        phase("imports")
        bench_search(work, args.corpus_mb)
        phase("search")
        import agreement_bench
        import matrix_bench
        import merge_bench
        import network_bench
        import qdpx_bench
        import queries_bench
        import report_bench

        report_bench.run(work, record)
        phase("report")
        # the analysis budgets, over one synthetic study (benchmarks/study.py) built once
        for bench in (matrix_bench, network_bench, queries_bench, agreement_bench, qdpx_bench, merge_bench):
            bench.run(work, record)
            phase(bench.__name__.removesuffix("_bench"))
        if not args.core_only:
            import ui_bench

            ui_bench.run(work, record)
            phase("ui")
    # The peak of the whole run, the highest of its phases' (each its own where the peak can
    # be reset, else the run's so far): the benches' own projects and corpus included, which
    # an analyst's session never holds at once. docs/performance.md says why 2 GB.
    record("peak_rss_mb", max(PEAKS.values()), "MB", PEAK_RSS_BUDGET_MB)
    results = {"metrics": METRICS, "machine": machine()}
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n{'=' * 72}\nmake bench: {len(METRICS)} figures in {time.perf_counter() - started:.0f} s\n")
    for name in METRICS:
        print(line(name))
    over = [name for name, m in METRICS.items() if not m["ok"]]
    peaks = ", ".join(f"{k} {v:.0f}" for k, v in PEAKS.items())
    m = results["machine"]
    own = "each phase's own" if m.get("peak_rss_per_phase") else "cumulative"
    print(f"\npeak memory {m['peak_rss_mb']} MB; by phase ({own}, MB): {peaks}")
    print(f"machine: Python {m['python']}, {m['platform']}, {m['cpus']} CPUs, {m['memory_total_mb']} MB, "
          f"SQLite {m['sqlite']}, PySide6 {m['pyside6']}, load at start {m['load_average_at_start']}, "
          f"at end {m['load_average_at_end']}")
    print(f"{'OVER BUDGET: ' + ', '.join(over) if over else 'every figure within its budget'}; wrote {args.out}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
