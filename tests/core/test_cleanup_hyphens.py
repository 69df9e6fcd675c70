"""I5: de-hyphenation of line-end breaks, and the exceptions that keep their hyphen.

Seed lines from shared/design/seed-analysis.md §1.3 quirk 2.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from kvalkod.text.cleanup import clean
from kvalkod.text.cleanup.hyphens import Vocabulary, decide

SOURCES = Path(__file__).resolve().parents[2] / "sample_projects" / "sources"
SEED_002 = next(SOURCES.glob("002_*.txt"))


@lru_cache(maxsize=None)
def result_002():
    return clean(SEED_002.read_text(encoding="utf-8"))


def raw_line(n: int) -> str:
    return SEED_002.read_text(encoding="utf-8").split("\n")[n - 1].rstrip()


@pytest.mark.parametrize(
    "lines, kept",
    [
        ((447, 448), "mål- och resultatstyrning"),
        ((3294, 3295), "mål- och resultatstyrning"),
        ((3125, 3126), "hälso- och sjukvården"),
        ((518, 519), "FMR-konsultationer"),
        ((2342, 2343), "K2-flöde"),
        ((2385, 2386), "K2-ärende"),
        ((2641, 2642), "K2-handläggarna"),
        ((1808, 1809), "K2- som K3-handläggare"),
        ((1100, 1101), "dnr 050924-2017"),
        ((2730, 2731), "icke-handlingar"),
    ],
)
def test_002_exceptions_keep_their_hyphen(lines, kept):
    first, second = (raw_line(n) for n in lines)
    assert first.endswith("-"), "the seed line should end in a hyphen"
    assert kept in result_002().text


@pytest.mark.parametrize(
    "lines, joined",
    [
        ((60, 61), "I den rollen uppfattas handläggaren, av såväl enhetschefer"),
        ((45, 46), "vad som sker när Försäkringskassan ”gör” samordning"),
        ((272, 273), "slussar vidare personer till Arbetsförmedlingen som de bedömer"),
        ((275, 276), "det faktiska innehållet i samordningsuppdraget."),
        ((715, 716), "Hur har styrningen av Försäkringskassans samordningsuppdrag varierat över tid?"),
        ((56, 57), "Samordningsuppdraget konkretiseras främst genom en projektledarroll"),
        ((246, 247), "rättsliga förutsättningar att samverka med Arbetsförmedlingen"),
        ((494, 495), "mellan formella policybeslut och de faktiska"),
        ((753, 768), "att bedöma behov av arbetslivsinriktad rehabilitering"),  # across fn 12 + footer
    ],
)
def test_002_soft_breaks_join(lines, joined):
    assert raw_line(lines[0]).endswith("-")
    assert joined in result_002().text


def test_002_report_lists_joins_and_kept_hyphens():
    rules = result_002().report["rules"]
    joins = {(it["line"], it["after"]) for it in rules["dehyphenation"]["items"]}
    assert (60, "handläggaren") in joins
    assert (45, "Försäkringskassan") in joins
    assert (275, "samordningsuppdraget") in joins
    kept = {(it["line"], it["after"]) for it in rules["hyphens_kept"]["items"]}
    assert {(447, "mål- och"), (518, "FMR-konsultationer"), (1808, "K2- som"), (2730, "icke-handlingar")} <= kept
    assert rules["dehyphenation"]["count"] + rules["hyphens_kept"]["count"] >= 295
    assert not [ln for ln in result_002().text.split("\n") if ln.endswith("-") and ln[-2:-1].isalpha()]


def test_002_uncertain_keeps_are_flagged_with_offsets():
    text = result_002().text
    flagged = {text[f.start : f.end] for f in result_002().flags if f.kind == "uncertain_hyphen"}
    assert "icke-aktiva" in flagged  # L3520: "icke-" is only ever written with its hyphen
    assert len(flagged) < 20, "flags must stay rare enough to be read"


VOCAB = Vocabulary(
    [
        "handläggare möter policybeslut och icke-skrivningar, icke-handlingar.",
        "Det gäller därtill hälso- och sjukvården och K2-flödet.",
        "januari och augusti är månader.",
    ]
)


@pytest.mark.parametrize(
    "left, right, glue, kept",
    [
        ("hand-", "läggare", "", False),
        ("policy-", "beslut", "", False),  # joined form attested
        ("mål-", "och resultatstyrning", "- ", True),  # suspended compound
        ("där-", "till", "", False),  # 'därtill' attested, so not suspended
        ("K2-", "som K3-handläggare", "- ", True),
        ("FMR-", "konsultationer", "-", True),  # acronym
        ("dnr 050924-", "2017", "-", True),  # number
        ("icke-", "handlingar", "-", True),  # hyphenated form attested, joined never
        ("icke-", "aktiva", "-", True),  # hyphen prefix of this document
    ],
)
def test_decide_rules(left, right, glue, kept):
    d = decide(left, right, VOCAB)
    assert (d.glue, d.kept) == (glue, kept), d.reason


def test_decide_two_real_words_is_uncertain():
    d = decide("januari-", "augusti", VOCAB)
    assert d.glue == "" and d.uncertain
