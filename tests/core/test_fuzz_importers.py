"""Fuzzing every importer through its public path: whatever the bytes, the analyst gets either
a document or one line naming the file, never a crash.

Each format is fed random bytes and edited copies of small valid files; the zip packages also
get valid zips whose parts were damaged, and the XML formats (inside the packages, the codebook,
HTML) well-formed edits that reach the importer's own walk. Only ``InputFileError`` may come out, its
message one line starting with the file's path. The importers wrap a library's failure on a
damaged file as an ``InputFileError`` too; such a wrapped error is accepted only when the
library raised it: one raised in kvalkod's own code is a bug, even though the analyst would
see a tidy line, because a document the library could read was lost to our code.

``make test`` runs a bounded, derandomised number of examples per importer (CI_EXAMPLES);
``make soak`` (KVALKOD_SOAK=1) runs SOAK_EXAMPLES each with fresh randomness.
"""

from __future__ import annotations

import io
import os
import re
import time
import traceback
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings

from kvalkod.errors import InputFileError
from kvalkod.importers.qdc import read_codebook
from kvalkod.importers.variables_table import read_variable_table
from kvalkod.services.importing import prepare_document

from . import hostile_inputs as h

SOAK = os.environ.get("KVALKOD_SOAK") == "1" or os.environ.get("HYPOTHESIS_PROFILE") == "soak"
CI_EXAMPLES = 150
SOAK_EXAMPLES = 4000
EXAMPLES = SOAK_EXAMPLES if SOAK else CI_EXAMPLES
KVALKOD = str(Path(__file__).resolve().parents[2] / "kvalkod")

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not SOAK,
    database=settings.default.database if SOAK else None,  # a soak remembers what failed
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)

# the zip members worth damaging: the ones the importers parse
PACKAGE_PARTS = {
    "docx": ["word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/styles.xml",
             "[Content_Types].xml", "word/_rels/document.xml.rels"],
    "odt": ["content.xml", "styles.xml", "mimetype", "META-INF/manifest.xml"],
    "xlsx": ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml", "xl/styles.xml"],
}


