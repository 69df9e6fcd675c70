"""OpenDocument text (.odt): paragraphs, headings, lists, tables and notes, in reading order.

odfdo opens and validates the package; the body is walked element by element because only
a walk knows where a note's citation stood, and ODF's whitespace rules (runs collapse,
``text:s`` counts spaces) must be applied node by node to give the text the author saw.

Lost: page headers and footers, comments (office:annotation), tracked deletions, images and
drawings (text inside text boxes is kept), the generated table of contents.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from kvalkod.errors import InputFileError
from kvalkod.importers._layout import Piece, TextBuilder
from kvalkod.importers._wordml import MAX_LIST_NUMBER, _letters, _roman, bounded_int
from kvalkod.input_files import open_zip

_WS = re.compile(r"[ \t\r\n]+")
_SKIP_BLOCKS = {
    "text:sequence-decls", "text:tracked-changes", "office:forms", "text:table-of-content",
    "text:illustration-index", "text:alphabetical-index", "text:bibliography",
    "text:variable-decls", "text:user-field-decls", "office:annotation", "text:soft-page-break",
}
_SKIP_INLINE = {
    "office:annotation", "office:annotation-end", "text:bookmark", "text:bookmark-start",
    "text:bookmark-end", "text:reference-mark", "text:reference-mark-start",
    "text:reference-mark-end", "text:soft-page-break", "text:change", "text:change-start",
    "text:change-end", "text:number", "draw:image", "svg:title", "svg:desc",
}
_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": "a spreadsheet",
    "application/vnd.oasis.opendocument.presentation": "a presentation",
    "application/vnd.oasis.opendocument.graphics": "a drawing",
}


def extract(path: Path, data: bytes, fmt: str):
    from kvalkod.importers import Extracted, ExtractedNote

    document = _open(path, data)
    walker = _Walker(document)
    walker.blocks(document.body)
    text, anchors = walker.out.render()
    notes = [ExtractedNote(a.label, a.text, a.pos) for a in anchors]
    return Extracted(text=text, format=fmt, notes=notes)


def _open(path: Path, data: bytes):
    zf = open_zip(path, data, "an OpenDocument text", ".odt")
    names = set(zf.namelist())
    mimetype = zf.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    if "content.xml" not in names:
        raise InputFileError(path, "not an OpenDocument text (the zip holds no content.xml)")
    if mimetype in _KINDS:
        raise InputFileError(path, f"not an OpenDocument text (it is {_KINDS[mimetype]})")
    from odfdo import Document

    try:
        document = Document(io.BytesIO(data))
        body = document.body
    except Exception as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise InputFileError(path, f"the .odt file is damaged ({reason})") from None
    if body is None or body.tag != "office:text":
        raise InputFileError(path, "not an OpenDocument text (its body holds no text document)")
    return document


class _Walker:
    def __init__(self, document):
        self.document = document
        self.out = TextBuilder()
        self._groups = 0
        self._styles: dict[str, dict[int, tuple[str, str, str, str]]] = {}
        self._last_counts: dict[str | None, list[int]] = {}

    def blocks(self, parent) -> None:
        for child in parent.children:
            tag = child.tag
            if tag in _SKIP_BLOCKS:
                continue
            if tag in ("text:p", "text:h"):
                self.out.block(self.inline(child))
            elif tag == "text:list":
                self._groups += 1
                self.list(child, 0, ("list", self._groups), None)
            elif tag == "table:table":
                self.table(child)
            else:  # sections, frames and text boxes anchored to the page, index bodies
                self.blocks(child)

    def inline(self, el, notes: bool = True) -> Piece:
        piece = Piece()
        piece.add(_collapse(el.text))
        for child in el.children:
            tag = child.tag
            if tag == "text:s":
                piece.add(" " * bounded_int(child.get_attribute("text:c"), 1, 0, 1000))
            elif tag == "text:tab":
                piece.add("\t")
            elif tag == "text:line-break":
                piece.add("\n")
            elif tag == "text:note":
                if notes:
                    label, text = self.note(child)
                    piece.anchor(label, text)
            elif tag == "draw:frame" or tag == "draw:text-box":
                for p in _descendants(child, ("text:p", "text:h")):
                    piece.add("\n")
                    piece.extend(self.inline(p, notes))
            elif tag not in _SKIP_INLINE:
                piece.extend(self.inline(child, notes))
            piece.add(_collapse(child.tail))
        return piece

    def note(self, note) -> tuple[str, str]:
        label, paras = "", []
        for child in note.children:
            if child.tag == "text:note-citation":
                label = child.inner_text.strip()
            elif child.tag == "text:note-body":
                for p in _descendants(child, ("text:p", "text:h")):
                    text = self.inline(p, notes=False).text().strip()
                    if text:
                        paras.append(text)
        return label, "\n".join(paras)

    def list(self, lst, depth: int, group, style: str | None) -> None:
        style = lst.get_attribute("text:style-name") or style
        continues = (lst.get_attribute("text:continue-numbering") in ("true", True)
                     or lst.get_attribute("text:continue-list"))
        counts = self._last_counts.get(style) if continues and depth == 0 else None
        counts = counts if counts is not None else [0] * max(10, depth + 1)  # ODF has 10 levels; files nest deeper
        for item in lst.children:
            if item.tag not in ("text:list-item", "text:list-header"):
                continue
            start = item.get_attribute("text:start-value")
            if item.tag == "text:list-item":
                number = bounded_int(start, 1, 0, MAX_LIST_NUMBER)
                counts[depth] = (number - 1 if start else counts[depth]) + 1
                for deeper in range(depth + 1, len(counts)):
                    counts[deeper] = 0
            first = True
            for sub in item.children:
                if sub.tag == "text:list":
                    self.list(sub, depth + 1, group, style)
                elif sub.tag in ("text:p", "text:h"):
                    line = Piece()
                    if first and item.tag == "text:list-item":
                        line.add("  " * depth + self.label(style, depth, counts) + " ")
                    else:
                        line.add("  " * (depth + 1))
                    line.extend(self.inline(sub))
                    if line.text().strip():
                        self.out.block(line, group=group, indent=True)
                    first = False
        if depth == 0:
            self._last_counts[style] = counts

    def label(self, style: str | None, depth: int, counts: list[int]) -> str:
        kind, fmt, prefix, suffix = self._level_style(style).get(depth + 1, ("bullet", "", "", ""))
        if kind != "number" or not fmt:
            return "•"
        return f"{prefix}{_format(counts[depth], fmt)}{suffix}"

    def _level_style(self, name: str | None) -> dict[int, tuple[str, str, str, str]]:
        if name is None:
            return {}
        if name not in self._styles:
            levels: dict[int, tuple[str, str, str, str]] = {}
            try:
                style = self.document.get_style("list", name)
            except Exception:
                style = None
            for lvl in style.children if style is not None else []:
                level = _int(lvl.get_attribute("text:level"), 1)
                if lvl.tag == "text:list-level-style-number":
                    levels[level] = ("number", str(lvl.get_attribute("style:num-format") or ""),
                                     str(lvl.get_attribute("style:num-prefix") or ""),
                                     str(lvl.get_attribute("style:num-suffix") or ""))
                else:
                    levels[level] = ("bullet", "", "", "")
            self._styles[name] = levels
        return self._styles[name]

    def table(self, table) -> None:
        self._groups += 1
        group = ("table", self._groups)
        for row in _rows(table):
            cells: list[tuple[Piece, bool]] = []  # (content, came from a repeated cell)
            for cell in row.children:
                if cell.tag != "table:table-cell":
                    continue  # covered cells (merged away) hold nothing
                piece = Piece()
                for p in _descendants(cell, ("text:p", "text:h")):
                    piece.extend(self.inline(p), sep=" ")
                repeat = _int(cell.get_attribute("table:number-columns-repeated"), 1)
                cells.extend([(piece, repeat > 1)] * min(repeat, 64))
            while cells and cells[-1][1] and not cells[-1][0].text().strip():
                cells.pop()  # tables from spreadsheets repeat empty cells to the sheet's edge
            if not any(piece.text().strip() for piece, _ in cells):
                continue
            line = Piece()
            for i, (piece, _) in enumerate(cells):
                if i:
                    line.add(" | ")
                line.extend(piece)
            for _ in range(min(_int(row.get_attribute("table:number-rows-repeated"), 1), 64)):
                self.out.block(line, group=group)


def _rows(table):
    """Rows of this table (in header-rows and row-groups too), not of tables nested in cells."""
    for child in table.children:
        if child.tag == "table:table-row":
            yield child
        elif child.tag in ("table:table-header-rows", "table:table-rows", "table:table-row-group"):
            yield from _rows(child)


def _descendants(el, tags):
    """Paragraphs in document order, without descending into the paragraphs found."""
    for child in el.children:
        if child.tag in tags:
            yield child
        elif child.tag not in ("text:note", "office:annotation"):
            yield from _descendants(child, tags)


def _collapse(text: str | None) -> str:
    return _WS.sub(" ", text) if text else ""


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _format(n: int, fmt: str) -> str:
    if fmt == "a":
        return _letters(n).lower()
    if fmt == "A":
        return _letters(n)
    if fmt == "i":
        return _roman(n).lower()
    if fmt == "I":
        return _roman(n)
    return str(n)
