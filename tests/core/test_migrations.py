"""Every released project-file version opens with this kvalkod, migrates and keeps everything.

The fixtures in tests/fixtures/projects/ were written by the kvalkod of each release with its
own command line (scripts/make_schema_fixture.sh), so they are real files from the field, not
files this version imagines older versions wrote.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kvalkod.services import Project
from kvalkod.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "projects"
RELEASED = sorted(int(p.stem.rsplit("-", 1)[1]) for p in FIXTURES.glob("schema-*.kvalkod"))


def test_a_fixture_for_every_released_version_before_this_one():
    assert RELEASED == list(range(1, len(RELEASED) + 1))
    assert RELEASED[-1] >= SCHEMA_VERSION - 1


def _copy(version: int, tmp_path: Path) -> Path:
    path = tmp_path / f"schema-{version}.kvalkod"
    shutil.copyfile(FIXTURES / path.name, path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == version
    return path


@pytest.mark.parametrize("version", RELEASED)
def test_an_old_project_migrates_and_keeps_its_contents(version, tmp_path):
    path = _copy(version, tmp_path)
    with Project.open(path, coder="Anna") as p:
        assert p.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert p.check.run() == {"ok": True, "problems": [], "warnings": []}
        assert [d.name for d in p.documents.all()] == ["intervju", "utdrag"]
        assert "😀" in p.documents.text("intervju")
        assert p.documents.get("intervju").kind == "interview"
        assert len(p.documents.turns("intervju")) == 4
        code = p.codebook.get("Hanteringsstrategier/Rörelse till brukaren")
        assert (code.color, code.description) == ("#aa3366", "Att gå mot brukaren")
        both = p.coding.list(code=code.path)
        assert {c["coder"] for c in both} == {"Anna", "Bertil"}
        assert {c["text"] for c in both} == {p.documents.text("intervju")[34:60]}
        memo = [c for c in p.coding.list(code="Samordning", doc="intervju")]
        assert [c["memo"] for c in memo] == ["frågan"]
        assert len(p.coding.list(code="Samordning", doc="utdrag")) >= 1
        assert p.cases.list()[0]["name"] == "IP1"
        assert p.variables.by_document()["intervju"] == {"roll": "handläggare", "kontor": "A"}
        if version >= 2:
            assert [s["title"] for s in p.scenes.list()] == ["Scen: Ett samtal"]
            assert p.summaries.get("Samordning")["text"] == "Samordning beskrivs som telefonsamtal."
        if version >= 3:
            assert p.outline.items()
            assert [c["text"] for c in p.comments.list()] == ["Stämmer detta citat?"]
            assert p.names.list() == [{"real": "Matilde Millares", "pseudonym": "projektledaren"}]


@pytest.mark.parametrize("version", RELEASED)
def test_work_goes_on_in_a_migrated_project_and_the_old_history_still_undoes(version, tmp_path):
    path = _copy(version, tmp_path)
    with Project.open(path, coder="Anna") as p:
        before = p.stats()
        p.coding.apply("utdrag", 0, 10, "Samordning")
        assert p.stats()["codings"] == before["codings"] + 1
        p.history.undo()
        assert p.stats() == before
        undone = p.history.undo()  # the last action the old version made
        assert undone
        assert p.check.run()["ok"]
        p.history.redo()
        assert p.stats() == before


def test_an_old_project_is_backed_up_before_it_migrates(tmp_path):
    from kvalkod.services.backups import list_backups

    path = _copy(1, tmp_path)
    with Project.open(path) as p:
        [backup] = p.backups.list()
        assert backup.reason == f"before-schema-{SCHEMA_VERSION}"
    assert sqlite3.connect(backup.path).execute("PRAGMA user_version").fetchone()[0] == 1
    copy = sqlite3.connect(backup.path)
    assert copy.execute("SELECT count(*) FROM codings").fetchone()[0] == 10
    copy.close()
    Project.open(path).close()  # migrated now: no second backup
    assert len(list_backups(path)) == 1
