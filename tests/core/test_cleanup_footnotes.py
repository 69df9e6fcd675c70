"""I6: footnote bodies lifted into Notes, glued markers taken off the words.

Seed lines from shared/design/seed-analysis.md §1.2 quirk 3 and §1.3 quirk 5.
"""

from __future__ import annotations

import re

import pytest

from kvalkod.text.cleanup import clean

from .seed_text import cleaned, raw


def footnotes(n: str):
    return [note for note in cleaned(n).notes if note.kind == "footnote"]


def body(n: str) -> str:
    """The clean text before the appended 'Fotnoter' section."""
    return cleaned(n).text.split("\n\nFotnoter\n\n")[0]


def paragraph_with(text: str, needle: str) -> str:
    hits = [p for p in text.split("\n\n") if needle in p]
    assert hits, f"{needle!r} not in any paragraph"
    return hits[0]


# --- 002: separator mode -----------------------------------------------------------------


def test_002_all_43_footnotes_lifted_in_order():
    assert len(re.findall(r"(?m)^ {40,}$", raw("002"))) == 29  # the separator lines
    notes = footnotes("002")
    assert [n.label for n in notes] == [str(i) for i in range(1, 44)]
    assert notes[21].text.startswith("Kvalitetsanalysen är en årlig utvärdering som görs inom varje förmån")
    assert notes[12].text.endswith("men för sjuka för att kunna arbeta.")  # fn 13 keeps "87 dagar…"
    assert "87 dagar innan hen åter kunde ansöka om sjukpenning" in notes[12].text
    assert "\n" not in "".join(n.text for n in notes)


@pytest.mark.parametrize(
    "label, before",
    [("1", "nyexaminerad och nyanställd handläggare"), ("2", "på en relativt övergripande nivå."), ("22", "under åren 2015–2018"), ("30", "samordningsuppdraget och dess innehåll."), ("5", "genomförs senare i sjukfallet")],
)
def test_002_note_offset_is_where_the_marker_stood(label, before):
    note = next(n for n in footnotes("002") if n.label == label)
    assert note.offset is not None
    assert cleaned("002").text[: note.offset].endswith(before)


@pytest.mark.parametrize(
    "glued, clean_form, line",
    [
        ("handläggare1", "nyanställd handläggare på Försäkringskassan", 192),
        ("nivå.2", "övergripande nivå. Enligt SFB", 207),
        ("2015–201822", "under åren 2015–2018 går man från", 1063),
        ("innehåll. 30", "samordningsuppdraget och dess innehåll.\n\n", 1507),
        ("veckan. 33", "fyra dagar i veckan.\n\n", 2035),
        ("sjukfallet5", "och de genomförs senare i sjukfallet\n\n", 295),
        ("”utförsäkrade”14", "de så kallade ”utförsäkrade” och bidrog", 820),
        ("(Försäkringskassan 2018a).16", "(Försäkringskassan 2018a). Det skedde dock", 890),
    ],
)
def test_002_glued_markers_removed(glued, clean_form, line):
    assert glued in raw("002").split("\n")[line - 1]
    assert glued not in cleaned("002").text
    assert clean_form in cleaned("002").text
    markers = {(it["line"], it["before"]) for it in cleaned("002").report["rules"]["footnotes"]["items"]}
    assert any(ln == line and glued.endswith(b) for ln, b in markers), markers


def test_002_footnote_bodies_no_longer_interrupt_text():
    text = body("002")
    # fn 1–2 (L231–236) sat inside "…i och med införandet av / rehabiliteringskedjan)."
    assert "förändrades i och med införandet av rehabiliteringskedjan). Trots det" in text
    # quote Q31 (L2682–2696) was cut by footnote 35 (L2690–2694)
    quote = paragraph_with(text, "Då ska vi skicka ärenden oss emellan.")
    assert "så sånt är lite otydligt […] Ja, då får jag väl behålla det. Det är väl smidigast för alla" in quote
    assert "Vi försökte få möjlighet att besöka" not in quote
    assert "Vi försökte få möjlighet att besöka" not in text
    assert "Under studieperioden ändras benämningen av yrkesrollen" not in text


def test_002_bodies_are_kept_in_a_closing_notes_section():
    text = cleaned("002").text
    assert text.count("\n\nFotnoter\n\n") == 1
    tail = text.split("\n\nFotnoter\n\n")[1].split("\n\n")
    assert len(tail) == 43
    assert tail[21].startswith("[22] Kvalitetsanalysen är en årlig utvärdering")


def test_002_report_lists_lifted_bodies():
    items = cleaned("002").report["rules"]["footnotes"]["items"]
    lifted = [it for it in items if it["after"].startswith("note ")]
    assert len(lifted) == 43
    assert lifted[0]["line"] == 231 and lifted[0]["before"].startswith("1 Under studieperioden")
    markers = [it for it in items if not it["after"].startswith("note ")]
    assert len(markers) >= 40


# --- 001: no separators, double spacing ----------------------------------------------


def test_001_markers_removed_and_bodies_lifted():
    text = body("001")
    for glued in ("rapport.1", "rutinen8", "budgetramar.10", "arbetsgivare5", "Arbetsmiljöverket6."):
        assert glued not in text
    assert "kommer inte att redovisas närmre i denna rapport.\n\n" in text
    assert "Enligt den nu gällande rutinen ska alla medarbetare" in text
    assert "ekonomiska begränsningar såsom budgetramar. Sammantaget bedömer vi" in text
    notes = footnotes("001")
    assert [n.label for n in notes] == [str(i) for i in range(1, 11)]
    # L25 + blank + L27: one note, not two and not part of the body
    assert notes[0].text == (
        "Se istället Försäkringskassan, Svar på regeringsuppdrag – Uppdrag om arbetsgivaresplan "
        "för återgång i arbete och samordning, FK 2025/000536"
    )
    assert "FK 2025/000536" not in text
    assert notes[9].text.endswith("se särskilt s. 188ff")


# --- 003: OCR, markers unreadable ---------------------------------------------------------


def test_003_bodies_lifted_even_with_garbled_markers():
    notes = footnotes("003")
    assert [n.label for n in notes] == [str(i) for i in range(1, 34)]
    assert notes[28].text.startswith("Vagledning ar ett styrande dokument")  # printed "2% Vagledning"
    text = body("003")
    # L142 "…vald i nara" / fn 10–13 / L154 " relationer."
    assert "motverka mans vald mot kvinnor och vald i nara relationer. Samtidigt ar" in text
    assert "Nationell strategi for att forebygga" not in text
    # the digit markers that survived OCR are removed and anchor their notes
    assert "en under 2024. Resultat av dessa" in text
    note17 = notes[16]
    assert note17.offset is not None and cleaned("003").text[: note17.offset].endswith("en under 2024.")


def test_separator_mode_synthetic():
    text = (
        "Stycket nämner ett begrepp1 och fortsätter \n"
        "till slutet av sidan där det bryts mitt i \n"
        + " " * 49
        + "\n"
        "1 Förklaring av begreppet. \n"
        " meningen och slutar här. \n"
    )
    out = clean(text)
    assert out.text == "Stycket nämner ett begrepp och fortsätter till slutet av sidan där det bryts mitt i meningen och slutar här.\n\nFotnoter\n\n[1] Förklaring av begreppet."
    (note,) = out.notes
    assert (note.kind, note.label, note.text) == ("footnote", "1", "Förklaring av begreppet.")
    assert out.text[: note.offset] == "Stycket nämner ett begrepp"
