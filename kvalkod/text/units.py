"""Units of text that searching and autocoding work in: paragraphs, sentences, chunks.

All spans are ``(start, end)`` in code points of stored text, where a paragraph is a run of
non-blank lines (the clean-up writes one paragraph per line, separated by a blank line;
hand-made transcripts often put one turn per line).
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

_BLANK_RUN = re.compile(r"\n[ \t]*\n")
# A sentence ends at . ! ? or … (with closing quotes/brackets) followed by space and an
# upper-case letter, a digit, an opening quote or a dash; or at the end of a line.
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+[”\"“„'(\[–—-]?[A-ZÅÄÖÉÜ0-9])|\n")
# Swedish abbreviations that end in a full stop without ending the sentence.
_ABBREVIATIONS = {
    "t.ex", "bl.a", "m.m", "s.k", "dvs", "osv", "ca", "jfr", "resp", "m.fl", "o.s.v", "d.v.s",
    "fr.o.m", "t.o.m", "p.g.a", "pga", "bl", "ex", "kap", "nr", "st", "sid", "s", "f", "ff",
}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs (runs of non-blank lines), trailing space excluded."""
    spans = []
    pos = 0
    for m in _BLANK_RUN.finditer(text):
        spans.extend(_trimmed(text, pos, m.start()))
        pos = m.end()
    spans.extend(_trimmed(text, pos, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield (start, end)


def chunk_spans(text: str, max_len: int = 4000) -> list[tuple[int, int]]:
    """Paragraphs, with very long ones cut at whitespace so no chunk exceeds ``max_len``.

    Cuts fall between words, so a word is never split across two chunks of the index.
    """
    chunks = []
    for start, end in paragraph_spans(text):
        while end - start > max_len:
            cut = text.rfind(" ", start + 1, start + max_len)
            if cut <= start:
                cut = text.rfind("\n", start + 1, start + max_len)
            if cut <= start:
                cut = start + max_len
            chunks.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            chunks.append((start, end))
    return chunks


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences within ``text[start:end]`` (normally one paragraph)."""
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        if m.group() != "\n" and _is_abbreviation(text, m.start()):
            continue
        spans.extend(_trimmed(text, pos, stop))
        pos = stop
    spans.extend(_trimmed(text, pos, end))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    return text[word_start:dot].lower().rstrip(".") in _ABBREVIATIONS


def enclosing(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The span (of a sorted, non-overlapping list) containing ``[start, end)``'s start."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    if i < 0:
        return None
    s, e = spans[i]
    if s <= start < e or (s == start == e):
        return (s, max(e, end))
    return None
