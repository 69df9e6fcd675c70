"""Plain text and Markdown: encodings Swedish files really come in, and the seed documents."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from kvalkod.errors import InputFileError
from kvalkod.importers import extract
from kvalkod.importers.text import decode

SWEDISH = "Försäkringskassan: Åsa, Ärla och Örjan åt ”smörgåsar” – 25 €.\nRad två."
SOURCES = Path(__file__).resolve().parents[2] / "sample_projects" / "sources"


@pytest.mark.parametrize(
    "raw, encoding",
    [
        (SWEDISH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"), "utf-8-sig"),
        (SWEDISH.encode("utf-16"), "utf-16"),  # with BOM, native order
        (b"\xff\xfe" + SWEDISH.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + SWEDISH.encode("utf-16-be"), "utf-16"),
        (SWEDISH.encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs in every other byte
        (SWEDISH.encode("utf-16-be"), "utf-16-be"),
        (SWEDISH.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(raw, encoding):
    r = extract("a.txt", raw)
    assert r.encoding == encoding
    assert r.text == SWEDISH
    assert not r.warnings


def test_utf8_with_emoji_and_bom_removed():
    r = extract("a.txt", "\ufeffHej 🙂 åäö ÅÄÖ".encode("utf-8"))
    assert r.text == "Hej 🙂 åäö ÅÄÖ"
    assert r.encoding == "utf-8-sig"


@pytest.mark.parametrize("word", ["Försäkringskassan", "å", "ÅÄÖ åäö", "Öl", "smörgåsbord"])
def test_short_cp1252_words_decode_to_swedish(word):
    text, encoding, _ = decode(word.encode("cp1252"))
    assert (text, encoding) == (word, "cp1252")


def test_latin1_bytes_read_as_cp1252():
    text, encoding, _ = decode("Göteborg och Malmö".encode("latin-1"))
    assert text == "Göteborg och Malmö" and encoding == "cp1252"


def test_dos_cp850_is_recognised():
    raw = "Försäkringskassan och Arbetsförmedlingen är två myndigheter i Sverige.".encode("cp850")
    text, encoding, _ = decode(raw)
    assert encoding == "cp850"
    assert "Försäkringskassan" in text


def test_cyrillic_is_not_forced_into_cp1252():
    raw = "Привет, как дела? Это текст на русском языке, совсем не шведский.".encode("cp1251")
    text, encoding, _ = decode(raw)
    assert encoding == "cp1251" and text.startswith("Привет")


def test_mostly_utf8_with_a_stray_byte_is_kept_with_a_warning():
    raw = ("Försäkringskassan åäö " * 5).encode() + b"\xe9 " + "Örjan".encode()
    r = extract("a.txt", raw)
    assert r.encoding == "utf-8"
    assert "Försäkringskassan" in r.text and "\ufffd" in r.text
    assert r.warnings and "not valid UTF-8" in r.warnings[0]


def test_line_endings_and_nfc():
    decomposed = unicodedata.normalize("NFD", "Åsa åt ärtor\r\nrad\rtre")
    r = extract("a.txt", decomposed.encode("utf-8"))
    assert r.text == "Åsa åt ärtor\nrad\ntre"
    assert "\r" not in r.text and unicodedata.is_normalized("NFC", r.text)


def test_markdown_is_kept_as_written():
    md = "# Rubrik\n\n* punkt **fet**\n\n<sup>1</sup> Fotnot om Försäkringskassan 🙂\n"
    r = extract("a.md", md.encode())
    assert r.markdown and r.format == "md" and r.text == md


def test_text_is_not_trimmed():
    r = extract("a.txt", b"\n\n\n  Titel  \n\n")
    assert r.text == "\n\n\n  Titel  \n\n"


def test_nul_bytes_are_binary():
    with pytest.raises(InputFileError) as e:
        extract("a.txt", b"PK\x03\x04\x00\x00hej")
    assert e.value.reason == "binary data, not text"


def test_control_characters_are_binary():
    raw = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20 + b"text"
    with pytest.raises(InputFileError) as e:
        extract("a.txt", raw)
    assert e.value.reason == "binary data, not text"


def test_utf16_bom_with_binary_content_is_refused():
    raw = b"\xff\xfe" + bytes([1, 0, 2, 0, 3, 0, 4, 0]) * 50
    with pytest.raises(InputFileError) as e:
        extract("a.txt", raw)
    assert e.value.reason == "binary data, not text"


def test_undecodable_after_a_bom():
    with pytest.raises(InputFileError) as e:
        extract("a.txt", b"\xef\xbb\xbfHej \xff\xfe d\xe5")
    assert e.value.reason.startswith("undecodable text")


def test_undecodable_junk_without_any_plausible_encoding(monkeypatch):
    import kvalkod.importers.text as text_module

    monkeypatch.setattr(text_module, "_charset_normalizer_guess", lambda data: None)
    with pytest.raises(InputFileError) as e:
        extract("a.txt", b"ab\xb0\xb1\xb2cd " * 50)
    assert "encoding could not be recognised" in e.value.reason


def test_charset_normalizer_failure_falls_back(monkeypatch):
    import charset_normalizer

    def broken(*a, **k):
        raise RuntimeError("detector crashed")

    monkeypatch.setattr(charset_normalizer, "from_bytes", broken)
    r = extract("a.txt", "Försäkringskassan".encode("cp1252"))
    assert r.text == "Försäkringskassan"


# ---- the seed documents shipped with the sample projects --------------------------------

SEED_LENGTHS = {
    "000_922637aa2d6084fc.txt": 22_808,
    "001_3e4d6edb7e50ae30.txt": 24_941,
    "002_0322864ac7075944.txt": 264_976,
    "003_ef4a9852eae156e6.txt": 39_524,
    "004_d2d617c181604f77.txt": 43_157,
}


@pytest.mark.parametrize("name", sorted(SEED_LENGTHS))
def test_seed_sources_import_as_utf8_text(name):
    path = SOURCES / name
    r = extract(path)
    assert (r.format, r.encoding, r.pdf_like, r.markdown, r.warnings) == ("txt", "utf-8", False, False, [])
    assert "\r" not in r.text
    assert unicodedata.is_normalized("NFC", r.text)
    assert len(r.text) == SEED_LENGTHS[name]
    assert r.text == path.read_bytes().decode("utf-8")


def test_seed_002_is_the_main_report():
    r = extract(SOURCES / "002_0322864ac7075944.txt")
    assert "Socialförsäkringsrapport 2020:2" in r.text
    assert len(r.text.split("\n")) == 4554  # 4 553 physical lines, then a lone space


def test_seed_003_ocr_text_is_still_text():
    r = extract(SOURCES / "003_ef4a9852eae156e6.txt")
    assert r.encoding == "utf-8" and len(r.text) == 39_524


def test_binary_without_nul_bytes():
    import random

    rng = random.Random(7)
    raw = bytes(rng.randrange(1, 256) for _ in range(5000))
    with pytest.raises(InputFileError) as e:
        extract("a.txt", raw)
    assert e.value.reason == "binary data, not text"
