"""I7 re-flow and I13 headings: one line per paragraph, headings on their own.

Seed lines from shared/design/seed-analysis.md §1.2 quirk 1 and §1.3 quirks 1, 6, 8, 9, 13.
"""

from __future__ import annotations

import re

import pytest

from kvalkod.text.cleanup import clean

from .seed_text import cleaned, paragraphs, raw


def paragraph_with(n: str, needle: str) -> str:
    hits = [p for p in paragraphs(n) if needle in p]
    assert hits, f"{needle!r} not in any paragraph of {n}"
    return hits[0]


@pytest.mark.parametrize("n", ["000", "001", "002", "003", "004"])
def test_paragraph_layout(n):
    text = cleaned(n).text
    assert text == text.strip()
    assert "\n\n\n" not in text
    blocks = text.split("\n\n")
    assert all(blocks)
    # only unflowed blocks (tables, chart debris) have more than one line
    multi = [b for b in blocks if "\n" in b]
    if n != "002" and n != "003":
        assert not multi
    for b in multi:
        assert all(len(row) < 140 for row in b.split("\n")), b[:80]


def test_001_double_spacing_reflowed():
    # L29–39: a blank line after every text line, none of them a paragraph break
    para = paragraph_with("001", "ska utveckla sin samverkan och tillsyn av")
    assert para == (
        "Försäkringskassan och Arbetsmiljöverket ska utveckla sin samverkan och tillsyn av arbetsgivares "
        "arbetsmiljö- och rehabiliteringsansvar. Myndigheterna ska utveckla rutiner för tips/anmälan från "
        "Försäkringskassan till Arbetsmiljöverket vad gäller arbetsgivare som inte fullgör sitt rehabiliterings- "
        "eller arbetsanpassningsansvar. Myndigheterna ska genomföra gemensamma kommunikationsinsatser riktade "
        "till arbetsgivare angående arbetsgivares arbetsmiljö- och rehabiliteringsansvar."
    )
    # L198–200: a year on its own line after a blank line
    assert "beslutades i mars 2025 och gäller tillsvidare." in paragraph_with("001", "beslutades i mars")
    # a finished sentence before a blank line is a real paragraph break (L39/L41)
    assert paragraph_with("001", "Försäkringskassan och Arbetsmiljöverket ska gemensamt redovisa").startswith(
        "Försäkringskassan och Arbetsmiljöverket ska gemensamt redovisa"
    )
    assert cleaned("001").report["rules"]["reflow"]["count"] >= 50
    assert len(raw("001").split("\n")) > 5 * len(paragraphs("001"))


def test_002_blank_after_first_line_of_bullet_is_not_a_break():
    # L728 "• Inom ramen … styrning av" / blank / L730 "Försäkringskassan…"
    bullet = paragraph_with("002", "• Inom ramen för befintlig lagstiftning")
    assert "såväl regeringens styrning av Försäkringskassan, som Försäkringskassans egen" in bullet


def test_002_bullets_each_start_a_paragraph():
    text = cleaned("002").text
    assert raw("002").count("•") == text.count("•") == 32
    assert all(p.startswith("•") for p in paragraphs("002") if "•" in p)
    assert "• Hur har styrningen av Försäkringskassans samordningsuppdrag varierat över tid?" in paragraphs("002")


def test_002_block_quote_is_its_own_paragraph():
    quote = paragraph_with("002", "Jag har inte helt koll på vad uppdraget är")
    assert quote.startswith("Jag har inte helt koll på vad uppdraget är egentligen riktigt [..] Vad är vårt mål?")
    assert quote.endswith("för 20 olika utgångar, men vad är det bästa?")


