"""Build the sample projects from the cited seed reports in ``sources/``.

    python sample_projects/build.py            # both, into sample_projects/
    python sample_projects/build.py --out DIR  # both, into DIR
    python sample_projects/build.py --check    # rebuild in a temporary folder and compare

The builds are reproducible: inside ``pinned`` the clock stands still and guids are drawn from
a fixed seed, so the same sources and the same kvalkod give the same projects, byte for byte
on one SQLite and row for row anywhere (``--check`` compares the rows). The committed .kvalkod
files are what ``make run`` and ``make demo`` open; rebuild them when a sample's script or
kvalkod's schema changes, and commit them with that change.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dokumentstudie  # noqa: E402
import intervjustudie  # noqa: E402

from kvalkod.store.dump import canonical_dump  # noqa: E402
from kvalkod.store.stamps import pinned  # noqa: E402

SOURCES = HERE / "sources"
SAMPLES = {"dokumentstudie.kvalkod": dokumentstudie.build, "intervjustudie.kvalkod": intervjustudie.build}
SEED, WHEN = 2020, "2026-11-23T09:00:00+00:00"


def build_all(folder: Path) -> list[Path]:
    built = []
    for file_name, build in SAMPLES.items():
        with pinned(SEED, WHEN):
            built.append(build(folder / file_name, SOURCES))
    return built


def check(folder: Path) -> list[str]:
    """The samples in ``folder`` that differ from a fresh build, with the first differing row."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="kvalkod-samples-") as tmp:
        for fresh in build_all(Path(tmp)):
            committed = folder / fresh.name
            if not committed.exists():
                problems.append(f"{committed}: missing")
                continue
            old, new = list(canonical_dump(committed)), list(canonical_dump(fresh))
            if old != new:
                first = next((f"- {a}\n+ {b}" for a, b in zip(old, new) if a != b),
                             f"{len(old)} rows against {len(new)}")
                problems.append(f"{committed}: differs from a fresh build\n{first[:600]}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to build into")
    parser.add_argument("--check", action="store_true", help="compare the built samples with a fresh build")
    args = parser.parse_args()
    if args.check:
        problems = check(args.out)
        for problem in problems:
            print(problem, file=sys.stderr)
        print("sample projects: " + ("out of date" if problems else "up to date"))
        return 1 if problems else 0
    for path in build_all(args.out):
        print(f"built {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
