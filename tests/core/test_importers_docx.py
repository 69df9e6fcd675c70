"""Word .docx: reading order, blank paragraphs, lists, tables, and footnotes with anchors.

The fixture is written by python-docx in the test. python-docx cannot write footnotes, so
they are added by editing the package XML, as Word would have saved them.
"""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from kvalkod.errors import InputFileError
from kvalkod.importers import extract

from .package_helpers import with_member_truncated

FN_MARK = "FOTNOTSMARKERING"
FN_PART = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> Källa: Försäkringskassans ”årsredovisning” 2019 🙂.</w:t></w:r>'
    "</w:p></w:footnote>"
    '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> Andra noten, i tabellen.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
FN_REF = (
    '</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    '<w:footnoteReference w:id="{id}"/></w:r><w:r><w:t xml:space="preserve">'
)


def _with_footnotes(data: bytes) -> bytes:
    """Add word/footnotes.xml, its relationship and content type, and two references."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                xml = body.decode("utf-8")
                for n in (1, 2):
                    xml = xml.replace(f"{FN_MARK}{n}", FN_REF.format(id=n))
                body = xml.encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            dst.writestr(item, body)
        dst.writestr("word/footnotes.xml", FN_PART)
    return out.getvalue()


def _document() -> bytes:
    d = docx.Document()
    d.add_heading("Samordning på Försäkringskassan", level=1)
    d.add_paragraph(f"Första stycket, med en not{FN_MARK}1 mitt i. ÅÄÖ åäö ”citat” 🙂")
    d.add_paragraph("")
    d.add_paragraph("")
    p = d.add_paragraph("Efter två tomma stycken, ")
    p.add_run("med fet stil").bold = True
    p.add_run(" och en rad-\nbrytning.")
    d.add_heading("Punkter", level=2)
    d.add_paragraph("handläggare", style="List Bullet")
    d.add_paragraph("läkare", style="List Bullet")
    d.add_paragraph("första steget", style="List Number")
    d.add_paragraph("andra steget", style="List Number")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["Kontor", "Ärenden", "Anm."],
                             ["Göteborg", "12", f"se not{FN_MARK}2"],
                             ["Malmö", "7", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Sista stycket.")
    buf = io.BytesIO()
    d.save(buf)
    return _with_footnotes(buf.getvalue())


EXPECTED = (
    "Samordning på Försäkringskassan\n\n"
    "Första stycket, med en not mitt i. ÅÄÖ åäö ”citat” 🙂\n\n\n\n"
    "Efter två tomma stycken, med fet stil och en rad-\nbrytning.\n\n"
    "Punkter\n\n"
    "• handläggare\n• läkare\n\n"
    "1. första steget\n2. andra steget\n\n"
    "Kontor | Ärenden | Anm.\nGöteborg | 12 | se not\nMalmö | 7 |\n\n"
    "Sista stycket."
)


@pytest.fixture(scope="module")
def extracted():
    return extract("rapport.docx", _document())


def test_text_layout(extracted):
    assert extracted.text == EXPECTED
    assert extracted.format == "docx" and not extracted.pdf_like and extracted.encoding is None


def test_footnotes_with_offsets(extracted):
    first, second = extracted.notes
    assert first.label == "1"
    assert first.text == "Källa: Försäkringskassans ”årsredovisning” 2019 🙂."
    assert extracted.text[: first.offset].endswith("med en not")
    assert extracted.text[first.offset :].startswith(" mitt i.")
    assert second.label == "2" and second.text == "Andra noten, i tabellen."
    assert extracted.text[: second.offset].endswith("Göteborg | 12 | se not")
    assert FN_MARK not in extracted.text


def test_from_disk_matches_data(tmp_path):
    p = tmp_path / "Rapport.DOCX"
    p.write_bytes(_document())
    assert extract(p).text == extract("x.docx", _document()).text


def _numbered(d, text, ilvl):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = d.add_paragraph(text, style="List Number")
    num_pr = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), str(ilvl))
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), d.styles["List Number"].element.pPr.numPr.numId.get(qn("w:val")))
    num_pr.append(level)
    num_pr.append(num_id)
    p._p.get_or_add_pPr().append(num_pr)


def test_nested_list_levels():
    d = docx.Document()
    _numbered(d, "ett", 0)
    _numbered(d, "under ett", 1)
    _numbered(d, "under två", 1)
    _numbered(d, "två", 0)
    _numbered(d, "under igen", 1)
    buf = io.BytesIO()
    d.save(buf)
    text = extract("l.docx", buf.getvalue()).text
    lines = text.split("\n")
    assert lines[0] == "1. ett" and lines[3] == "2. två"
    assert lines[1].startswith("  ") and lines[1].endswith(" under ett")
    assert lines[2].startswith("  ") and lines[2].endswith(" under två")
    # the sub-level counter restarts under each new item of the level above
    assert lines[1].split()[0] == lines[4].split()[0]
    assert len(lines) == 5


def test_tracked_deletions_are_left_out():
    d = docx.Document()
    p = d.add_paragraph("Kvar")
    run = p.add_run(" borttagen")
    buf = io.BytesIO()
    d.save(buf)
    xml_name = "word/document.xml"
    data = buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == xml_name:
                body = body.replace(b"<w:t xml:space=\"preserve\"> borttagen</w:t>",
                                    b"<w:delText xml:space=\"preserve\"> borttagen</w:delText>")
            dst.writestr(item, body)
    assert run.text == " borttagen"
    assert extract("d.docx", out.getvalue()).text == "Kvar"


def test_empty_document_has_no_text():
    buf = io.BytesIO()
    docx.Document().save(buf)
    with pytest.raises(InputFileError) as e:
        extract("tom.docx", buf.getvalue())
    assert e.value.reason == "the document contains no text"


def test_truncated_docx():
    data = _document()
    with pytest.raises(InputFileError) as e:
        extract("trasig.docx", data[: len(data) // 2])
    assert e.value.reason.startswith(("not a Word document", "the .docx file is damaged"))


def test_corrupt_member_in_docx():
    data = bytearray(_document())
    # damage the compressed bytes of document.xml but keep the zip directory intact
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[start : start + 20] = b"\x00" * 20
    with pytest.raises(InputFileError) as e:
        extract("trasig.docx", bytes(data))
    assert "damaged" in e.value.reason


def test_not_a_zip():
    with pytest.raises(InputFileError) as e:
        extract("fel.docx", b"%PDF-1.4 nope")
    assert e.value.reason == "not a Word document (the file is not a valid .docx zip)"


def test_zip_that_is_not_word():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hej.txt", "hej")
    with pytest.raises(InputFileError) as e:
        extract("fel.docx", buf.getvalue())
    assert e.value.reason.startswith("not a Word document")


def test_broken_xml_inside():
    with pytest.raises(InputFileError) as e:
        extract("trasig.docx", with_member_truncated(_document(), "word/document.xml"))
    assert "damaged" in e.value.reason


def test_workbook_renamed_to_docx():
    import openpyxl

    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    with pytest.raises(InputFileError) as e:
        extract("kalkyl.docx", buf.getvalue())
    assert e.value.reason == "not a Word document (another Office format renamed .docx)"


def test_damaged_footnotes_part_keeps_the_body():
    src = zipfile.ZipFile(io.BytesIO(_document()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            dst.writestr(item, body[:200] if item.filename == "word/footnotes.xml" else body)
    r = extract("a.docx", out.getvalue())
    assert r.text == EXPECTED
    assert [n.text for n in r.notes] == ["", ""]
    assert r.warnings and r.warnings[0].startswith("the footnotes could not be read")
