"""Whitespace (I2) and page starts (I4): turning raw lines into working `Line` records.

PDF text layers pad lines with trailing spaces (3 646 of 4 553 lines in seed 002), emit
lines holding only spaces where an image or an empty paragraph was, and put double
spaces between sentences. None of that is content, and all of it disturbs later rules
(a line of one space is a blank line; "praktiken.  Detta" is one sentence break). So every
line is trimmed, inner runs of spaces and tabs become one space, and invisible characters
go (see `unicode_checks`).

The leading space is different: pdftotext-style extraction opens the first line of a new
page with a single space when the form feed was lost. It is the only page signal most
pages have, so it is kept as ``Line.page_start`` for the re-flow before being trimmed.
"""

from __future__ import annotations

import re

from .model import Line
from .report import Report
from .unicode_checks import has_invisible_chars, scrub_invisible

_INNER_SPACE = re.compile(r"[ \t\u00a0]{2,}|\t")


def make_lines(text: str, report: Report, *, pdf: bool) -> list[Line]:
    """Split NFC/LF text into `Line` records, trimming and reporting whitespace changes."""
    lines: list[Line] = []
    has_invisible = has_invisible_chars(text)
    for no, raw in enumerate(text.split("\n"), start=1):
        work = raw
        page_start = False
        if "\f" in work:
            page_start = True
            work = work.replace("\f", "")
        if has_invisible:
            work, gone = scrub_invisible(work)
            if gone:
                report.add("unicode", no, raw, work)
        if pdf and work.startswith(" ") and len(work) > 1 and not work[1].isspace():
            page_start = True
        stripped = work.strip()
        cleaned = _INNER_SPACE.sub(" ", stripped) if ("  " in stripped or "\t" in stripped or "\u00a0\u00a0" in stripped) else stripped
        # the single leading space of a page start is reported under page_starts instead
        unchanged = work[1:] if (pdf and work.startswith(" ") and page_start) else work
        if cleaned != unchanged:
            report.add("whitespace", no, raw, cleaned)
        line = Line(no=no, raw=raw, text=cleaned, page_start=page_start and bool(cleaned))
        lines.append(line)
        if line.page_start:
            report.add("page_starts", no, raw, cleaned)
    return lines
