"""I2–I4: whitespace, page furniture (running footers, page numbers, header blocks), page starts.

Seed lines are those named in shared/design/seed-analysis.md §1.2–1.3 and §1.6.
"""

from __future__ import annotations

import re

from kvalkod.text.cleanup import clean

from .seed_text import SEEDS, cleaned, raw


def paragraph_with(text: str, needle: str) -> str:
    hits = [p for p in text.split("\n\n") if needle in p]
    assert hits, f"{needle!r} not in any paragraph"
    return hits[0]


# --- I3: footers and page numbers -------------------------------------------------------


def test_002_running_footer_lines_are_gone():
    assert raw("002").count("\nSocialförsäkringsrapport 2020:2 \n") == 5
    lines = cleaned("002").text.split("\n")
    assert "Socialförsäkringsrapport 2020:2" not in lines
    assert not [ln for ln in lines if re.fullmatch(r"\d{1,4}", ln)], "a lone page number survived"


def test_002_report_lists_footers_and_page_numbers():
    items = cleaned("002").report["rules"]["footers"]["items"]
    removed = {it["line"]: it["before"].strip() for it in items}
    for line in (181, 509, 764, 2016, 4493):
        assert removed[line] == "Socialförsäkringsrapport 2020:2"
    assert (removed[183], removed[511], removed[4495]) == ("8", "16", "100")
    assert cleaned("002").report["rules"]["footers"]["count"] == 10


def test_002_sentence_cut_by_footer_is_one_paragraph_again():
    # L177 "…eftersom det skapar" / footer L181–183 / L185 "en ökad sårbarhet"
    para = paragraph_with(cleaned("002").text, "eftersom det skapar")
    assert "eftersom det skapar en ökad sårbarhet i organisationen." in para
    # L2010 "…samla in mer" / fn 32 + footer p. 46 / L2020 "underlag och därigenom"
    assert "som ett sätt att samla in mer underlag och därigenom kunna" in cleaned("002").text


def test_footer_phrase_inside_a_sentence_is_kept():
    page = "Brödtext som fortsätter och slutar här.\n\n\nRapport 2020:2\n\n{n}\n\nNästa sida fortsätter texten.\n"
    body = "".join(page.format(n=n) for n in (7, 8, 9))
    body += "Som framgår av Rapport 2020:2 är detta en mening.\n"
    text = clean(body, markdown=False).text
    assert "Rapport 2020:2" not in text.split("\n")
    assert "Som framgår av Rapport 2020:2 är detta en mening." in text


def test_001_page_number_and_header_block_removed():
    text = cleaned("001").text
    assert "5 (12)" not in text
    assert "Datum Diarienummer" not in text
    assert "2025-06-03 FK 2025/000537" not in text
    items = {it["line"]: it["before"].strip() for it in cleaned("001").report["rules"]["footers"]["items"]}
    assert items == {
        113: "5 (12)",
        117: "Datum Diarienummer FK Diarienummer AV",
        119: "2025-06-03 FK 2025/000537 AV 2025/005661",
    }
    # the text on both sides of the removed furniture still reads as two paragraphs
    assert "samt ett antal större offentliga arbetsgivare.\n\n1. Bakgrund och förutsättningar\n\n" in text


# --- I2: whitespace ----------------------------------------------------------------------


def test_whitespace_trimmed_and_double_spaces_collapsed():
    for n in SEEDS:
        for line in cleaned(n).text.split("\n"):
            assert line == line.strip(), (n, line)
            assert "  " not in line, (n, line)
    # 002 L46 "praktiken.  Detta"
    assert "”gör” samordning i praktiken. Detta har vi i denna studie gjort" in cleaned("002").text
    assert cleaned("001").report["rules"]["whitespace"]["count"] == 402


def test_whitespace_only_lines_are_blank_lines():
    # 000 L35 is a single space between a heading and its paragraph
    assert raw("000").split("\n")[34] == " "
    assert "Tillvägagångssätt\n\nOavsett tillsynsområde genomför funktionen" in cleaned("000").text


# --- I4: page starts ---------------------------------------------------------------------


def test_page_start_counts_and_joins():
    counts = {n: cleaned(n).report["rules"]["page_starts"]["count"] for n in ("001", "002", "003")}
    assert counts == {"001": 12, "002": 93, "003": 20}
    # 002 L73–74: "Svårigheter vad gäller de" / " faktiska förutsättningarna…"
    assert "Svårigheter vad gäller de faktiska förutsättningarna att arbeta" in cleaned("002").text
    # 001 L188 " Samverkan mellan…" is a heading after a finished paragraph, not a continuation
    assert "\n\nSamverkan mellan Försäkringskassan och Arbetsmiljöverket\n\n" in cleaned("001").text


PDF_PAGE = (
    "Första raden i ett stycke som löper över flera rader i en \n"
    "rapport och som bryts mitt i en mening när sidan tar slut, \n"
    "vilket är vanligt i text som kommer ur ett pdf-dokument och \n"
    "som därför måste fogas ihop igen innan någon kan koda den \n"
    "eller söka i den efter ord som ligger på båda sidor om en \n"
    " sidbrytning. Här slutar stycket. \n"
    " \n"
    "Nästa stycke börjar här och är kort. \n"
)


def test_page_start_after_cut_sentence_joins_synthetic():
    out = clean(PDF_PAGE, markdown=False)
    assert out.text.split("\n\n") == [
        "Första raden i ett stycke som löper över flera rader i en rapport och som bryts mitt i en mening "
        "när sidan tar slut, vilket är vanligt i text som kommer ur ett pdf-dokument och som därför måste "
        "fogas ihop igen innan någon kan koda den eller söka i den efter ord som ligger på båda sidor om en "
        "sidbrytning. Här slutar stycket.",
        "Nästa stycke börjar här och är kort.",
    ]
    assert out.report["rules"]["page_starts"]["items"] == [
        {"line": 6, "before": " sidbrytning. Här slutar stycket. ", "after": "sidbrytning. Här slutar stycket."}
    ]
