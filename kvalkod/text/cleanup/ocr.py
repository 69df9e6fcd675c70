"""OCR damage (I10): repair only what cannot be a word, flag the rest.

In seed 003 every å/ä/ö is gone ("vald" for våld 193 times, "&r" for är, "6kad" for
ökad, "Férsakringskassan" in nine spellings). Rewriting words from a guessed mapping
table would put words into the analyst's source that the document never contained, and
the search layer already folds diacritics ("vald" ≈ "våld"). So words are never changed;
suspect tokens are flagged ``ocr_suspect`` and the document gets one report line saying
its diacritics are lost.

Two repairs are made because they touch no word: a "|" standing alone at a sentence start
is the capital "I" ("| arbetet med…" → "I arbetet med…"), and a bullet OCR'd as a
letter at the line start ("e Handlaggare uppger…") is a bullet. Footnote markers that
OCR turned into symbols ("vald.!", "verksamhetslogik®", "malen.*") cannot be matched to
a footnote number, so they are flagged ``ocr_footnote_marker`` and left in place.
"""

from __future__ import annotations

import re

from .model import Flag, Line
from .report import Report

_WORD = re.compile(r"[^\W\d_]+")
# Swedish function words as they look with their diacritics stripped, and as they should.
_FOLDED = frozenset({"ar", "pa", "fran", "nar", "aven", "ocksa", "sarskilt", "manga", "darfor", "mojlighet", "harigenom", "forsakringskassan"})
_PROPER = frozenset({"är", "på", "från", "när", "även", "också", "särskilt", "många", "därför"})

_PIPE_START = re.compile(r"^\|(?= [^\W\d_])")
# after a sentence end, possibly followed by an OCR'd footnote symbol: "arbete.** | formanens"
_PIPE_AFTER_STOP = re.compile(r"([.!?:][^\s\w|]{0,3}) \|(?= [^\W\d_]|$)")
_PIPE_GLUED = re.compile(r"^\|(?=[a-zåäö]{2,}\.)")  # "|bid." = "Ibid."
_OCR_BULLET = re.compile(r"^(?:e|¢|o|«|°) (?=[^\W\d_])")

_SUSPECTS = [
    ("'&' read for 'ä'", re.compile(r"(?<![\w&])&[a-zåäö]+|(?<=[^\W\d_])&[a-zåäö]+")),
    ("'6' read for 'ö'", re.compile(r"\b6[a-zåäöé]{2,}|\b[^\W\d_]+6[a-zåäöé]+")),
    ("'é' read for a Swedish vowel", re.compile(r"\b[^\W\d_]*é[^\W\d_]*")),
    ("capital 'A' inside a lower-case word", re.compile(r"\b[a-zé]+A[a-zé]+\b|\b[a-zé]A[a-zé]{2,}\b")),
    ("dash read as '—-'", re.compile(r"—-")),
    ("'|' inside the text", re.compile(r"\|")),
]
_MARKERS = re.compile(
    r"(?<=[^\W\d_])(?:[®©°*>]+|[.?!'’][®©°*>?!'’”]+|[?](?= [a-zåäö]))"
)


# literal first characters, so the scan is fast; the word-start check is done in Python
_AMP_WORD = re.compile(r"&[a-zåäö]")
_SIX_WORD = re.compile(r"6[a-zåäö]{2,}")


def looks_ocr(text: str, counts: dict[str, int] | None = None) -> bool:
    """Diacritics stripped throughout, or many OCR-only character confusions.

    ``counts`` are lower-cased token counts (the de-hyphenation vocabulary) when the
    caller already has them; otherwise they are computed here.
    """
    if counts is None:
        counts = {}
        for w in _WORD.findall(text.lower()):
            counts[w] = counts.get(w, 0) + 1
    folded = sum(counts.get(w, 0) for w in _FOLDED)
    proper = sum(counts.get(w, 0) for w in _PROPER)
    damage = 0
    for pat in (_AMP_WORD, _SIX_WORD):
        for m in pat.finditer(text):
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                damage += 1
    return (folded >= 8 and folded > 3 * proper) or damage >= 10


def fix_lines(lines: list[Line], report: Report, *, ocr: bool) -> None:
    """Repair '|' for 'I' (always) and letter-bullets (OCR text only)."""
    for ln in lines:
        if not ln.live or "|" not in ln.text and not ocr:
            continue
        new = ln.text
        if "|" in new:
            new = _PIPE_START.sub("I", new)
            new = _PIPE_AFTER_STOP.sub(r"\1 I", new)
            new = _PIPE_GLUED.sub("I", new)
        if ocr:
            new = _OCR_BULLET.sub("• ", new)
        if new != ln.text:
            report.add("ocr", ln.no, ln.text, new)
            ln.text = new


def suspect_flags(text: str, *, ocr: bool) -> list[Flag]:
    """Flags for OCR-damaged tokens and symbol footnote markers (OCR text only)."""
    if not ocr:
        return []
    flags: list[Flag] = []
    taken: set[tuple[int, int]] = set()
    for m in _MARKERS.finditer(text):
        if m.group() in ("?", "!") or m.group().endswith("”") and len(m.group()) == 2 and m.group()[0] in ".?!":
            continue
        flags.append(Flag(m.start(), m.end(), "ocr_footnote_marker", f"{m.group()!r} after a word looks like an OCR-garbled footnote marker"))
        taken.add((m.start(), m.end()))
    for what, pat in _SUSPECTS:
        for m in pat.finditer(text):
            span = (m.start(), m.end())
            if span in taken or m.end() == m.start():
                continue
            taken.add(span)
            flags.append(Flag(m.start(), m.end(), "ocr_suspect", f"{m.group()!r}: {what}"))
    flags.sort(key=lambda f: (f.start, f.end, f.kind))
    return flags


def diacritics_note(text: str) -> str | None:
    """One line for the report when å/ä/ö look stripped from the whole document."""
    words = [w for w in _WORD.findall(text.lower())]
    with_diacritics = sum(1 for w in words if any(c in w for c in "åäö"))
    folded = sum(1 for w in words if w in _FOLDED)
    if folded >= 8 and with_diacritics < 0.01 * max(1, len(words)):
        return (
            f"å/ä/ö look lost by OCR: {with_diacritics} of {len(words)} words carry them while "
            f"{folded} folded function words occur (e.g. 'ar' for 'är'); words are kept as printed "
            "and the search layer folds diacritics ('vald' matches 'våld')"
        )
    return None
