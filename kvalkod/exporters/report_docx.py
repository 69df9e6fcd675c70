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
import zipfile
from pathlib import Path
from typing import Any, Sequence

from kvalkod.errors import KvalkodError
from kvalkod.resources import resource_path

from .atomic import write_atomically

# For each role: the styles to try, in order. The last resort is always "Normal".
STYLES = {
    "chapter": ("Heading 1",),
    "section": ("Heading 2",),
    "heading": ("Heading 2",),
    "scene": ("Scenrubrik", "Heading 3", "Heading 2"),
    "quote": ("Citat", "Quote", "Intense Quote"),
    "attribution": ("Attribution", "Body Text"),
    "paragraph": ("Body Text",),
    "bullets": ("List Bullet", "List Paragraph"),
    "scene_meta": ("Body Text",),
}
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

        self.names = {s.name for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
        self.template = template
        self.warnings: list[str] = []
        self._cache: dict[str, str] = {}

    def __call__(self, role: str) -> str:
        if role not in self._cache:
            wanted = STYLES[role]
            found = next((n for n in wanted if n in self.names), "Normal")
            if found != wanted[0]:
                self.warnings.append(f"{self.template.name}: no paragraph style {wanted[0]!r}; "
                                     f"used {found!r} instead")
            self._cache[role] = found
        return self._cache[role]


def write_docx(outline: Sequence[dict[str, Any]], path: str | os.PathLike,
               template: str | os.PathLike | None = None) -> list[str]:
    """Write ``outline`` to ``path`` in the template's styles; returns the warnings (style fallbacks)."""
    template_path = Path(template) if template else default_template()
    document = _open_template(template_path)
    style = _Styles(document, template_path)
    for block in outline:
        kind = block["kind"]
        if kind == "bullets":
            name = style("bullets")
            for item in block["items"]:
                text = item if name == "List Bullet" else f"• {item}"
                document.add_paragraph(text, style=name)
            continue
        paragraph = document.add_paragraph(style=style(kind if kind in STYLES else "paragraph"))
        run = paragraph.add_run(block["text"])
        if kind == "scene_meta":
            run.italic = True
        if kind == "attribution" and style("attribution") != "Attribution":
            run.italic = True
    write_atomically(path, document.save)
    return style.warnings
