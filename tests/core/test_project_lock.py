"""The project lock: taken, reported to a second opener, stale locks taken over, released."""

import json
import os
import socket
import subprocess
import sys

from kvalkod.services import project_lock


def test_acquire_and_release(tmp_path):
    project = tmp_path / "p.kvalkod"
    assert project_lock.acquire(project) is None
    data = json.loads(project_lock.lock_path(project).read_text())
    assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
    assert project_lock.current_holder(project) is None  # our own lock is no obstacle
    project_lock.release(project)
    assert not project_lock.lock_path(project).exists()


def test_another_live_process_is_reported(tmp_path):
    project = tmp_path / "p.kvalkod"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        project_lock.lock_path(project).write_text(json.dumps(
            {"pid": other.pid, "host": socket.gethostname(), "user": "bertil", "since": "2026-11-22T10:00:00"}))
        holder = project_lock.acquire(project)
        assert holder is not None and holder.user == "bertil"
        assert "bertil on" in holder.describe() and str(other.pid) in holder.describe()
        project_lock.release(project)  # not ours: stays
        assert project_lock.lock_path(project).exists()
    finally:
        other.kill()
        other.wait()


def test_stale_lock_is_taken_over(tmp_path):
    project = tmp_path / "p.kvalkod"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    project_lock.lock_path(project).write_text(json.dumps(
        {"pid": dead.pid, "host": socket.gethostname(), "user": "x", "since": "then"}))
    assert project_lock.acquire(project) is None
    assert json.loads(project_lock.lock_path(project).read_text())["pid"] == os.getpid()


def test_garbage_lock_is_ignored(tmp_path):
    project = tmp_path / "p.kvalkod"
    project_lock.lock_path(project).write_text("not json")
    assert project_lock.acquire(project) is None


def _held_by_another_process(project):
    """A live process that holds ``project``'s lock (the caller kills it)."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    project_lock.lock_path(project).write_text(json.dumps(
        {"pid": other.pid, "host": socket.gethostname(), "user": "bertil", "since": "2026-11-22T10:00:00"}))
    return other


def test_a_project_held_elsewhere_opens_read_only_and_refuses_changes(tmp_path):
    import pytest

    from kvalkod.errors import ReadOnlyError
    from kvalkod.services import Project

    path = tmp_path / "p.kvalkod"
    with Project.create(path) as p:
        p.codebook.add("Samordning")
    other = _held_by_another_process(path)
    try:
        with Project.open(path, lock=True) as p:
            assert p.read_only
            assert [c.path for c in p.codebook.all()] == ["Samordning"]  # reading works
            with pytest.raises(ReadOnlyError, match=r"p.kvalkod is open in kvalkod by bertil on .* read-only"):
                p.codebook.add("Tid")
            with pytest.raises(ReadOnlyError):
                p.history.undo()
            with pytest.raises(ReadOnlyError):
                p.check.repair()
        assert project_lock.lock_path(path).exists()  # the other process's lock stays
    finally:
        other.kill()
        other.wait()
    with Project.open(path, lock=True) as p:  # the holder is gone: a stale lock, taken over
        assert not p.read_only
        p.codebook.add("Tid")
        assert json.loads(project_lock.lock_path(path).read_text())["pid"] == os.getpid()
    assert not project_lock.lock_path(path).exists()  # released on close


def test_the_command_line_reads_but_does_not_write_a_project_held_elsewhere(tmp_path):
    from kvalkod.services import Project

    path = tmp_path / "p.kvalkod"
    Project.create(path).close()
    other = _held_by_another_process(path)
    try:
        env = {**os.environ, "KVALKOD_CODER": "anna"}
        run = [sys.executable, "-m", "kvalkod"]
        read = subprocess.run([*run, "codes", str(path)], capture_output=True, text=True, env=env)
        assert read.returncode == 0
        write = subprocess.run([*run, "code", "add", str(path), "Tid"], capture_output=True, text=True, env=env)
        assert write.returncode == 1 and "Traceback" not in write.stderr
        assert len(write.stderr.strip().splitlines()) == 1 and "by bertil on" in write.stderr
    finally:
        other.kill()
        other.wait()
    with Project.open(path) as p:
        assert "Tid" not in [c.path for c in p.codebook.all()]
