"""Tables that arrive as text (I11): keep them as unflowed rows.

Re-flowing Tabell 1–4 of seed 002 into prose would glue every row into one unreadable
line; splitting them into columns on spaces is wrong too, because spaces are also the
thousands separator ("Dagar slut 757 607 80" is N=757, with meeting 607, share 80 %, not
757 607). So a table is recognised and kept line by line, exactly as printed, and only
one repair is made: a row label that the PDF wrapped over several lines (with a blank
line inside the row) is put back on the line of its numbers.

Recognition needs a caption ("Tabell 3 …" at a paragraph start) followed by at least two
lines that end in numbers; the caption is kept as its own paragraph and recorded as a
caption `Note`. A table ends at a page start, at the next caption, or at the first line
that is neither a numeric row nor a short label that leads to one.
"""

from __future__ import annotations

import re

from .model import Line
from .report import Report

CAPTION = re.compile(r"^(Tabell|Tab\.)\s+(\d+)[.:]?\s+(\S.*)$")
_NUMERIC_ROW = re.compile(r"\d[%)]?$")
_NUMBERS_ONLY = re.compile(r"^[\d\s,.%()–-]+$")


def _numeric_row(text: str) -> bool:
    return bool(_NUMERIC_ROW.search(text)) and len(text) <= 140


def mark_tables(lines: list[Line], report: Report, next_group: int) -> int:
    """Mark caption and body lines of text tables; return the next free group id."""
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        prev_live = i > 0 and lines[i - 1].live
        if ln.live and ln.role == "text" and CAPTION.match(ln.text) and (ln.page_start or not prev_live):
            end = _claim(lines, i, next_group, report)
            if end > i:
                next_group += 2
                i = end
                continue
        i += 1
    return next_group


def _claim(lines: list[Line], i: int, group: int, report: Report) -> int:
    n = len(lines)
    caption = [i]
    j = i + 1
    while j < n and lines[j].live and not lines[j].page_start and len(caption) < 5:
        if _numeric_row(lines[j].text) and not CAPTION.match(lines[j].text) and _NUMBERS_ONLY.match(lines[j].text) is None and j > i + 1:
            break
        caption.append(j)
        j += 1
    body: list[int] = []
    rows = 0
    while j < n:
        ln = lines[j]
        if ln.removed is not None:
            break
        if ln.blank:
            body.append(j)
            j += 1
            continue
        if ln.page_start or CAPTION.match(ln.text) or ln.role != "text":
            break
        if _numeric_row(ln.text):
            rows += 1
        elif not _leads_to_numbers(lines, j):
            break
        body.append(j)
        j += 1
    while body and lines[body[-1]].blank:
        body.pop()
    if rows < 2:
        return i
    for k in caption:
        lines[k].role, lines[k].group = "caption", group
    for k in body:
        lines[k].role, lines[k].group = "table", group + 1
    first_row = next((k for k in body if lines[k].live), body[0])
    report.add(
        "tables",
        lines[i].no,
        "\n".join(lines[k].raw.rstrip() for k in caption),
        f"table kept unflowed: lines {lines[first_row].no}-{lines[body[-1]].no}, {rows} numeric rows",
    )
    return body[-1] + 1


def _leads_to_numbers(lines: list[Line], j: int) -> bool:
    """A short label line (a header or a wrapped row label) followed soon by numbers."""
    text = lines[j].text
    if len(text) > 90 or text.endswith("."):
        return False
    seen = 0
    for k in range(j + 1, min(len(lines), j + 8)):
        ln = lines[k]
        if ln.removed is not None or ln.page_start:
            return False
        if ln.blank:
            continue
        if _numeric_row(ln.text):
            return True
        seen += 1
        if seen >= 3:
            return False
    return False


def render_rows(lines: list[Line], idxs: list[int], report: Report) -> list[str]:
    """The table's rows, with wrapped row labels put back in front of their numbers."""
    rows: list[str] = []
    pending: list[Line] = []
    gap = False  # a blank line since the last label line: the numbers were cut off their label
    for k in idxs:
        ln = lines[k]
        if not ln.live:
            gap = gap or (ln.blank and bool(pending))
            continue
        if _NUMBERS_ONLY.match(ln.text) and pending and (gap or len(pending) >= 2):
            merged = " ".join([p.text for p in pending] + [ln.text])
            before = "\n".join(p.raw.rstrip() for p in pending) + "\n" + ln.raw.rstrip()
            report.add("tables", pending[0].no, before, merged)
            rows.append(merged)
            pending = []
        elif _numeric_row(ln.text):
            rows.extend(p.text for p in pending)
            pending = []
            rows.append(ln.text)
        else:
            pending.append(ln)
        gap = False
    rows.extend(p.text for p in pending)
    return rows
