"""Re-flowing PDF lines into paragraphs (I7), one decision per line break.

After page furniture and footnotes are gone, what is left is a sequence of physical
lines with blank lines between some of them. The clean text wants one line per
paragraph, so for every pair of neighbouring lines the re-flow decides *join* or *break*.

A blank line is not reliable evidence on its own: seed 001 puts a blank line after every
text line for pages at a time, and seed 002 inserts one after the first line of many
bullets and footnotes. Neither is a missing blank line: headings sit directly on top of
their first paragraph. So the decision weighs, in this order:

1. a bullet always starts a paragraph; tables, captions and chart debris are blocks;
2. a line ending in a broken word ("hand-") joins (see `hyphens`);
3. a next line starting in lower case continues the sentence, across blank lines, page
   starts and removed footnotes ("…eftersom det skapar" + "en ökad sårbarhet");
4. after a finished sentence, a blank line or a numbered heading ("3. Kommunikation…")
   is a paragraph break; otherwise the break is real only if the line is visibly short
   (a heading ending in "?") or a page start follows a short line;
5. after an unfinished line, a line ending on och/av/för/"," always joins; across a blank
   line, a line that was full (the next word would not have fitted) joins, and so does a
   number in double-spaced text ("…i mars" / "2025 och…"); others break; without a blank
   line, a short unfinished line that opens a paragraph is a heading (see `headings`).

"Full" compares the line with the widest line of its block (block quotes are narrower
than body text) or, for short blocks, with the document's typical line width. Joins
across blank lines and removed page furniture are reported under "reflow".
"""

from __future__ import annotations

import re

from . import headings as hd
from . import tables
from .anchors import Anchors, visible
from .hyphens import Vocabulary, left_word, right_word
from .joining import glue
from .model import Line, Paragraph
from .report import Report

BULLET = re.compile(r"^[•▪●◦■□➢►‣⁃]")
NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.? [A-ZÅÄÖ]")  # "3. Kommunikationsinsatser", "4.3.2. Flest"
_LOWER_START = re.compile(r"^[(\[”\"'’«]*[a-zåäöéüæø]")
_WORD_START = re.compile(r"^[^\W_]")
_FIRST_WORD = re.compile(r"^[(\[”\"'’«]*([^\W\d_]+)")

JOIN, BREAK, HEADING = "join", "break", "heading"