def import_once(path: Path) -> None:
    """The public path of each kind of file, as the CLI and the app call it."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".xlsx"):
        read_variable_table(path)
    elif suffix == ".qdc":
        read_codebook(path)
    else:
        prepare_document(path)


def assert_handled(path: Path) -> str | None:
    """Run the import; only a one-line ``InputFileError`` naming ``path`` may come out, and no
    library warning (Python prints those on stderr, under the CLI's one line). Returns the
    error's message, or None when the file was imported."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return _handled(path)
        finally:
            assert not caught, f"{path.name}: warnings reached the user: {[str(w.message) for w in caught]}"


def _handled(path: Path) -> str | None:
    try:
        import_once(path)
    except InputFileError as error:
        message = str(error)
        assert "\n" not in message, message
        assert message.startswith(f"{path}: ") and error.reason.strip(), message
        cause = error.__cause__
        if cause is not None:
            frames = traceback.extract_tb(cause.__traceback__)
            where = frames[-1].filename if frames else ""
            assert not where.startswith(KVALKOD), (
                f"kvalkod's own code failed on {path.name}: {type(cause).__name__}: {cause}\n"
                + "".join(traceback.format_tb(cause.__traceback__))
            )
        return message
    return None


def _inputs(fmt: str):
    seeds = list(h.seeds_for(fmt))
    parts = PACKAGE_PARTS.get(fmt)
    xml_seed = seeds[0] if fmt in ("qdc", "html") else None
    return h.any_input(seeds, {seeds[0]: parts} if parts else None, xml_seed, html=fmt == "html")


def _fuzz(fmt: str):
    @pytest.mark.slow  # all twelve take ~14 s; the Qt-blocked second run of tests/core leaves them out
    @FUZZ
    @given(data=_inputs(fmt))
    def run(tmp_path, data):
        path = h.write(tmp_path, f"fuzz.{fmt}", data)
        started = time.monotonic()
        event("imported" if assert_handled(path) is None else "refused")
        assert time.monotonic() - started < 30, f"{len(data)} bytes of .{fmt} took over 30 s"

    return run


@pytest.mark.parametrize("fmt", h.FORMATS)
def test_seed_files_are_valid(tmp_path, fmt):
    """The mutations start from files each importer accepts, so they reach its inner code."""
    for n, data in enumerate(h.seeds_for(fmt)):
        import_once(h.write(tmp_path, f"seed{n}.{fmt}", data))


test_fuzz_txt = _fuzz("txt")
test_fuzz_md = _fuzz("md")
test_fuzz_docx = _fuzz("docx")
test_fuzz_odt = _fuzz("odt")
test_fuzz_rtf = _fuzz("rtf")
test_fuzz_pdf = _fuzz("pdf")
test_fuzz_html = _fuzz("html")
test_fuzz_srt = _fuzz("srt")
test_fuzz_vtt = _fuzz("vtt")
test_fuzz_csv = _fuzz("csv")
test_fuzz_xlsx = _fuzz("xlsx")
test_fuzz_qdc = _fuzz("qdc")


# -- what fuzzing found, kept as plain examples ------------------------------------------------
def _refusal(path: Path) -> str:
    message = assert_handled(path)
    assert message is not None, f"{path.name} was imported"
    return message


def test_corrupt_deflate_stream_in_a_workbook(tmp_path):
    """zlib.error escaped the zip check (it is no OSError or BadZipFile)."""
    seed_xlsx = h.seeds_for("xlsx")[0]
    source = zipfile.ZipFile(io.BytesIO(seed_xlsx))
    entries = [h.packed(i.filename, source.read(i.filename)) for i in source.infolist()]
    name, _data, method, crc, size = entries[0]
    entries[0] = (name, b"\xff" * 16, method, crc, size)
    path = h.write(tmp_path, "tabell.xlsx", h.raw_zip(entries))
    assert "damaged" in _refusal(path)


@pytest.mark.parametrize("damage", ["no body", "body as root"])
def test_word_document_without_a_body(tmp_path, damage):
    """The main part without a w:body, or with w:body as its root element (python-docx then
    gives an element without ``.body``)."""
    docx = h.seeds_for("docx")[0]
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml")
    if damage == "no body":
        xml = xml[: xml.index(b"<w:body>")] + b"</w:document>"
    else:
        xml = xml.replace(b"<w:document ", b"<w:body ", 1).replace(b"</w:document>", b"</w:body>")
    path = h.write(tmp_path, "tom.docx", h.package_with(docx, replace={"word/document.xml": xml}))
    assert "has no body" in _refusal(path)


def test_part_in_an_unknown_encoding(tmp_path):
    """expat's LookupError escaped the DTD check. A part it cannot decode cannot be checked
    for a DTD either, so it is refused (office XML is always UTF-8 or UTF-16)."""
    odt = h.seeds_for("odt")[0]
    content = zipfile.ZipFile(io.BytesIO(odt)).read("content.xml").replace(b'encoding="UTF-8"', b'encoding="TTF-8"', 1)
    path = h.write(tmp_path, "kodning.odt", h.package_with(odt, replace={"content.xml": content}))
    assert "content.xml declares an encoding kvalkod cannot read" in _refusal(path)


def test_part_name_with_a_line_break_stays_on_one_line(tmp_path):
    docx = h.seeds_for("docx")[0]
    source = zipfile.ZipFile(io.BytesIO(docx))
    entries = [h.packed(i.filename, source.read(i.filename)) for i in source.infolist()]
    entries.append(("word/a\nb.xml", b"garbage", zipfile.ZIP_STORED, 0, 7))  # wrong CRC
    path = h.write(tmp_path, "rad.docx", h.raw_zip(entries))
    assert "word/a\\nb.xml" in _refusal(path)


def test_workbook_without_styles_gives_no_warning(tmp_path):
    xlsx = h.seeds_for("xlsx")[0]
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/styles.xml":
                target.writestr(item.filename, source.read(item.filename))
    path = h.write(tmp_path, "utan_stil.xlsx", out.getvalue())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        header, _rows = read_variable_table(path)
    assert header[0] == "dokument"


HUGE = b"99999999999999999999"


def test_word_list_numbering_with_nonsense_numbers_keeps_the_text(tmp_path):
    """int("abc") in the numbering part lost the whole document; a start of 10^20 in Roman
    numerals would never have finished."""
    docx = h.seeds_for("docx")[0]
    numbering = zipfile.ZipFile(io.BytesIO(docx)).read("word/numbering.xml")
    numbering = re.sub(rb'(<w:lvl[^>]*) w:ilvl="\d+"', rb'\1 w:ilvl="abc"', numbering, count=3)
    numbering = re.sub(rb'<w:start w:val="\d+"/>', b'<w:start w:val="' + HUGE + b'"/>', numbering)
    numbering = numbering.replace(b'w:numFmt w:val="decimal"', b'w:numFmt w:val="upperRoman"')
    path = h.write(tmp_path, "listor.docx", h.package_with(docx, replace={"word/numbering.xml": numbering}))
    assert assert_handled(path) is None
    text = prepare_document(path).text
    assert "första steget" in text and "Sista stycket." in text


def test_opendocument_lists_with_nonsense_numbers_and_deep_nesting_keep_the_text(tmp_path):
    """A space count of 10^20, a list started at 10^20 in Roman numerals, twelve nested lists."""
    odt = h.seeds_for("odt")[0]
    content = zipfile.ZipFile(io.BytesIO(odt)).read("content.xml")
    content = content.replace(b'style:num-format="1"', b'style:num-format="I"')
    content = content.replace(b"<text:list-item>", b'<text:list-item text:start-value="' + HUGE + b'">')
    content = content.replace(b"mitt i.", b'mitt<text:s text:c="' + HUGE + b'"/>i.', 1)
    deep = b'<text:list text:style-name="Num1"><text:list-item><text:p>djupt</text:p>' * 12
    deep += b"</text:list-item></text:list>" * 12
    content = content.replace(b"</office:text>", deep + b"</office:text>")
    path = h.write(tmp_path, "listor.odt", h.package_with(odt, replace={"content.xml": content}))
    assert assert_handled(path) is None
    text = prepare_document(path).text
    assert "första steget" in text and text.count("djupt") == 12
