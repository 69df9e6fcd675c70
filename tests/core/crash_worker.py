"""The process the crash test kills: a deterministic run of user actions on one project.

    python crash_worker.py PROJECT FIRST COUNT

performs actions FIRST … FIRST+COUNT-1 and prints ``ack N [detail]`` on stdout the moment
action N has returned, which is when the app or the command line would tell the analyst it
is done. The test kills this process with SIGKILL at random moments and then checks, from
the acknowledgements alone, that every acknowledged action survived and that the one in
flight left nothing half-done. ``expected`` (imported by the test) says what action N is.
"""

from __future__ import annotations

import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "sample_projects" / "sources" / "002_0322864ac7075944.txt"
CODES = [f"Tema {t}/Kod {k}" for t in range(3) for k in range(3)]


def kind(n: int) -> str:
    """Every tenth action imports a document, every tenth (offset 5) autocodes the whole
    project (a long action writing hundreds of rows), every tenth (offset 7) writes a memo;
    the rest code a passage."""
    return {0: "import", 5: "autocode", 7: "memo"}.get(n % 10, "code")


def document_text(n: int) -> str:
    """An excerpt of seed 002 of 20–80 kB, different for each import, with a unique marker."""
    text = SEED.read_text(encoding="utf-8")
    start = (n * 7919) % (len(text) // 2)
    size = 20_000 + (n * 104_729) % 60_000
    return f"Markör{n}x dokument.\n\n" + text[start:start + size]


def span(n: int, length: int) -> tuple[int, int]:
    start = (n * 48_271) % max(1, length - 400)
    return start, start + 50 + (n * 31) % 300


def run(project_path: Path, first: int, count: int, work: Path) -> None:
    from kvalkod.services import Project

    with Project.open(project_path, coder="Anna") as p:
        for n in range(first, first + count):
            action = kind(n)
            if action == "import":
                source = work / f"dok{n}.txt"
                source.write_text(document_text(n), encoding="utf-8")
                [result] = p.documents.import_files([source], kind="interview", clean=False)
                if result.error:
                    raise SystemExit(result.error)
                detail = ""
            elif action == "autocode":
                detail = str(p.autocode.by_query(p.codebook.add(f"Auto/A{n}").path, "samordning*"))
            elif action == "memo":
                p.memos.add("project", None, f"memo {n}")
                detail = ""
            else:
                doc = p.documents.all()[n % len(p.documents.all())]
                start, end = span(n, doc.length)
                detail = p.coding.apply(doc.name, start, end, CODES[n % len(CODES)]).guid
            print(f"ack {n} {detail}".rstrip(), flush=True)


if __name__ == "__main__":
    project, first, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    run(project, first, count, project.parent)
