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
