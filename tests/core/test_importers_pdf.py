"""PDF text layers. pypdf cannot write text, so the test writes a minimal valid PDF by hand:
Helvetica with WinAnsiEncoding (å ä ö are single bytes there), plus a ToUnicode map for the
one glyph WinAnsi lacks, an emoji."""

from __future__ import annotations

import io

import pytest

from kvalkod.errors import InputFileError
from kvalkod.importers import extract

EMOJI_CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Emoji def\n"
    b"1 begincodespacerange <00> <FF> endcodespacerange\n"
    b"1 beginbfchar <01> <D83DDE42> endbfchar\n"
    b"endcmap CMapName currentdict /CMap defineresource pop end end"
)


def make_pdf(pages: list[list[str]], emoji: bool = True) -> bytes:
    """A PDF with one text line per string; an empty list makes a page without text."""
    objects: list[bytes] = []

    def add(body: bytes | None) -> int:
        objects.append(body or b"")
        return len(objects)

    cmap = add(b"<< /Length %d >>\nstream\n" % len(EMOJI_CMAP) + EMOJI_CMAP + b"\nendstream")
    font = add(None)
    pages_id = add(None)
    kids = []
    for lines in pages:
        ops = b"BT /F1 12 Tf 72 720 Td 14 TL "
        for line in lines:
            raw = line.replace("🙂", "\x01").encode("cp1252")
            raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops += b"(" + raw + b") Tj T* "
        ops += b"ET"
        content = add(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font, content)
        ))
    to_unicode = b" /ToUnicode %d 0 R" % cmap if emoji else b""
    objects[font - 1] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                         b"/Encoding /WinAnsiEncoding" + to_unicode + b" >>")
    objects[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                             + b"] /Count %d >>" % len(kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, xref)
    return out


REPORT = [
    ["Försäkringskassan ÅÄÖ åäö", "”Samordnings-", "uppdraget” 🙂"],
    [],
    ["Sida tre: Örebro"],
]


def test_text_layer_page_by_page():
    r = extract("rapport.pdf", make_pdf(REPORT))
    assert r.text == "Försäkringskassan ÅÄÖ åäö\n”Samordnings-\nuppdraget” 🙂\nSida tre: Örebro"
    assert r.pdf_like and r.format == "pdf" and r.encoding is None and r.notes == []
    assert r.warnings == ["page 2 has no text layer (scanned image?)"]


def test_no_text_on_any_page():
    with pytest.raises(InputFileError) as e:
        extract("skannad.pdf", make_pdf([[], []]))
    assert "no text layer on any page" in e.value.reason


def _encrypted(user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(REPORT))))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_password_protected_pdf_is_refused():
    with pytest.raises(InputFileError) as e:
        extract("hemlig.pdf", _encrypted("hemligt", "ägare"))
    assert "protected by a password" in e.value.reason


def test_owner_password_only_opens():
    r = extract("skyddad.pdf", _encrypted("", "ägare"))
    assert r.text.startswith("Försäkringskassan")


def test_aes_without_crypto_library_is_explained(monkeypatch):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def needs_aes(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_aes)
    with pytest.raises(InputFileError) as e:
        extract("aes.pdf", _encrypted("", "ägare"))
    assert "encrypted with AES" in e.value.reason


@pytest.mark.parametrize("cut", [0.5, 0.8])
def test_truncated_pdf(cut):
    data = make_pdf(REPORT)
    with pytest.raises(InputFileError) as e:
        extract("trasig.pdf", data[: int(len(data) * cut)])
    assert "PDF" in e.value.reason


def test_corrupt_pdf():
    with pytest.raises(InputFileError) as e:
        extract("trasig.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert e.value.reason.startswith("the PDF is damaged")


def test_not_a_pdf():
    with pytest.raises(InputFileError) as e:
        extract("fel.pdf", "Försäkringskassan".encode())
    assert e.value.reason == "not a PDF (the file does not start with %PDF)"


def test_one_unreadable_page_is_a_warning(monkeypatch):
    from pypdf import PageObject

    real = PageObject.extract_text
    calls = {"n": 0}

    def flaky(self, *a, **k):
        calls["n"] += 1
        if calls["n"] == 1:
            raise ValueError("broken content stream")
        return real(self, *a, **k)

    monkeypatch.setattr(PageObject, "extract_text", flaky)
    r = extract("a.pdf", make_pdf([["ett"], ["två"]]))
    assert r.text == "två"
    assert r.warnings == ["page 1 could not be read (broken content stream)"]
