"""Bad input: one clear line naming the file and the reason, exit 1, the rest of the batch
imported, and the project never half-written."""

import json
import zipfile

import pytest

from kvalkod.cli import main

from ..conftest import seed


@pytest.fixture
def proj(tmp_path, capsys):
    path = tmp_path / "p.kvalkod"
    assert main(["new", str(path), "--codebook", "none"]) == 0
    capsys.readouterr()
    return path


def bad_files(tmp_path):
    """(file, words its error line must contain)"""
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    corrupt = tmp_path / "trasig.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip")
    truncated = tmp_path / "avbruten.docx"
    with zipfile.ZipFile(truncated, "w") as z:
        z.writestr("word/document.xml", "<w:document>" + "x" * 5000)
    truncated.write_bytes(truncated.read_bytes()[:200])
    pdf = tmp_path / "skadad.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF garbage")
    unknown = tmp_path / "data.xyz"
    unknown.write_text("text", encoding="utf-8")
    return [
        (tmp_path / "finns_inte.txt", "does not exist"),
        (tmp_path, "folder"),
        (empty, "empty"),
        (binary, "binary"),
        (corrupt, "trasig.docx"),
        (truncated, "avbruten.docx"),
        (pdf, "skadad.pdf"),
        (unknown, "unknown format"),
    ]


def test_each_bad_file_gets_one_line_and_the_rest_imports(proj, tmp_path, capsys):
    cases = bad_files(tmp_path)
    good = seed("000")
    code = main(["import", str(proj), *[str(p) for p, _ in cases], str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    lines = err.strip().split("\n")
    assert len(lines) == len(cases), err
    for (path, words), line in zip(cases, lines):
        assert line.startswith(f"kvalkod: {path}"), line
        assert words.lower() in line.lower(), line
    assert "Traceback" not in err
    assert out.startswith("imported 000_922637aa2d6084fc")
    main(["stats", str(proj), "--json"])
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    main(["check", str(proj), "--json"])
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_bad_file_leaves_earlier_contents_intact(proj, tmp_path, capsys):
    main(["import", str(proj), str(seed("001"))])
    capsys.readouterr()
    main(["docs", str(proj), "--json"])
    before = capsys.readouterr().out
    for path, _ in bad_files(tmp_path):
        assert main(["import", str(proj), str(path)]) == 1
    capsys.readouterr()
    main(["docs", str(proj), "--json"])
    assert capsys.readouterr().out == before


def test_same_name_twice_is_refused(proj, capsys):
    assert main(["import", str(proj), str(seed("000"))]) == 0
    assert main(["import", str(proj), str(seed("000"))]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["import", str(proj), str(seed("000")), "--name", "000 igen"]) == 0


def test_too_large_is_refused(proj, tmp_path, capsys, monkeypatch):
    import kvalkod.importers as importers

    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "stor.txt"
    big.write_text("ord " * 1000, encoding="utf-8")
    assert main(["import", str(proj), str(big)]) == 1
    assert "too large" in capsys.readouterr().err


def test_not_a_project_says_so(tmp_path, capsys):
    doc = tmp_path / "rapport.docx"
    doc.write_bytes(b"PK\x03\x04")
    assert main(["import", str(doc), str(seed("000"))]) == 1
    assert capsys.readouterr().err.strip() == f"kvalkod: {doc}: not a kvalkod project (not an SQLite database)"
