"""OpenDocument text: the fixture is written by odfdo in the test."""

from __future__ import annotations

import io
import zipfile

import pytest
from odfdo import Document, Element, Header, List, Note, Paragraph, Span, Table

from kvalkod.errors import InputFileError
from kvalkod.importers import extract

from .package_helpers import with_member_truncated

NUMBERED = (
    '<text:list-style style:name="Num1">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-bullet text:level="2" text:bullet-char="•"/>'
    "</text:list-style>"
)


def _document() -> bytes:
    doc = Document("text")
    body = doc.body
    body.append(Header(1, "Samordning på Försäkringskassan"))
    p = Paragraph("Första stycket med en not")
    p.append(Note(note_class="footnote", note_id="ftn1", citation="1",
                  body="Källa: Försäkringskassans ”årsredovisning” 🙂."))
    p.append(" mitt i. ÅÄÖ åäö  två mellanslag.")
    body.append(p)
    body.append(Paragraph(""))
    body.append(Paragraph(""))
    styled = Paragraph("Efter två tomma, ")
    styled.append(Span("med stil", style="T1"))
    styled.append(" och en")
    styled.append(Element.from_tag("<text:line-break/>"))
    styled.append("radbrytning.")
    body.append(styled)
    body.append(Header(2, "Punkter"))
    body.append(List(["handläggare", "läkare"]))
    doc.insert_style(Element.from_tag(NUMBERED), automatic=True)
    numbered = List(["första steget", "andra steget"])
    numbered.set_attribute("text:style-name", "Num1")
    numbered.children[1].append(List(["en detalj"]))
    body.append(numbered)
    table = Table("Kontor", width=3, height=3)
    for r, row in enumerate([["Kontor", "Ärenden", "Anm."], ["Göteborg", "12", "öppet"], ["Malmö", "7", ""]]):
        for c, value in enumerate(row):
            if value:
                table.set_value((c, r), value)
    body.append(table)
    end = Paragraph("Sista stycket med slutnot")
    end.append(Note(note_class="endnote", note_id="edn1", citation="i", body="Slutnoten."))
    body.append(end)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


EXPECTED = (
    "Samordning på Försäkringskassan\n\n"
    "Första stycket med en not mitt i. ÅÄÖ åäö  två mellanslag.\n\n\n\n"
    "Efter två tomma, med stil och en\nradbrytning.\n\n"
    "Punkter\n\n"
    "• handläggare\n• läkare\n\n"
    "1. första steget\n2. andra steget\n  • en detalj\n\n"
    "Kontor | Ärenden | Anm.\nGöteborg | 12 | öppet\nMalmö | 7 |\n\n"
    "Sista stycket med slutnot"
)


@pytest.fixture(scope="module")
def extracted():
    return extract("rapport.odt", _document())


def test_text_layout(extracted):
    assert extracted.text == EXPECTED
    assert extracted.format == "odt" and not extracted.pdf_like


def test_notes_with_offsets(extracted):
    foot, end = extracted.notes
    assert (foot.label, foot.text) == ("1", "Källa: Försäkringskassans ”årsredovisning” 🙂.")
    assert extracted.text[: foot.offset].endswith("med en not")
    assert extracted.text[foot.offset :].startswith(" mitt i.")
    assert (end.label, end.text) == ("i", "Slutnoten.")
    assert end.offset == len(extracted.text)


def test_truncated_odt():
    data = _document()
    with pytest.raises(InputFileError) as e:
        extract("trasig.odt", data[: len(data) // 2])
    assert e.value.reason.startswith(("not an OpenDocument text", "the .odt file is damaged"))


def test_docx_renamed_to_odt():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(InputFileError) as e:
        extract("fel.odt", buf.getvalue())
    assert e.value.reason == "not an OpenDocument text (the zip holds no content.xml)"


def test_spreadsheet_renamed_to_odt():
    buf = io.BytesIO()
    Document("spreadsheet").save(buf)
    with pytest.raises(InputFileError) as e:
        extract("kalkyl.odt", buf.getvalue())
    assert e.value.reason == "not an OpenDocument text (it is a spreadsheet)"


def test_broken_content_xml():
    with pytest.raises(InputFileError) as e:
        extract("trasig.odt", with_member_truncated(_document(), "content.xml"))
    assert "damaged" in e.value.reason


def test_empty_odt_has_no_text():
    buf = io.BytesIO()
    Document("text").save(buf)
    with pytest.raises(InputFileError) as e:
        extract("tom.odt", buf.getvalue())
    assert e.value.reason == "the document contains no text"


def test_spreadsheet_style_repeats_are_bounded():
    doc = Document("text")
    doc.body.append(Element.from_tag(
        '<table:table table:name="T"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Ort</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="2">'
        '<table:table-cell office:value-type="string"><text:p>Örebro</text:p></table:table-cell>'
        "</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row>'
        "</table:table>"
    ))
    buf = io.BytesIO()
    doc.save(buf)
    assert extract("t.odt", buf.getvalue()).text == "Ort\nÖrebro\nÖrebro"
