"""Backups: complete copies beside the project that open as projects, never overwritten."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kvalkod.errors import KvalkodError, NotAProjectError
from kvalkod.services import Project, backups
from kvalkod.store.backup import copy_closed

from ..conftest import add_text
from .undo_helpers import project_rows


def test_a_backup_is_a_project_that_opens_with_everything_up_to_the_last_action(project):
    add_text(project, "intervju", "IP: Vi ringer varandra.")
    project.codebook.add("Tema")
    project.coding.apply("intervju", 0, 2, "Tema")  # still in the WAL: the copy must have it
    rows = project_rows(project)
    path = project.backups.create("manual")
    assert path.parent == project.path.with_name("test.backups")
    assert re.fullmatch(r"test-\d{8}T\d{6}Z-manual\.kvalkod", path.name)
    assert not path.with_name(path.name + "-wal").exists()
    with Project.open(path) as copy:
        assert project_rows(copy) == rows
        assert copy.check.run()["ok"]


def test_backups_are_never_overwritten_and_listed_newest_first(project, monkeypatch):
    clock = [datetime(2025, 3, 1, 12, 0, 0, tzinfo=timezone.utc)]

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            return clock[0]

    monkeypatch.setattr(backups, "datetime", Clock)
    first = project.backups.create("merge")
    add_text(project, "d", "text")
    second = project.backups.create("merge")  # the same second: numbered, not overwritten
    clock[0] += timedelta(minutes=5)
    third = project.backups.create("Före städning!")
    assert [first.name, second.name, third.name] == [
        "test-20250301T120000Z-merge.kvalkod", "test-20250301T120000Z-merge.2.kvalkod",
        "test-20250301T120500Z-före-städning.kvalkod"]
    assert [(b.path, b.created, b.reason) for b in project.backups.list()] == [
        (third, "2025-03-01T12:05:00+00:00", "före-städning"), (second, "2025-03-01T12:00:00+00:00", "merge"),
        (first, "2025-03-01T12:00:00+00:00", "merge")]
    with Project.open(first) as copy:
        assert copy.documents.all() == []
    with Project.open(second) as copy:
        assert [d.name for d in copy.documents.all()] == ["d"]


def test_a_backup_needs_a_reason(project):
    with pytest.raises(KvalkodError, match="reason"):
        project.backups.create(" ?! ")
    assert project.backups.list() == []


def test_copying_a_closed_project_refuses_what_is_not_one(tmp_path):
    text = tmp_path / "anteckning.kvalkod"
    text.write_text("inte en databas", encoding="utf-8")
    with pytest.raises(NotAProjectError, match="anteckning.kvalkod: not a kvalkod project"):
        copy_closed(text, tmp_path / "copy.kvalkod")
    with pytest.raises(NotAProjectError, match="saknas.kvalkod: no such project file"):
        copy_closed(tmp_path / "saknas.kvalkod", tmp_path / "copy.kvalkod")


def test_automatic_backups_are_due_after_enough_work_and_rotate(project, monkeypatch):
    monkeypatch.setattr(backups, "AUTO_EVERY_ACTIONS", 3)
    monkeypatch.setattr(backups, "AUTO_KEEP", 2)
    assert not project.backups.due() and project.backups.changed_since_last()
    add_text(project, "intervju", "IP: Vi ringer varandra.")
    for name in ("A", "B"):
        project.codebook.add(name)
    assert project.backups.due()
    made = [project.backups.auto() for _ in range(3)]
    assert not project.backups.due() and not made[0].exists()  # the oldest automatic one went
    assert [b.path for b in project.backups.list()] == [made[2], made[1]]
    manual = project.backups.create("manual")
    for _ in range(3):
        project.backups.auto()
    assert manual.exists()  # only automatic backups rotate


def test_restore_puts_a_backup_in_place_and_keeps_the_state_it_replaced(tmp_path):
    path = tmp_path / "studie.kvalkod"
    with Project.create(path) as p:
        p.codebook.add("Före")
        early = p.backups.create("manual")
        p.codebook.add("Efter")
    previous = backups.restore(path, backups.find_backup(path, early.name))
    with Project.open(path) as p:
        assert [c.path for c in p.codebook.all() if c.path in ("Före", "Efter")] == ["Före"]
    with Project.open(previous) as p:
        assert {"Före", "Efter"} <= {c.path for c in p.codebook.all()}
    with pytest.raises(KvalkodError, match="no such backup"):
        backups.find_backup(path, "saknas.kvalkod")


def test_backup_commands(tmp_path, capsys):
    import json

    from kvalkod.cli import main

    path = tmp_path / "studie.kvalkod"
    Project.create(path).close()
    assert main(["backup", str(path)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.exists() and made.parent.name == "studie.backups"
    assert main(["backups", str(path), "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["path"] == str(made) and listed["reason"] == "manual"
    assert main(["restore", str(path), made.name]) == 0
    assert "the state it replaced is in" in capsys.readouterr().out
    assert main(["restore", str(path), "saknas.kvalkod"]) == 1
    assert "saknas.kvalkod: no such backup of studie.kvalkod" in capsys.readouterr().err
