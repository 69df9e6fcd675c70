"""Rich Text Format (.rtf): the text, its paragraphs and tables; Swedish escapes decoded.

striprtf does the parsing (groups, destinations, ``\\'e5`` in the document's code page,
``\\uN`` with its fallback characters). It renders paragraph ends, line breaks and table row
ends all as a newline and cell ends as "|", which would merge paragraphs with lines and blur
tables, so ``\\line``, ``\\cell`` and ``\\row`` are first swapped for private-use characters
and laid out afterwards in the shared layout.

Lost: footnotes (striprtf skips the ``\\footnote`` destination), headers and footers,
pictures, list numbering that exists only as ``\\pntext`` (the numbers; the items are kept).
"""

from __future__ import annotations

import re
from pathlib import Path

from kvalkod.errors import InputFileError
from kvalkod.importers._layout import TextBuilder

_LINE, _ROW, _CELL = "\ue000", "\ue001", "\ue002"
# a control word not preceded by a backslash (\\line is a literal backslash and "line")
_CONTROL = {
    "line": re.compile(r"(?<!\\)\\line(?![a-zA-Z])(?:-?\d+)? ?"),
    "row": re.compile(r"(?<!\\)\\(?:row|nestrow)(?![a-zA-Z])(?:-?\d+)? ?"),
    "cell": re.compile(r"(?<!\\)\\(?:cell|nestcell)(?![a-zA-Z])(?:-?\d+)? ?"),
}
_MARK = {"line": r"\u57344?", "row": r"\u57345?", "cell": r"\u57346?"}
_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_SURROGATES = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def extract(path: Path, data: bytes, fmt: str):
    from striprtf.striprtf import rtf_to_text

    from kvalkod.importers import Extracted

    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{\\rtf"):
        raise InputFileError(path, "not an RTF document (it does not start with {\\rtf)")
    encoding = _codepage(data)
    source = data.decode(encoding, errors="replace")
    for word, pattern in _CONTROL.items():
        source = pattern.sub(lambda _m, w=word: _MARK[w], source)
    warnings = []
    if _unbalanced(source):
        warnings.append("the RTF file seems cut short (unbalanced braces); text may be missing")
    raw = rtf_to_text(source, encoding=encoding, errors="replace")
    raw = _join_surrogates(raw)
    builder = TextBuilder()
    _layout(raw, builder)
    text, _anchors = builder.render()
    return Extracted(text=text, format=fmt, encoding=encoding, warnings=warnings)


def _codepage(data: bytes) -> str:
    """The document's ANSI code page (Swedish Word writes 1252); cp1252 when unknown."""
    import codecs

    m = _CODEPAGE.search(data[:4096])
    name = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return "utf-8" if name == "cp65001" else name


def _unbalanced(source: str) -> bool:
    body = source.replace("\\\\", "").replace("\\{", "").replace("\\}", "")
    return body.count("{") > body.count("}")


def _join_surrogates(text: str) -> str:
    """RTF writes an emoji as two \\uN surrogates; striprtf returns them as two code points."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    text = _SURROGATES.sub(
        lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text
    )
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


def _layout(raw: str, builder: TextBuilder) -> None:
    """Paragraphs become blocks; runs of rows (cells joined by " | ") become one table block."""
    tables = 0
    in_table = False
    for para in raw.split("\n"):
        if _ROW in para or _CELL in para:
            if not in_table:
                tables += 1
                in_table = True
            rows = para.split(_ROW)
            for row in rows[:-1] if _CELL not in rows[-1] else rows:
                cells = [c.replace(_LINE, " ").strip() for c in row.split(_CELL)]
                if cells and not cells[-1]:
                    cells.pop()  # the text after the last \cell of a row
                if any(cells):
                    builder.block(" | ".join(cells), group=("table", tables))
            if _CELL in rows[-1]:
                continue
            para = rows[-1]  # a paragraph that follows the table's last \row
        in_table = False
        builder.block(para.replace(_LINE, "\n"))
