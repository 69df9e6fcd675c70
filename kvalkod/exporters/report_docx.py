"""Write a report outline (``ReportService.draft``) as a Word document.

Analysts finish agency reports in Word, so the draft uses real styles rather than direct
formatting: Heading 1/2 for chapters and sections (the navigation pane and the table of
contents work), "Citat" for block quotes, "Attribution" for lead-ins, "Scenrubrik" for scene
headings. The shipped ``resources/templates/rapport.docx`` defines them all; a user's own
template may not, and then a built-in style stands in and a warning says so, because an
export that fails over a missing style helps nobody. The file is written atomically.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import Any, Sequence

from kvalkod.errors import KvalkodError
from kvalkod.resources import resource_path

from .atomic import write_atomically

# For each role: the styles to try, in order. The last resort is always "Normal".
STYLES = {
    "chapter": ("Heading 1",),
    "appendix": ("Heading 1",),
    "section": ("Heading 2",),
    "heading": ("Heading 2",),
    "scene": ("Scenrubrik", "Heading 3", "Heading 2"),
    "quote": ("Citat", "Quote", "Intense Quote"),
    "attribution": ("Attribution", "Body Text"),
    "paragraph": ("Body Text",),
    "bullets": ("List Bullet", "List Paragraph"),
    "scene_meta": ("Body Text",),
    "caption": ("Caption", "Body Text"),
}
TABLE_STYLES = ("Table Grid", "Light Grid")
WIDE_TABLE = 5  # a matrix of more columns turns its column headers on their side
# a cell holding a figure: a count, a share ("33 %", "0,5"), or a dash for "none"
_NUMBER = re.compile(r"[\d\s\u00a0.,%–-]+")
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def default_template() -> Path:
    return resource_path("templates", "rapport.docx")


def _open_template(path: Path):
    """The template as a python-docx Document; a .dotx is opened as the document it starts."""
    from docx import Document

    if not path.is_file():
        raise KvalkodError(f"{path}: no such template file")
    try:
        with zipfile.ZipFile(path) as zf:
            parts = {info.filename: zf.read(info.filename) for info in zf.infolist()}
    except (zipfile.BadZipFile, OSError) as exc:
        raise KvalkodError(f"{path}: not a Word template (.docx or .dotx): {exc}") from None
    types = parts.get("[Content_Types].xml", b"")
    if _TEMPLATE_TYPE.encode() in types:
        parts["[Content_Types].xml"] = types.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    buffer.seek(0)
    try:
        return Document(buffer)
    except Exception as exc:  # python-docx raises several kinds for a damaged or foreign package
        raise KvalkodError(f"{path}: not a Word template (.docx or .dotx): {exc}") from None


class _Styles:
    """Resolves roles to the template's styles, remembering every fallback as a warning."""

    def __init__(self, document, template: Path):
        from docx.enum.style import WD_STYLE_TYPE

        self.ids = {s.name: s.style_id for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
        self.template = template
        self.warnings: list[str] = []
        self._cache: dict[str, str] = {}

    def __call__(self, role: str) -> str:
        if role not in self._cache:
            wanted = STYLES[role]
            found = next((n for n in wanted if n in self.ids), "Normal")
            if found != wanted[0]:
                self.warnings.append(f"{self.template.name}: no paragraph style {wanted[0]!r}; "
                                     f"used {found!r} instead")
            self._cache[role] = found
        return self._cache[role]


class _Body:
    """Appends paragraphs to the document's body in constant time.

    python-docx's ``add_paragraph`` finds the body's closing section properties and looks the
    style up by name for every paragraph, which made a 2,000-quote report take 25 s; here
    both are found once."""

    def __init__(self, document, style: _Styles):
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        self._new, self._paragraph = OxmlElement, Paragraph
        self._parent = document._body
        self._body = document.element.body
        self._end = self._body.sectPr
        self._style = style

    def paragraph(self, role: str, text: str = ""):
        p = self._new("w:p")
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self._body.append(p)
        name = self._style(role)
        if name != "Normal":
            p.get_or_add_pPr().style = self._style.ids[name]
        paragraph = self._paragraph(p, self._parent)
        if text:
            paragraph.add_run(text)
        return paragraph


def write_docx(outline: Sequence[dict[str, Any]], path: str | os.PathLike,
               template: str | os.PathLike | None = None) -> list[str]:
    """Write ``outline`` to ``path`` in the template's styles; returns the warnings (style fallbacks)."""
    template_path = Path(template) if template else default_template()
    document = _open_template(template_path)
    style = _Styles(document, template_path)
    body = _Body(document, style)
    for block in outline:
        kind = block["kind"]
        if kind == "bullets":
            plain = style("bullets") == "List Bullet"
            for item in block["items"]:
                body.paragraph("bullets", item if plain else f"• {item}")
        elif kind == "table":
            _table(document, block, body)
        else:
            _paragraph(body, block, style)
    _own_properties(document)
    write_atomically(path, document.save)
    return style.warnings


def _own_properties(document) -> None:
    """The draft names kvalkod as its author: a template keeps the name (and login) of whoever
    made it, and the analyst's own name is theirs to add in Word, not ours to leak."""
    properties = document.core_properties
    properties.author = properties.last_modified_by = "kvalkod"
    properties.revision = 1


def _paragraph(body: _Body, block: dict[str, Any], style: _Styles) -> None:
    kind = block["kind"]
    paragraph = body.paragraph(kind if kind in STYLES else "paragraph")
    if kind == "appendix":
        paragraph.paragraph_format.page_break_before = True
    text, last = block["text"], 0
    for offset, label in block.get("refs", ()):  # reference marks after summary sentences
        paragraph.add_run(text[last:offset])
        paragraph.add_run(label).font.superscript = True
        last = offset
    run = paragraph.add_run(text[last:])
    if kind == "scene_meta" or (kind == "attribution" and style("attribution") != "Attribution"):
        run.italic = True


def _table(document, block: dict[str, Any], body: _Body) -> None:
    """A matrix or the codebook as a real Word table across the text width: a bold header row,
    the caption above, figures aligned right. A matrix of many columns turns its column
    headers on their side and gives the row names a wider first column, so that long theme
    names and case names are not broken in the middle of a word."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    if block.get("caption"):
        body.paragraph("caption", block["caption"])
    header = block["header"]
    table = document.add_table(rows=1 + len(block["rows"]), cols=len(header))
    names = {s.name for s in document.styles}
    table_style = next((n for n in TABLE_STYLES if n in names), None)
    if table_style:
        table.style = table_style
    _full_width(table)
    wide = len(header) > WIDE_TABLE
    if wide:
        _first_column_wider(document, table)
        longest = max(len(str(text)) for text in header[1:])
        table.rows[0].height = Cm(min(6.0, 0.5 + 0.19 * longest))  # room for the sideways names
    for column, text in enumerate(header):
        cell = table.rows[0].cells[column]
        cell.text = ""
        run = cell.paragraphs[0].add_run(str(text))
        run.bold = True
        run.font.size = Pt(9)
        if wide and column:
            _sideways(cell)
    for r, values in enumerate(block["rows"], 1):
        cells = table.rows[r].cells
        for column, text in enumerate(values):
            cells[column].text = str(text)
            if column and _NUMBER.fullmatch(str(text)):
                cells[column].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _first_column_wider(document, table) -> None:
    """A third of the text width for the row names, the rest shared by the figures."""
    section = document.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    first = text_width // 3
    rest = (text_width - first) // (len(table.columns) - 1)
    table.autofit = False
    for column, width in enumerate([first] + [rest] * (len(table.columns) - 1)):
        table.columns[column].width = width  # the grid, which LibreOffice follows
        for cell in table.columns[column].cells:
            cell.width = width  # each cell, which Word follows


def _sideways(cell) -> None:
    """Text read from the bottom up, as matrices in Swedish reports have their theme names."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "btLr")
    cell._tc.get_or_add_tcPr().append(direction)


def _full_width(table) -> None:
    """The table spans the text width (Word otherwise sizes it to its narrowest contents)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:type"), "pct")
    width.set(qn("w:w"), "5000")  # fiftieths of a percent: 100 %
