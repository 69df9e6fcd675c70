"""Markdown input (I8): plain paragraphs out of a converter's Markdown.

Seeds 000 and 004 came through a word-processor-to-Markdown converter. The analyst
codes words, not markup: "### **Tillsynsområde; chefsuppdraget**" must become the plain
heading line "Tillsynsområde; chefsuppdraget", "<sup>7</sup>" must not glue a 7 onto a
word, and a table of contents with dot leaders and tabs is navigation, not text.

What the converter did to footnotes matters most: it wrote each page's footnote
definitions ("<sup>8</sup> Sjukpenning är…") where the page ended, so they cut paragraphs
in half (004 L103 "…som arbetsgivare" / fn 8–11 / L113 "efterfrågar."). The definitions
become `Note`s anchored where their "<sup>n</sup>" marker stood, and a paragraph that
stops without final punctuation is rejoined with a following paragraph that starts in
lower case, which also mends the bare page break at 004 L201/L203.

Markdown's own structure is respected: a blank line ends a paragraph, a list item or a
hard line break (two trailing spaces) starts a new one, and soft-wrapped lines join.
"""

from __future__ import annotations

import re

from .anchors import Anchors, visible
from .footers import remove_toc
from .headings import is_terminal
from .model import Line, Paragraph
from .report import Report

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_RULE = re.compile(r"^([-*_])(?:\s*\1){2,}$")
_FN_DEF = re.compile(r"^(?:<sup>\s*([^<\s]{1,12})\s*</sup>|\[\^([^\]\s]{1,12})\]:)\s*(.*)$", re.I)
_BULLET = re.compile(r"^[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+\S")
_FENCE = re.compile(r"^(```|~~~)")
_PIPE_ROW = re.compile(r"^\|.*\|$")
_BOLD_LINE = re.compile(r"^(\*\*|__)(.+)\1$")

_SUP = re.compile(r"<sup>\s*([^<\s]{1,12})\s*</sup>|\[\^([^\]\s]{1,12})\]", re.I)
_TAG = re.compile(r"</?(?:sup|sub|span|u|b|i|em|strong|small|mark|font|a|p|div)\b[^>]*>|<br\s*/?>", re.I)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_ITALIC_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`([^`]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def markdown_paragraphs(lines: list[Line], anchors: Anchors, report: Report) -> tuple[list[Paragraph], list[tuple[str, str, int]]]:
    """Paragraphs of Markdown text, and footnote definitions as (label, text, line no)."""
    remove_toc(lines, report, "markdown")
    definitions = _lift_definitions(lines, report)
    for ln in lines:
        if ln.live and _RULE.match(ln.text):
            ln.removed = "markdown"
            report.add("markdown", ln.no, ln.raw, "")
    paragraphs = _blocks(lines, report)
    seen_labels: set[str] = set()
    for p in paragraphs:
        if p.kind in ("table", "code"):
            continue
        p.text = _inline(p.text, p.first_line, anchors, report, seen_labels)
    paragraphs = [p for p in paragraphs if visible(p.text).strip()]
    return _rejoin(paragraphs, report), definitions


def _lift_definitions(lines: list[Line], report: Report) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = _FN_DEF.match(ln.text) if ln.live else None
        if not m:
            i += 1
            continue
        label = m.group(1) or m.group(2)
        parts = [m.group(3)]
        ln.removed = "footnotes"
        j = i + 1
        while j < len(lines) and lines[j].live and lines[j].raw[:1] in (" ", "\t") and not _FN_DEF.match(lines[j].text):
            parts.append(lines[j].text)
            lines[j].removed = "footnotes"
            j += 1
        body = _strip_emphasis(" ".join(p for p in parts if p)).strip()
        report.add("footnotes", ln.no, ln.raw.rstrip(), f"note {label}: {body}")
        out.append((label, body, ln.no))
        i = j
    return out


