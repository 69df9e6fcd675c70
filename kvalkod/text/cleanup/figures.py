"""Figures (I12): keep the caption, keep chart debris out of the prose.

The images of a PDF do not survive text extraction, but their captions do ("Figur 1
Tidslinje över förändringar i vägledningen", followed by lines holding a single space),
and so do their source lines ("Källa: STORE.") and notes ("*I populationen ingår…").
Those are real content for an analyst: the caption stays as its own paragraph and is
recorded as a caption `Note`; sources and notes stay as their own paragraphs, so they are
not glued onto the next body paragraph.

OCR does worse: it reads the chart itself and produces debris ("50% 47%", "- Am i}",
"PRESTATIONSMAL NARA EFFEKT £ O EFFEKT PA"). That is not prose and must not be re-flowed
into a paragraph, but it may hold the only copy of a number, so it is kept as an
unflowed block, reported, and flagged ``chart_residue``.

A caption is "Figur n" + a capitalised word at a paragraph start ("Figur 5 nedan visar…"
is a sentence, not a caption), followed by a blank line and then image residue: more
blank lines, a source/note line, or short debris lines. Debris without a caption counts
only when it is a run of at least four short lines with at least two percentages; once a
run has started, unpunctuated legend lines ("Aldrig Fatal personer Ungefar hélften…")
may be somewhat longer and still belong to it.
"""

from __future__ import annotations

import re

from .model import Line
from .report import Report

CAPTION = re.compile(r"^(Figur|Fig\.|Diagram|Bild)\s+(\d+)[.:]?\s+([A-ZÅÄÖ0-9].*)$")
FIGURE_NOTE = re.compile(r"^(?:\*\S|Källa:|Källor:|Not:|Anm\.|Anmärkning:)")
_PERCENT = re.compile(r"\d\s?%")


def mark_figures(lines: list[Line], report: Report, width: float, next_group: int) -> int:
    """Mark captions, figure notes and chart residue; return the next free group id."""
    short = 0.55 * width
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.live and ln.role == "text":
            prev_live = i > 0 and lines[i - 1].live
            m = CAPTION.match(ln.text)
            if m and (ln.page_start or not prev_live):
                end = _claim_caption(lines, i, next_group, report, short)
                if end > i:
                    next_group += 3
                    i = end
                    continue
            if not prev_live:
                end = _claim_residue(lines, i, next_group, report, short, after_caption=False)
                if end > i:
                    next_group += 1
                    i = end
                    continue
        i += 1
    for k, ln in enumerate(lines):
        if not (ln.live and ln.role == "text" and FIGURE_NOTE.match(ln.text)):
            continue
        # "*…" opens a note only at a paragraph start; "Källa:"/"Not:" lines anywhere
        if k == 0 or not lines[k - 1].live or ln.text.startswith(("Källa", "Källor", "Not:")):
            next_group = _claim_note(lines, k, next_group)
    return next_group


def _claim_caption(lines: list[Line], i: int, group: int, report: Report, short: float) -> int:
    n = len(lines)
    cap = [i]
    j = i + 1
    while j < n and lines[j].live and not lines[j].page_start and len(cap) < 4:
        cap.append(j)
        j += 1
    if j < n and lines[j].live:
        return i  # a caption ends at a blank line, not inside running text
    k = j
    blanks = 0
    while k < n and not lines[k].live:
        blanks += 1
        k += 1
    nxt = lines[k] if k < n else None
    residue_after = nxt is not None and len(nxt.text) <= short
    if not (k >= n or blanks >= 2 or (nxt and FIGURE_NOTE.match(nxt.text)) or residue_after or nxt.page_start):
        return i
    for c in cap:
        lines[c].role, lines[c].group = "caption", group
    raw = "\n".join(lines[c].raw.rstrip() for c in cap)
    report.add("figures", lines[i].no, raw, "caption kept as its own paragraph")
    end = cap[-1] + 1
    if residue_after and nxt is not None and not FIGURE_NOTE.match(nxt.text):
        end = max(end, _claim_residue(lines, k, group + 1, report, short, after_caption=True))
    return end


def _claim_residue(lines: list[Line], i: int, group: int, report: Report, short: float, *, after_caption: bool) -> int:
    """A run of blank-separated blocks made only of short lines."""
    n = len(lines)
    j = i
    run: list[int] = []
    end = i
    while j < n:
        block: list[int] = []
        k = j
        while k < n and lines[k].live:
            block.append(k)
            k += 1
        # once debris has started, an unpunctuated legend line may be a little longer
        limit = short if len(run) < 3 else short * 1.4
        if not block or any(len(lines[b].text) > limit or lines[b].role != "text" for b in block):
            break
        if len(run) >= 3 and any(lines[b].text.endswith((".", "?", ":")) for b in block):
            break
        if run and lines[block[0]].page_start:
            break
        if FIGURE_NOTE.match(lines[block[0]].text) and run:
            break
        run.extend(block)
        end = k
        while k < n and lines[k].blank:
            k += 1
        j = k
    if not run:
        return i
    percents = sum(1 for r in run if _PERCENT.search(lines[r].text))
    if not after_caption and (len(run) < 4 or percents < 2):
        return i
    if after_caption and len(run) < 2:
        return i
    for r in run:
        lines[r].role, lines[r].group = "chart", group
    raw = "\n".join(lines[r].raw.rstrip() for r in run)
    report.add("figures", lines[run[0]].no, raw, f"chart residue kept unflowed ({len(run)} lines)")
    return end


def _claim_note(lines: list[Line], k: int, group: int) -> int:
    """A source or note line, with any lower-case continuation lines, as one paragraph."""
    idxs = [k]
    j = k + 1
    while j < len(lines) and lines[j].live and lines[j].role == "text" and not lines[j].page_start and not FIGURE_NOTE.match(lines[j].text):
        idxs.append(j)
        j += 1
    for x in idxs:
        lines[x].role, lines[x].group = "figure_note", group
    return group + 1
