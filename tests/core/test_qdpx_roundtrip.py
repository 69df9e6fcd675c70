"""A .qdpx written by kvalkod and read back loses nothing: every row of every table returns,
named by the same GUIDs. Without kvalkod.json (as another tool would pass the file on) the
REFI part alone still carries documents, codes, codings, memos, cases, variables and sets."""

from __future__ import annotations

import zipfile

import pytest

from kvalkod.errors import ConflictError
from kvalkod.services import Project
from kvalkod.services.exchange import import_qdpx

from ..conftest import add_text
from .qdpx_helpers import dump, rich_project


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qdpx-round-trip")
    with rich_project(folder / "rik.kvalkod") as project:
        project.exchange.export_qdpx(folder / "rik.qdpx")
        rows = dump(project)
    return folder, rows


def test_our_own_export_comes_back_with_nothing_lost(original, tmp_path):
    folder, rows = original
    report = import_qdpx(folder / "rik.qdpx", tmp_path / "kopia.kvalkod", coder="Bertil")
    assert report.losses == [] and report.warnings == []
    assert report.added == {"documents": 2, "codes": 6, "codings": 6, "memos": 4, "cases": 2, "variables": 5,
                            "sets": 1, "users": 2}
    with Project.open(tmp_path / "kopia.kvalkod") as copy:
        copied = dump(copy)
        assert copy.check.run()["ok"], copy.check.run()
    assert {table for table in rows if rows[table]} >= {
        "coders", "documents", "document_sources", "speaker_turns", "document_notes", "codes", "codings", "cases",
        "case_documents", "variables", "variable_values", "memos", "scenes", "scene_sources", "scene_codes",
        "summaries", "summary_links", "report_items", "report_item_codings", "comments", "name_map",
        "condensations", "saved_queries", "sets", "set_members"}
    for table in rows:
        assert copied[table] == rows[table], table


def test_exporting_the_copy_again_gives_the_same_bytes(original, tmp_path):
    folder, _ = original
    import_qdpx(folder / "rik.qdpx", tmp_path / "kopia.kvalkod")
    with Project.open(tmp_path / "kopia.kvalkod") as copy:
        copy.exchange.export_qdpx(tmp_path / "igen.qdpx")
    assert (tmp_path / "igen.qdpx").read_bytes() == (folder / "rik.qdpx").read_bytes()


def without_extras(source, target) -> None:
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            if info.filename != "kvalkod.json" and not info.filename.startswith("kvalkod/"):
                out.writestr(info, archive.read(info))


def test_the_refi_part_alone_carries_the_analysis(original, tmp_path):
    folder, rows = original
    without_extras(folder / "rik.qdpx", tmp_path / "bara-refi.qdpx")
    report = import_qdpx(tmp_path / "bara-refi.qdpx", tmp_path / "refi.kvalkod")
    assert report.losses == []
    with Project.open(tmp_path / "refi.kvalkod") as copy:
        copied = dump(copy)
        lengths = {v["target"]: v["value"] for v in copy.variables.list() if v["variable"] == "längd"}
        types = {v.name: v.type for v in copy.store.variables.all()}
    for table in ("codes", "codings", "cases", "case_documents", "memos", "sets", "set_members"):
        if table == "codes":  # the order of siblings is kvalkod's own
            assert _without(copied[table], "sort_order") == _without(rows[table], "sort_order"), table
        else:
            assert copied[table] == rows[table], table
    assert sum(copied["documents"].values()) == 2
    assert lengths == {"Intervju 1": "3.5", "000_922637aa2d6084fc": "12"}  # 3,5 is REFI's 3.5
    assert types["roll"] == "text" and types["längd"] == "number" and types["datum"] == "date"


def _without(rows, column):
    import json

    return sorted(json.dumps({k: v for k, v in json.loads(r).items() if k != column}, sort_keys=True)
                  for r in rows.elements())


def test_an_import_is_one_undoable_action(original, tmp_path):
    folder, _ = original
    import_qdpx(folder / "rik.qdpx", tmp_path / "kopia.kvalkod")
    with Project.open(tmp_path / "kopia.kvalkod") as copy:
        assert copy.history.undo().startswith("import REFI project")
        assert copy.exchange.is_empty()
        copy.history.redo()
        assert len(copy.coding.list()) == 6


def test_an_existing_project_with_work_is_refused_and_left_alone(original, tmp_path):
    folder, _ = original
    with Project.create(tmp_path / "arbete.kvalkod", coder="Anna") as project:
        add_text(project, "d", "Text.")
    with pytest.raises(ConflictError, match="kvalkod merge"):
        import_qdpx(folder / "rik.qdpx", tmp_path / "arbete.kvalkod")
    with Project.open(tmp_path / "arbete.kvalkod") as project:
        assert [d.name for d in project.documents.all()] == ["d"]


def test_an_existing_empty_project_is_filled(original, tmp_path):
    folder, rows = original
    Project.create(tmp_path / "tom.kvalkod", coder="Anna").close()
    import_qdpx(folder / "rik.qdpx", tmp_path / "tom.kvalkod")
    with Project.open(tmp_path / "tom.kvalkod") as project:
        assert dump(project)["codings"] == rows["codings"]


def test_a_file_that_cannot_be_read_leaves_no_project_behind(tmp_path):
    (tmp_path / "trasig.qdpx").write_bytes(b"PK\x03\x04 inte en zip")
    with pytest.raises(Exception):
        import_qdpx(tmp_path / "trasig.qdpx", tmp_path / "ny.kvalkod")
    assert not (tmp_path / "ny.kvalkod").exists()


def test_a_damaged_kvalkod_json_row_fails_the_import_and_removes_the_new_file(original, tmp_path):
    folder, _ = original
    damaged = tmp_path / "skadad.qdpx"
    with zipfile.ZipFile(folder / "rik.qdpx") as archive, zipfile.ZipFile(damaged, "w") as out:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename == "kvalkod.json":
                data = data.replace(b'"status": "utkast"', b'"status": "ingen status"')
            out.writestr(info, data)
    with pytest.raises(Exception, match="break a rule"):
        import_qdpx(damaged, tmp_path / "ny.kvalkod")
    assert not (tmp_path / "ny.kvalkod").exists()
