"""Acceptance figures of the clean-up issue, measured on the five seed documents.

"Matches" are case-insensitive tokens (runs of [^\\W_]) that start with the query stem.
Figures per seed are in shared/design/seed-analysis.md §6.1; the footnote bodies count,
because they stay in the clean text (in the closing "Fotnoter" section).
"""

from __future__ import annotations

import json
import re
import time

import pytest

from kvalkod.text.cleanup import CleanupResult, Flag, Note, clean, looks_markdown, looks_pdf_derived

from .seed_text import SEEDS, cleaned, raw


def matches(text: str, stem: str) -> int:
    return len(re.findall(r"(?<![^\W_])" + stem + r"[^\W_]*", text, re.IGNORECASE))


def test_seed_files_are_the_repo_copies():
    assert sorted(SEEDS) == ["000", "001", "002", "003", "004"]
    assert len(raw("002").split("\n")) == 4554  # 4 553 newlines, no final newline


@pytest.mark.parametrize(
    "stem, raw_count, low, high",
    [
        ("samordningsuppdrag", 188, 203, 212),
        ("Arbetsförmedlingen", 73, 85, 90),
        ("arbetsbelastning", 22, 25, 27),
        ("avstämningsmöte", 145, 150, 154),
        ("samordning", 427, 427, 431),
    ],
)
def test_002_search_counts_after_dehyphenation(stem, raw_count, low, high):
    assert matches(raw("002"), stem) == raw_count
    assert low <= matches(cleaned("002").text, stem) <= high


def test_002_acceptance_summary():
    out = cleaned("002")
    lines = out.text.split("\n")
    assert "Socialförsäkringsrapport 2020:2" not in lines
    assert not [ln for ln in lines if re.fullmatch(r"\d{1,4}", ln)]
    rules = out.report["rules"]
    assert rules["footers"]["count"] == 10
    assert rules["dehyphenation"]["count"] >= 280
    assert len([n for n in out.notes if n.kind == "footnote"]) == 43
    assert "Dagar slut 757 607 80" in lines
    assert "eftersom det skapar en ökad sårbarhet i organisationen." in out.text


@pytest.mark.parametrize("n, pdf, md", [("000", False, True), ("001", True, False), ("002", True, False), ("003", True, False), ("004", False, True)])
def test_detection(n, pdf, md):
    assert looks_pdf_derived(raw(n)) is pdf
    assert looks_markdown(raw(n)) is md
    mode = cleaned(n).report["summary"].split(";")[0]
    assert mode == {"000": "mode: markdown", "004": "mode: markdown", "003": "mode: OCR text"}.get(n, "mode: PDF text")


@pytest.mark.parametrize("n", ["000", "001", "002", "003", "004"])
def test_result_shape_and_report_is_json(n):
    out = cleaned(n)
    assert isinstance(out, CleanupResult)
    assert all(isinstance(x, Note) for x in out.notes) and all(isinstance(f, Flag) for f in out.flags)
    assert "\r" not in out.text
    for f in out.flags:
        assert 0 <= f.start < f.end <= len(out.text)
    for note in out.notes:
        assert note.offset is None or 0 <= note.offset <= len(out.text)
    report = json.loads(json.dumps(out.report))
    assert set(report) == {"rules", "summary"}
    for key in ("whitespace", "footers", "page_starts", "dehyphenation", "hyphens_kept", "footnotes", "reflow", "markdown", "unicode", "ocr", "tables", "figures", "headings"):
        entry = report["rules"][key]
        assert entry["count"] >= len(entry["items"])
        for item in entry["items"]:
            assert set(item) == {"line", "before", "after"} and item["line"] >= 0


def test_deterministic():
    for n in ("002", "003", "004"):
        again = clean(raw(n))
        assert again.text == cleaned(n).text
        assert again.notes == cleaned(n).notes and again.flags == cleaned(n).flags
        assert again.report == cleaned(n).report


def test_idempotent_enough_on_clean_text():
    # cleaning the clean text of a Markdown seed changes nothing but the notes section
    once = cleaned("000").text
    assert clean(once).text.split("\n\n")[:20] == once.split("\n\n")[:20]


def test_timing_printout(capsys):
    """Not an assertion on speed (machines differ); the figures go to the test log."""
    lines = []
    for n in sorted(SEEDS):
        text = raw(n)
        best = min(_timed(text) for _ in range(3))
        lines.append(f"{n}: {len(text) / 1000:.0f} kB cleaned in {best * 1000:.0f} ms")
    with capsys.disabled():
        print("\nclean-up timing: " + "; ".join(lines))


def _timed(text: str) -> float:
    start = time.perf_counter()
    clean(text)
    return time.perf_counter() - start
