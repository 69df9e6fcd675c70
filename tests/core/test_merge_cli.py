"""``kvalkod merge``: the JSON shape, --map, --dry-run, and errors that leave the target untouched."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from kvalkod.cli import main
from kvalkod.services import Project

from ..conftest import add_text
from .undo_helpers import project_rows

TEXT = "IP: Jag ringer läkaren varje vecka, men Arbetsförmedlingen svarar aldrig."
VARDEN = (TEXT.index("läkaren"), TEXT.index(" varje"))


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pair(tmp_path):
    target, source = tmp_path / "anna.kvalkod", tmp_path / "bertil.kvalkod"
    with Project.create(target, coder="Anna") as a:
        add_text(a, "intervju", TEXT)
        a.codebook.add("Aktörer/Vården")
        a.coding.apply("intervju", *VARDEN, "Aktörer/Vården")
    shutil.copyfile(target, source)
    with Project.open(source, coder="Bertil") as b:
        b.codebook.add("Motaktörer")
        b.coding.apply("intervju", TEXT.index("Arbetsförmedlingen"), TEXT.index(" svarar"), "Motaktörer")
        b.coding.apply("intervju", *VARDEN, "Aktörer/Vården")
        b.variables.set("intervju", {"roll": "handläggare"})
    return target, source


def rows(path):
    with Project.open(path) as p:
        return project_rows(p)


def test_json_shape_with_a_mapping(pair, capsys):
    target, source = pair
    code, out, err = run(capsys, "merge", target, source, "--map", "Motaktörer=Aktörer", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) >= {"added", "conflicts", "backup", "matched", "codes", "skipped_duplicates"}
    assert report["added"]["codings"] == 2 and report["added"]["codes"] == 0
    assert report["added"]["variables"] == 1 and report["added"]["coders"] == 1
    assert report["codes"] == {"matched_by_guid": 2, "matched_by_path": 0, "unmatched": ["Motaktörer"],
                               "mapped": [{"code": "Motaktörer", "target": "Aktörer", "source": "bertil.kvalkod"}],
                               "added": []}
    assert report["conflicts"] == [] and report["skipped_duplicates"] == {"codings": 1}
    with Project.open(report["backup"]) as backup:
        assert backup.stats()["codings"] == 1
    with Project.open(target) as p:
        assert [c["text"] for c in p.coding.list(code="Aktörer", coder="Bertil")] == ["läkaren", "Arbetsförmedlingen"]


def test_human_output_and_dry_run(pair, capsys):
    target, source = pair
    before = rows(target)
    code, out, _ = run(capsys, "merge", target, source, "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == f"dry run of merging bertil.kvalkod into {target}: nothing was changed"
    assert "would add: codes 1, codings 2, coders 1, variables 1, variable values 1" in out
    assert "  added Motaktörer" in out and "conflicts: 0" in out
    assert rows(target) == before and not target.with_name("anna.backups").exists()
    code, out, _ = run(capsys, "merge", target, source)
    assert code == 0 and out.splitlines()[0] == f"merged bertil.kvalkod into {target}"
    assert "backup of the target: " in out


def test_conflicts_one_per_line(pair, capsys):
    target, source = pair
    with Project.open(target) as a:
        a.variables.set("intervju", {"roll": "chef"})
    code, out, _ = run(capsys, "merge", target, source)
    assert code == 0
    assert "conflicts: 1\n  variable_value: roll of intervju: the target's value kept " \
           "(target: chef; bertil.kvalkod: handläggare)\n" in out


def _newer(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "saknas.kvalkod: no such project file"),
    (lambda p: p.write_text("anteckningar", encoding="utf-8"), "saknas.kvalkod: not a kvalkod project"),
    ("newer", "saknas.kvalkod: made by a newer kvalkod (schema 99"),
    ("target", "is the target project itself"),
])
def test_errors_name_the_file_and_leave_the_target_untouched(pair, capsys, make, message):
    target, source = pair
    bad = source.with_name("saknas.kvalkod")
    if make == "newer":
        shutil.copyfile(source, bad)
        _newer(bad)
    elif make == "target":
        bad = target
    else:
        make(bad)
    before = rows(target)
    code, out, err = run(capsys, "merge", target, source, bad)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err and str(bad) in err
    assert rows(target) == before and not target.with_name("anna.backups").exists()


def test_a_bad_mapping_is_one_line(pair, capsys):
    target, source = pair
    code, _, err = run(capsys, "merge", target, source, "--map", "Motaktörer")
    assert code == 1 and err == "kvalkod: --map 'Motaktörer': write SOURCE_CODE=TARGET_CODE (code paths)\n"
    code, _, err = run(capsys, "merge", target, source, "--map", "Motaktörer=Saknas")
    assert code == 1 and err == "kvalkod: --map Motaktörer=Saknas: anna.kvalkod has no code 'Saknas'\n"
