"""Passages of Socialförsäkringsrapport 2020:2 by the line numbers of its copy in ``sources/``.

The demo cites every excerpt as "rad x–y" of the seed file, so excerpts are asked for by raw
line range; what comes back is the report's own clean text (kvalkod's import clean-up of the
whole report: hyphens joined, lines re-flowed, page footers and footnotes lifted out), cut at
the first and last words of that range. Cleaning the whole report, not the range alone, is what
keeps a footnote or a page footer that falls inside a quotation out of it.
"""

from __future__ import annotations

from pathlib import Path

from kvalkod.text.cleanup import clean

REPORT = "002_0322864ac7075944.txt"
CITATION = "Försäkringskassan, Socialförsäkringsrapport 2020:2"
_KEY = 40  # characters (spaces and hyphens left out) that find a range's start and end


def _squeeze(text: str) -> tuple[str, list[int]]:
    """The text without whitespace and hyphens, with each kept character's offset: a range
    cleaned alone and the whole report cleaned may join a line-end hyphen differently."""
    kept = [(i, ch) for i, ch in enumerate(text) if not ch.isspace() and ch not in "-\u00ad"]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


class Report:
    def __init__(self, sources: Path):
        raw = (sources / REPORT).read_text(encoding="utf-8")
        self.lines = raw.split("\n")
        self.text = clean(raw).text
        self._squeezed, self._offsets = _squeeze(self.text)

    def excerpt(self, first: int, last: int) -> str:
        """The clean text of raw lines ``first``–``last`` (1-based, inclusive)."""
        alone = clean("\n".join(self.lines[first - 1:last]), markdown=False).text
        paragraphs = [_squeeze(p)[0] for p in alone.split("\n\n") if p.strip()]
        for head in paragraphs:  # a range may open with what the report lifted out (a footer)
            start = self._squeezed.find(head[:_KEY])
            if start >= 0:
                break
        else:
            raise ValueError(f"{REPORT}: lines {first}–{last} not found in the clean report")
        for tail in reversed(paragraphs):  # … or close with a footnote body
            end = self._squeezed.find(tail[-_KEY:], start)
            if end >= 0:
                end += len(tail[-_KEY:])
                break
        else:
            raise ValueError(f"{REPORT}: the end of lines {first}–{last} not found in the clean report")
        found = sum(len(p) for p in paragraphs)
        if not 0.8 * found <= end - start <= 1.05 * found:
            raise ValueError(f"{REPORT}: lines {first}–{last} matched {end - start} characters, not about {found}")
        return self.text[self._offsets[start]:self._offsets[end - 1] + 1]

    @staticmethod
    def cite(first: int, last: int) -> str:
        return f"{CITATION}, rad {first}–{last}"
