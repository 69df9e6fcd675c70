"""Files made to hurt: zip bombs, entity expansion, external entities, paths out of a package,
oversized files, binary posing as text, encrypted and malformed PDFs, devices and pipes.

For each, the command line does what it does for any bad file: exit 1, one line on stderr that
names the file, no traceback, and the project exactly as it was (documents, codes, codings).
External entities point at a listener on this machine, which proves that nothing was fetched;
a package's ``..`` and absolute part names point at files that must not appear.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import uuid
import zipfile
import zlib
from pathlib import Path

import pytest

from kvalkod import input_files as limits
from kvalkod.cli import main

from ..conftest import seed
from . import hostile_inputs as h

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + bytes(64)
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(200)


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    """A project with a document, a code and a coding: what a hostile file must not touch."""
    path = tmp_path_factory.mktemp("hostile") / "studie.kvalkod"
    assert main(["new", str(path), "--codebook", "none"]) == 0
    assert main(["import", str(path), str(seed("001"))]) == 0
    assert main(["code", "add", str(path), "Samordning"]) == 0
    doc = seed("001").stem
    assert main(["code-text", str(path), doc, "0", "40", "Samordning", "--coder", "Anna"]) == 0
    return path


@pytest.fixture
def project(study, tmp_path, capsys):
    """A copy of the study for one test (the project file is whole once the command is done)."""
    capsys.readouterr()
    path = tmp_path / study.name
    shutil.copyfile(study, path)
    return path


@pytest.fixture
def listener():
    """An HTTP address on this machine and the list of requests it received."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.05)
    received: list[bytes] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(1)
                received.append(connection.recv(4096) or b"(connected)")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/", received
    stop.set()
    thread.join()
    server.close()


