"""WebVTT and SubRip: one line per cue or merged speaker run, ready for speaker turns."""

from __future__ import annotations

import pytest

from kvalkod.errors import InputFileError
from kvalkod.importers import extract
from kvalkod.text.speakers import find_turns

VTT = """WEBVTT
Kind: captions

00:00:01.000 --> 00:00:04.000
<v Anna Svensson>Välkommen till intervjun om Försäkringskassan.

00:00:04.500 --> 00:00:06.000
<v Anna Svensson>Är du redo?

00:00:06.500 --> 00:00:09.000
<v.respondent Örjan>Ja, absolut. ”Kör” 🙂

NOTE Denna kommentar ska inte med.

00:00:10.000 --> 00:00:12.000
[musik]

00:01:12.250 --> 00:01:14.000 align:start
<v Anna Svensson><i>Bra</i> &amp; tack, ÅÄÖ.
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Intervjuare: Hur länge har du arbetat på Försäkringskassan?

2
00:00:03,500 --> 00:00:06,000
IP: Sedan 2015.
Det är <i>länge</i>.

3
00:00:07,000 --> 00:00:08,000
IP: Väldigt länge. 🙂

4
00:00:09,000 --> 00:00:10,000
{\\an8}Skratt i rummet

5
01:02:03,000 --> 01:02:05,000
Intervjuare: Okej, Åsa.
"""


def test_vtt_voices_become_speakers_and_merge():
    r = extract("möte.vtt", VTT.encode("utf-8"))
    assert r.text == (
        "[00:00:01] Anna Svensson: Välkommen till intervjun om Försäkringskassan. Är du redo?\n"
        "[00:00:06] Örjan: Ja, absolut. ”Kör” 🙂\n"
        "[00:00:10] [musik]\n"
        "[00:01:12] Anna Svensson: Bra & tack, ÅÄÖ."
    )
    assert r.format == "vtt" and r.encoding == "utf-8" and not r.pdf_like


def test_vtt_is_a_transcript():
    r = extract("möte.vtt", VTT.encode("utf-8"))
    turns = find_turns(r.text)
    assert [(t.speaker, t.timestamp) for t in turns] == [
        ("Anna Svensson", "00:00:01"), ("Örjan", "00:00:06"), ("Anna Svensson", "00:01:12"),
    ]
    assert r.text[turns[1].start : turns[1].end] == "[00:00:06] Örjan: Ja, absolut. ”Kör” 🙂\n[00:00:10] [musik]"


def test_srt_name_prefixes_in_cp1252():
    r = extract("intervju.srt", SRT.replace(" 🙂", "").encode("cp1252"))
    assert r.encoding == "cp1252"
    assert r.text == (
        "[00:00:01] Intervjuare: Hur länge har du arbetat på Försäkringskassan?\n"
        "[00:00:03] IP: Sedan 2015. Det är länge. Väldigt länge.\n"
        "[00:00:09] Skratt i rummet\n"
        "[01:02:03] Intervjuare: Okej, Åsa."
    )


def test_srt_utf8_with_bom_and_crlf():
    data = ("\ufeff" + SRT).replace("\n", "\r\n").encode("utf-8")
    r = extract("intervju.srt", data)
    assert "Väldigt länge. 🙂" in r.text and "\r" not in r.text
    assert [t.speaker for t in find_turns(r.text)] == ["Intervjuare", "IP", "Intervjuare"]


def test_two_voices_in_one_cue():
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>Hej!\n<v Bo>Hej då!\n"
    assert extract("a.vtt", vtt.encode()).text == "[00:00:01] Anna: Hej!\n[00:00:01] Bo: Hej då!"


def test_vtt_without_header():
    with pytest.raises(InputFileError) as e:
        extract("a.vtt", b"00:00:01.000 --> 00:00:02.000\nHej\n")
    assert e.value.reason == "not a WebVTT file (it does not start with WEBVTT)"


def test_srt_that_is_not_srt():
    with pytest.raises(InputFileError) as e:
        extract("a.srt", "Bara lite text om Försäkringskassan.\nOch en rad till.".encode())
    assert e.value.reason.startswith("not a valid SubRip (.srt) file")


def test_vtt_with_broken_timing():
    with pytest.raises(InputFileError) as e:
        extract("a.vtt", b"WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nHej\n")
    assert e.value.reason == "no subtitle cues found (the file holds no valid .vtt cues)"


def test_one_bad_cue_among_good_ones_is_a_warning():
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>Hej!\n\n"
           "00:00:xx.000 --> 00:00:03.000\nTrasig\n\n00:00:04.000 --> 00:00:05.000\n<v Bo>Hej då!\n")
    r = extract("a.vtt", vtt.encode())
    assert r.text == "[00:00:01] Anna: Hej!\n[00:00:04] Bo: Hej då!"
    assert r.warnings and r.warnings[0].startswith("malformed cues were skipped")


def test_binary_srt():
    with pytest.raises(InputFileError) as e:
        extract("a.srt", b"\x00\x01\x02" * 100)
    assert e.value.reason == "binary data, not text"
