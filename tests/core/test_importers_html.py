"""HTML: what a reader sees, in the shared layout; charset from the page or detection."""

from __future__ import annotations

import pytest

from kvalkod.errors import InputFileError
from kvalkod.importers import extract

PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="{charset}"><title>Titeln syns inte</title>
<style>p {{ color: red }}</style><script>var s = "<p>inte text</p>";</script></head>
<body>
<h1>Försäkringskassan</h1>
<p>Första   stycket
med <b>fet</b> text och ”citat”.<br>Ny rad &amp; ÅÄÖ åäö.</p>
<div>Text i div<p>inne i p</p></div>
<ul><li>ett</li><li>två<ul><li>under</li></ul></li></ul>
<ol start="3"><li>tre</li><li>fyra</li></ol>
<table><caption>Tabell 1</caption>
<thead><tr><th>Kontor</th><th>Ärenden</th></tr></thead>
<tbody><tr><td>Göteborg</td><td>12</td></tr><tr><td>Malmö</td><td><i>7</i></td></tr></tbody></table>
<pre>  indrag
    kvar</pre>
<!-- en kommentar -->
<noscript>Slå på javascript</noscript>
<p>Sista stycket.</p>
</body></html>"""

EXPECTED = (
    "Försäkringskassan\n\n"
    "Första stycket med fet text och ”citat”.\nNy rad & ÅÄÖ åäö.\n\n"
    "Text i div\n\ninne i p\n\n"
    "• ett\n• två\n  • under\n\n"
    "3. tre\n4. fyra\n\n"
    "Tabell 1\n\n"
    "Kontor | Ärenden\nGöteborg | 12\nMalmö | 7\n\n"
    "  indrag\n    kvar\n\n"
    "Sista stycket."
)


@pytest.mark.parametrize("charset, encoding", [("utf-8", "utf-8"), ("windows-1252", "cp1252"),
                                               ("iso-8859-1", "cp1252")])
def test_page_in_declared_charset(charset, encoding):
    page = PAGE.format(charset=charset)
    r = extract("sida.html", page.encode(encoding))
    assert r.text == EXPECTED
    assert r.format == "html" and r.encoding == encoding and not r.warnings


def test_no_declared_charset_is_detected():
    page = PAGE.format(charset="x").replace('<meta charset="x">', "")
    r = extract("sida.htm", page.encode("cp1252"))
    assert r.text == EXPECTED and r.encoding == "cp1252"


def test_wrong_declared_charset_falls_back_to_detection():
    page = PAGE.format(charset="utf-8")
    r = extract("sida.html", page.encode("cp1252"))
    assert r.text == EXPECTED and r.encoding == "cp1252"
    assert r.warnings and "declares utf-8" in r.warnings[0]


def test_emoji_and_xhtml_declaration():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><p>Hej 🙂 Åsa</p></body></html>")
    assert extract("x.html", page.encode()).text == "Hej 🙂 Åsa"


def test_fragment_without_html_element():
    assert extract("x.html", b"<p>ett</p><p>tv\xc3\xa5</p>").text == "ett\n\ntvå"


def test_plain_text_is_not_html():
    with pytest.raises(InputFileError) as e:
        extract("x.html", "Bara text om Försäkringskassan".encode())
    assert e.value.reason == "not an HTML document (it contains no tags)"


def test_page_with_only_scripts_has_no_text():
    with pytest.raises(InputFileError) as e:
        extract("x.html", b"<html><head><script>alert(1)</script></head><body></body></html>")
    assert e.value.reason == "the document contains no text"


def test_external_entities_are_refused_unread(tmp_path):
    secret = tmp_path / "hemlig.txt"
    secret.write_text("HEMLIGT")
    page = (f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<html><body><p>a &x; b</p></body></html>")
    with pytest.raises(InputFileError) as e:
        extract("x.html", page.encode())
    assert "declares entities" in e.value.reason and "HEMLIGT" not in str(e.value)
