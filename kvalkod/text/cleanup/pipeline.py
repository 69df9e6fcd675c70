"""The order in which the clean-up rules run, and the assembly of the result.

Order matters because each rule leans on the ones before it:

1. whitespace and page starts first, so every later rule sees trimmed lines and knows
   where pages began;
2. page furniture before footnotes, because a footnote area ends where the footer starts;
3. footnotes before tables, figures and re-flow, so that lifted bodies never reach a
   paragraph and markers are anchored while their raw line is still intact;
4. tables and figures before re-flow, so their lines are kept as blocks;
5. re-flow (with de-hyphenation and heading detection) builds the paragraphs;
6. flags that need the final text (mixed scripts, OCR suspects) run on the result.

`clean()` must never raise on any string, because it runs inside an import that the
analyst cannot debug. If a rule fails on some pathological input, the clean-up falls back
to a minimal whitespace-only pass and says so in the report instead of losing the import.
"""

from __future__ import annotations

import unicodedata

from . import figures, footers, footnotes, markdown, ocr, tables, unicode_checks
from .anchors import ANCHOR_RE, BASE, Anchors, scrub_foreign, visible
from .detect import looks_markdown, looks_pdf_derived
from .headings import is_terminal
from .hyphens import Vocabulary
from .joining import glue
from .model import CleanupResult, Flag, Line, Note, Paragraph
from .reflow import Reflow
from .report import Report
from .whitespace import make_lines

#: Heading of the section at the end of the clean text that holds the footnote bodies.
NOTES_HEADING = "Fotnoter"


def run(text: str, markdown_mode: bool | None) -> CleanupResult:
    text = _normalise_input(text)
    try:
        return _run(text, markdown_mode)
    except Exception as exc:  # never lose an import to a clean-up bug; see module doc
        return _fallback(text, exc)


