"""Kill -9 at random moments: every acknowledged action survives, none is left half-done.

A worker process (crash_worker.py) performs a deterministic run of actions (coding passages,
importing documents, autocoding the whole project, writing memos) and acknowledges each one
on stdout when it returns. The test kills it with SIGKILL after a random number of
acknowledgements plus a random few milliseconds, so the kill lands anywhere: between
actions, inside a transaction, during an import's indexing or an autocode's hundreds of
inserts. After every kill the project must pass ``check`` (SQLite's integrity and foreign-key
checks included), hold every acknowledged action, and hold the interrupted one either whole
or not at all. The rounds continue on the same file, so damage would accumulate.

``make test`` runs a few rounds (a few hundred actions); ``make soak`` (KVALKOD_SOAK=1) many.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kvalkod.services import Project

from . import crash_worker as worker

SOAK = bool(os.environ.get("KVALKOD_SOAK"))
ROUNDS = 40 if SOAK else 6
ACTIONS_PER_ROUND = 80


def _start(path: Path, first: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, worker.__file__, str(path), str(first), str(ACTIONS_PER_ROUND)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _run_and_kill(path: Path, first: int, rng: random.Random) -> tuple[dict[int, str], bool]:
    """One round: the acknowledgements read ({action: detail}) and whether it was killed."""
    kill_after = rng.randrange(0, ACTIONS_PER_ROUND)
    process = _start(path, first)
    acked: dict[int, str] = {}
    try:
        while len(acked) < kill_after:
            line = process.stdout.readline()
            if not line:
                break
            _, n, *detail = line.split()
            acked[int(n)] = detail[0] if detail else ""
        time.sleep(rng.uniform(0, 0.03))
        process.send_signal(signal.SIGKILL)
        # what the worker printed before dying was acknowledged too
        for line in process.stdout.read().splitlines():
            _, n, *detail = line.split()
            acked[int(n)] = detail[0] if detail else ""
    finally:
        process.wait(timeout=60)
        stderr = process.stderr.read()
        process.stdout.close()
        process.stderr.close()
    killed = process.returncode == -signal.SIGKILL
    assert killed or process.returncode == 0, stderr[-2000:]
    return acked, killed


def _check_acknowledged(p: Project, n: int, detail: str) -> None:
    action = worker.kind(n)
    if action == "import":
        assert p.documents.text(f"dok{n}") == worker.document_text(n)
    elif action == "autocode":
        assert len(p.coding.list(code=f"Auto/A{n}")) == int(detail)
    elif action == "memo":
        assert f"memo {n}" in {m.text for m in p.store.memos.all()}
    else:
        coding = p.coding.get(detail)
        doc = p.store.documents.get(coding.document_id)
        assert (coding.start, coding.end) == worker.span(n, doc.length)


def _check_whole_or_absent(p: Project, n: int) -> None:
    """The action that was running when the process died: all of it, or none of it."""
    action = worker.kind(n)
    if action == "import" and any(d.name == f"dok{n}" for d in p.documents.all()):
        assert p.documents.text(f"dok{n}") == worker.document_text(n)
        assert len(p.search.find(f"Markör{n}x", context=0)) == 1  # indexed with it
    elif action == "autocode" and any(c.path == f"Auto/A{n}" for c in p.codebook.all()):
        found = len(p.coding.list(code=f"Auto/A{n}"))
        assert found in (0, len(p.search.find("samordning*", context=0)))


@pytest.mark.slow
def test_killed_at_random_moments_loses_no_acknowledged_action(tmp_path):
    rng = random.Random(int(os.environ.get("KVALKOD_CRASH_SEED", "2026")))
    path = tmp_path / "crash.kvalkod"
    start = tmp_path / "start.txt"
    start.write_text(worker.document_text(1), encoding="utf-8")
    with Project.create(path, coder="Anna") as p:
        for code in worker.CODES:
            p.codebook.add(code)
        p.documents.import_files([start], kind="interview", clean=False)
    acknowledged: dict[int, str] = {}
    kills = 0
    for round_ in range(ROUNDS):
        first = (round_ + 1) * 1000
        acked, killed = _run_and_kill(path, first, rng)
        kills += killed
        acknowledged.update(acked)
        with Project.open(path, coder="Anna") as p:
            assert p.check.run() == {"ok": True, "problems": [], "warnings": []}
            for n, detail in acked.items():
                _check_acknowledged(p, n, detail)
            if killed:
                _check_whole_or_absent(p, first + len(acked))
    assert kills >= ROUNDS // 2 and len(acknowledged) >= ROUNDS * 10
    with Project.open(path, coder="Anna") as p:  # and the earlier rounds' work is all still there
        for n, detail in acknowledged.items():
            _check_acknowledged(p, n, detail)
    # the undo history survived the kills as well: the last actions undo and redo cleanly
    copy = tmp_path / "copy.kvalkod"
    shutil.copyfile(path, copy)
    with Project.open(copy, coder="Anna") as p:
        before = p.stats()
        for _ in range(5):
            p.history.undo()
        for _ in range(5):
            p.history.redo()
        assert p.stats() == before and p.check.run()["ok"]