class Reflow:
    def __init__(self, lines: list[Line], vocab: Vocabulary, anchors: Anchors, report: Report, width: float) -> None:
        self.lines = lines
        self.vocab = vocab
        self.anchors = anchors
        self.report = report
        self.width = width
        self.live = [i for i, ln in enumerate(lines) if ln.live]
        self.vis = {i: visible(lines[i].text) for i in self.live}
        self._gaps()
        self._block_widths()

    # --- layout facts --------------------------------------------------------------

    def _gaps(self) -> None:
        """Blank lines and removed lines between each live line and the next."""
        self.blank_after: dict[int, int] = {}
        self.cut_after: dict[int, bool] = {}
        last = -1
        blanks = 0
        cut = False
        for i, ln in enumerate(self.lines):
            if ln.removed is not None:
                cut = True
            elif not ln.text:
                blanks += 1
            else:
                if last >= 0:
                    self.blank_after[last] = blanks
                    self.cut_after[last] = cut
                last, blanks, cut = i, 0, False
        # double spacing: four or more single blank lines in a row between text lines
        self.double: set[int] = set()
        run: list[int] = []
        for a in self.live:
            if self.blank_after.get(a) == 1 and not self.cut_after.get(a):
                run.append(a)
                continue
            if len(run) >= 4:
                self.double.update(run)
            run = []
        if len(run) >= 4:
            self.double.update(run)

    def _block_widths(self) -> None:
        self.block_width: dict[int, float] = {}
        block: list[int] = []
        for a in self.live + [-1]:
            if block and (a < 0 or a != block[-1] + 1 or self.lines[a].page_start):
                width = self.width
                if len(block) >= 3:
                    widest = max(len(self.vis[k]) for k in block)
                    # a block quote is narrower than body text; a signature block is no text block
                    if widest >= 0.6 * self.width:
                        width = widest
                for k in block:
                    self.block_width[k] = width
                block = []
            if a >= 0:
                block.append(a)

    # --- decisions -----------------------------------------------------------------

    def decide(self, prev: int, nxt: int, chain_text: str, chain_lines: int) -> str:
        a = self.vis[prev]
        b = self.vis[nxt]
        nl = self.lines[nxt]
        if BULLET.match(b):
            return BREAK
        if hd_hyphen(a) and (_WORD_START.match(b) or b.startswith("/")):
            return JOIN
        if _LOWER_START.match(b):
            if b.startswith(("http:", "https:", "www.")) and hd.is_terminal(a):
                return BREAK  # a stray link line after a finished sentence (002 L1188)
            return JOIN
        blank = self.blank_after.get(prev, 0) > 0
        page = nl.page_start or self.cut_after.get(prev, False)
        width = self.block_width.get(prev, self.width)
        ratio = hd.fill_ratio(a, b, width)
        if hd.is_terminal(a):
            if blank or NUMBERED.match(b):
                return BREAK  # "…i lämnade tips." / " 3. Kommunikationsinsatser…"
            if page:
                return BREAK if ratio < 0.9 or self._standalone(nxt) else JOIN
            return BREAK if ratio < 0.85 else JOIN
        if hd.ends_open(a):
            return JOIN
        if blank:
            if prev in self.double and b[:1].isdigit():
                return JOIN  # double spacing: "…beslutades i mars" / "2025 och gäller…"
            # only a line as wide as the page's body text was cut by a stray blank line
            return JOIN if hd.fill_ratio(a, b, max(width, self.width)) >= 1.0 else BREAK
        if chain_lines <= 3 and hd.heading_break(visible(chain_text), chain_lines, a, b, width, self._common_start(b)):
            return HEADING
        if page and ratio < 0.75:
            return BREAK
        return JOIN

    def _common_start(self, text: str) -> bool:
        m = _FIRST_WORD.match(text)
        return bool(m) and m.group(1)[:1].isupper() and self.vocab.common_word(m.group(1))

    def _standalone(self, idx: int) -> bool:
        """A short unpunctuated line with nothing directly under it: a heading."""
        text = self.vis[idx]
        if len(text) > 0.6 * self.width or hd.is_terminal(text) or hd.ends_open(text):
            return False
        return self.blank_after.get(idx, 1) > 0 or self.cut_after.get(idx, False)

    # --- assembly ------------------------------------------------------------------

    def paragraphs(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        chain: list[int] = []
        text = ""
        live = self.live
        i = 0
        while i < len(live):
            idx = live[i]
            ln = self.lines[idx]
            if ln.role != "text":
                if chain:
                    out.append(self._close(chain, text, BREAK))
                    chain, text = [], ""
                group = [idx]
                while i + 1 < len(live) and self.lines[live[i + 1]].group == ln.group and self.lines[live[i + 1]].role == ln.role:
                    i += 1
                    group.append(live[i])
                out.append(self._block(ln.role, group))
                i += 1
                continue
            if not chain:
                chain, text = [idx], ln.text
                i += 1
                continue
            verdict = self.decide(chain[-1], idx, text, len(chain))
            if verdict == JOIN:
                text = self._join(chain[-1], idx, text)
                chain.append(idx)
            else:
                out.append(self._close(chain, text, verdict))
                chain, text = [idx], ln.text
            i += 1
        if chain:
            out.append(self._close(chain, text, BREAK))
        return [p for p in out if visible(p.text).strip()]

    def _join(self, prev: int, nxt: int, text: str) -> str:
        left_line, right_line = self.lines[prev], self.lines[nxt]
        right = right_line.text
        # the chain ends with the previous line, so that line's visible text is its end
        joined, decision = glue(text, right, self.vocab, left_end=self.vis[prev], right_start=self.vis[nxt])
        if decision is not None:
            lw, rw = left_word(self.vis[prev]), right_word(self.vis[nxt])
            form = lw + decision.glue + rw
            rule = "hyphens_kept" if decision.kept else "dehyphenation"
            self.report.add(rule, left_line.no, f"{lw}-\n{rw}", form)
            if decision.uncertain:
                cut = len(text) - 1 - len(lw)
                start = self.anchors.new(("flag", "uncertain_hyphen", f"{form!r}: {decision.reason}", "start"))
                end = self.anchors.new(("flag", "uncertain_hyphen", f"{form!r}: {decision.reason}", "end"))
                tail = joined[cut + len(form) :]
                joined = joined[:cut] + start + joined[cut : cut + len(form)] + end + tail
        if self.blank_after.get(prev, 0) or self.cut_after.get(prev, False):
            a, b = self.vis[prev], self.vis[nxt]
            why = "page break" if self.cut_after.get(prev) else "blank line"
            self.report.add("reflow", left_line.no + 1, f"{a[-40:]}\n\n{b[:40]}", f"joined across {why}")
        return joined

    def _close(self, chain: list[int], text: str, verdict: str) -> Paragraph:
        vis = visible(text)
        kind = "text"
        if BULLET.match(vis):
            kind = "bullet"
        elif verdict == HEADING or hd.looks_like_heading(vis, len(chain)):
            kind = "heading"
        if kind == "heading":
            raw = "\n".join(self.lines[k].raw.rstrip() for k in chain)
            self.report.add("headings", self.lines[chain[0]].no, raw, vis)
        return Paragraph(text=text, kind=kind, first_line=self.lines[chain[0]].no, raw_lines=[self.lines[k].no for k in chain])

    def _block(self, role: str, idxs: list[int]) -> Paragraph:
        lines = self.lines
        first = lines[idxs[0]].no
        nos = [lines[k].no for k in idxs]
        if role == "table":
            all_idx = list(range(idxs[0], idxs[-1] + 1))
            rows = tables.render_rows(lines, all_idx, self.report)
            return Paragraph("\n".join(rows), "table", first, nos)
        if role == "chart":
            detail = f"text read out of a chart or diagram (raw lines {first}-{nos[-1]}); kept unflowed, not prose"
            start = self.anchors.new(("flag", "chart_residue", detail, "start"))
            end = self.anchors.new(("flag", "chart_residue", detail, "end"))
            body = "\n".join(lines[k].text for k in idxs)
            return Paragraph(start + body + end, "chart", first, nos)
        text = ""
        for k in idxs:
            text, _ = glue(text, lines[k].text, self.vocab)
        return Paragraph(text, role, first, nos)


def hd_hyphen(text: str) -> bool:
    return len(text) >= 2 and text.endswith("-") and (text[-2].isalnum())
