"""Build resources/templates/rapport.docx, the Word template the report draft is written into.

Analysts deliver agency reports in Word, so the draft must use real styles: the built-in
"Title" and "Heading 1/2/3" (Word's navigation pane and table of contents key on them), and
three of our own: "Citat" (indented block quote), "Attribution" (the italic lead-in) and
"Scenrubrik" (based on Heading 3, so scenes show in the navigation pane). The look is a sober
Swedish agency one: a serif body at 11 pt, sans-serif headings.

The file is kept reproducible: ``python scripts/build_report_template.py`` writes it,
``--check`` fails if the committed file differs. python-docx stamps zip entries with the
current time and the core properties with "now", so both are pinned here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "templates" / "rapport.docx"

SERIF = "Georgia"
SANS = "Arial"
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def build() -> bytes:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    # the default template holds one empty paragraph; a template should be empty
    body = doc.element.body
    for p in list(body.iterchildren()):
        if p.tag.endswith("}p"):
            body.remove(p)
    styles = doc.styles

    def font(style, name: str, size: float, *, bold: bool | None = None, italic: bool | None = None,
             color: RGBColor | None = RGBColor(0, 0, 0)) -> None:
        style.font.name = name
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(_qn(attr), name)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(_qn(attr), None)
        style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        if italic is not None:
            style.font.italic = italic
        if color is not None:
            style.font.color.rgb = color

    normal = styles["Normal"]
    font(normal, SERIF, 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    font(styles["Title"], SANS, 24, bold=True)
    for name, size, before in (("Heading 1", 16, 24), ("Heading 2", 13, 18), ("Heading 3", 11.5, 12)):
        style = styles[name]
        font(style, SANS, size, bold=True, italic=False)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True

    body_text = styles["Body Text"]
    body_text.base_style = normal
    font(body_text, SERIF, 11)

    citat = styles.add_style("Citat", WD_STYLE_TYPE.PARAGRAPH)
    citat.base_style = normal
    citat.next_paragraph_style = normal
    font(citat, SERIF, 10)
    citat.paragraph_format.left_indent = Cm(1)
    citat.paragraph_format.right_indent = Cm(1)
    citat.paragraph_format.space_after = Pt(10)
    citat.quick_style = True

    attribution = styles.add_style("Attribution", WD_STYLE_TYPE.PARAGRAPH)
    attribution.base_style = normal
    attribution.next_paragraph_style = citat
    font(attribution, SERIF, 11, italic=True)
    attribution.paragraph_format.keep_with_next = True
    attribution.quick_style = True

    scene = styles.add_style("Scenrubrik", WD_STYLE_TYPE.PARAGRAPH)
    scene.base_style = styles["Heading 3"]
    scene.next_paragraph_style = normal
    font(scene, SANS, 11.5, bold=True, italic=False)
    scene.quick_style = True

    core = doc.core_properties
    core.author = "kvalkod"
    core.last_modified_by = "kvalkod"
    core.title = "Rapportmall"
    core.created = FIXED_TIME
    core.modified = FIXED_TIME
    core.last_printed = FIXED_TIME
    core.revision = 1

    raw = io.BytesIO()
    doc.save(raw)
    return _pin_zip(raw.getvalue())


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _pin_zip(data: bytes) -> bytes:
    """The same archive with every entry dated 1980-01-01, so the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            pinned = zipfile.ZipInfo(info.filename, ZIP_TIME)
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = 0o644 << 16
            dst.writestr(pinned, src.read(info.filename))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--check", action="store_true", help="fail if the file differs from a fresh build")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == data
        print(f"{args.out}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
