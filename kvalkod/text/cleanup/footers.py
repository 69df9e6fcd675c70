"""Page furniture (I3): running footers, page numbers, header blocks, tables of contents.

A PDF page repeats its footer ("Socialförsäkringsrapport 2020:2" + page number in seed
002) and sometimes a header block ("Datum Diarienummer ..." in 001) wherever the page
broke, which is usually mid-sentence. Left in, they split sentences ("…eftersom det
skapar / Socialförsäkringsrapport 2020:2 / 8 / en ökad sårbarhet") and add false hits to
every search for the report's title. Removing them is safe only when the evidence is
specific, so each rule wants two things at once:

* a running footer is a short line repeated as a *whole line* next to a page number,
  so the same phrase inside a sentence is never touched;
* a page number is a lone number isolated by blank lines (or glued to a footer), or the
  "5 (12)" form;
* a header block is a line of header words (Datum, Diarienummer, Dnr …) paired with a
  line of dates and case numbers, next to a page start or page number;
* a table-of-contents line ends in dot leaders or a tab and a page number, and only a
  run of at least three of them counts.

Blank lines around removed furniture are absorbed too: they were page margins, not
paragraph breaks, and the re-flow must see the text on both sides as adjacent.
"""

from __future__ import annotations

import re

from .model import Line
from .report import Report

_LONE_NUMBER = re.compile(r"^\d{1,4}$")
_PAGE_OF = re.compile(r"^(?:(?:sida|page|s\.)\s*)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4})$", re.I)
_HEADER_WORDS = {
    "datum", "diarienummer", "dnr", "dnr:", "datum:", "diarienummer:", "sida", "sida:",
    "vår", "er", "beteckning", "beteckning:", "referens", "referens:", "ärendenummer",
    "ärendenummer:", "handläggare", "handläggare:",
}
_HEADER_CODE = re.compile(r"^[A-ZÅÄÖ]{1,4}:?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VALUE_TOKEN = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|[A-ZÅÄÖ]{1,4}(?:-\d{4}/[\d ]+)?|\d{4}/\d{1,8}|[A-ZÅÄÖ]{1,4}-\d{4}/\d+|\d{1,8})$"
)
TOC_LINE = re.compile(r"^(?P<title>\S.*?)\s*(?:\.{2,}|…{1,})[ .]*\t?\s*(?P<page>\d{1,4})$|^(?P<title2>\S.*?)\t+\s*(?P<page2>\d{1,4})$")
_TOC_TITLE = re.compile(r"^[*_#\s]*(innehåll|innehållsförteckning|contents)[*_\s]*$", re.I)


def remove_page_furniture(lines: list[Line], report: Report) -> None:
    """Mark footers, page numbers and header blocks as removed (rule "footers")."""
    footers = _running_footers(lines)
    for i, line in enumerate(lines):
        if not line.live:
            continue
        if line.text in footers and _isolated(lines, i):
            _remove(lines, i, report, "footers")
            continue
    for i, line in enumerate(lines):
        s = line.text
        if not s or line.removed is not None or not (s[0].isdigit() or s[0] in "SsPp"):
            continue  # page numbers start with a digit or "Sida"/"Page"/"s."
        if _PAGE_OF.match(s) and not _LONE_NUMBER.match(s):
            _remove(lines, i, report, "footers")
        elif _LONE_NUMBER.match(s) and int(s) <= 2000 and _isolated(lines, i):
            _remove(lines, i, report, "footers")
    _header_blocks(lines, report)
    _absorb_margins(lines)