def _normalise_input(text: str) -> str:
    if not isinstance(text, str):
        text = str(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _run(text: str, markdown_mode: bool | None) -> CleanupResult:
    report = Report()
    text, foreign = scrub_foreign(text)
    if foreign:
        report.note(f"{foreign} private-use characters (U+F0000–U+FFFFF) replaced by U+FFFD")
    if markdown_mode is None:
        markdown_mode = looks_markdown(text)
    pdf = not markdown_mode and looks_pdf_derived(text)
    anchors = Anchors()
    if markdown_mode:
        mode = "markdown"
        lines = make_lines(text, report, pdf=False)
        paragraphs, definitions = markdown.markdown_paragraphs(lines, anchors, report)
        for p in paragraphs:
            if p.kind == "heading":
                report.add("headings", p.first_line, lines[p.first_line - 1].raw.rstrip(), visible(p.text))
        footnote_defs = definitions
        is_ocr = False
    elif pdf:
        lines = make_lines(text, report, pdf=True)
        vocab = Vocabulary([ln.text for ln in lines])
        is_ocr = ocr.looks_ocr(text, vocab.counts)
        mode = "OCR text" if is_ocr else "PDF text"
        paragraphs, footnote_defs = _pdf_paragraphs(lines, vocab, anchors, report, is_ocr)
    else:
        mode = "plain text"
        is_ocr = False
        lines = make_lines(text, report, pdf=False)
        paragraphs, footnote_defs = _plain_paragraphs(lines), []
    if footnote_defs:
        paragraphs = paragraphs + _notes_section(footnote_defs)
        report.note(f"{len(footnote_defs)} footnote bodies moved to a '{NOTES_HEADING}' section at the end")
    clean_text, notes, flags = _assemble(paragraphs, anchors, footnote_defs)
    flags.extend(unicode_checks.mixed_script_flags(clean_text))
    flags.extend(ocr.suspect_flags(clean_text, ocr=is_ocr))
    _report_flags(flags, clean_text, paragraphs, report)
    if is_ocr:
        remark = ocr.diacritics_note(clean_text)
        if remark:
            report.add("ocr", 1, "", remark)
    flags.sort(key=lambda f: (f.start, f.end, f.kind, f.detail))
    head = f"mode: {mode}; {len(lines)} lines -> {len(paragraphs)} paragraphs; {len(notes)} notes; {len(flags)} flags"
    return CleanupResult(text=clean_text, notes=notes, flags=flags, report=report.as_dict(head))


def _pdf_paragraphs(lines: list[Line], vocab: Vocabulary, anchors: Anchors, report: Report, is_ocr: bool):
    footers.remove_page_furniture(lines, report)
    footers.remove_toc(lines, report, "footers")
    lifted = footnotes.lift_pdf_footnotes(lines, vocab, anchors, report, ocr=is_ocr)
    ocr.fix_lines(lines, report, ocr=is_ocr)
    width = _typical_width(lines)
    group = tables.mark_tables(lines, report, 0)
    figures.mark_figures(lines, report, width, group)
    _anchor_captions(lines, anchors)
    paragraphs = Reflow(lines, vocab, anchors, report, width).paragraphs()
    defs = [(str(fn.label), body, lines[fn.first_line].no) for fn, body in lifted]
    return paragraphs, defs


def _notes_section(footnote_defs) -> list[Paragraph]:
    """The footnote bodies as the document's last section, "[n] text" one per paragraph.

    Lifting a footnote out of the sentence it interrupted must not take it out of the
    document: footnotes hold content an analyst searches and codes (sources, definitions,
    caveats), and a Note alone would hide it from both. At the end, like endnotes, the
    bodies are still text but no longer cut sentences or quotes.
    """
    first = footnote_defs[0][2]
    out = [Paragraph(NOTES_HEADING, "heading", first, [first])]
    for label, body, line_no in footnote_defs:
        out.append(Paragraph(f"[{label}] {body}", "footnote", line_no, [line_no]))
    return out


def _plain_paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Text that is neither PDF nor Markdown: every line is its own paragraph.

    A typed transcript ends a turn with every line break, so no PDF re-flow runs here.
    Only the unmistakable wrap is mended: an unfinished line followed, without a blank
    line, by one that starts in lower case.
    """
    vocab = Vocabulary([ln.text for ln in lines])
    out: list[Paragraph] = []
    prev: Line | None = None
    for ln in lines:
        if not ln.live:
            prev = None
            continue
        if prev is not None and out and ln.text[:1].islower() and not is_terminal(out[-1].text):
            out[-1].text, _ = glue(out[-1].text, ln.text, vocab)
            out[-1].raw_lines.append(ln.no)
        else:
            out.append(Paragraph(ln.text, "text", ln.no, [ln.no]))
        prev = ln
    return out


def _typical_width(lines: list[Line]) -> float:
    lengths = sorted(len(visible(ln.text)) for ln in lines if ln.live and ln.role == "text")
    if not lengths:
        return 80.0
    return float(max(40, lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]))


def _anchor_captions(lines: list[Line], anchors: Anchors) -> None:
    """Put an anchor at the start of each caption so its Note gets an offset."""
    seen: set[int] = set()
    for ln in lines:
        if ln.live and ln.role == "caption" and ln.group not in seen:
            seen.add(ln.group)
            ln.text = anchors.new(("caption", ln.group)) + ln.text


def _assemble(paragraphs: list[Paragraph], anchors: Anchors, footnote_defs):
    joined = "\n\n".join(p.text.strip() for p in paragraphs)
    clean, found = anchors.resolve(joined)
    if unicodedata.normalize("NFC", clean) != clean:  # a join composed a new sequence
        clean = unicodedata.normalize("NFC", clean)
    limit = len(clean)
    fn_offsets: dict[str, int] = {}
    cap_offsets: dict[int, int] = {}
    flag_starts: dict[tuple, int] = {}
    flags: list[Flag] = []
    for payload, offset in found:
        offset = min(offset, limit)
        kind = payload[0]
        if kind == "footnote":
            fn_offsets.setdefault(str(payload[1]), offset)
        elif kind == "caption":
            cap_offsets[payload[1]] = offset
        elif kind == "flag":
            key = payload[1:3]
            if payload[3] == "start":
                flag_starts[key] = offset
            elif key in flag_starts:
                flags.append(Flag(flag_starts.pop(key), offset, payload[1], payload[2]))
    notes: list[tuple[int, int, Note]] = []
    for label, body, line_no in footnote_defs:
        notes.append((0, line_no, Note("footnote", label, body, fn_offsets.get(label))))
    captions = [p for p in paragraphs if p.kind == "caption"]
    for p in captions:
        vis = visible(p.text).strip()
        head = figures.CAPTION.match(vis) or tables.CAPTION.match(vis)
        if not head:
            continue
        label = f"{head.group(1)} {head.group(2)}"
        first = p.text.strip()[:1]
        offset = None
        if ANCHOR_RE.match(first):
            payload = anchors.payloads[ord(first) - BASE]
            offset = cap_offsets.get(payload[1]) if isinstance(payload, tuple) else None
        notes.append((1, p.first_line, Note("caption", label, head.group(3).strip(), offset)))
    notes.sort(key=lambda t: (t[0], t[1]))
    return clean, [n for _, _, n in notes], flags


def _report_flags(flags: list[Flag], clean: str, paragraphs: list[Paragraph], report: Report) -> None:
    """Report flags against the raw line of the paragraph they fall in."""
    starts: list[tuple[int, int]] = []
    pos = 0
    for p in paragraphs:
        starts.append((pos, p.first_line))
        pos += len(visible(p.text.strip())) + 2
    rule_of = {"mixed_script": "unicode", "ocr_suspect": "ocr", "ocr_footnote_marker": "ocr"}
    k = 0
    for f in sorted(flags, key=lambda f: f.start):
        rule = rule_of.get(f.kind)
        if rule is None:
            continue
        while k + 1 < len(starts) and starts[k + 1][0] <= f.start:
            k += 1
        line = starts[k][1] if starts else 1
        word = clean[f.start : f.end]
        report.add(rule, line, word, f"{word} (flagged {f.kind}, kept)")


def _fallback(text: str, exc: Exception) -> CleanupResult:
    report = Report()
    paras: list[str] = []
    for raw in text.split("\n"):
        line, _ = unicode_checks.scrub_invisible(raw)
        line = " ".join(line.split())
        if line:
            paras.append(line)
    clean = unicodedata.normalize("NFC", "\n\n".join(paras))
    clean, _ = scrub_foreign(clean)
    report.note(f"clean-up failed ({type(exc).__name__}: {exc}); kept lines with whitespace trimmed only")
    return CleanupResult(text=clean, notes=[], flags=[], report=report.as_dict("mode: fallback"))