@pytest.mark.parametrize(
    "heading, next_starts",
    [
        ("En studie av hur samordningen ”görs” i praktiken", "Enligt socialförsäkringsbalken"),  # L29→L30
        ("Samordningsuppdraget konkretiseras främst genom en projektledarroll", "I intervjuer med enhetschefer"),
        ("Tolkningsutrymmet förutsätter en mer professionaliserad och specialiserad yrkesroll", "Inom ramen för"),
        ("Försäkringskassan har över tid också genomfört färre avstämningsmöten, och de genomförs senare i sjukfallet", "Under perioden 2013–2018"),
        ("Att prioritera mellan arbetsuppgifter", "I intervjuerna med enhetscheferna"),  # L1787→L1788
        ("Andra aktörer som med- eller motaktörer?", "Under de tio avstämningsmöten"),
        ("Chans att öka förutsättningar för att ärenden inte ”fastnar” i ett K2-flöde", "En av revideringarna"),
        ("4.3.2. Flest möten genomförs för försäkrade med psykiatriska diagnoser, och andelen sjukfall med minst ett möte är också högst i den gruppen", "När antal avstämningsmöten"),
        ("Vår teoretiska ansats: hur vi kan analysera ”görandet” av politik i den offentliga förvaltningen", "Försäkringskassan som en policyarena"),
    ],
)
def test_002_headings_are_their_own_paragraph(heading, next_starts):
    ps = paragraphs("002")
    assert heading in ps
    assert ps[ps.index(heading) + 1].startswith(next_starts)


def test_002_names_after_a_wrap_are_not_headings():
    # L16–L18 wrap before the names "Malin", "Brännström" and "(AP)."
    assert "tillsammans med Malin Junestav, Helena Persson Schill, Anja Folkesson och Anton Brännström, samtliga analytiker på Avdelningen för analys och prognos (AP). Michael Boman" in cleaned("002").text


def test_headings_reported():
    items = cleaned("002").report["rules"]["headings"]["items"]
    found = {it["line"]: it["after"] for it in items}
    assert found[56] == "Samordningsuppdraget konkretiseras främst genom en projektledarroll"
    assert found[1440] == "Hur görs samordningen och hur påverkas handläggarna av styrningen?"
    assert 95 <= len(found) <= 140
    h001 = {it["after"] for it in cleaned("001").report["rules"]["headings"]["items"]}
    assert {"1. Bakgrund och förutsättningar", "3. Kommunikationsinsatser angående arbetsgivares arbetsmiljö- och rehabiliteringsansvar"} <= h001
    h003 = {it["after"] for it in cleaned("003").report["rules"]["headings"]["items"]}
    assert {"1. Inledning", "Uppfoéljningar av kunskapsnivan", "4. Manga har god kunskap om vald"} <= h003


def test_pseudonyms_quotes_and_ellipses_untouched():
    text = cleaned("002").text
    for token in ("”Aida”", "”Mika”", "”Kim”", "”Dana”", "”Camille”", "XX och XX", "[kollega X]", "(det andra) kontoret"):
        assert token in text
    for mark in ("”", '"', "“", "’", "[…]"):
        assert text.count(mark) == raw("002").count(mark)


def test_plain_text_lines_stay_paragraphs():
    transcript = "Intervjuare: Hur länge har du arbetat här?\nKim: Sedan 2019.\nIntervjuare: Och innan dess?\n"
    assert clean(transcript).text == "Intervjuare: Hur länge har du arbetat här?\n\nKim: Sedan 2019.\n\nIntervjuare: Och innan dess?"


def test_plain_text_mends_only_obvious_wraps():
    text = "Hej och väl-\nkomna till mötet.\nKim: Tack.\n\nNästa punkt.\n"
    out = clean(text)
    assert out.report["summary"].startswith("mode: plain text")
    assert out.text == "Hej och välkomna till mötet.\n\nKim: Tack.\n\nNästa punkt."


def test_no_paragraph_starts_in_lower_case_after_reflow():
    for n in ("001", "002"):
        starts = [p[:30] for p in paragraphs(n) if re.match(r"[a-zåäö]", p) and not p.startswith("http")]
        assert starts == [], (n, starts)