def remove_toc(lines: list[Line], report: Report, rule: str) -> None:
    """Drop runs of >= 3 table-of-contents lines (dot leaders or tab + page number)."""
    if sum(1 for ln in lines if ln.removed is None and _is_toc(ln)) < 3:
        return  # the common case, decided in one cheap pass
    i = 0
    n = len(lines)
    while i < n:
        j = i
        run: list[int] = []
        while j < n and (lines[j].blank or (lines[j].live and _is_toc(lines[j]))):
            if lines[j].live:
                run.append(j)
            j += 1
        if len(run) >= 3:
            first = run[0]
            k = first - 1
            while k >= 0 and lines[k].blank:
                k -= 1
            if k >= 0 and lines[k].live and _TOC_TITLE.match(lines[k].text):
                _remove(lines, k, report, rule)
            for idx in run:
                _remove(lines, idx, report, rule)
            i = j
        else:
            i = max(j, i + 1)


def _is_toc(line: Line) -> bool:
    raw = line.raw.strip(" \n")
    if not raw[-1:].isdigit() or not ("\t" in raw or ".." in raw or "…" in raw):
        return False  # cheap pre-check: the full pattern is slow on ordinary lines
    return bool(TOC_LINE.match(raw))


def _remove(lines: list[Line], i: int, report: Report, rule: str) -> None:
    line = lines[i]
    line.removed = rule
    report.add(rule, line.no, line.raw, "")


def _running_footers(lines: list[Line]) -> set[str]:
    """Short lines that repeat as whole lines with a page number within three lines."""
    near_number: dict[str, int] = {}
    numbers = [
        i for i, ln in enumerate(lines)
        if ln.text[:1].isdigit() and ln.removed is None and (_LONE_NUMBER.match(ln.text) or _PAGE_OF.match(ln.text))
    ]
    counted: set[int] = set()
    for p in numbers:
        for i in range(max(0, p - 3), min(len(lines), p + 4)):
            ln = lines[i]
            s = ln.text
            if i == p or i in counted or not ln.live or len(s) > 60 or _LONE_NUMBER.match(s) or s.endswith("."):
                continue
            counted.add(i)
            near_number[s] = near_number.get(s, 0) + 1
    return {s for s, c in near_number.items() if c >= 2}


def _isolated(lines: list[Line], i: int) -> bool:
    """No live text line directly above or below (blank, removed or the file edge)."""
    above = lines[i - 1] if i > 0 else None
    below = lines[i + 1] if i + 1 < len(lines) else None
    return (above is None or not above.live) and (below is None or not below.live)


def _header_blocks(lines: list[Line], report: Report) -> None:
    for i, line in enumerate(lines):
        if not line.live or not _is_header_line(line.text):
            continue
        for k in range(i + 1, min(len(lines), i + 4)):
            other = lines[k]
            if not other.live:
                continue
            if _is_value_line(other.text):
                near_page = line.page_start or other.page_start or _page_number_near(lines, i)
                if near_page:
                    _remove(lines, i, report, "footers")
                    _remove(lines, k, report, "footers")
            break


def _is_header_line(s: str) -> bool:
    head = s.split(" ", 1)[0]
    if head.lower() not in _HEADER_WORDS and not _HEADER_CODE.match(head):
        return False
    tokens = s.split()
    if not tokens or len(tokens) > 10:
        return False
    keywords = sum(1 for t in tokens if t.lower() in _HEADER_WORDS)
    return keywords >= 1 and all(t.lower() in _HEADER_WORDS or _HEADER_CODE.match(t) for t in tokens)


def _is_value_line(s: str) -> bool:
    tokens = s.split()
    return bool(tokens) and any(_DATE.match(t) for t in tokens) and all(_VALUE_TOKEN.match(t) for t in tokens)


def _page_number_near(lines: list[Line], i: int) -> bool:
    for k in range(max(0, i - 8), min(len(lines), i + 8)):
        if lines[k].removed == "footers":
            return True
    return False


def _absorb_margins(lines: list[Line]) -> None:
    """Blank lines touching removed furniture were page margins: mark them removed too."""
    n = len(lines)
    for i, line in enumerate(lines):
        if line.removed != "footers":
            continue
        k = i - 1
        while k >= 0 and lines[k].blank:
            lines[k].removed = "margin"
            k -= 1
        k = i + 1
        while k < n and lines[k].blank:
            lines[k].removed = "margin"
            k += 1
