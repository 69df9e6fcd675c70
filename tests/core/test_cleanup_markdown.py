"""I8: Markdown input (seeds 000 and 004): headings, <sup> footnotes, rules, hard breaks, TOC.

Seed lines from shared/design/seed-analysis.md §1.1 and §1.5.
"""

from __future__ import annotations

import pytest

from kvalkod.text.cleanup import clean

from .seed_text import cleaned, paragraphs, raw


@pytest.mark.parametrize("n", ["000", "004"])
def test_no_markup_left(n):
    text = cleaned(n).text
    for mark in ("#", "**", "<sup>", "</sup>", "\n---"):
        assert mark not in text, mark
    assert not [p for p in paragraphs(n) if p.startswith("*") or p.endswith("*")]


@pytest.mark.parametrize(
    "n, line, heading",
    [
        ("000", 5, "Interna tillsynsfunktionen"),
        ("000", 7, "Övergripande lägesbild – november 2025"),  # a bold-only line
        ("000", 107, "Tillsynsområde; chefsuppdraget"),  # ### **…**
        ("000", 109, "Syfte"),  # #### *Syfte*
        ("000", 103, "Uppföljning av tillsynsinsatser - effekt"),
        ("004", 143, "Arbetsförmedlingen ger stöd genom den arbetslivsinriktade rehabiliteringen i samverkan"),
        ("004", 231, "Samarbetsformer mellan myndigheterna för att tillvarata målgruppens arbetsförmåga"),
    ],
)
def test_headings_become_plain_lines(n, line, heading):
    assert heading in raw(n).split("\n")[line - 1]
    assert heading in paragraphs(n)
    found = {it["line"]: it["after"] for it in cleaned(n).report["rules"]["headings"]["items"]}
    assert found[line] == heading


def test_000_sup_markers_removed_and_definitions_lifted():
    text = cleaned("000").text
    assert "Hittills har fem försäkringsavdelningar och tre stöдавdelningar deltagit" in text
    notes = [n for n in cleaned("000").notes if n.kind == "footnote"]
    assert [(n.label, n.text) for n in notes] == [
        ("1", notes[0].text),
        ("2", "IT, Ledningsstöd och analys (LA), samt Verksamhetsstöd (VS)"),
    ]
    assert notes[0].text.startswith("Barn och familj (BF), Funktionsnedsättning och varaktigt nedsatt förmåga (FV)")
    assert text[: notes[0].offset].endswith("Hittills har fem försäkringsavdelningar")
    assert text[: notes[1].offset].endswith("och tre stöдавdelningar")
    # the definitions after the '---' rule (L72–77) are no longer body paragraphs
    body = text.split("\n\nFotnoter\n\n")[0]
    assert "IT, Ledningsstöd och analys" not in body
    assert "\n\nAktuell lägesbild\n\n" in body


def test_004_footnote_blocks_no_longer_cut_paragraphs():
    text = cleaned("004").text
    # L103 "…som arbetsgivare" / fn 8–11 (L105–111) / L113 "efterfrågar."
    assert "som saknar de kompetenser och förmågor som arbetsgivare efterfrågar. Samtidigt finns ett rekryteringsbehov" in text
    # L127 / fn 12–17 / L141
    assert "kunnat tillgodose deltagarens behov. För att nå ett bättre resultat har Arbetsförmedlingen" in text
    # bare page break L201 / L203
    assert "ALR ska kunna ge expertstöd till utredaren" in text
    notes = [n for n in cleaned("004").notes if n.kind == "footnote"]
    assert [n.label for n in notes] == [str(i) for i in range(1, 34)]
    assert notes[7].text.startswith("Sjukpenning är en dag ersättning")
    assert all(n.offset is not None for n in notes)
    assert "\n\n<sup>" not in text and "Sjukpenning är en dag ersättning" not in text.split("\n\nFotnoter\n\n")[0]
    assert cleaned("004").report["rules"]["reflow"]["count"] == 7


def test_004_bullets_around_a_footnote_block_stay_two_items():
    ps = paragraphs("004")
    first = next(p for p in ps if p.startswith("• rehabiliteringssamverkan"))
    second = ps[ps.index(first) + 1]
    assert first.endswith("återfå arbetsförmågan")
    assert second.startswith("• möten för omställning")


def test_004_table_of_contents_removed_and_reported():
    text = cleaned("004").text
    assert "....." not in text and "\t" not in text
    assert "Innehåll" not in paragraphs("004")
    items = [it for it in cleaned("004").report["rules"]["markdown"]["items"] if it["after"] == ""]
    toc_lines = sorted(it["line"] for it in items if it["line"] <= 31)
    assert toc_lines == [14] + list(range(16, 32))
    # the headings the TOC listed are still there, once
    assert text.count("Verktyg och utredningsmetoder") == 1


def test_004_hard_breaks_split_lines():
    ps = paragraphs("004")
    assert "FK 2025/000539" in ps and "Af-2025/0030 2991" in ps
    assert "• Fortsätta arbetet med individer som har längre sjukfall" in ps
    assert ["Nils Öberg", "Generaldirektör", "Försäkringskassan"] == ps[ps.index("Nils Öberg") : ps.index("Nils Öberg") + 3]


def test_000_numbered_list_and_empty_sections():
    ps = paragraphs("000")
    # L93–95, three blank lines, L99–101: one list of six numbered paragraphs
    first = next(i for i, p in enumerate(ps) if p.startswith("1. Förankra och verksamhetsanpassa"))
    assert [p[:3] for p in ps[first : first + 6]] == ["1. ", "2. ", "3. ", "4. ", "5. ", "6. "]
    # the misspelled duplicate heading with an empty body (L50–55) stays, followed by the next heading
    assert ps[ps.index("Tillvägångsätt") + 1] == "Nuläge – tillsynsverksamheten"


def test_markdown_synthetic():
    text = (
        "# Titel\n\nEtt stycke med **fet** och *kursiv* text och en fotnot<sup>1</sup> som\n"
        "fortsätter på nästa rad.\n\n---\n\n<sup>1</sup> Fotnotens text.\n\n"
        "- punkt ett\n- punkt två  \nmed hård radbrytning\n"
    )
    out = clean(text, markdown=True)
    assert out.text.split("\n\n") == [
        "Titel",
        "Ett stycke med fet och kursiv text och en fotnot som fortsätter på nästa rad.",
        "• punkt ett",
        "• punkt två",
        "med hård radbrytning",
        "Fotnoter",
        "[1] Fotnotens text.",
    ]
    (note,) = out.notes
    assert out.text[: note.offset].endswith("en fotnot")