def snapshot(project: Path, capsys) -> list[str]:
    outputs = []
    for command in (["stats"], ["docs"], ["codings"], ["codes"], ["var", "list"]):
        assert main([command[0], *command[1:], str(project), "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert main(["check", str(project), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    return outputs


def refused(project: Path, capsys, argv: list[str], path: Path, *words: str) -> str:
    """Run ``argv``; assert exit 1, one line naming ``path`` and ``words``, project intact."""
    before = snapshot(project, capsys)
    status = main(argv)
    out, err = capsys.readouterr()
    lines = err.strip().split("\n")
    assert status == 1, (out, err)
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith(f"kvalkod: {path}"), line
    assert "Traceback" not in err and "internal error" not in line, line
    for word in words:
        assert word.lower() in line.lower(), line
    assert snapshot(project, capsys) == before
    return line


def import_refused(project, capsys, path: Path, *words: str) -> str:
    return refused(project, capsys, ["import", str(project), str(path)], path, *words)


def member(package: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(package)).read(name)


MARK = "Sista stycket".encode()  # a paragraph of both seed documents


def docx_with(declarations: str, reference: bytes) -> bytes:
    seed_docx = h.seeds_for("docx")[0]
    xml = h.with_entities(member(seed_docx, "word/document.xml"), declarations, MARK, reference)
    return h.package_with(seed_docx, replace={"word/document.xml": xml})


def odt_with(declarations: str, reference: bytes) -> bytes:
    seed_odt = h.seeds_for("odt")[0]
    xml = h.with_entities(member(seed_odt, "content.xml"), declarations, MARK, reference)
    return h.package_with(seed_odt, replace={"content.xml": xml})


def xlsx_with(declarations: str, reference: bytes) -> bytes:
    seed_xlsx = h.seeds_for("xlsx")[0]
    sheet = "xl/worksheets/sheet1.xml"
    xml = h.with_entities(member(seed_xlsx, sheet), declarations, b"<v>12</v>", b"<v>" + reference + b"</v>")
    return h.package_with(seed_xlsx, replace={sheet: xml})


def qdc_with(declarations: str, reference: bytes) -> bytes:
    return h.with_entities(h.seeds_for("qdc")[0], declarations, b"Om samverkan", reference)


# -- zip bombs ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt, part", [("docx", "word/document.xml"), ("odt", "content.xml")])
def test_zip_bomb_is_refused(project, capsys, tmp_path, fmt, part):
    """200 MB of zeros packed into ~200 KB: refused from the zip's directory, before unpacking."""
    bomb = h.bomb_package(h.seeds_for(fmt)[0], part, 200)
    assert len(bomb) < 400_000
    path = h.write(tmp_path, f"bomb.{fmt}", bomb)
    import_refused(project, capsys, path, "refused", part, "zip bomb")


def test_zip_bomb_as_variables_table_is_refused(project, capsys, tmp_path):
    bomb = h.bomb_package(h.seeds_for("xlsx")[0], "xl/worksheets/sheet1.xml", 200)
    path = h.write(tmp_path, "bomb.xlsx", bomb)
    refused(project, capsys, ["var", "import", str(project), str(path)], path, "zip bomb")


def test_zip_bomb_that_lies_about_its_size_is_refused(project, capsys, tmp_path):
    """The directory says 1 KB, the stream inflates to 200 MB: unpacking stops at 1 KB."""
    seed_docx = h.seeds_for("docx")[0]
    source = zipfile.ZipFile(io.BytesIO(seed_docx))
    data, crc, _size = h.deflated_zeros(200)
    entries = [h.packed(i.filename, source.read(i.filename)) for i in source.infolist()
               if i.filename != "word/document.xml"]
    lying = h.raw_zip([("word/document.xml", data, zipfile.ZIP_DEFLATED, crc, 1024), *entries])
    path = h.write(tmp_path, "ljuger.docx", lying)
    import_refused(project, capsys, path, "damaged", "word/document.xml")


def test_package_with_thousands_of_parts_is_refused(project, capsys, tmp_path):
    seed_docx = h.seeds_for("docx")[0]
    source = zipfile.ZipFile(io.BytesIO(seed_docx))
    entries = [h.packed(i.filename, source.read(i.filename)) for i in source.infolist()]
    entries += [h.packed(f"word/media/image{n}.png", b"x") for n in range(limits.ZIP_ENTRIES + 1)]
    path = h.write(tmp_path, "delar.docx", h.raw_zip(entries))
    import_refused(project, capsys, path, "refused", "parts (the limit is 10,000)")


def test_package_unpacking_past_the_total_limit_is_refused(project, capsys, tmp_path, monkeypatch):
    """Parts each under the ratio, together over the total: the total is a limit of its own."""
    monkeypatch.setattr(limits, "UNZIPPED_BYTES", 1024 * 1024)
    extra = {f"word/media/bild{n}.bin": os.urandom(300_000) for n in range(4)}
    path = h.write(tmp_path, "stor.docx", h.package_with(h.seeds_for("docx")[0], extra=extra))
    import_refused(project, capsys, path, "refused", "would unpack to", "the limit is 1.0 MB")


def test_encrypted_package_part_is_refused(project, capsys, tmp_path):
    seed_docx = h.seeds_for("docx")[0]
    source = zipfile.ZipFile(io.BytesIO(seed_docx))
    entries = [h.packed(i.filename, source.read(i.filename)) for i in source.infolist()]
    data = bytearray(h.raw_zip(entries))
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            data[start + flag_at] |= 1  # "encrypted"
            start += 4
    path = h.write(tmp_path, "krypterad.docx", bytes(data))
    import_refused(project, capsys, path, "encrypted")


@pytest.mark.parametrize("damage", ["deflate", "encrypted", "bomb", "lying"])
def test_hostile_codebook_archive_is_refused(project, capsys, tmp_path, damage):
    """A codebook read from a .qdpx archive: a broken stream, an encrypted member, a bomb, and
    a bomb whose directory understates it."""
    name, data, method, crc, size = h.packed("project.qde", member(h.seeds_for("qdc")[1], "project.qde"))
    zeros, zeros_crc, zeros_size = h.deflated_zeros(200)
    entry = {"deflate": (name, b"\xff" * 16, method, crc, size), "encrypted": (name, data, method, crc, size),
             "bomb": (name, zeros, method, zeros_crc, zeros_size),
             "lying": (name, zeros, method, zeros_crc, 1000)}[damage]
    archive = bytearray(h.raw_zip([entry]))
    if damage == "encrypted":
        archive[6] |= 1
        archive[archive.find(b"PK\x01\x02") + 8] |= 1
    path = h.write(tmp_path, "kodbok.qdpx", bytes(archive))
    refused(project, capsys, ["qdc", "import", str(project), str(path)], path,
            "larger than 50 MB" if damage == "bomb" else "damaged")


# -- entities ------------------------------------------------------------------------------------
LAUGH = b"&lol9;"


@pytest.mark.parametrize("fmt, build", [("docx", docx_with), ("odt", odt_with)])
def test_entity_expansion_in_documents_is_refused(project, capsys, tmp_path, fmt, build):
    path = h.write(tmp_path, f"skratt.{fmt}", build(h.LAUGHS, LAUGH))
    import_refused(project, capsys, path, "refused", "DTD or entities")


def test_entity_expansion_in_html_is_refused(project, capsys, tmp_path):
    page = h.with_entities(h.seeds_for("html")[0].replace(b"<!DOCTYPE html>", b""), h.LAUGHS,
                           "Första".encode(), LAUGH)
    path = h.write(tmp_path, "skratt.html", page)
    import_refused(project, capsys, path, "refused", "entities")


def test_entity_expansion_in_variables_table_is_refused(project, capsys, tmp_path):
    path = h.write(tmp_path, "skratt.xlsx", xlsx_with(h.LAUGHS, LAUGH))
    refused(project, capsys, ["var", "import", str(project), str(path)], path, "refused", "DTD")


def test_entity_expansion_in_codebook_is_refused(project, capsys, tmp_path):
    path = h.write(tmp_path, "skratt.qdc", qdc_with(h.LAUGHS, LAUGH))
    refused(project, capsys, ["qdc", "import", str(project), str(path)], path, "DTD")
    target = tmp_path / "ny.kvalkod"
    assert main(["new", str(target), "--codebook", str(path)]) == 1
    assert "DTD" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize("fmt", ["docx", "odt", "html", "xlsx", "qdc"])
def test_external_entities_fetch_nothing(project, capsys, tmp_path, listener, fmt):
    """An entity naming a web address (here one on this machine, listening) or a local file."""
    url, received = listener
    declarations = h.external_entity(url + "xxe") + '<!ENTITY local SYSTEM "file:///etc/passwd">'
    reference = b"&xxe;&local;"
    if fmt == "html":
        data = h.with_entities(h.seeds_for("html")[0].replace(b"<!DOCTYPE html>", b""), declarations,
                               "Första".encode(), reference)
    else:
        data = {"docx": docx_with, "odt": odt_with, "xlsx": xlsx_with, "qdc": qdc_with}[fmt](declarations, reference)
    path = h.write(tmp_path, f"extern.{fmt}", data)
    argv = {"xlsx": ["var", "import", str(project), str(path)],
            "qdc": ["qdc", "import", str(project), str(path)]}.get(fmt, ["import", str(project), str(path)])
    refused(project, capsys, argv, path, "refused" if fmt != "qdc" else "DTD")
    assert received == []


def test_html_that_links_out_fetches_nothing(project, capsys, tmp_path, listener):
    """A public DTD, a style sheet, images, a frame: read as text, nothing fetched."""
    url, received = listener
    page = (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{url}dtd">'
            f'<html><head><link rel="stylesheet" href="{url}css"><script src="{url}js"></script></head>'
            f'<body><p>Text <img src="{url}img"> här.</p><iframe src="{url}frame"></iframe>'
            f'<object data="{url}obj"></object></body></html>')
    path = h.write(tmp_path, "lankar.html", page.encode())
    assert main(["import", str(project), str(path)]) == 0
    capsys.readouterr()
    assert main(["show", str(project), "lankar"]) == 0
    assert capsys.readouterr().out.strip() == "Text här."
    assert received == []


# -- paths out of a package --------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["docx", "odt", "xlsx"])
def test_parts_named_outside_the_package_are_refused_and_never_written(project, capsys, tmp_path,
                                                                       monkeypatch, fmt):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    tag = uuid.uuid4().hex
    escapes = [f"../../utanfor-{tag}.txt", f"/tmp/absolut-{tag}.txt", f"..\\..\\win-{tag}.txt"]
    targets = [tmp_path / f"utanfor-{tag}.txt", Path(f"/tmp/absolut-{tag}.txt"), tmp_path / f"win-{tag}.txt"]
    for name in escapes:
        path = h.write(tmp_path, f"flykt.{fmt}", h.package_with(h.seeds_for(fmt)[0], extra={name: b"owned"}))
        argv = (["var", "import", str(project), str(path)] if fmt == "xlsx"
                else ["import", str(project), str(path)])
        refused(project, capsys, argv, path, "refused", "outside")
    assert [t for t in targets if t.exists()] == []
    assert sorted(p.name for p in work.iterdir()) == []


# -- size, kind and type ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["stor.txt", "stor.docx", "stor.pdf"])
def test_oversized_document_is_refused_unread(project, capsys, tmp_path, name):
    path = tmp_path / name
    with open(path, "wb") as fh:
        fh.truncate(limits.DOCUMENT_BYTES + 1)  # sparse: nothing is written to the disk
    import_refused(project, capsys, path, "too large", "200 MB")


def test_oversized_variables_table_and_codebook_are_refused(project, capsys, tmp_path):
    table = tmp_path / "stor.csv"
    with open(table, "wb") as fh:
        fh.truncate(limits.DOCUMENT_BYTES + 1)
    refused(project, capsys, ["var", "import", str(project), str(table)], table, "too large")
    codebook = tmp_path / "stor.qdc"
    with open(codebook, "wb") as fh:
        fh.truncate(limits.REFI_XML_BYTES + 1)
    refused(project, capsys, ["qdc", "import", str(project), str(codebook)], codebook, "too large")


BINARY_AS_TEXT = {
    "bild.txt": PNG,
    "program.md": ELF,
    "nollor.txt": "Ett stycke text\x00med en NUL-byte mitt i.".encode() * 20,
    "brus.txt": bytes((n * 7919 + 13) % 255 + 1 for n in range(20_000)),
    "arkiv.html": zlib.compress(b"<p>x</p>" * 500),
    "bild.srt": PNG,
    "program.vtt": b"WEBVTT\n\n" + ELF,
}


@pytest.mark.parametrize("name", sorted(BINARY_AS_TEXT))
def test_binary_posing_as_text_is_refused(project, capsys, tmp_path, name):
    path = h.write(tmp_path, name, BINARY_AS_TEXT[name])
    import_refused(project, capsys, path)


def test_binary_posing_as_a_table_is_refused(project, capsys, tmp_path):
    path = h.write(tmp_path, "tabell.csv", PNG)
    refused(project, capsys, ["var", "import", str(project), str(path)], path, "binary")


def test_a_project_file_posing_as_text_is_refused(project, capsys, tmp_path):
    path = h.write(tmp_path, "projekt.txt", project.read_bytes())
    import_refused(project, capsys, path, "binary")


def test_password_protected_pdf_is_refused(project, capsys, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(h.seeds_for("pdf")[0])))
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = h.write(tmp_path, "losen.pdf", buffer.getvalue())
    import_refused(project, capsys, path, "password")


@pytest.mark.parametrize("damage", ["truncated", "no xref", "png"])
def test_malformed_pdf_is_refused(project, capsys, tmp_path, damage):
    pdf = h.seeds_for("pdf")[0]
    data = {"truncated": pdf[: len(pdf) // 3], "no xref": pdf.split(b"xref")[0], "png": b"%PDF-1.4\n" + PNG}[damage]
    path = h.write(tmp_path, "trasig.pdf", data)
    import_refused(project, capsys, path)


def test_pdf_bomb_is_refused(project, capsys, tmp_path):
    """A page whose content stream inflates to 200 MB of nothing: the PDF reader stops at its
    own limit, and a page without text is no document."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject

    deflated, _crc, size = h.deflated_zeros(200)
    stream = StreamObject()
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream.set_data(b"")
    stream._data = b"\x78\xda" + deflated + _adler_of_zeros(size).to_bytes(4, "big")  # already deflated
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = h.write(tmp_path, "bomb.pdf", buffer.getvalue())
    import_refused(project, capsys, path)


def _adler_of_zeros(n: int) -> int:
    """Adler-32 of ``n`` zero bytes: the sum stays 1, the sum of sums grows by one per byte."""
    return ((n % 65521) << 16) | 1


def test_pipes_devices_and_folders_are_refused_without_reading(project, capsys, tmp_path):
    fifo = tmp_path / "ror.txt"
    os.mkfifo(fifo)
    import_refused(project, capsys, fifo, "not a regular file")
    device = tmp_path / "nollor.txt"
    device.symlink_to("/dev/zero")
    import_refused(project, capsys, device, "not a regular file")
    folder = tmp_path / "mapp.docx"
    folder.mkdir()
    import_refused(project, capsys, folder, "folder")


def test_deeply_nested_html_is_refused(project, capsys, tmp_path):
    page = b"<html><body>" + b"<div>" * 100_000 + b"text" + b"</div>" * 100_000 + b"</body></html>"
    path = h.write(tmp_path, "djup.html", page)
    import_refused(project, capsys, path)


def test_command_line_process_prints_one_line_per_hostile_file(project, tmp_path):
    """The same refusals from the real program, in its own process: no traceback, no warning."""
    files = [
        h.write(tmp_path, "bomb.docx", h.bomb_package(h.seeds_for("docx")[0], "word/document.xml", 200)),
        h.write(tmp_path, "skratt.odt", odt_with(h.LAUGHS, LAUGH)),
        h.write(tmp_path, "bild.txt", PNG),
        h.write(tmp_path, "flykt.docx", h.package_with(h.seeds_for("docx")[0], extra={"../x.txt": b"x"})),
        h.write(tmp_path, "trasig.pdf", h.seeds_for("pdf")[0][:300]),
    ]
    result = subprocess.run([sys.executable, "-m", "kvalkod", "import", str(project), *map(str, files)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONWARNINGS": "default"})
    assert result.returncode == 1
    lines = result.stderr.strip().split("\n")
    assert [line.split(": ")[1] for line in lines] == [str(f) for f in files], result.stderr
    assert "Traceback" not in result.stderr and "Warning" not in result.stderr
