"""The project file: what it is, what it refuses, and that it is never half-written."""

import sqlite3

import pytest

from kvalkod.errors import KvalkodError, NotAProjectError
from kvalkod.services import Project
from kvalkod.store.schema import SCHEMA_VERSION

from ..conftest import add_text


def test_new_file_is_versioned_single_file(tmp_path):
    path = tmp_path / "s.kvalkod"
    with Project.create(path) as p:
        add_text(p, "d", "text")
        assert (tmp_path / "s.kvalkod-wal").exists()  # WAL while open
    assert not (tmp_path / "s.kvalkod-wal").exists()  # checkpointed into one file on close
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_list(codings)").fetchall()
    indexes = {r[1] for r in conn.execute("PRAGMA index_list(codings)")}
    assert {"codings_doc_span", "codings_code"} <= indexes


def test_exchangeable_rows_carry_guids(tmp_path):
    conn = sqlite3.connect(":memory:")
    from kvalkod.store.schema import MIGRATIONS

    conn.executescript(MIGRATIONS[0])
    for table in ("coders", "documents", "codes", "codings", "cases", "variables", "memos", "document_notes"):
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        assert "guid" in cols, table


@pytest.mark.parametrize("content,message", [
    (b"", "not an SQLite database"),
    (b"hello world, just text", "not an SQLite database"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "damaged|another program"),
])
def test_not_a_project(tmp_path, content, message):
    path = tmp_path / "x.kvalkod"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError, match=message):
        Project.open(path)


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(NotAProjectError, match="another program"):
        Project.open(path)


def test_missing_and_folder(tmp_path):
    with pytest.raises(NotAProjectError, match="no such project"):
        Project.open(tmp_path / "missing.kvalkod")
    with pytest.raises(NotAProjectError, match="folder"):
        Project.open(tmp_path)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.kvalkod"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(KvalkodError, match="newer kvalkod"):
        Project.open(path)


def test_create_refuses_existing_and_wrong_suffix(tmp_path):
    (tmp_path / "a.kvalkod").write_text("x")
    with pytest.raises(KvalkodError, match="exists already"):
        Project.create(tmp_path / "a.kvalkod")
    with pytest.raises(KvalkodError, match=".kvalkod"):
        Project.create(tmp_path / "a.sqlite")


def test_failure_mid_import_leaves_nothing(project, monkeypatch):
    add_text(project, "first", "kept")
    before = project.stats()

    def broken(uow, *args, **kwargs):
        uow.insert("documents", {"guid": "half", "name": "half", "kind": "document", "text": "x",
                                 "length": 1, "imported_at": "now"})
        raise OSError("disk full")

    monkeypatch.setattr(project.store.documents, "insert", broken)
    with pytest.raises(OSError):
        add_text(project, "second", "lost")
    assert project.stats() == before
    assert [d.name for d in project.documents.all()] == ["first"]
    assert project.history.labels() == ("import first", None)
