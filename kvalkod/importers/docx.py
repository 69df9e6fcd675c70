"""Word .docx: body text in reading order, lists, tables, and footnotes with their anchors.

python-docx opens the package and gives the parts, but its ``Paragraph.text`` drops footnote
references and it has no footnote API, so the body XML is walked here: that is the only way to
know *where* a footnote stood, which analysts need when a coded passage cites a note.
Blank paragraphs are kept (as blank lines) because transcribers use them as structure.

Lost: headers and footers, comments, tracked deletions (insertions are kept), images and
their alt text, text in charts and SmartArt, field codes (their shown result is kept).
"""

from __future__ import annotations

import io
from pathlib import Path

from kvalkod.errors import InputFileError
from kvalkod.importers._layout import Piece, TextBuilder
from kvalkod.importers._wordml import Numbering, W, _roman, note_texts, walk_runs
from kvalkod.input_files import open_zip


def extract(path: Path, data: bytes, fmt: str):
    from kvalkod.importers import Extracted, ExtractedNote

    document = _open(path, data)
    root = document.element  # python-docx types it by its tag: only a w:document has .body
    body = root.find(W + "body") if root.tag == W + "document" else None
    if body is None:
        raise InputFileError(path, "the .docx file is damaged (its document part has no body)")
    numbering = Numbering(document)
    notes, warnings = {}, []
    for kind in ("footnote", "endnote"):
        try:
            notes[kind] = note_texts(document, kind + "s")
        except Exception as exc:  # a damaged notes part must not cost the body text
            notes[kind] = {}
            warnings.append(
                f"the {kind}s could not be read ({type(exc).__name__}); their anchors are kept"
            )
    walker = _Body(numbering, notes)
    walker.warnings.extend(warnings)
    walker.blocks(body)
    text, anchors = walker.out.render()
    extracted = [ExtractedNote(a.label, a.text, a.pos) for a in anchors]
    return Extracted(text=text, format=fmt, notes=extracted, warnings=walker.warnings)


def _open(path: Path, data: bytes):
    """python-docx's Document, or InputFileError naming what is wrong with the file."""
    names = set(open_zip(path, data, "a Word document", ".docx").namelist())
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise InputFileError(path, "not a Word document (the zip holds no word/document.xml)")
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # PackageNotFoundError, KeyError, ValueError, XMLSyntaxError ...
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        if "content type" in reason and "not a Word file" in reason:
            raise InputFileError(
                path, "not a Word document (another Office format renamed .docx)"
            ) from None
        raise InputFileError(path, f"the .docx file is damaged ({reason})") from None


class _Body:
    """Walks body-level content (paragraphs, tables, content controls) into a TextBuilder."""

    def __init__(self, numbering: Numbering, notes: dict[str, dict[str, str]]):
        self.out = TextBuilder()
        self.numbering = numbering
        self.notes = notes
        self.counters = {"footnote": 0, "endnote": 0}
        self.warnings: list[str] = []
        self._tables = 0

    def blocks(self, parent) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in (W + "sdt", W + "customXml", W + "sdtContent"):
                inner = child.find(W + "sdtContent") if tag == W + "sdt" else child
                if inner is not None:
                    self.blocks(inner)
            elif tag == W + "altChunk":
                self.warnings.append("an embedded document (altChunk) was not imported")

    def paragraph(self, p) -> None:
        piece = self.inline(p)
        item = self.numbering.item_label(p)
        if item is not None:
            label, level, num_id = item
            if piece.text().strip():
                prefixed = Piece()
                prefixed.add("  " * level + label + " ")
                prefixed.extend(piece)
                self.out.block(prefixed, group=("list", num_id), indent=True)
                return
        self.out.block(piece)

    def inline(self, p) -> Piece:
        piece = Piece()
        for kind, value in walk_runs(p):
            if kind == "text":
                piece.add(value)
            elif kind in ("footnote", "endnote"):
                self.counters[kind] += 1
                n = self.counters[kind]
                label = str(n) if kind == "footnote" else _roman(n).lower()
                piece.anchor(label, self.notes[kind].get(value, ""))
        return piece

    def table(self, tbl) -> None:
        self._tables += 1
        group = ("table", self._tables)
        for tr in tbl.iter(W + "tr"):
            if _owner_table(tr) is not tbl:
                continue  # rows of a nested table are flattened into their cell
            row = Piece()
            cells = [c for c in tr if c.tag == W + "tc" or c.tag == W + "sdt"]
            cells = [tc for c in cells for tc in ([c] if c.tag == W + "tc" else c.iter(W + "tc"))]
            for i, tc in enumerate(cells):
                cell = Piece()
                for p in _top_paragraphs(tc):
                    cell.extend(self.inline(p), sep=" ")
                if i:
                    row.add(" | ")
                row.extend(cell)
            if row.text().replace("|", "").strip():
                self.out.block(row, group=group)


def _top_paragraphs(container):
    """Paragraphs of a cell, nested tables included, but not text-box paragraphs inside them
    (``walk_runs`` reads those as part of their anchoring paragraph)."""
    for p in container.iter(W + "p"):
        node = p.getparent()
        while node is not None and node is not container and node.tag != W + "p":
            node = node.getparent()
        if node is container:
            yield p


def _owner_table(tr):
    node = tr.getparent()
    while node is not None and node.tag != W + "tbl":
        node = node.getparent()
    return node
