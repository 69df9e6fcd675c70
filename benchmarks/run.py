"""The benchmark suite (``make bench``): figures against the budgets of ARCHITECTURE.md.

Prints a table and writes ``bench-results.json``:
``{"metrics": {NAME: {"value", "unit", "budget", "ok"}}, "machine": {...}}``.
Timings are medians of repeated runs; this is a script with figures, not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SOURCES, write_documents  # noqa: E402

from kvalkod.services import Project  # noqa: E402

METRICS: dict[str, dict] = {}


def record(name: str, value: float, unit: str, budget: float, lower_is_better: bool = True) -> None:
    ok = value <= budget if lower_is_better else value >= budget
    METRICS[name] = {"value": round(value, 4), "unit": unit, "budget": budget, "ok": ok}
    sign = "≤" if lower_is_better else "≥"
    print(f"{name:28} {value:12.3f} {unit:5}  budget {sign} {budget:<8} {'ok' if ok else 'OVER BUDGET'}")


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def bench_import_seed002(work: Path) -> None:
    seed = next(SOURCES.glob("002_*.txt"))

    def once():
        path = work / f"seed-{time.perf_counter_ns()}.kvalkod"
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
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-mb", type=int, default=50, help="size of the search corpus")
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--core-only", action="store_true", help="skip the desktop app's figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kvalkod-bench-") as tmp:
        work = Path(tmp)
        bench_import_seed002(work)
        bench_plain_import(work)
        bench_search(work, args.corpus_mb)
        import agreement_bench
        import matrix_bench
        import merge_bench
        import network_bench
        import qdpx_bench
        import queries_bench
        import report_bench

        report_bench.run(work, record)
        # the analysis budgets, over one synthetic study (benchmarks/study.py) built once
        for bench in (matrix_bench, network_bench, queries_bench, agreement_bench, qdpx_bench, merge_bench):
            bench.run(work, record)
        if not args.core_only:
            import ui_bench

            ui_bench.run(work, record)
    results = {"metrics": METRICS, "machine": machine()}
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"peak memory {results['machine']['peak_rss_mb']} MB; wrote {args.out}")
    return 0 if all(m["ok"] for m in METRICS.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
