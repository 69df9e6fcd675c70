"""``kvalkod check`` explains what is wrong; ``--repair`` mends it without losing anything.

Each problem is made the way it happens in the field: a file edited by another program (rows
without parent, codings past the end of a text), a search index that lost a document, an undo
history written by a broken tool.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kvalkod.cli import main
from kvalkod.services import Project

from .seed_text import raw

TEXT = "Handläggaren ringer läkaren. Sedan kommer avstämningsmötet med arbetsgivaren."


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "p.kvalkod"
    with Project.create(path, coder="Anna") as p:
        source = tmp_path / "intervju.txt"
        source.write_text(TEXT, encoding="utf-8")
        p.documents.import_files([source], kind="interview", clean=False)
        excerpt = tmp_path / "rapport.txt"
        excerpt.write_text(raw("002")[:4000], encoding="utf-8")
        p.documents.import_files([excerpt], clean=False)
        p.codebook.add("Samordning")
        p.coding.apply("intervju", 0, 27, "Samordning")
        p.coding.apply("intervju", 29, 60, "Samordning")
        p.memos.add("code", "Samordning", "Om samordning")
    return path


def _raw(path: Path, sql: str) -> None:
    """Change the file behind kvalkod's back, as another program would."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executescript(sql)
    conn.close()


def test_a_sound_project_checks_ok_and_repair_changes_nothing(project):
    with Project.open(project) as p:
        assert p.check.run() == {"ok": True, "problems": [], "warnings": []}
        assert p.check.repair() == {"repaired": [], "left": [], "backup": None}
        assert p.backups.list() == []


def test_codings_outside_their_text_are_cut_or_kept_in_a_memo(project):
    _raw(project, "UPDATE codings SET end = 500 WHERE start = 29; "
                  "UPDATE codings SET start = 400, end = 450 WHERE start = 0;")
    with Project.open(project) as p:
        problems = p.check.run()["problems"]
        assert len(problems) == 2 and all("lies outside the text of intervju" in x for x in problems)
        result = p.check.repair()
        assert result["left"] == [] and Path(result["backup"]).exists()
        [cut] = p.coding.list(doc="intervju")
        assert (cut["start"], cut["end"]) == (29, len(TEXT))
        memo = [m for m in p.store.memos.all() if m.author == "kvalkod check"][0]
        kept = json.loads(memo.text.split("\n\n", 1)[1])
        assert kept[0]["table"] == "codings" and (kept[0]["start"], kept[0]["end"]) == (400, 450)
        # the repair is one action, undone like any other
        assert p.history.undo() == "repair the project"
        assert len(p.check.run()["problems"]) == 2


def test_rows_without_parent_and_memos_without_target_are_mended(project):
    _raw(project, "DELETE FROM codes WHERE name = 'Samordning';")
    with Project.open(project) as p:
        problems = p.check.run()["problems"]
        assert sum("refers to a missing codes row" in x for x in problems) == 2
        assert sum("belongs to a code that no longer exists" in x for x in problems) == 1
        result = p.check.repair()
        assert result["left"] == [], result
        assert p.check.run()["ok"]
        texts = [m.text for m in p.store.memos.all()]
        assert any(t.startswith("Om samordning") and "no longer exists" in t for t in texts)
        assert any('"table": "codings"' in t for t in texts)  # both codings, kept as they were


def test_a_document_missing_from_the_search_index_is_indexed_again(project):
    _raw(project, "DELETE FROM text_chunks WHERE document_id = (SELECT id FROM documents WHERE name = 'rapport');")
    with Project.open(project) as p:
        assert any("rapport is not indexed" in x for x in p.check.run()["problems"])
        word = "samordning"
        assert not [h for h in p.search.find(word, context=0) if h.document == "rapport"]
        assert "rebuilt the search index" in p.check.repair()["repaired"]
        assert [h for h in p.search.find(word, context=0) if h.document == "rapport"]
        assert p.check.run()["ok"]


def test_an_undo_history_that_cannot_be_replayed_is_cleared_and_the_data_kept(project):
    _raw(project, "UPDATE history_changes SET tbl = 'no_such_table' WHERE id = (SELECT max(id) FROM history_changes);")
    with Project.open(project) as p:
        before = p.stats()
        assert any(x.startswith("undo history:") for x in p.check.run()["problems"])
        result = p.check.repair()
        assert result["repaired"][0].startswith("cleared the undo history")
        assert p.stats() == before and p.check.run()["ok"]
        assert p.history.labels() == (None, None)


def test_damage_sqlite_cannot_mend_points_to_a_backup(project):
    _raw(project, "DROP TABLE comments;")
    with Project.open(project) as p:
        [problem] = p.check.run()["problems"]
        assert "comments is missing" in problem and "restore a backup" in problem
        assert p.check.repair()["left"] == [problem]


def test_cli_check_and_repair(project, capsys):
    _raw(project, "UPDATE codings SET end = 500 WHERE start = 29;")
    assert main(["check", str(project)]) == 1
    assert "lies outside the text of intervju" in capsys.readouterr().out
    assert main(["check", str(project), "--repair", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["left"] == [] and result["repaired"] == ["cut coding " + result["repaired"][0].split()[2]
                                                           + " at the end of intervju"]
    assert main(["check", str(project)]) == 0


def test_a_project_in_a_synced_or_network_folder_is_warned_about(tmp_path):
    from kvalkod.services.project_location import location_warning

    assert "synced by Dropbox" in location_warning(Path("/home/anna/Dropbox/studie/p.kvalkod"), [])
    assert "synced by OneDrive" in location_warning(Path("/Users/a/OneDrive - Försäkringskassan/p.kvalkod"), [])
    assert "iCloud" in location_warning(Path("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/p.kvalkod"), [])
    mounts = [("/", "ext4"), ("/mnt/projekt", "cifs"), ("/mnt/projekt/lokal", "ext4")]
    assert "network drive (cifs)" in location_warning(Path("/mnt/projekt/studie/p.kvalkod"), mounts)
    assert location_warning(Path("/mnt/projekt/lokal/p.kvalkod"), mounts) is None  # the deepest mount wins
    assert location_warning(Path("/home/anna/dropboxen/p.kvalkod"), mounts) is None  # whole names only
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    with Project.create(folder / "p.kvalkod") as p:
        result = p.check.run()
        assert result["ok"] and "Dropbox" in result["warnings"][0]
