"""I11 tables as text and I12 lost figures (captions, sources, chart debris).

Seed lines from shared/design/seed-analysis.md §1.3 quirks 10 and 12, §1.4 quirk 6, §5.
"""

from __future__ import annotations

from kvalkod.text.cleanup import clean

from .seed_text import cleaned


def block_after(n: str, caption_start: str) -> list[str]:
    ps = cleaned(n).text.split("\n\n")
    i = next(k for k, p in enumerate(ps) if p.startswith(caption_start))
    return ps[i + 1].split("\n")


def test_002_tables_kept_as_unflowed_rows():
    rows = block_after("002", "Tabell 2 ")
    assert rows[0] == "Avslutsanledning N Antal med möte Andel med möte (%)"
    assert "Dagar slut 757 607 80" in rows  # L3973: one line, numbers not split
    assert rows[-1] == "Totalt 226 573 65 547 29"
    assert len(rows) == 9
    table1 = block_after("002", "Tabell 1 ")
    assert table1[1:4] == ["Antal 2011 77 746 36 178", "2011 halvår 1 41 926 18 354", "2011 halvår 2 35 820 17 824"]
    assert len(table1) == 28


def test_002_wrapped_row_labels_rejoined():
    # L3984–3987: "Psykiatriska sjukdomar och / syndrom samt beteendestörningar / [blank] / 356 644 61"
    rows = block_after("002", "Tabell 3 ")
    assert "Psykiatriska sjukdomar och syndrom samt beteendestörningar 356 644 61" in rows
    assert "Totalt 582 252 100" in rows
    rows4 = block_after("002", "Tabell 4 ")
    assert "Psykiatriska sjukdomar och syndrom samt beteendestörningar 58 663 38 155 539" in rows4
    assert rows4[-1] == "Övrig diagnoser/skador 11 918 18 64 787"


def test_002_table_and_figure_captions_are_notes_and_paragraphs():
    out = cleaned("002")
    captions = {n.label: n for n in out.notes if n.kind == "caption"}
    assert sorted(captions) == sorted([f"Figur {i}" for i in range(1, 9)] + [f"Tabell {i}" for i in range(1, 5)])
    fig1 = captions["Figur 1"]
    assert fig1.text == "Tidslinje över förändringar i vägledningen"
    assert out.text[fig1.offset :].startswith("Figur 1 Tidslinje över förändringar i vägledningen\n\n")
    assert captions["Figur 2"].text == "Antal möten och SASSAM-kartläggningar, halvårsvis mellan 1 januari 2011 och 31 december 2011–2019"
    ps = out.text.split("\n\n")
    i = ps.index("Figur 5 Andel sjukfall för respektive år (2016–2019) som deltagit i ett respektive två möten eller fler under sjukfallet*")
    assert ps[i + 1].startswith("*I populationen ingår de som uppnått minst 223 dagar")
    assert ps[i + 2] == "Källa: STORE."
    # "Figur 5 nedan visar…" (L3827) is a sentence, not a caption
    assert any(p.startswith("Figur 5 nedan visar andelen sjukfall") for p in ps)
    report = out.report["rules"]
    assert report["tables"]["count"] >= 4 and report["figures"]["count"] == 8


def test_003_chart_debris_kept_unflowed_and_flagged():
    out = cleaned("003")
    rows = block_after("003", "Figur 1 Forenklad verksamhetslogik")
    assert rows[0] == "PRESTATIONS-" and "INDIVIDER | SAMHALLSNIVA" in rows  # L164–181
    charts = [f for f in out.flags if f.kind == "chart_residue"]
    assert len(charts) == 3
    debris = [out.text[f.start : f.end] for f in charts]
    assert any(d.startswith("50% 47%\n40% 35%") for d in debris)  # L277–291
    assert any("- Am i}" in d for d in debris)
    assert out.report["rules"]["figures"]["count"] == 4


def test_table_synthetic():
    text = (
        "Brödtexten före tabellen bryts över flera rader, som den brukar göra i en \n"
        "rapport som har gått genom ett pdf-verktyg och därför har mellanslag i slutet \n"
        "av varje rad och ett avstav-\n"
        "at ord. \n\n"
        "Tabell 7 Antal ärenden per år \n\n"
        "År Antal Andel \n"
        "2018 1 200 40 \n"
        "Mycket lång \n"
        "radetikett \n\n"
        "1 800 60 \n"
        " Efter tabellen kommer brödtexten igen, och den ska flöda som vanligt när den \n"
        "bryts över flera rader. \n"
    )
    out = clean(text, markdown=False)
    assert out.text.split("\n\n") == [
        "Brödtexten före tabellen bryts över flera rader, som den brukar göra i en rapport som har gått "
        "genom ett pdf-verktyg och därför har mellanslag i slutet av varje rad och ett avstavat ord.",
        "Tabell 7 Antal ärenden per år",
        "År Antal Andel\n2018 1 200 40\nMycket lång radetikett 1 800 60",
        "Efter tabellen kommer brödtexten igen, och den ska flöda som vanligt när den bryts över flera rader.",
    ]
    (caption,) = out.notes
    assert (caption.kind, caption.label, caption.text) == ("caption", "Tabell 7", "Antal ärenden per år")
