"""The public face of kvalkod.importers: dispatch, the record, and every kind of bad file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kvalkod.importers as importers
from kvalkod.errors import InputFileError
from kvalkod.importers import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    Extracted,
    ExtractedNote,
    extract,
)


def test_supported_suffixes_and_limit():
    assert SUPPORTED_SUFFIXES == (
        ".txt", ".md", ".docx", ".odt", ".rtf", ".pdf", ".html", ".htm", ".vtt", ".srt",
    )
    assert MAX_FILE_BYTES == 200 * 1024 * 1024


def test_records_have_the_agreed_fields():
    note = ExtractedNote(label="1", text="Fotnot", offset=3)
    with pytest.raises(Exception):
        note.label = "2"  # frozen
    rec = Extracted(text="x", format="txt", encoding="utf-8", notes=[note], pdf_like=False,
                    markdown=False, warnings=[])
    assert rec.notes[0].offset == 3


def test_reads_a_file_from_disk(tmp_path):
    p = tmp_path / "intervju.txt"
    p.write_text("Hej Åsa!\r\nHur mår du? 🙂", encoding="utf-8")
    r = extract(p)
    assert r.text == "Hej Åsa!\nHur mår du? 🙂"
    assert (r.format, r.encoding, r.pdf_like, r.markdown, r.notes) == ("txt", "utf-8", False, False, [])


def test_data_argument_needs_no_file(tmp_path):
    r = extract(tmp_path / "finns-inte.md", "# Rubrik\n\nÖrjan”s text".encode())
    assert r.format == "md" and r.markdown and r.text.startswith("# Rubrik")


@pytest.mark.parametrize("name", ["A.TXT", "b.Md", "c.HTM"])
def test_suffix_is_case_insensitive(name):
    r = extract(name, b"<p>Hej</p>" if name.endswith("HTM") else b"Hej")
    assert "Hej" in r.text


def test_str_path_accepted(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"abc")
    assert extract(str(p)).text == "abc"


# ---- bad input: always InputFileError with one plain sentence ----------------------------

def _reason(excinfo) -> str:
    err = excinfo.value
    assert isinstance(err, InputFileError)
    assert "\n" not in err.reason
    return err.reason


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError) as e:
        extract(tmp_path / "saknas.docx")
    assert _reason(e) == "the file does not exist"
    assert e.value.path.endswith("saknas.docx")


def test_directory(tmp_path):
    d = tmp_path / "mapp.txt"
    d.mkdir()
    with pytest.raises(InputFileError) as e:
        extract(d)
    assert "folder" in _reason(e)


def test_empty_file(tmp_path):
    p = tmp_path / "tom.txt"
    p.write_bytes(b"")
    with pytest.raises(InputFileError) as e:
        extract(p)
    assert _reason(e) == "the file is empty"


def test_empty_data():
    with pytest.raises(InputFileError) as e:
        extract("x.pdf", b"")
    assert _reason(e) == "the file is empty"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".vtt", ".srt"])
def test_whitespace_only_has_no_text(suffix):
    data = b"WEBVTT\n\n" if suffix == ".vtt" else b"  \n\n \t\n"
    with pytest.raises(InputFileError):
        extract("x" + suffix, data)


def test_unknown_suffix_lists_what_is_supported(tmp_path):
    p = tmp_path / "data.xyz"
    p.write_bytes(b"hej")
    with pytest.raises(InputFileError) as e:
        extract(p)
    assert _reason(e) == (
        "unknown format '.xyz' (kvalkod imports .txt .md .docx .odt .rtf .pdf .html .htm .vtt .srt)"
    )


def test_no_suffix(tmp_path):
    with pytest.raises(InputFileError) as e:
        extract(tmp_path / "README", b"hej")
    assert "no extension" in _reason(e)


def test_old_word_format_gets_a_hint():
    with pytest.raises(InputFileError) as e:
        extract("gammal.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert ".docx" in _reason(e)


def test_too_large_file(tmp_path, monkeypatch):
    p = tmp_path / "stor.txt"
    p.write_bytes(b"x" * 5000)
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1024)
    with pytest.raises(InputFileError) as e:
        extract(p)
    assert _reason(e) == "file too large (5 KB; the limit is 1 KB)"


def test_too_large_data(monkeypatch):
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 10)
    with pytest.raises(InputFileError) as e:
        extract("a.txt", b"x" * 11)
    assert _reason(e).startswith("file too large (11 bytes")


def test_size_message_in_megabytes():
    from kvalkod.input_files import human_size

    assert human_size(312 * 1024 * 1024) == "312 MB"
    assert human_size(200 * 1024 * 1024) == "200 MB"


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "hemlig.txt"
    p.write_bytes(b"hej")
    real_open = open

    def deny(file, *a, **k):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *a, **k)

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(InputFileError) as e:
        extract(p)
    assert _reason(e) == "the file cannot be read (permission denied)"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_for_real(tmp_path):
    p = tmp_path / "hemlig.txt"
    p.write_bytes(b"hej")
    p.chmod(0)
    try:
        with pytest.raises(InputFileError) as e:
            extract(p)
        assert "permission" in _reason(e)
    finally:
        p.chmod(0o600)


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".pdf", ".rtf"])
def test_text_posing_as_a_binary_format(suffix):
    with pytest.raises(InputFileError) as e:
        extract("fel" + suffix, "Det här är bara text om Försäkringskassan.".encode())
    assert _reason(e).startswith("not a")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".vtt", ".srt"])
def test_binary_posing_as_text(suffix):
    data = bytes(range(256)) * 8
    with pytest.raises(InputFileError) as e:
        extract("bild" + suffix, data)
    assert _reason(e) == "binary data, not text"


def test_library_failures_are_wrapped(monkeypatch):
    import kvalkod.importers.text as text_module

    def boom(path, data, fmt):
        raise KeyError("word/document.xml")

    monkeypatch.setattr(text_module, "extract", boom)
    with pytest.raises(InputFileError) as e:
        extract("a.txt", b"hej")
    assert "damaged" in _reason(e) and "KeyError" in _reason(e)


def test_importing_the_package_loads_no_heavy_library():
    code = (
        "import sys, kvalkod.importers, kvalkod.text.speakers;"
        "heavy = {'lxml', 'docx', 'pypdf', 'odfdo', 'openpyxl', 'charset_normalizer', 'striprtf', 'webvtt'};"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
