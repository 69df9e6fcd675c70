"""Exports are written whole or not at all, with ordinary file permissions."""

import os

import pytest

from kvalkod.exporters.atomic import write_atomically


def test_written_with_the_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "rapport.md"
        write_atomically(target, lambda f: f.write(b"# Rapport\n"))
    finally:
        os.umask(old)
    assert target.read_bytes() == b"# Rapport\n"
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "rapport.md"
    target.write_bytes(b"gammal")

    def broken(f):
        f.write(b"halv")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, broken)
    assert target.read_bytes() == b"gammal"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.md"]
