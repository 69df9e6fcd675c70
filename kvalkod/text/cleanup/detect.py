"""Guessing what kind of text arrived, so the right clean-up path runs.

The importer only has a string; it does not know whether the string came out of a PDF
text layer, an OCR engine, a Markdown converter or a keyboard. Re-flowing a hand-typed
transcript as if it were PDF output would merge speaker turns, and treating PDF output as
plain text leaves page furniture in the middle of sentences. These tests are cheap
signal counts, each of which is common in one kind of text and rare in the others.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^[ \t]{20,}$", re.M)
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*(?:\(\d{1,4}\))?\s*$")
_LINE_HYPHEN = re.compile(r"[^\W\d_]-$")
_LOWER_START = re.compile(r"^[a-zåäöéü]")
_TERMINAL = re.compile(r"[.!?:;…”\"')\]]$")

_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_SUP = re.compile(r"<sup>\s*[^<]{1,12}\s*</sup>", re.I)
_MD_BOLD = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$", re.M)
_MD_LINK = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")
_MD_LIST = re.compile(r"^\s{0,3}[-*+][ \t]+\S", re.M)


def looks_pdf_derived(text: str) -> bool:
    """True when the text carries the fingerprints of a PDF text layer or OCR output.

    Strong signals (one is enough): form feeds, footnote separator lines of spaces,
    repeated lines sitting next to page numbers, and hard wrapping (a third of all lines
    run on into a line starting in lower case). Weak signals (two needed): many trailing
    spaces, line-final hyphens, lines opening with a single space (lost page breaks), and
    some hard wrapping. A typed transcript has none of these: its lines end turns.
    """
    if not text or not text.strip():
        return False
    if "\f" in text or len(_SEPARATOR.findall(text)) >= 2:
        return True
    lines = text.split("\n")
    content = [ln for ln in lines if ln.strip()]
    if len(content) < 3:
        return False
    if _has_running_footer(lines):
        return True
    n = len(content)
    stripped = [ln.strip() for ln in content]
    continued = 0
    for a, b in zip(stripped, stripped[1:]):
        if not _TERMINAL.search(a) and _LOWER_START.match(b):
            continued += 1
    lengths = sorted(len(s) for s in stripped)
    upper = lengths[(3 * n) // 4]  # the width of full lines; tables and headings are shorter
    wrapped = continued / n if 30 <= upper <= 140 else 0.0
    if wrapped >= 0.3:
        return True  # hard-wrapped prose: a third of all lines run on into the next
    weak = 0
    trailing = sum(1 for ln in content if ln != ln.rstrip())
    if trailing >= 3 and trailing / n >= 0.25:
        weak += 1
    hyphens = sum(1 for ln in content if _LINE_HYPHEN.search(ln.rstrip()))
    if hyphens >= 2 and hyphens / n >= 0.01:
        weak += 1
    page_starts = sum(1 for ln in content if ln.startswith(" ") and not ln.startswith("  "))
    if page_starts >= 2:
        weak += 1
    if wrapped >= 0.15:
        weak += 1
    return weak >= 2


def _has_running_footer(lines: list[str]) -> bool:
    counts: dict[str, int] = {}
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s or len(s) > 60 or _PAGE_NUMBER.match(s):
            continue
        near = lines[i + 1 : i + 4] + lines[max(0, i - 3) : i]
        if any(_PAGE_NUMBER.match(x) and x.strip() for x in near):
            counts[s] = counts.get(s, 0) + 1
    return any(c >= 2 for c in counts.values())


def looks_markdown(text: str) -> bool:
    """True when Markdown markup is present in quantity: '#' headings, <sup>, **bold**, rules."""
    if not text or not text.strip():
        return False
    # cheap substring tests first: most texts have none of the markup at all
    headings = len(_MD_HEADING.findall(text)) if "#" in text else 0
    score = 0
    if headings >= 2:
        score += 2 if headings >= 3 else 1
    if "<sup>" in text.lower() and _MD_SUP.search(text):
        score += 1
    if ("**" in text or "__" in text) and len(_MD_BOLD.findall(text)) >= 2:
        score += 1
    if ("---" in text or "***" in text or "___" in text) and _MD_RULE.search(text):
        score += 1
    if "](" in text and len(_MD_LINK.findall(text)) >= 2:
        score += 1
    if headings and len(_MD_LIST.findall(text)) >= 3:
        score += 1
    return score >= 2
