"""RTF written by hand, as Swedish Word and WordPad write it: \\'e5 escapes and \\uN."""

from __future__ import annotations

import pytest

from kvalkod.errors import InputFileError
from kvalkod.importers import extract

RTF = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\colortbl ;\red255\green0\blue0;}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\b F\'f6rs\'e4kringskassan\b0\par
\'c5sa och \'d6rjan \'e5t sm\'f6rg\'e5sar, \ldblquote citat\rdblquote  och \u-10179?\u-8638?.\par
\par
\par
Efter tv\'e5 tomma\line med radbrytning och \u8221?egna\u8221? citattecken.\par
{\footnote\pard Fotnoten f\'f6rsvinner.}
\trowd\cellx2000\cellx4000
\intbl Kontor\cell \'c4renden\cell\row
\trowd\cellx2000\cellx4000
\intbl G\'f6teborg\cell 12\cell\row
\pard Sista stycket.\par
}
"""

EXPECTED = (
    "Försäkringskassan\n\n"
    "Åsa och Örjan åt smörgåsar, “citat” och 🙂.\n\n\n\n"
    "Efter två tomma\nmed radbrytning och ”egna” citattecken.\n\n"
    "Kontor | Ärenden\nGöteborg | 12\n\n"
    "Sista stycket."
)


def test_rtf_text():
    r = extract("brev.rtf", RTF.encode("ascii"))
    assert r.text == EXPECTED
    assert r.format == "rtf" and r.encoding == "cp1252" and r.notes == [] and not r.warnings


def test_raw_8bit_bytes_in_the_code_page():
    raw = "{\\rtf1\\ansi\\ansicpg1252 Malmö och Gävle\\par}".encode("cp1252")
    assert extract("a.rtf", raw).text == "Malmö och Gävle"


def test_code_page_850_escapes():
    raw = rb"{\rtf1\ansi\ansicpg850 K\'94ping\par}"
    r = extract("a.rtf", raw)
    assert r.text == "Köping" and r.encoding == "cp850"


def test_truncated_rtf_warns():
    r = extract("a.rtf", RTF.encode("ascii")[:300])
    assert r.text.startswith("Försäkringskassan")
    assert any("cut short" in w for w in r.warnings)


def test_not_rtf():
    with pytest.raises(InputFileError) as e:
        extract("a.rtf", b"Hej, det har ar inte RTF.")
    assert e.value.reason == "not an RTF document (it does not start with {\\rtf)"


def test_rtf_without_text():
    with pytest.raises(InputFileError) as e:
        extract("a.rtf", rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par\par}")
    assert e.value.reason == "the document contains no text"
