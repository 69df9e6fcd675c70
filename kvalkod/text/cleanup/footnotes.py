"""Footnotes in PDF text (I6): lift the bodies out, take the glued markers off the words.

A PDF text layer puts each page's footnotes wherever the page ended, so in seed 002 the
bodies of 43 footnotes sit in the middle of sentences and interview quotes, and their
markers are bare digits glued to words ("handläggare1", "nivå.2", "2015–201822").
Both hurt analysis: a quote cut by a footnote codes as two fragments, and "handläggare1"
is not a hit for "handläggare". So the bodies become `Note`s and the markers become
anchors (see `anchors`) that give each note its offset in the clean text.

Finding bodies, in order of reliability:

* **Separator mode**: a line of 20+ spaces (29 of them in 002) starts a footnote area
  that runs to the next page start or page furniture.
* **Heuristic mode** (no separators, e.g. 001 and the OCR seed 003): a line
  "<n> text" after a blank line, where n is the next footnote number. The body goes on
  while lines follow directly or the previous line is visibly unfinished. It is accepted
  when it runs into a page start (footnotes sit at the page foot) or when its marker is
  found in the text before it.

Numbers must run in sequence (the next label, allowing a gap of two), which is what keeps
"87 dagar innan…" inside footnote 13 and "2023 förekommer…" in the body.

Markers are searched between the previous marker and the footnote's own block, most
specific form first: glued to a word ("rutinen8"), after punctuation ("tips.4",
"så.41"), glued to a year in a range ("2015–201822"), and last spaced after
punctuation ("innehåll. 30"). Acronym-digit forms such as "K2" are never taken. Markers
that OCR turned into symbols ("vald.!", "verksamhetslogik®") cannot be located by number;
the `ocr` rule flags them instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .anchors import Anchors, visible
from .hyphens import Vocabulary
from .joining import glue
from .model import Line
from .report import Report

# "<n> text": the body must hold a word, so a table value such as "1 800 60" is no note
_ENTRY = re.compile(r"^(\d{1,3})\s+(?=.*[^\W\d_]{2})(\S.*)$")
# OCR can turn the second digit of a label into a symbol: "2% Vagledning…" is note 29.
_OCR_ENTRY = re.compile(r"^(\d)[%°®©*'’”]\s+(\S.*)$")
_TERMINAL = re.compile(r"[.!?;]$")
_OPEN_END = re.compile(r"(?:[,(–—-]|\b(?:och|eller|samt|i|av|för|till|med|om|på|dnr|se|FK|AV))$")


@dataclass
class Footnote:
    label: int
    block_start: int  # index of the separator / first entry line
    line_idx: list[int] = field(default_factory=list)
    anchor: str = ""

    @property
    def first_line(self) -> int:
        return self.line_idx[0]


def lift_pdf_footnotes(lines: list[Line], vocab: Vocabulary, anchors: Anchors, report: Report, *, ocr: bool = False) -> list[tuple[Footnote, str]]:
    """Find footnote bodies, mark them removed, anchor their markers; return (note, text)."""
    seps = [i for i, ln in enumerate(lines) if ln.removed is None and not ln.text and len(ln.raw) >= 20 and not ln.raw.strip()]
    notes = _separator_mode(lines, seps) if seps else _heuristic_mode(lines, ocr)
    _anchor_markers(lines, notes, anchors, report)
    out: list[tuple[Footnote, str]] = []
    for fn in notes:
        text = ""
        for k, idx in enumerate(fn.line_idx):
            piece = lines[idx].text
            if k == 0:
                m = _ENTRY.match(piece) or _OCR_ENTRY.match(piece)
                piece = m.group(2) if m else piece
            text, _ = glue(text, piece, vocab)
        text = visible(text).strip()
        raw = "\n".join(lines[i].raw.rstrip() for i in fn.line_idx)
        report.add("footnotes", lines[fn.first_line].no, raw, f"note {fn.label}: {text}")
        out.append((fn, text))
    return out


def _separator_mode(lines: list[Line], seps: list[int]) -> list[Footnote]:
    notes: list[Footnote] = []
    sep_set = set(seps)
    expected = 1
    for s in seps:
        block: list[int] = []
        j = s + 1
        while j < len(lines) and j - s <= 80:
            ln = lines[j]
            if ln.removed is not None or ln.page_start or j in sep_set:
                break
            block.append(j)
            j += 1
        found: list[Footnote] = []
        cur: Footnote | None = None
        carried = False
        for j in block:
            ln = lines[j]
            if not ln.live:
                continue
            m = _ENTRY.match(ln.text)
            if m and expected <= int(m.group(1)) <= expected + 2:
                cur = Footnote(int(m.group(1)), s, [j])
                found.append(cur)
                expected = cur.label + 1
            elif cur is not None:
                cur.line_idx.append(j)
            elif notes:  # a body continued from the previous page's footnote area
                notes[-1].line_idx.append(j)
                carried = True
        if not found and not carried:
            continue
        notes.extend(found)
        for j in [s] + block:
            lines[j].removed = "footnotes"
        k = s - 1
        while k >= 0 and lines[k].blank:
            lines[k].removed = "margin"
            k -= 1
    return notes


def _heuristic_mode(lines: list[Line], ocr: bool) -> list[Footnote]:
    notes: list[Footnote] = []
    expected = 1
    region_start = 0
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        m = _ENTRY.match(ln.text) if ln.live and not ln.page_start else None
        if m and expected <= int(m.group(1)) <= expected + 2 and (i == 0 or not lines[i - 1].live):
            found, end, at_page_end = _collect(lines, i, int(m.group(1)), ocr)
            label = found[0].label
            if at_page_end or _find_marker(lines, label, region_start, 0, i) is not None:
                for fn in found:
                    for j in fn.line_idx:
                        lines[j].removed = "footnotes"
                for j in range(i, end):
                    if lines[j].blank:
                        lines[j].removed = "footnotes"
                notes.extend(found)
                expected = found[-1].label + 1
                region_start = end
                i = end
                continue
        i += 1
    return notes


def _entry_label(text: str, expected: int, ocr: bool) -> int | None:
    """The label if ``text`` opens footnote ``expected`` (or one of the next two)."""
    m = _ENTRY.match(text)
    if m and expected <= int(m.group(1)) <= expected + 2:
        return int(m.group(1))
    if ocr and expected >= 10:
        m = _OCR_ENTRY.match(text)
        if m and str(expected).startswith(m.group(1)):
            return expected
    return None


def _collect(lines: list[Line], i: int, label: int, ocr: bool = False) -> tuple[list[Footnote], int, bool]:
    """The footnote entries starting at line i; return them, the end index, page end?"""
    found = [Footnote(label, i, [i])]
    last = lines[i].text
    widest = len(last)
    saw_blank = False
    j = i + 1
    n = len(lines)
    while j < n:
        ln = lines[j]
        if ln.removed is not None or ln.page_start:
            return found, j, True
        if ln.blank:
            saw_blank = True
            j += 1
            continue
        nxt_label = _entry_label(ln.text, found[-1].label + 1, ocr)
        if nxt_label is not None:
            found.append(Footnote(nxt_label, i, [j]))
        elif not saw_blank or _unfinished(last, ln.text, widest):
            found[-1].line_idx.append(j)
        else:
            return found, _back_to_text(lines, j), False
        last = ln.text
        widest = max(widest, len(last))
        saw_blank = False
        j += 1
    return found, n, True


def _back_to_text(lines: list[Line], j: int) -> int:
    """Leave the blank lines before the next body line to the re-flow."""
    while j > 0 and lines[j - 1].blank:
        j -= 1
    return j


def _unfinished(prev: str, nxt: str, widest: int) -> bool:
    prev = visible(prev)
    if _TERMINAL.search(prev):
        return False
    if _OPEN_END.search(prev) or nxt[:1].islower() or nxt[:1].isdigit():
        return True
    return len(prev) >= 0.6 * widest and len(prev) >= 40


# --- markers -----------------------------------------------------------------------


# One compiled pattern per marker form; the number is captured and compared with the label.
_TAIL = r"(?![\w/:-])"
_MARKER_FORMS = [
    ("glued", re.compile(r"(?<=[^\W\d_])(\d{1,3})" + _TAIL)),
    (
        "after punctuation",
        re.compile(r"(?:(?<=[^\W\d_][.,;:!?)”’\"])|(?<=[^\W_][)”’\"][.,;:])|(?<=\d\d\d\d[.)]))(\d{1,3})" + _TAIL),
    ),
    ("glued to a year", re.compile(r"(?<=[–-](?:19|20)\d\d)(\d{1,3})(?!\d)")),
    ("spaced", re.compile(r"(?<=[.,;:!?”)]) (\d{1,3})(?= [A-ZÅÄÖ]|$)")),
]


def _acronym_before(text: str, start: int) -> bool:
    k = start
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:start]
    return 0 < len(word) <= 4 and word.isupper()


_DIGIT = re.compile(r"\d")


def _find_marker(lines: list[Line], label: int, start_line: int, start_col: int, end_line: int):
    """The most specific marker form for ``label`` in the region; earliest of that form."""
    wanted = str(label)
    best = None
    for idx in range(start_line, min(end_line, len(lines))):
        ln = lines[idx]
        if not ln.live or wanted not in ln.text:
            continue
        col0 = start_col if idx == start_line else 0
        for rank, (kind, pat) in enumerate(_MARKER_FORMS):
            if best is not None and rank >= best[0]:
                break
            for m in pat.finditer(ln.text, col0):
                if m.group(1) != wanted:
                    continue
                if kind == "glued" and _acronym_before(ln.text, m.start()):
                    continue
                best = (rank, idx, m.start(), m.end(), kind)
                break
        if best is not None and best[0] == 0:
            break
    return None if best is None else best[1:]


def _anchor_markers(lines: list[Line], notes: list[Footnote], anchors: Anchors, report: Report) -> None:
    pos_line, pos_col = 0, 0
    prev_block = -1
    for fn in notes:
        if fn.block_start != prev_block and prev_block >= 0:
            # markers of this block come after the previous block's body lines
            end_prev = max(i for f in notes if f.block_start == prev_block for i in f.line_idx) + 1
            if end_prev > pos_line:
                pos_line, pos_col = end_prev, 0
        prev_block = fn.block_start
        hit = _find_marker(lines, fn.label, pos_line, pos_col, fn.block_start)
        if hit is None:
            continue
        idx, start, end, kind = hit
        ln = lines[idx]
        anchor = anchors.new(("footnote", fn.label))
        fn.anchor = anchor
        word_start = ln.text.rfind(" ", 0, start if kind != "spaced" else start) + 1
        before = visible(ln.text[word_start:end])
        ln.text = ln.text[:start] + anchor + ln.text[end:]
        after = visible(ln.text[word_start : start + 1])
        report.add("footnotes", ln.no, before, after)
        pos_line, pos_col = idx, start + 1