def _blocks(lines: list[Line], report: Report) -> list[Paragraph]:
    out: list[Paragraph] = []
    cur: Paragraph | None = None
    fence: Paragraph | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None:
            out.append(cur)
            cur = None

    for ln in lines:
        if fence is not None:
            if _FENCE.match(ln.raw.strip()):
                out.append(fence)
                fence = None
            else:
                fence.text += ("\n" if fence.text else "") + ln.raw.rstrip()
                fence.raw_lines.append(ln.no)
            continue
        if not ln.live:
            if ln.removed is None:  # a real blank line ends the paragraph
                close()
            continue
        text = ln.text
        if _FENCE.match(text):
            close()
            fence = Paragraph("", "code", ln.no, [ln.no])
            continue
        h = _HEADING.match(text)
        if h:
            close()
            plain = _strip_emphasis(h.group(2)).strip()
            report.add("markdown", ln.no, ln.raw.rstrip(), plain)
            out.append(Paragraph(plain, "heading", ln.no, [ln.no]))
            continue
        if _PIPE_ROW.match(text):
            if cur is None or cur.kind != "table":
                close()
                cur = Paragraph(text, "table", ln.no, [ln.no])
            else:
                cur.text += "\n" + text
                cur.raw_lines.append(ln.no)
            continue
        b = _BULLET.match(text)
        if b or _NUMBERED.match(text):
            close()
            body = "• " + b.group(1) if b else text
            if b:
                report.add("markdown", ln.no, ln.raw.rstrip(), body)
            cur = Paragraph(body, "bullet", ln.no, [ln.no])
        elif cur is None or cur.kind == "table":
            close()
            kind = "text"
            if _BOLD_LINE.match(text) and len(text) <= 160:
                kind = "heading"
            cur = Paragraph(text, kind, ln.no, [ln.no])
        else:
            cur.text += " " + text
            cur.raw_lines.append(ln.no)
        if ln.raw.endswith(("  ", "\\")) and cur is not None:
            report.add("markdown", ln.no, ln.raw, "hard line break: new paragraph")
            if cur.text.endswith("\\"):
                cur.text = cur.text[:-1].rstrip()
            cur.hard_end = True
            close()
    close()
    if fence is not None:
        out.append(fence)
    return out


def _inline(text: str, line_no: int, anchors: Anchors, report: Report, seen: set[str]) -> str:
    def sup(m: re.Match[str]) -> str:
        label = m.group(1) or m.group(2)
        report.add("footnotes", line_no, m.group(), "")
        if label in seen:
            return ""
        seen.add(label)
        return anchors.new(("footnote", label))

    new = _SUP.sub(sup, text)
    new = _TAG.sub("", new)
    new = _IMAGE.sub(lambda m: m.group(1), new)
    new = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})", new)
    stripped = _strip_emphasis(new)
    if stripped != new:
        report.add("markdown", line_no, visible(new), visible(stripped))
    return re.sub(r" {2,}", " ", stripped).strip()


def _strip_emphasis(text: str) -> str:
    prev = None
    while prev != text:
        prev = text
        text = _BOLD.sub(r"\2", text)
        text = _ITALIC_STAR.sub(r"\1", text)
        text = _ITALIC_UNDER.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text)


def _rejoin(paragraphs: list[Paragraph], report: Report) -> list[Paragraph]:
    """Mend paragraphs cut by footnote blocks or page breaks (next one starts lower case)."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if out and p.kind == "text" and out[-1].kind in ("text", "bullet") and not out[-1].hard_end:
            prev = out[-1]
            pv, nv = visible(prev.text), visible(p.text)
            if nv[:1].islower() and not is_terminal(pv):
                report.add("reflow", p.first_line, f"{pv[-40:]}\n\n{nv[:40]}", "rejoined paragraph cut by a page or footnote block")
                prev.text = prev.text + " " + p.text
                prev.raw_lines.extend(p.raw_lines)
                prev.hard_end = p.hard_end
                continue
        out.append(p)
    return out
